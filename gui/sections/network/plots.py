"""Plots of the network section: the dW heatmap, the nudge curve and the descent history.

Each plot creates its items once; update methods only call setData/setImage/setText.
"""
import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor

from gui.kit.numbers import format_number
from gui.kit.plots import LABEL_STYLE, finite_or_nan, make_plot, ui_font
from gui.kit.titles import fit_title

# Diverging map centred on 0: blue = raising the weight lowers L, red = raises it.
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
LEFT_AXIS_WIDTH = 62   # px: its label and ticks such as "−0.05" or "1e+03"
# Okabe and Ito's palette: the six weights stay apart for protan, deutan and tritan vision too.
WEIGHT_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


def weight_name(i, j):
    return f"w{i + 1}{j + 1}"


class RowLegend(pg.LegendItem):
    """A legend in rows of its own under the plot's x axis: outside the data, it never hides any.

    Entries fill up to `columns` columns, fewer when the plot is too narrow for them (fit);
    an entry added with own_row=True takes a whole row, so one long name does not widen
    every column.
    """

    def __init__(self, widget, columns):
        super().__init__(colCount=columns, labelTextSize="10pt", frame=False, verSpacing=-4)
        self._cell = (0, 0)
        self._columns, self._entries, self._width = columns, [], None
        self._widget = widget
        # rows 0-3: title, top axis, view box, bottom axis; the row spans the axis columns too
        widget.getPlotItem().layout.addItem(self, 4, 0, 1, 3)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is self._widget and event.type() == QEvent.Resize:
            self.fit()
        return False

    def add(self, item, name, own_row=False):
        """An entry that stays when the rows are laid out again for another width."""
        self._entries.append((item, name, own_row))
        self.addItem(item, name, own_row)

    def remove_all(self):
        self._entries, self._width = [], None
        self.clear()

    def fit(self):
        """As many columns (up to the given number) as the plot's width holds."""
        width = self._widget.width()
        if width == self._width:
            return
        self._width = width
        for columns in range(self._columns, 0, -1):
            self._lay_out(columns)
            if self.effectiveSizeHint(Qt.MinimumSize).width() <= width - 4 or columns == 1:
                break

    def _lay_out(self, columns):
        if columns == self.columnCount and self.items:
            return
        self.clear()
        self.columnCount = columns
        for entry in self._entries:
            self.addItem(*entry)

    def addItem(self, item, name, own_row=False):
        row, col = self._cell
        if col and (own_row or col == self.columnCount):
            row, col = row + 1, 0
        sample = ItemSample(item)
        label = pg.LabelItem(name, justify="left", size=self.opts["labelTextSize"])
        self.items.append((sample, label))
        self.layout.addItem(sample, row, 2 * col, alignment=Qt.AlignVCenter)
        self.layout.addItem(label, row, 2 * col + 1, 1, 2 * self.columnCount - 1 if own_row else 1)
        self._cell = (row + 1, 0) if own_row else (row, col + 1)
        self.updateSize()

    def clear(self):
        super().clear()
        self._cell = (0, 0)

    def updateSize(self):
        # The plot's layout places and sizes the rows; LegendItem's would move them to (0, 0).
        self.updateGeometry()


