"""Feedback a section gives: the message bar, its colours, and the engine's messages translated."""
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from engine.messages import Message, message_of

ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00; font-weight: bold;"
INFO_STYLE = "color: #1b5e20;"
STYLES = {"error": ERROR_STYLE, "warning": WARNING_STYLE, "info": INFO_STYLE}
ENGINE_CONTEXT = "Engine"   # the .ts context of every engine template (scripts/i18n_tool.py)


def _translate_engine(template):
    # The one lookup of a text that is not a literal here: the engine's templates are
    # literals in engine/, where scripts/i18n_tool.py collects them into context "Engine".
    return QCoreApplication.translate(ENGINE_CONTEXT, template)


def engine_text(value):
    """What the engine said, in the user's language: an exception, a Message or plain text.

    An exception raised with a Message reads as its translated sentence; any
    other exception keeps its type's name in front (it is unexpected, and the
    name says what kind of failure it was).
    """
    if isinstance(value, Message):
        return value.format(_translate_engine)
    if isinstance(value, BaseException):
        message = message_of(value)
        if message is not None:
            return message.format(_translate_engine)
        return f"{type(value).__name__}: {value}"
    return str(value)


def render(text):
    """The sentence to show for text: a string, an engine exception or Message, or a callable.

    A callable (e.g. ``lambda: self.tr("%d steps") % n``) is called each time, so a
    message already on screen can be said again in a newly chosen language.
    """
    if callable(text) and not isinstance(text, (str, Message, BaseException)):
        return text()
    return text if isinstance(text, str) else engine_text(text)


class _Retranslating:
    """Mixin for a label showing a message: keeps its source and renders it again on a language change."""

    def _init_source(self):
        self.source = None

    def _show_source(self, text):
        self.source = text
        self.setText(render(text))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange and self.source is not None:
            self.setText(render(self.source))
        super().changeEvent(event)


class InlineError(_Retranslating, QLabel):
    """A hidden, word-wrapped error label placed under the control it is about."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_source()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text):
        """text: as for render(); said again in the new language when the user switches."""
        self._show_source(text)
        self.show()

    def clear(self):
        self.source = None
        super().clear()
        self.hide()


def inline_error():
    """A hidden, word-wrapped error label to place under the control it is about."""
    return InlineError()


class MessageBar(_Retranslating, QLabel):
    """The feedback beside a section's presets: errors, warnings, hints.

    It keeps its place (two lines high) when empty, so a message never pushes the
    controls or plots down; a longer message grows it. What is shown is rendered
    again when the language changes.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._init_source()
        self.setObjectName("MessageBar")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.level = None
        self._reserve_lines()

    def _reserve_lines(self):
        margins = self.contentsMargins()
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2)

    def show_message(self, text, level="error"):
        """text: a translated sentence, an engine exception or Message, or a callable giving the sentence.

        Pass a callable (``lambda: self.tr(...) % value``) or an engine message so
        that a language switch re-translates the message on screen.
        """
        self.level = level
        self.setStyleSheet(STYLES.get(level, INFO_STYLE))
        self._show_source(text)

    def showing(self):
        """True while a message is on display (the bar itself is always there)."""
        return self.level is not None and bool(self.text())

    def clear(self):
        self.level = None
        self.source = None
        super().clear()

    def changeEvent(self, event):
        if event.type() == QEvent.FontChange:
            self._reserve_lines()
        super().changeEvent(event)
