"""Remembered settings: last section, language, window geometry, presentation scale,
the folder last used for each kind of file.

QSettings writes its file through QSaveFile (a temporary file renamed into
place), so an interrupted save leaves the previous settings intact. Tests and
benchmarks point GRADIENT_LAB_SETTINGS at a temporary .ini file.
"""
import math
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ENV_PATH = "GRADIENT_LAB_SETTINGS"
SCALE_MIN, SCALE_MAX, SCALE_DEFAULT = 1.0, 2.5, 1.5
FIT = "fit"     # the presentation scale: the largest that fits the screen


def clamp_scale(value):
    """A presentation scale in [SCALE_MIN, SCALE_MAX]; anything unreadable gives the default."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return SCALE_DEFAULT
    if not math.isfinite(value):
        return SCALE_DEFAULT
    return min(SCALE_MAX, max(SCALE_MIN, value))


def read_scale(value):
    """A presentation scale as chosen: FIT, or a number clamped by clamp_scale."""
    return FIT if isinstance(value, str) and value.strip().lower() == FIT else clamp_scale(value)


class Settings:
    """Typed access to the few values the app remembers between runs."""

    def __init__(self, path=None):
        path = path or os.environ.get(ENV_PATH)
        if path:
            self.qsettings = QSettings(str(path), QSettings.IniFormat)
        else:
            self.qsettings = QSettings(QSettings.IniFormat, QSettings.UserScope,
                                       "gradient-lab", "gradient-lab")

    def path(self):
        return self.qsettings.fileName()

    def _text(self, key):
        value = self.qsettings.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def section(self):
        return self._text("window/section")

    @section.setter
    def section(self, name):
        self.qsettings.setValue("window/section", name or "")

    @property
    def language(self):
        return self._text("ui/language")

    @language.setter
    def language(self, code):
        self.qsettings.setValue("ui/language", code or "")

    @property
    def geometry(self):
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, data):
        self.qsettings.setValue("window/geometry", QByteArray(data))

    @property
    def scale(self):
        """The presentation scale: a number in [SCALE_MIN, SCALE_MAX], or FIT."""
        return read_scale(self.qsettings.value("presentation/scale", SCALE_DEFAULT))

    @scale.setter
    def scale(self, value):
        self.qsettings.setValue("presentation/scale", read_scale(value))

    def folder(self, kind):
        """The folder the user last saved or opened a file of this kind in (None if not known)."""
        path = self._text(f"files/{kind}")
        return path if path and os.path.isdir(path) else None

    def set_folder(self, kind, path):
        self.qsettings.setValue(f"files/{kind}", str(path))

    def sync(self):
        """Write to disk now; returns False when the file could not be written."""
        self.qsettings.sync()
        return self.qsettings.status() == QSettings.NoError


def documents_folder():
    """The user's documents folder (the home folder where there is none)."""
    for location in (QStandardPaths.DocumentsLocation, QStandardPaths.HomeLocation):
        path = QStandardPaths.writableLocation(location)
        if path and os.path.isdir(path):
            return path
    return str(Path.home())


class FileFolders:
    """Where a file dialog starts, per kind of file ("png", "csv", "weights", ...).

    The folder last used for that kind (remembered in settings, or for this run
    only when there are none), else the user's documents, never the folder the
    app happens to run in.
    """

    def __init__(self, settings=None):
        self.settings = settings
        self._used = {}

    def start(self, kind):
        remembered = self.settings.folder(kind) if self.settings is not None else None
        remembered = remembered or self._used.get(kind)
        return remembered if remembered and os.path.isdir(remembered) else documents_folder()

    def remember(self, kind, path):
        """path: the file just saved or opened (or its folder)."""
        path = Path(path).expanduser().absolute()
        folder = str(path if path.is_dir() else path.parent)
        self._used[kind] = folder
        if self.settings is not None:
            self.settings.set_folder(kind, folder)
