"""File ▸ Open recent: the last scenario files opened or saved, newest first, kept in the settings."""
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMenu

RECENT_KEY = "files/recent"
RECENT_COUNT = 8


class RecentMenu(QMenu):
    """The menu of recent files; chosen(path) when one is picked. Without settings: this run only."""
    chosen = Signal(str)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self._paths = []
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.fill)
        self.retranslate()

    def paths(self):
        if self.settings is None:
            return list(self._paths)
        value = self.settings.qsettings.value(RECENT_KEY, [])
        value = [value] if isinstance(value, str) else value or []   # QSettings gives one as a str
        return [p for p in value if isinstance(p, str) and p][:RECENT_COUNT]

    def add(self, path):
        """path (absolute) first; it appears once, and only the newest RECENT_COUNT stay."""
        self.set_paths([path] + [p for p in self.paths() if p != path])

    def forget(self, path):
        """Take path out of the list (a file that is gone)."""
        self.set_paths([p for p in self.paths() if p != path])

    def set_paths(self, paths):
        self._paths = list(paths)[:RECENT_COUNT]
        if self.settings is not None:
            self.settings.qsettings.setValue(RECENT_KEY, self._paths)
        self.fill()

    def fill(self):
        self.clear()
        paths = self.paths()
        for number, path in enumerate(paths, 1):
            action = self.addAction(f"&{number}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        if paths:
            self.addSeparator()
        clear = self.addAction(self.tr("Clear the list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: self.set_paths([]))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setTitle(self.tr("Open &recent"))
        self.fill()
