"""Large read-outs with every digit, for slopes the book prints in full (0.1999999999990898)."""
import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy

LONGEST = "−1.8776646903972961e−14"   # the widest float64 a read-out has to show in full


def full_precision(value):
    """The shortest text that reads back as exactly this number, in its own precision.

    float32 values print as float32 (0.2, not 0.20000000298023224); None is "—";
    the minus sign is a real minus for the projector.
    """
    if value is None:
        return "—"
    if not isinstance(value, (np.floating, float)):
        value = np.asarray(value)[()]
    if isinstance(value, np.floating):
        text = str(value)
    else:
        text = repr(float(value))
    return text.replace("-", "−")


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
        value_font = QFont("DejaVu Sans Mono")
        value_font.setStyleHint(QFont.Monospace)
        value_font.setPointSize(point_size)
        value_font.setBold(True)
        caption_font = QFont()
        caption_font.setPointSize(11)
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