class GradientHeatmap(pg.PlotWidget):
    """A 2×3 matrix as coloured cells with its values written in them; a click picks a cell."""
    cell_clicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(DIVERGING)
        self.plot_item.addItem(self.image)
        self.plot_item.invertY(True)
        self.plot_item.setMouseEnabled(False, False)
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.setRange(xRange=(0, 3), yRange=(0, 2), padding=0.02)
        # one small name and one big value per cell, created once
        self.names = np.empty((2, 3), dtype=object)
        self.texts = np.empty((2, 3), dtype=object)
        name_font, value_font = ui_font(10), ui_font(12, bold=True)
        for (i, j), _ in np.ndenumerate(self.texts):
            for grid, font, y in ((self.names, name_font, 0.25), (self.texts, value_font, 0.58)):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setFont(font)
                text.setPos(j + 0.5, i + y)
                self.plot_item.addItem(text)
                grid[i, j] = text
        self.selection = pg.PlotDataItem(pen=pg.mkPen("#ffb300", width=5))
        self.selection.skip_export = True   # a frame round the chosen cell, not data
        self.plot_item.addItem(self.selection)
        self.plot_item.getAxis("bottom").setTicks([[(j + 0.5, str(j + 1)) for j in range(3)]])
        self.plot_item.getAxis("left").setTicks([[(i + 0.5, str(i + 1)) for i in range(2)]])
        tick_font = ui_font(11)
        for axis in ("bottom", "left"):
            self.plot_item.getAxis(axis).setTickFont(tick_font)
        self.scene().sigMouseClicked.connect(self._scene_clicked)
        self.values = np.zeros((2, 3))
        self._names = weight_name
        self._digits = 6

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if "_digits" not in self.__dict__:   # PlotWidget resizes once while it is being built
            return
        # narrow cells (a 1024-px window) get 3 digits in a smaller font, so a value stays in its cell
        digits = 6 if self.plot_item.vb.width() / 3 >= 90 else 3
        if digits != self._digits:
            self._digits = digits
            font = ui_font(12 if digits == 6 else 10, bold=True)
            for text in self.texts.flat:
                text.setFont(font)
            self.show_matrix(self.values, self._names)

    def set_labels(self, title, x_label, y_label):
        fit_title(self, title)
        self.plot_item.setLabel("bottom", x_label, **LABEL_STYLE)
        self.plot_item.setLabel("left", y_label, **LABEL_STYLE)

    def show_matrix(self, values, names):
        """values (2, 3); names(i, j) gives the label written above each value."""
        self.values = np.array(values, dtype=np.float64)
        self._names = names
        m = float(np.max(np.abs(self.values))) or 1e-12
        self.image.setImage(self.values, levels=(-m, m))
        self.image.setRect(0, 0, 3, 2)
        for (i, j), v in np.ndenumerate(self.values):
            # white on the dark ends of the map, black on the light middle
            colour = QColor("white") if abs(v) > 0.6 * m else QColor("#111")
            self.names[i, j].setText(names(i, j), color=colour)
            self.texts[i, j].setText(format_number(v, self._digits), color=colour)

    def select(self, i, j):
        self.selection.setData([j, j + 1, j + 1, j, j], [i, i, i + 1, i + 1, i])

    def cell_at(self, view_point):
        """(i, j) of the cell under a point in data coordinates, or None."""
        j, i = int(np.floor(view_point.x())), int(np.floor(view_point.y()))
        return (i, j) if 0 <= i < 2 and 0 <= j < 3 else None

    def _scene_clicked(self, event):
        point = self.plot_item.vb.mapSceneToView(event.scenePos())
        cell = self.cell_at(QPointF(point))
        if cell is not None:
            self.cell_clicked.emit(*cell)


class NudgePlot:
    """ΔL(δ) for one weight against the first-order line dW·δ, the current δ marked."""

    def __init__(self):
        # no legend inside: the read-out row above the plots names the curves in their colours
        self.widget = make_plot()
        item = self.widget.getPlotItem()
        self.actual = item.plot(pen=pg.mkPen("#1565c0", width=3))
        self.predicted = item.plot(pen=pg.mkPen("#ef6c00", width=3, style=Qt.DashLine))
        self._marker_brushes = [pg.mkBrush("#1565c0"), pg.mkBrush("#ef6c00")]
        self.marker = pg.ScatterPlotItem(size=14, pen=pg.mkPen("#111", width=1.5))
        item.addItem(self.marker)
        self.gap = item.plot(pen=pg.mkPen("#c62828", width=3))
        item.getAxis("left").enableAutoSIPrefix(False)
        # a fixed width: tick labels that grow (0.5 → −0.05) must not widen the plot or shift it
        item.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#777", width=1))
        item.addItem(self.cursor)

    def set_labels(self, title, x_label, y_label, names):
        item = self.widget.getPlotItem()
        fit_title(self.widget, title)
        item.setLabel("bottom", x_label, **LABEL_STYLE)
        item.setLabel("left", y_label, **LABEL_STYLE)
        for curve, name in zip((self.actual, self.predicted, self.gap), names):
            curve.opts["name"] = name   # the CSV export's series name

    def show_curve(self, deltas, actual, slope):
        self.actual.setData(deltas, finite_or_nan(actual))
        self.predicted.setData(deltas, slope * deltas)

    def show_delta(self, delta, actual, predicted):
        self.marker.setData([delta, delta], [actual, predicted], brush=self._marker_brushes)
        self.gap.setData([delta, delta], [actual, predicted])
        self.cursor.setValue(delta)


