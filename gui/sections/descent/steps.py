"""The step table of one racer (k, x0, x1, f(x), |grad|) as the animation reaches each step,
and the same numbers for every racer as rows of the CSV export."""
import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QStyle, QTableView, QVBoxLayout,
                               QWidget)

from engine.gradient import numerical_gradient_grid
from gui.kit.numbers import format_number

DIGITS = 3     # five columns beside the plot; the read-outs have more, the CSV every digit
WIDEST = (-8.88888888e+88, -0.000888888888, -88888.8888)   # the widest texts format_number gives
CURRENT_ROW = QBrush(QColor("#ffe9a8"))   # step k, the one the plot shows
PADDING = 24     # a cell's margins, and room to spare


def step_columns(f, history):
    """(n, 5) array of k, x0, x1, f(x_k), |grad f(x_k)|: the gradient each step k -> k+1 is taken along."""
    x0, x1 = history[:, 0], history[:, 1]
    with np.errstate(all="ignore"):
        values = f(x0, x1)
        d0, d1 = numerical_gradient_grid(f, x0, x1)
        norm = np.hypot(d0, d1)
    k = np.arange(len(history), dtype=np.float64)
    return np.column_stack((k, x0, x1, np.broadcast_to(values, x0.shape), norm))


class StepModel(QAbstractTableModel):
    """Rows 0 … k of one path; rows are added and removed as the animation moves (never reset per frame)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = np.empty((0, 5))
        self.headers = ["k", "x0", "x1", "f(x)", "|grad|"]
        self._shown = 0

    def set_columns(self, columns, k):
        self.beginResetModel()
        self.columns, self._shown = columns, 0
        self.endResetModel()
        self.show_step(k)

    def show_step(self, k):
        n = min(max(k + 1, 0), len(self.columns))
        old = self._shown
        if n > old:
            self.beginInsertRows(QModelIndex(), old, n - 1)
            self._shown = n
            self.endInsertRows()
        elif n < old:
            self.beginRemoveRows(QModelIndex(), n, old - 1)
            self._shown = n
            self.endRemoveRows()
        if 0 < old < n:   # the previous current row is no longer highlighted
            self.dataChanged.emit(self.index(old - 1, 0), self.index(old - 1, 4), [Qt.BackgroundRole])

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.DisplayRole:
            value = self.columns[row, column]
            return "%d" % value if column == 0 else format_number(value, DIGITS)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and row == self._shown - 1:
            return CURRENT_ROW
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def set_headers(self, headers):
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Horizontal, 0, 4)


class StepTable(QWidget):
    """A racer chooser over a table of its steps up to the one on screen; the last row, highlighted,
    is step k."""
    racer_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.racer = QComboBox()
        self.model = StepModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self._fit_columns()
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.racer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._columns = []
        self.racer.currentIndexChanged.connect(self._racer_chosen)

    def _fit_columns(self):
        """k as wide as 10000, the numbers share the rest; wanted_width fits the widest numbers.

        Measured once per font, not per row: fitting to the contents would read a thousand
        rows at every animation frame.
        """
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(metrics.horizontalAdvance("000") + PADDING)
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setSectionResizeMode(0, QHeaderView.Fixed)
        k_width = metrics.horizontalAdvance("10000") + PADDING
        header.resizeSection(0, k_width)
        number = max(metrics.horizontalAdvance(format_number(v, DIGITS)) for v in WIDEST) + PADDING
        scroll = self.view.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        self.wanted_width = k_width + 4 * number + scroll + 4

    def changeEvent(self, event):
        if event.type() == QEvent.FontChange:
            self._fit_columns()      # presentation mode scales the fonts
        super().changeEvent(event)

    def set_runs(self, names, colours, columns, k):
        """One entry per racer; the chosen racer stays chosen when it still races."""
        chosen = max(0, self.racer.currentIndex())
        self._columns = list(columns)
        self.racer.blockSignals(True)
        self.racer.clear()
        for name, colour in zip(names, colours):
            self.racer.addItem(name)
            self.racer.setItemData(self.racer.count() - 1, QBrush(QColor(colour)), Qt.ForegroundRole)
        self.racer.setCurrentIndex(min(chosen, len(names) - 1))
        self.racer.blockSignals(False)
        self._show_racer(k)

    def set_names(self, names):
        for i, name in enumerate(names[:self.racer.count()]):
            self.racer.setItemText(i, name)

    def _racer_chosen(self, _index):
        self._show_racer(self.model.rowCount() - 1)
        self.racer_changed.emit(self.racer.currentIndex())

    def _show_racer(self, k):
        i = self.racer.currentIndex()
        self.model.set_columns(self._columns[i] if 0 <= i < len(self._columns) else np.empty((0, 5)), k)
        self.view.scrollToBottom()

    def show_step(self, k):
        self.model.show_step(k)
        self.view.scrollToBottom()

    def rows_shown(self):
        """The table as text, as a person reads it: one list of cell texts per row."""
        m = self.model
        return [[m.data(m.index(r, c)) for c in range(5)] for r in range(m.rowCount())]
