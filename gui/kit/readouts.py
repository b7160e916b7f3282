"""Read-outs: numbers beside the pictures, large enough for the back of a lecture room."""
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from gui.kit.plots import ui_font

LONGEST = "−1.8776646903972961e−14"   # the widest float64 a read-out has to show in full
MONO = "DejaVu Sans Mono"


def big_label(point_size=22, bold=True):
    """A QLabel for a read-out a projector audience can read from the back."""
    label = QLabel("—")
    label.setFont(ui_font(point_size, bold=bold))
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


class _Value(QLabel):
    """A value label always as wide as `longest` in its current font (presentation mode scales fonts)."""

    def __init__(self, longest):
        super().__init__("—")
        self._longest = longest
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)

    def sizeHint(self):
        return QSize(self.fontMetrics().horizontalAdvance(self._longest) + 6, super().sizeHint().height())

    def minimumSizeHint(self):
        return self.sizeHint()


class BigReadouts(QFrame):
    """Read-outs in a grid: a small caption above a large selectable value.

    Every column is wide enough for LONGEST (or longest[key]) and never
    resizes with the text: a read-out that changed width while x is dragged
    would move the splitter and resize (and so repaint) every plot.
    """

    def __init__(self, keys, columns=None, point_size=17, longest=None, parent=None):
        super().__init__(parent)
        self.setObjectName("BigReadouts")
        self.setStyleSheet("QFrame#BigReadouts { background: #fbfbf4; border: 1px solid #ddd; }")
        columns = columns or len(keys)
        longest = longest or {}
        value_font = ui_font(point_size, bold=True, family=MONO)
        caption_font = ui_font(11)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(16)
        self.captions, self.values = {}, {}
        for n, key in enumerate(keys):
            row, col = divmod(n, columns)
            caption = QLabel()
            caption.setFont(caption_font)
            caption.setStyleSheet("color: #444;")
            caption.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            value = _Value(longest.get(key, LONGEST))
            value.setFont(value_font)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(caption, 2 * row, col)
            grid.addWidget(value, 2 * row + 1, col)
            self.captions[key], self.values[key] = caption, value
        grid.setColumnStretch(columns, 1)

    def set(self, key, text):
        self.values[key].setText(text)

    def set_caption(self, key, text):
        self.captions[key].setText(text)
        self.captions[key].setToolTip(text)

    def text(self, key):
        return self.values[key].text()


class Readouts(QWidget):
    """A grid of large 'name  value' read-outs, e.g. for slopes and losses."""

    def __init__(self, parent=None, columns=1):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.names, self.values = {}, {}
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._value_font = font

    def add(self, key, label="", value=None):
        """A new read-out; value: the QLabel to show it in (e.g. one of fixed width), else a plain one."""
        n = len(self.names)
        row, col = divmod(n, self._columns)
        name = QLabel(label)
        value = QLabel("—") if value is None else value
        value.setFont(self._value_font)
        value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._grid.addWidget(name, row, 2 * col)
        self._grid.addWidget(value, row, 2 * col + 1)
        self.names[key], self.values[key] = name, value
        return value

    def set_label(self, key, text):
        self.names[key].setText(text)

    def set(self, key, text, style=""):
        self.values[key].setText(text)
        self.values[key].setStyleSheet(style)

    def text(self, key):
        return self.values[key].text()