class WeightDescentPlots:
    """The loss over gradient steps and every weight's trajectory, with the next step −lr·dW."""

    def __init__(self):
        self.loss_widget = make_plot()
        self.weights_widget = make_plot()
        self.loss_curve = self.loss_widget.plot(pen=pg.mkPen("#c62828", width=3), symbol="o",
                                                symbolSize=6, symbolBrush="#c62828")
        item = self.weights_widget.getPlotItem()
        self.legend = RowLegend(self.weights_widget, 3)
        self.weight_curves = [item.plot(pen=pg.mkPen(c, width=3)) for c in WEIGHT_COLOURS]
        # the coming step of every weight, drawn as 6 segments of one item
        # where every weight is now (visible even before the first step)
        self.current = pg.ScatterPlotItem(size=10, pen=pg.mkPen("#111"))
        item.addItem(self.current)
        self._current_brushes = [pg.mkBrush(c) for c in WEIGHT_COLOURS]
        for widget in (self.loss_widget, self.weights_widget):
            for axis in ("left", "bottom"):
                widget.getPlotItem().getAxis(axis).enableAutoSIPrefix(False)
            widget.getPlotItem().getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.next_step = item.plot(pen=pg.mkPen("#111", width=3, style=Qt.DotLine),
                                   connect="pairs")

    def set_labels(self, loss_title, weights_title, step_label, loss_label, weight_label,
                   next_name, loss_name):
        for widget, title, y_label in ((self.loss_widget, loss_title, loss_label),
                                       (self.weights_widget, weights_title, weight_label)):
            item = widget.getPlotItem()
            fit_title(widget, title)
            item.setLabel("bottom", step_label, **LABEL_STYLE)
            item.setLabel("left", y_label, **LABEL_STYLE)
        self.loss_curve.opts["name"] = loss_name
        self.legend.remove_all()
        for (i, j), curve in zip(np.ndindex(2, 3), self.weight_curves):
            curve.opts["name"] = weight_name(i, j)
            self.legend.add(curve, weight_name(i, j))
        self.next_step.opts["name"] = next_name
        self.legend.add(self.next_step, next_name, own_row=True)
        self.legend.fit()

    def show_history(self, losses, W_history, next_W):
        """losses (k,), W_history (k, 2, 3), next_W (2, 3): where W − lr·dW would go."""
        steps = np.arange(len(losses), dtype=np.float64)
        self.loss_curve.setData(steps, finite_or_nan(losses))
        flat = np.asarray(W_history).reshape(len(losses), 6)
        for k, curve in enumerate(self.weight_curves):
            curve.setData(steps, flat[:, k])
        last = steps[-1]
        xs = np.repeat([[last, last + 1]], 6, axis=0).ravel()
        ys = np.column_stack([flat[-1], np.asarray(next_W).ravel()]).ravel()
        self.next_step.setData(xs, finite_or_nan(ys))
        self.current.setData(np.full(6, last), finite_or_nan(flat[-1]), brush=self._current_brushes)
        # the step axis starts at 0 and leaves room for the next step
        for widget in (self.loss_widget, self.weights_widget):
            widget.getPlotItem().setXRange(0, max(10.0, last + 1), padding=0.03)
