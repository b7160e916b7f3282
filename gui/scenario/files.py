"""The File menu's scenario actions: open, open recent, save, the deck, Copy as Python, drops.

Everything a file brings is checked before anything changes: engine.scenario
checks the file, the section checks the scene's values (restore_scene), and only
an accepted scene is shown. A refusal is said in the current section's message
bar (in the reader's language, again after a language switch); the state stays.
"""
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import scenario
from engine.atomic import atomic_write_text
from gui import sections as registry
from gui.kit.messages import engine_text
from gui.scenario import scenes
from gui.scenario.deck import Deck, DeckPanel, SceneLabel
from gui.scenario.recent import RecentMenu
from gui.settings import FileFolders


def scenario_paths(mime):
    """The local .glab files a drag carries."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(scenario.SUFFIX)]


class ScenarioFiles(QObject):
    """Scenario files and the deck of a MainWindow (window.scenario)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.folders = FileFolders(window.settings)
        self.path = None                 # the file last opened or saved
        self._error_bar = None           # the message bar showing our last refusal
        self.deck = Deck(self)
        self.panel = DeckPanel(self.deck, self._title, window)
        window.addDockWidget(Qt.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.jump.connect(self.go_to)
        self.panel.add_button.clicked.connect(self.add_view)
        self.panel.replace_button.clicked.connect(self.replace_selected)
        self.panel.close_button.clicked.connect(self.close_deck)
        self.label = SceneLabel(self.deck)
        self.label_action = window.toolbar.addWidget(self.label)
        self.deck.changed.connect(lambda: self.label_action.setVisible(self.deck.is_open()))
        self.label_action.setVisible(False)
        self._build_actions()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.presentation.toggled.connect(self._presentation_toggled)
        self._panel_before = False

    def _panel_visibility(self, _visible):
        # visibilityChanged(False) also comes when the window is minimised: ask the panel itself
        self.act_deck.setChecked(not self.panel.isHidden())

    def _title(self, name):
        """A section as the window's list names it (the book's number and the translated title)."""
        return self.window.nav.item(registry.NAMES.index(name)).text()

    def _action(self, slot, shortcut=None):
        action = QAction(self.window)
        action.triggered.connect(lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        # On the window too: its shortcut works while presentation mode hides the menu bar.
        self.window.addAction(action)
        return action

    def _build_actions(self):
        self.act_open = self._action(self.open, QKeySequence.Open)
        self.recent_menu = RecentMenu(self.window.settings, self.window)
        self.recent_menu.chosen.connect(self.open_path)
        self.act_save = self._action(self.save, QKeySequence.Save)
        self.act_add = self._action(self.add_view, "Ctrl+D")
        # Its own action (not the dock's toggleViewAction, which renames itself after the title).
        self.act_deck = QAction(self.window, checkable=True)
        self.act_deck.toggled.connect(self.panel.setVisible)
        self.panel.visibilityChanged.connect(self._panel_visibility)
        self.act_copy_python = self._action(self.copy_python, "Ctrl+Shift+P")
        self.act_save_python = self._action(self.save_python)
        menu = self.window.file_menu
        before = self.window.export_menu.menu.menuAction()
        menu.insertActions(before, [self.act_open])
        menu.insertMenu(before, self.recent_menu)
        menu.insertActions(before, [self.act_save])
        menu.insertSeparator(before)
        menu.insertActions(before, [self.act_add, self.act_deck])
        menu.insertSeparator(before)
        menu.insertActions(before, [self.act_copy_python, self.act_save_python])
        menu.insertSeparator(before)
        self.window.view_menu.addSeparator()
        self.window.view_menu.addAction(self.act_deck)

    def retranslate(self):
        """Called by the window's retranslate (at first and on a language change)."""
        self.act_open.setText(self.tr("&Open scenario…"))
        self.act_save.setText(self.tr("&Save scenario…"))
        self.act_save.setToolTip(self.tr("Save this view (or the open deck) as a .glab file"))
        self.act_add.setText(self.tr("&Add this view to the deck"))
        self.act_deck.setText(self.tr("&Deck panel"))
        self.act_copy_python.setText(self.tr("Copy as &Python"))
        self.act_save_python.setText(self.tr("Save as P&ython…"))
        self.panel.refresh()

    # --- messages ---------------------------------------------------------------------------
    def _status(self, text, ms=8000):
        self.window.statusBar().showMessage(text, ms)

    def show_error(self, error):
        """Say why a file or scene was refused, where the user looks: the section's message bar."""
        section = self.window.current_section()
        if section is None:
            self._status(engine_text(error), 0)
            return
        section.message.show_message(error, "error")
        self._error_bar = section.message

    def _clear_error(self):
        bar, self._error_bar = self._error_bar, None
        try:
            if bar is not None and isinstance(bar.source, scenario.ScenarioError):
                bar.clear()
        except RuntimeError:        # that section was replaced (restore defaults)
            pass

    # --- opening ------------------------------------------------------------------------------
    def open(self):
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open scenario"),
                                              self.folders.start("glab"), self._filter())
        return self.open_path(path) if path else False

    def _filter(self):
        return self.tr("Gradient Lab scenario (*.glab)") + ";;" + self.tr("All files (*)")

    def open_path(self, path, scene=None):
        """Open the .glab file at path at scene (1-based; the first by default); True when shown.

        A file of several scenes opens as a deck. Anything refused leaves the window as it was.
        """
        try:
            found = scenes.read(path)
            number = 1 if scene is None else scene
            if not 1 <= number <= len(found):
                raise scenario.scene_number_error(path, len(found), number)
            if not self.may_discard():
                return False
            scenes.restore(self.window, found[number - 1], number, path)
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            if not os.path.exists(path):     # moved or deleted: no longer offered as recent
                self.recent_menu.forget(os.path.abspath(path))
            return False
        self.adopt(found, path, number)
        return True

    def adopt(self, found, path, number):
        """After scene number of the file at path was shown: the deck, the recent files, a note."""
        self._clear_error()
        self.path = os.fspath(path)
        if len(found) > 1:
            self.deck.open(found, self.path, number - 1)
            self._show_panel()
        elif self.deck.is_open():
            self.deck.close()
            self.panel.hide()
        self.remember(path)
        self._status(self.tr("Opened %s") % Path(path).name)

    def remember(self, path):
        """Put path first in the recent files and remember its folder for the file dialogs."""
        path = os.path.abspath(path)
        self.folders.remember("glab", path)
        self.recent_menu.add(path)

    def recent(self):
        """The recent files, newest first."""
        return self.recent_menu.paths()

    # --- saving ---------------------------------------------------------------------------------
    def _ask_save(self, kind, title, name, file_filter):
        folder = os.path.dirname(self.deck.path) if kind == "glab" and self.deck.path \
            else self.folders.start(kind)
        path, _ = QFileDialog.getSaveFileName(self.window, title, os.path.join(folder, name), file_filter)
        if not path:
            return None
        self.folders.remember(kind, path)
        return path if path.lower().endswith("." + kind) else f"{path}.{kind}"

    def save(self, path=None):
        """Write the open deck, or else the current view, as a .glab file; the path, or None."""
        try:
            found = self.deck.scenes if self.deck.is_open() else [self._capture()]
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return None
        if path is None:
            name = Path(self.deck.path).name if self.deck.path else \
                f"gradient-lab-{found[0]['section']}.glab"
            path = self._ask_save("glab", self.tr("Save scenario"), name,
                                  self.tr("Gradient Lab scenario (*.glab)"))
            if path is None:
                return None
        try:
            scenario.write(path, found)
        except OSError as exc:
            self.show_error(scenario.cannot_write(path, exc))
            return None
        except ValueError as exc:      # a value a file cannot hold (inf): said, nothing written
            self.show_error(exc)
            return None
        if self.deck.is_open():
            self.deck.path = os.fspath(path)
            self.deck.modified = False
        self.path = os.fspath(path)
        self.remember(path)
        self._status(self.tr("Saved %s") % path)
        return path

    def _capture(self):
        section = self.window.current_section()
        if section is None:
            raise scenario.cannot_save(self.window.current_name() or "?")
        return scenes.capture(section)

    # --- the deck ---------------------------------------------------------------------------------
    def add_view(self):
        """Append the current view to the deck (a new deck when none is open)."""
        try:
            scene = self._capture()
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return False
        self.deck.add(scene)
        self._show_panel()
        self._status(self.tr("Scene %d added to the deck.") % len(self.deck))
        return True

    def replace_selected(self):
        row = self.panel.selected_row()
        if not 0 <= row < len(self.deck):
            return False
        try:
            scene = self._capture()
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return False
        self.deck.replace(row, scene)
        return True

    def close_deck(self):
        if not self.may_discard():
            return False
        self.deck.close()
        self.panel.hide()
        return True

    def may_discard(self):
        """Whether the open deck may go: saved, unchanged, or the user says so (Save / Discard / Cancel)."""
        if not (self.deck.is_open() and self.deck.modified):
            return True
        answer = QMessageBox.question(
            self.window, self.tr("The deck is not saved"),
            self.tr("The deck's %d scenes have changes that are not saved. Save the deck first?")
            % len(self.deck), QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save() is not None
        return answer == QMessageBox.Discard

    def go_to(self, row):
        """Show the deck's scene row; the deck moves there even when its scene is refused."""
        if not 0 <= row < len(self.deck):
            return False
        self.deck.index = row
        self.deck.changed.emit()
        try:
            scenes.restore(self.window, self.deck.scenes[row], row + 1, self.deck.path or self.tr("the deck"))
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return False
        self._clear_error()
        return True

    def walk(self, delta):
        """PgDn/PgUp with a deck open: the next or previous scene. False when no deck is open."""
        if not self.deck.is_open():
            return False
        row = self.deck.index + delta
        if 0 <= row < len(self.deck):
            self.go_to(row)
        else:
            self._status(self.tr("This is the last scene of the deck.") if delta > 0
                         else self.tr("This is the first scene of the deck."))
        return True

    def _show_panel(self):
        if not self.window.presentation.active:
            self.panel.show()

    def _presentation_toggled(self, on):
        # The class sees the section, not the list; the list comes back afterwards.
        if on:
            self._panel_before = self.panel.isVisible()
            self.panel.hide()
        elif self._panel_before:
            self.panel.show()

    # --- Copy as Python -----------------------------------------------------------------------------
    def _script(self):
        section = self.window.current_section()
        if section is None:
            raise scenario.cannot_write_python(self.window.current_name() or "?")
        return scenes.python_script(section)

    def copy_python(self):
        try:
            script = self._script()
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return None
        QGuiApplication.clipboard().setText(script)
        self._status(self.tr("A Python script of this view is on the clipboard (%d lines, NumPy only).")
                     % len(script.splitlines()))
        return script

    def save_python(self, path=None):
        try:
            script = self._script()
        except scenario.ScenarioError as exc:
            self.show_error(exc)
            return None
        if path is None:
            path = self._ask_save("py", self.tr("Save as Python"),
                                  f"gradient-lab-{self.window.current_name()}.py",
                                  self.tr("Python script (*.py)"))
            if path is None:
                return None
        try:
            atomic_write_text(path, script)
        except OSError as exc:
            self.show_error(scenario.cannot_write(path, exc))
            return None
        self._status(self.tr("Saved %s") % path)
        return path

    # --- drops, and closing with an unsaved deck ----------------------------------------------
    def eventFilter(self, obj, event):
        kind = event.type()
        if obj is self.window and kind == QEvent.Close and not self.may_discard():
            event.ignore()          # the user chose Cancel (or the save failed): the window stays
            return True
        if obj is self.window and kind in (QEvent.DragEnter, QEvent.DragMove):
            if scenario_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif obj is self.window and kind == QEvent.Drop:
            paths = scenario_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.open_path(paths[0])
                return True
        return False
