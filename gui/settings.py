"""Remembered settings: last section, language, window geometry, presentation scale.

QSettings writes its file through QSaveFile (a temporary file renamed into
place), so an interrupted save leaves the previous settings intact. Tests and
benchmarks point GRADIENT_LAB_SETTINGS at a temporary .ini file.
"""
import math
import os

from PySide6.QtCore import QByteArray, QSettings

ENV_PATH = "GRADIENT_LAB_SETTINGS"
SCALE_MIN, SCALE_MAX, SCALE_DEFAULT = 1.0, 2.5, 1.5


def clamp_scale(value):
    """A presentation scale in [SCALE_MIN, SCALE_MAX]; anything unreadable gives the default."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return SCALE_DEFAULT
    if not math.isfinite(value):
        return SCALE_DEFAULT
    return min(SCALE_MAX, max(SCALE_MIN, value))


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
        return clamp_scale(self.qsettings.value("presentation/scale", SCALE_DEFAULT))

    @scale.setter
    def scale(self, value):
        self.qsettings.setValue("presentation/scale", clamp_scale(value))

    def sync(self):
        """Write to disk now; returns False when the file could not be written."""
        self.qsettings.sync()
        return self.qsettings.status() == QSettings.NoError
