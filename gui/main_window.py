"""The main window: a list of the chapter's sections and the current one; sections are built lazily."""
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QListWidget, QListWidgetItem, QMainWindow, QSplitter,
                               QStackedWidget, QWidget)

from gui import sections as registry


class MainWindow(QMainWindow):
    section_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("SectionList")
        self.nav.setMinimumWidth(240)
        self.nav.setMaximumWidth(320)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self._sections = {}      # name -> built section widget
        self._placeholders = {}  # name -> empty widget in the stack until first shown
        for info in registry.SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, info.name)
            self.nav.addItem(item)
            placeholder = QWidget()
            self._placeholders[info.name] = placeholder
            self.stack.addWidget(placeholder)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._row_changed)
        self._install_shortcuts()
        self.retranslate()

    # --- sections -----------------------------------------------------------
    def section(self, name):
        """The section widget called name, built on first use."""
        widget = self._sections.get(name)
        if widget is None:
            widget = registry.section_class(name)()
            placeholder = self._placeholders.pop(name)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._sections[name] = widget
        return widget

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

    def move_section(self, delta):
        row = max(0, min(len(registry.NAMES) - 1, self.nav.currentRow() + delta))
        self.show_section(registry.NAMES[row])

    # --- keyboard -------------------------------------------------------------
    def _install_shortcuts(self):
        def on_section(method):
            def handler():
                section = self.current_section()
                if section is not None:
                    getattr(section, method)()
            return handler

        for key, method in ((Qt.Key_Space, "play_pause"), (Qt.Key_Right, "step"),
                            (Qt.Key_R, "reset")):
            QShortcut(QKeySequence(key), self, on_section(method))
        for keys, delta in (((Qt.Key_PageDown, "Ctrl+Right"), 1), ((Qt.Key_PageUp, "Ctrl+Left"), -1)):
            for key in keys:
                QShortcut(QKeySequence(key), self, lambda d=delta: self.move_section(d))

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

    def shutdown(self):
        """Stop every section's timers and workers."""
        for widget in self._sections.values():
            widget.shutdown()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)
