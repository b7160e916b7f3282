"""Translations with Qt's own system: one QTranslator for the app, one for Qt's dialogs.

The sources are resources/i18n/gradient_lab_<code>.ts (made by pyside6-lupdate, see
`make translations`); the .qm files next to them are built by pyside6-lrelease.
English is the source language, so it needs no translator. Installing or
removing a translator makes Qt send QEvent.LanguageChange to every widget;
SectionBase and MainWindow answer it by calling retranslate().
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from gui import fonts

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# Each language is named in itself, so a user can find theirs in any UI language.
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "ja": "日本語"}
DEFAULT = "en"


def qm_path(code):
    return I18N_DIR / f"gradient_lab_{code}.qm"


def ts_path(code):
    return I18N_DIR / f"gradient_lab_{code}.ts"


def check_code(code):
    """code if it is a supported language; ValueError naming the valid ones otherwise."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; choose one of: {', '.join(LANGUAGES)}")
    return code


def system_language(locale=None):
    """The supported language closest to the locale (default: the system's); English otherwise."""
    locale = locale if locale is not None else QLocale.system()
    name = locale.name()  # e.g. "zh_CN", "ja_JP", "de_DE"
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("ja"):
        return "ja"
    return DEFAULT


class Translations(QObject):
    """The installed translators of one application; switch with set_language(code).

    A child of the QApplication, so each application has exactly one: use
    Translations.of(app).
    """
    language_changed = Signal(str)

    OBJECT_NAME = "GradientLabTranslations"

    def __init__(self, app):
        super().__init__(app)
        self.setObjectName(self.OBJECT_NAME)
        self._translators = []
        self.language = DEFAULT

    @classmethod
    def of(cls, app=None):
        app = app or QCoreApplication.instance()
        found = app.findChild(cls, cls.OBJECT_NAME)
        return found if found is not None else cls(app)

    def set_language(self, code):
        """Install the translators for code (raises ValueError for an unknown code).

        Returns True when the language changed. A missing .qm file leaves the
        English texts in place rather than failing.
        """
        check_code(code)
        if code == self.language:
            return False
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if code != DEFAULT:
            qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
            for name, folder in ((f"qtbase_{code}", qt_dir), (qm_path(code).stem, str(I18N_DIR))):
                translator = QTranslator(self)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    self._translators.append(translator)
        QLocale.setDefault(QLocale(code))
        fonts.follow_language(code)    # Japanese glyphs for ja, Chinese glyphs for zh_CN
        # Qt posts LanguageChange; deliver it now so every text has changed when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        self.language = code
        self.language_changed.emit(code)
        return True

    def loaded_files(self):
        """Paths of the .qm files in use (for tests and the About dialog)."""
        return [t.filePath() for t in self._translators]
