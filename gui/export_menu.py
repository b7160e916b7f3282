"""The Export menu of the main window: file dialogs and messages around gui.export."""
import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from gui import export
from gui.settings import FileFolders


class ExportMenu(QObject):
    """Actions on the window's current section: PNG, SVG, CSV, copy image, record GIF."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.recorder = None
        self.folders = FileFolders(window.settings)
        self.png = self._action(lambda: self.save("png"))
        self.svg = self._action(lambda: self.save("svg"))
        self.csv = self._action(lambda: self.save("csv"))
        self.menu.addSeparator()
        self.copy = self._action(self.copy_image)
        self.menu.addSeparator()
        self.gif = self._action(self.record_gif)

    def _action(self, slot):
        action = QAction(self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def retranslate(self):
        self.menu.setTitle(self.tr("&Export"))
        self.png.setText(self.tr("Plots as &PNG image…"))
        self.svg.setText(self.tr("Plots as &SVG drawing…"))
        self.csv.setText(self.tr("Plotted &data as CSV…"))
        self.copy.setText(self.tr("&Copy plots to the clipboard"))
        self.gif.setText(self.tr("Record the animation as &GIF…"))
        self.png.setShortcut("Ctrl+E")
        self.copy.setShortcut("Ctrl+Shift+C")

    # --- where to save ------------------------------------------------------------
    def default_path(self, fmt):
        """A new file name in the folder last used for fmt (the documents folder at first)."""
        folder = self.folders.start(fmt)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        return str(Path(folder) / f"gradient-lab-{self.window.current_name()}-{stamp}.{fmt}")

    def ask_path(self, fmt):
        """The file to write (a dialog); None when cancelled."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)"), "gif": self.tr("Animated GIF (*.gif)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"),
                                              self.default_path(fmt), filters[fmt])
        if not path:
            return None
        self.folders.remember(fmt, path)
        return path if path.lower().endswith("." + fmt) else f"{path}.{fmt}"

    def _status(self, text, ms=8000):
        self.window.statusBar().showMessage(text, ms)

    # --- actions ---------------------------------------------------------------------
    def save(self, fmt, path=None):
        """Export the current section as fmt (asks for a file when path is None)."""
        section = self.window.current_section()
        path = path or self.ask_path(fmt)
        if section is None or not path:
            return None
        try:
            export.export(section.plots, path, fmt)
        except export.ExportError as exc:
            self._status(self.tr("Export failed: %s") % exc)
            return None
        self._status(self.tr("Saved %s") % path)
        return path

    def copy_image(self):
        section = self.window.current_section()
        if section is None:
            return False
        try:
            export.copy_image(section.plots)
        except export.ExportError as exc:
            self._status(self.tr("Export failed: %s") % exc)
            return False
        self._status(self.tr("The plots are on the clipboard."))
        return True

    def record_gif(self, path=None, seconds=None):
        """Restart the section's animation (if it has one) and record it for some seconds."""
        section = self.window.current_section()
        if section is None or (self.recorder is not None and self.recorder.is_recording()):
            return None
        if seconds is None:
            seconds, ok = QInputDialog.getInt(self.window, self.tr("Record GIF"),
                                              self.tr("Seconds to record (10 frames per second):"),
                                              5, 1, 30)
            if not ok:
                return None
        path = path or self.ask_path("gif")
        if not path:
            return None
        self.recorder = export.GifRecorder(section.plots, path, seconds=seconds, parent=self)
        self.recorder.frame_grabbed.connect(
            lambda n: self._status(self.tr("Recording GIF: frame %d of %d") % (n, self.recorder.total)))
        self.recorder.finished.connect(lambda p: self._status(self.tr("Saved %s") % p))
        self.recorder.failed.connect(lambda m: self._status(self.tr("Export failed: %s") % m))
        if section.reset():
            section.play_pause()
        self.recorder.start()
        return self.recorder
