"""A 2 x 2 table of the slope at the current x and h: forward/central by float64/float32.

It shows at a glance what the book's bad implementation hides: with a tiny h
float32 gives 0 or nan long before float64 does, and forward loses to central.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from engine.derivative_demos import PRECISIONS, SCHEMES, difference_quotient
from gui.kit.numbers import full_precision


class SlopeTable(QFrame):
    """Rows: central, forward; columns: float64, float32; the current choice in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(6)   # narrow enough for the controls column of a 1024-pixel window
        self.title = QLabel()
        self.title.setWordWrap(True)
        grid.addWidget(self.title, 0, 0, 1, 3)
        self.row_labels = {s: QLabel(s) for s in SCHEMES}
        for col, dtype in enumerate(PRECISIONS, start=1):
            grid.addWidget(QLabel(dtype), 1, col)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.Monospace)
        mono.setPointSize(10)
        self.cells = {}
        for row, scheme in enumerate(SCHEMES, start=2):
            grid.addWidget(self.row_labels[scheme], row, 0)
            for col, dtype in enumerate(PRECISIONS, start=1):
                cell = QLabel("—")
                cell.setFont(mono)
                cell.setTextInteractionFlags(Qt.TextSelectableByMouse)
                grid.addWidget(cell, row, col)
                self.cells[scheme, dtype] = cell

    def retranslate(self):
        self.title.setText(self.tr("Slope at this x and h in each scheme and precision:"))
        self.row_labels["central"].setText(self.tr("central"))
        self.row_labels["forward"].setText(self.tr("forward"))

    def show_slopes(self, f, x, h, scheme, dtype):
        for (s, d), cell in self.cells.items():
            cell.setText(full_precision(difference_quotient(f, x, h, s, d)))
            weight = "bold" if (s, d) == (scheme, dtype) else "normal"
            cell.setStyleSheet(f"font-weight: {weight};")

    def text(self, scheme, dtype):
        return self.cells[scheme, dtype].text()
