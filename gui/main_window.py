"""The main window: a list of the chapter's sections and the current one; sections are built lazily.

Around them: menus and a tool bar (export, presentation mode, language, About),
keyboard control for lectures, and the remembered settings.
"""
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow, QSplitter,
                               QToolBar, QToolButton)

from gui import i18n
from gui import sections as registry
from gui.export_menu import ExportMenu
from gui.geometry import CurrentPageStack, scrolling
from gui.icons import app_icon
from gui.kit.access import Accessibility
from gui.kit.keys import SectionKeys
from gui.presentation import Presentation
from gui.scenario.files import ScenarioFiles
from gui.settings import FIT

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, FIT)


class MainWindow(QMainWindow):
    section_changed = Signal(str)

    def __init__(self, parent=None, settings=None, translations=None):
        super().__init__(parent)
        self.settings = settings
        self.translations = translations or i18n.Translations.of()
        self.resize(1280, 800)
        self.setWindowIcon(app_icon())
        self.accessibility = Accessibility(self)    # Tab stops and accessible names, as widgets appear
        self.nav = QListWidget()
        self.nav.setObjectName("SectionList")
        self.nav.setProperty("sectionList", True)   # Space and → stay section keys here
        self.nav.setMinimumWidth(160)
        self.nav.setMaximumWidth(320)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stack = CurrentPageStack()
        self._sections = {}      # name -> built section widget
        self._placeholders = {}  # name -> empty widget in the stack until first shown
        for info in registry.SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, info.name)
            self.nav.addItem(item)
            placeholder = QLabel()
            placeholder.setAlignment(Qt.AlignCenter)
            self._placeholders[info.name] = placeholder
            self.stack.addWidget(placeholder)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.nav)
        # A section scrolls rather than being squeezed below its minimum size (small screens, 2x scale).
        self.section_scroll = scrolling(self.stack)
        splitter.addWidget(self.section_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.presentation = Presentation(self, settings.scale if settings is not None else 1.5)
        self.export_menu = ExportMenu(self)
        # Made now, not at the first "Saved …": appearing later it would shrink every plot.
        self.statusBar()
        self._build_actions()
        self.scenario = ScenarioFiles(self)   # .glab files, the deck, Copy as Python
        self._install_shortcuts()
        self.translations.language_changed.connect(self._language_changed)
        self.retranslate()

    # --- sections -----------------------------------------------------------
    def section(self, name):
        """The section widget called name, built on first use."""
        widget = self._sections.get(name)
        if widget is None:
            widget = self._build(name)
            placeholder = self._placeholders.pop(name)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.setParent(None)
            placeholder.deleteLater()
            self._sections[name] = widget
        return widget

    def _build(self, name):
        """A fresh section widget (first use and "restore defaults" both come here)."""
        return registry.section_class(name)()

    def restore_defaults(self):
        """Put the current section back to how it opens fresh: a new one in its place.

        The old one is shut down (timers, workers) and deleted; the language, the
        presentation mode and the window's place stay as they are. Returns the new
        section (None when no section is built yet).
        """
        name = self.current_name()
        old = self._sections.get(name) if name else None
        if old is None:
            return None
        recorder = self.export_menu.recorder
        if recorder is not None and recorder.is_recording() and recorder.widget is old.plots:
            recorder.timer.stop()          # it records the section going away
        old.shutdown()
        new = self._build(name)
        self.stack.insertWidget(self.stack.indexOf(old), new)
        self._sections[name] = new
        self.stack.setCurrentWidget(new)
        self.stack.removeWidget(old)
        old.setParent(None)
        old.deleteLater()
        self.statusBar().showMessage(self.tr("The section is back to its defaults."), 5000)
        self.section_changed.emit(name)
        return new

    def built_sections(self):
        return dict(self._sections)

    def show_section(self, name):
        """Make name the current section (builds it if needed) and return its widget."""
        row = registry.NAMES.index(name)
        widget = self.section(name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentWidget(widget)
        return widget

    def preselect(self, name):
        """Mark name as the current section without building it yet (a fast first paint)."""
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(registry.NAMES.index(name))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self._placeholders.get(name) or self._sections[name])

    def current_name(self):
        row = self.nav.currentRow()
        return registry.NAMES[row] if row >= 0 else None

    def current_section(self):
        name = self.current_name()
        return self._sections.get(name) if name else None

    def _row_changed(self, row):
        if row < 0:
            return
        name = registry.NAMES[row]
        self.stack.setCurrentWidget(self.section(name))
        self.section_changed.emit(name)

    def page(self, delta):
        """Page Down / Page Up: the open deck's next or previous scene, else the next section."""
        if not self.scenario.walk(delta):
            self.move_section(delta)

    def move_section(self, delta):
        row = max(0, min(len(registry.NAMES) - 1, self.nav.currentRow() + delta))
        self.show_section(registry.NAMES[row])

    # --- menus and tool bar ------------------------------------------------------
    def _build_actions(self):
        self.act_prev = QAction(self, triggered=lambda: self.move_section(-1))
        self.act_next = QAction(self, triggered=lambda: self.move_section(+1))
        self.act_present = QAction(self, checkable=True)
        self.act_present.setShortcut(QKeySequence(Qt.Key_F5))
        self.act_present.toggled.connect(self._present_toggled)
        self.presentation.toggled.connect(self.act_present.setChecked)
        self.presentation.toggled.connect(lambda _on: self._retranslate_scales())
        self.act_quit = QAction(self, triggered=self.close)
        self.act_quit.setShortcut(QKeySequence.Quit)
        self.act_about = QAction(self, triggered=self.show_about)
        self.act_defaults = QAction(self, triggered=self.restore_defaults)
        self.act_defaults.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.act_play = QAction(self, shortcut=QKeySequence("Ctrl+Space"))
        self.act_step = QAction(self, shortcut=QKeySequence("Ctrl+."))
        self.act_reset = QAction(self, shortcut=QKeySequence("Ctrl+R"))

        self.scale_group = QActionGroup(self)
        self.scale_actions = {}
        for scale in SCALES:
            action = QAction(self, checkable=True)   # the text: _retranslate_scales
            action.setChecked(scale == self.presentation.choice)
            action.triggered.connect(lambda _=False, s=scale: self.set_presentation_scale(s))
            self.scale_group.addAction(action)
            self.scale_actions[scale] = action

        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addMenu(self.export_menu.menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.act_present)
        self.scale_menu = self.view_menu.addMenu("")
        self.scale_menu.addActions(list(self.scale_actions.values()))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_prev, self.act_next])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_defaults)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_play, self.act_step, self.act_reset])
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("MainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.toolbar.addActions([self.act_prev, self.act_next])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_present)
        self.export_button = QToolButton()
        self.export_button.setMenu(self.export_menu.menu)
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.toolbar.addWidget(self.export_button)
        self.addToolBar(Qt.TopToolBarArea, self.toolbar)

    def _present_toggled(self, on):
        if on != self.presentation.active:
            self.presentation.enter() if on else self.presentation.leave()

    def set_presentation_scale(self, scale):
        """A number, or FIT (the largest scale whose layout fits the screen)."""
        self.presentation.set_scale(scale)
        if self.settings is not None:
            self.settings.scale = self.presentation.choice
        action = self.scale_actions.get(self.presentation.choice)
        if action is not None:
            action.setChecked(True)
        self._retranslate_scales()

    def set_language(self, code):
        """Switch the user-interface language now (and remember it)."""
        self.translations.set_language(code)
        if self.settings is not None:
            self.settings.language = code

    def _language_changed(self, code):
        self.language_actions[code].setChecked(True)

    def show_about(self):
        from gui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- keyboard -------------------------------------------------------------
    def _install_shortcuts(self):
        def on_section(method):
            def handler():
                section = self.current_section()
                if section is not None:
                    getattr(section, method)()
            return handler

        # Space, → and R go to the section only when the focused control has no use for them
        # (gui/kit/keys.py); Ctrl+Space, Ctrl+. and Ctrl+R always do (the playback actions).
        self.section_keys = SectionKeys(self, self.section_key)
        for action, method in ((self.act_play, "play_pause"), (self.act_step, "step"),
                               (self.act_reset, "reset")):
            action.triggered.connect(on_section(method))
        for keys, delta in (((Qt.Key_PageDown, "Ctrl+Right"), 1), ((Qt.Key_PageUp, "Ctrl+Left"), -1)):
            for key in keys:
                QShortcut(QKeySequence(key), self, lambda d=delta: self.page(d))
        QShortcut(QKeySequence(Qt.Key_Escape), self, self.presentation.leave)

    def section_key(self, method):
        """Space, → or R for the current section; True when it used the key."""
        section = self.current_section()
        return bool(section is not None and getattr(section, method)())

    def keyPressEvent(self, event):
        # The same keys when they reach the window directly (no shortcut matched,
        # e.g. while another top-level window is the active one).
        key, ctrl = event.key(), bool(event.modifiers() & Qt.ControlModifier)
        delta = {Qt.Key_PageDown: 1, Qt.Key_PageUp: -1}.get(key)
        if delta is None and ctrl:
            delta = {Qt.Key_Right: 1, Qt.Key_Left: -1}.get(key)
        if delta is not None:
            self.page(delta)
            event.accept()
            return
        super().keyPressEvent(event)

    # --- translation and closing ------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Gradient Lab — how a neural network learns"))
        for row, info in enumerate(registry.SECTIONS):
            title = QCoreApplication.translate("SectionInfo", info.title)
            self.nav.item(row).setText(f"{info.book}  {title}")
        for placeholder in self._placeholders.values():
            placeholder.setText(self.tr("Loading…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.scale_menu.setTitle(self.tr("Presentation &scale"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_prev.setText(self.tr("◀ Previous"))
        self.act_prev.setToolTip(self.tr("Previous section (Page Up, Ctrl+←)"))
        self.act_next.setText(self.tr("Next ▶"))
        self.act_next.setToolTip(self.tr("Next section (Page Down, Ctrl+→)"))
        self.act_present.setText(self.tr("Presentation mode"))
        self.act_present.setToolTip(self.tr("Full screen with large text and lines (F5; Esc leaves)"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About Gradient Lab…"))
        self.act_defaults.setText(self.tr("&Restore this section's defaults"))
        self.act_defaults.setToolTip(self.tr("Put the current section back to how it opens (Ctrl+Shift+R)"))
        self._retranslate_scales()
        self.act_play.setText(self.tr("Play / pause (Space when no control needs it)"))
        self.act_step.setText(self.tr("One step (→ when no control needs it)"))
        self.act_reset.setText(self.tr("Reset (R when no control needs it)"))
        self.export_menu.retranslate()
        self.scenario.retranslate()          # after the section list: the deck names sections as it does
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the current plots as an image, their data as CSV, "
                                              "or the animation as a GIF"))

    def _retranslate_scales(self):
        for scale, action in self.scale_actions.items():
            if scale != FIT:
                action.setText(f"{scale:g}×")
            elif self.presentation.fit and self.presentation.active:
                action.setText(self.tr("Fit to screen (now %s×)") % f"{self.presentation.scale:g}")
            else:
                action.setText(self.tr("Fit to screen"))

    def save_settings(self):
        """Remember the section, the window geometry and the presentation scale."""
        if self.settings is None:
            return
        self.settings.section = self.current_name()
        self.settings.scale = self.presentation.choice
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()

    def shutdown(self):
        """Stop every section's timers and workers."""
        if self.export_menu.recorder is not None:
            self.export_menu.recorder.timer.stop()
        for widget in self._sections.values():
            widget.shutdown()

    def closeEvent(self, event):
        self.presentation.leave()
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
