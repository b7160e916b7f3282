"""The section-wide keys (Space, →, R) without stealing keys a focused control needs.

A window-wide QShortcut for Space or → takes the key before any widget sees it:
Space no longer pressed the focused button and → no longer moved a slider or a
tab bar. Instead, an event filter looks at the key the focused widget is about
to receive and acts only when that widget has no use for it.
"""
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)

SECTION_KEYS = {Qt.Key_Space: "play_pause", Qt.Key_Right: "step", Qt.Key_R: "reset"}
ARROWS = frozenset({Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down})
# A widget that sets this property to True uses the arrow keys itself (e.g. a plot whose point
# the arrows move); the section-wide → then leaves them to it.
TAKES_ARROWS = "takesArrowKeys"
TEXT_WIDGETS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)


def wants_key(widget, key):
    """Whether the focused widget does something with key itself (so the section must not)."""
    if widget is None:
        return False
    if isinstance(widget, TEXT_WIDGETS):
        return True            # typing: a space, an R, the cursor moving right
    if key in ARROWS and (isinstance(widget, (QAbstractSlider, QTabBar)) or widget.property(TAKES_ARROWS)):
        return True
    if isinstance(widget, QAbstractButton):
        if key in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter):
            return True
        # Radio buttons and other exclusive groups move the focus along with the arrows.
        return key in ARROWS and (widget.autoExclusive() or widget.group() is not None)
    if isinstance(widget, QAbstractItemView):
        # A plain vertical list (the section list) has no use for → or Space: a lecturer who
        # just picked a section there can press Space to play.
        return widget.property("sectionList") is not True
    return False


class SectionKeys(QObject):
    """Routes Space, → and R to the current section when the focused widget does not want them.

    act(method_name) is called with "play_pause", "step" or "reset" and returns
    whether the section handled it; an unhandled key goes on to the widget as usual.
    """

    def __init__(self, window, act):
        super().__init__(window)
        self.window = window
        self.act = act
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() != QEvent.KeyPress:
            return False
        method = SECTION_KEYS.get(event.key())
        if method is None or event.modifiers() & ~Qt.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        # The filter sees the event once per widget it propagates through: act on the first delivery.
        first = obj is focus if focus is not None else obj is self.window
        if not first or not self._in_window(obj) or wants_key(focus, event.key()):
            return False
        if event.isAutoRepeat() and method == "play_pause":
            return True         # a held Space would toggle play/pause many times a second
        return bool(self.act(method))

    def _in_window(self, obj):
        try:
            return obj.isWidgetType() and obj.window() is self.window
        except RuntimeError:    # a widget being deleted
            return False
