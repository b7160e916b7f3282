"""Feedback a section gives: the message bar, its colours, and the engine's messages translated."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

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


def inline_error():
    """A hidden, word-wrapped error label to place under the control it is about."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class MessageBar(QLabel):
    """The line of feedback above a section's body: errors, warnings, hints; hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.level = None
        self.hide()

    def show_message(self, text, level="error"):
        """text: a translated sentence, or an engine exception or Message (translated here)."""
        self.level = level
        self.setStyleSheet(STYLES.get(level, INFO_STYLE))
        self.setText(text if isinstance(text, str) else engine_text(text))
        self.show()

    def clear(self):
        self.level = None
        super().clear()
        self.hide()
