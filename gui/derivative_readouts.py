"""Large read-outs with every digit, for slopes the book prints in full (0.1999999999990898)."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel


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


class BigReadouts(QFrame):
    """A row of read-outs: a small caption above a large selectable value, one column per key."""

    def __init__(self, keys, parent=None):
        super().__init__(parent)
        self.setObjectName("BigReadouts")
        self.setStyleSheet("QFrame#BigReadouts { background: #fbfbf4; border: 1px solid #ddd; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        self.captions, self.values = {}, {}
        for col, key in enumerate(keys):
            caption = QLabel()
            caption.setStyleSheet("font-size: 11pt; color: #444;")
            caption.setWordWrap(True)
            value = QLabel("—")
            value.setStyleSheet("font-size: 17pt; font-weight: bold; font-family: 'DejaVu Sans Mono', monospace;")
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
            grid.setColumnStretch(col, 1)
            self.captions[key], self.values[key] = caption, value

    def set(self, key, text):
        self.values[key].setText(text)

    def set_caption(self, key, text):
        self.captions[key].setText(text)

    def text(self, key):
        return self.values[key].text()
