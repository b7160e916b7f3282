"""The training section's plots: each creates its items once and later only calls setData/setImage.

Loss per iteration (fig 4-11, whole run and first 1000 iterations), accuracy
per epoch (fig 4-12), W1 as 28x28 tiles, test digits with predictions, and
the confusion matrix. Long series are min/max decimated before setData.
"""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt

from gui.kit.plots import image_view, shrinkable, style_plot, ui_font
from gui.kit.titles import fit_text, fit_title
from gui.sections.training.series import StreamSeries

ZOOM_ITERS = 1000      # the right half of fig 4-11
BLUE, ORANGE, RED = "#1f5fbf", "#e0701a", "#c62828"


def tile_mosaic(W1, cols=10, side=28, gap=2, max_tiles=100):
    """W1 (side*side, hidden) -> one 2-D image of the first max_tiles columns as side x side tiles.

    Each tile is scaled by its own largest |w| so every neuron's pattern shows; gaps are 0.
    """
    hidden = min(W1.shape[1], max_tiles)
    rows = max(1, math.ceil(hidden / cols))
    cell = side + gap
    out = np.zeros((rows * cell - gap, cols * cell - gap), dtype=np.float32)
    if W1.shape[0] != side * side or hidden == 0:
        return out
    w = np.asarray(W1[:, :hidden], dtype=np.float64)
    scale = np.abs(w).max(axis=0)
    scale[scale == 0] = 1.0
    tiles = (w / scale).T.reshape(hidden, side, side)
    for j in range(hidden):  # at most 100 slice assignments, no maths in the loop
        r, c = divmod(j, cols)
        out[r * cell:r * cell + side, c * cell:c * cell + side] = tiles[j]
    return out


class LossPerIteration(QObject):
    """Fig 4-11: loss per iteration for the whole run and for the first 1000 iterations.

    The axis ranges are fixed for a run (0..iters_num, 0..y_max) and only grow
    when a loss leaves them: redrawn axes (text) cost more than the curves.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.full = shrinkable(pg.PlotWidget())
        self.zoom = shrinkable(pg.PlotWidget())
        pen = pg.mkPen(BLUE, width=1)
        smooth_pen = pg.mkPen(ORANGE, width=2.5)
        # top right: the loss falls from ln 10 ≈ 2.3 at the left, so the corner stays empty
        self.legend = self.full.getPlotItem().addLegend(offset=(-10, 10), labelTextSize="9pt")
        self.curve = self.full.plot(pen=pen, antialias=False)
        self.smooth = self.full.plot(pen=smooth_pen)
        self.zoom_curve = self.zoom.plot(pen=pen, antialias=False)
        self.zoom_smooth = self.zoom.plot(pen=smooth_pen)
        for widget in (self.full, self.zoom):
            widget.getPlotItem().setMouseEnabled(x=True, y=True)
            widget.getPlotItem().disableAutoRange()
        self.hint = pg.TextItem(anchor=(0.5, 0.0), color="#555")   # hangs from the top: the legend is low
        self.hint.setFont(ui_font(14))
        self.full.addItem(self.hint, ignoreBounds=True)
        self.hint_fit = fit_text(self.full.getPlotItem().getViewBox(), self.hint)
        self.show_smooth = True
        self.legend_extra = []    # (item, name) of the kept runs (runs.py), after the current run's
        self.current_shown = True   # False: a finished comparison shows its kept runs alone (runs.py)
        self._has_loss = False
        self.y_max = 2.5
        self.set_run_length(10000)

    def retranslate(self):
        style_plot(self.full.getPlotItem(), "", self.tr("iteration"), self.tr("loss (cross-entropy)"))
        fit_title(self.full, self.tr("Loss per iteration (fig. 4-11)"))
        style_plot(self.zoom.getPlotItem(), "", self.tr("iteration"), self.tr("loss"))
        fit_title(self.zoom, self.tr("First 1000 iterations"))
        self.hint.setText(self.tr("Press Start:\nthe loss of every mini-batch\nappears here"))
        self.hint_fit.fit()
        raw, smooth = self.tr("mini-batch loss"), self.tr("smoothed loss")
        for item, name in ((self.curve, raw), (self.zoom_curve, raw), (self.smooth, smooth),
                           (self.zoom_smooth, smooth)):
            item.opts["name"] = name      # the CSV export's series names
        self.legend.clear()
        if self.current_shown:
            self.legend.addItem(self.curve, raw)
            # what the orange line is, so it is not read as a different curve (details: the tooltip)
            self.legend.addItem(self.smooth, self.tr("smoothed, centred (no lag)"))
        for item, name in self.legend_extra:
            self.legend.addItem(item, name)
        self._show_legend()

    def _show_legend(self):
        """Before a run the hint has the plot to itself, unless kept runs are drawn.

        The hint is faded out rather than hidden: its fitter shows or hides it by its size alone."""
        self.hint.setOpacity(0.0 if self._has_loss or self.legend_extra else 1.0)
        self.legend.setVisible(self._has_loss or bool(self.legend_extra))

    def set_smooth(self, on):
        """Show or hide the smoothed line (takes effect at the next set_series)."""
        self.show_smooth = on
        self._zoom_drawn = -1

    def set_run_length(self, iters_num):
        """Fix the x axes for a run of iters_num iterations (and reset the y axes)."""
        self.iters_num = max(1, int(iters_num))
        self.stream = StreamSeries(self.iters_num)
        self.y_max = 2.5   # just above ln 10 ≈ 2.3, the loss of a 10-class guess
        self._zoom_drawn = -1
        self._max_seen = 0   # the y range grows only with values it has not seen yet
        self.full.setRange(xRange=(0, self.iters_num), yRange=(0, self.y_max), padding=0.02)
        self.zoom.setRange(xRange=(0, min(ZOOM_ITERS, self.iters_num)), yRange=(0, self.y_max),
                           padding=0.02)
        self.hint.setPos(self.iters_num / 2, self.y_max / 2)

    def set_series(self, loss):
        """loss: every iteration's loss so far (1-D); a frame costs the same late in a run as early."""
        self._has_loss = len(loss) > 0
        self._show_legend()
        if len(loss) < self.stream._n:
            self.stream = StreamSeries(self.iters_num)
        self.stream.update(loss)
        x, y = self.stream.curve(loss)
        new = np.asarray(loss[self._max_seen:], dtype=np.float64)
        new = new[np.isfinite(new)]
        self._max_seen = len(loss)
        if len(new) and new.max() > self.y_max:
            self.y_max = float(1.1 * new.max())
            for widget in (self.full, self.zoom):
                widget.setYRange(0, self.y_max, padding=0.02)
            self._zoom_drawn = -1
        self.curve.setData(x, y, connect="finite")
        # once the first 1000 iterations are drawn and their smoothed line is settled (it
        # reaches h iterations ahead) the zoom is complete: leave it unpainted
        zoom_done = self._zoom_drawn >= ZOOM_ITERS + self.stream.smoother.h
        head = np.asarray(loss[:ZOOM_ITERS], dtype=np.float64)
        if not zoom_done:
            self.zoom_curve.setData(np.arange(1, len(head) + 1, dtype=np.float64), head,
                                    connect="finite")
            self._zoom_drawn = len(loss)
        if self.show_smooth and len(loss):
            self.smooth.setData(*self.stream.smoothed())
            if not zoom_done:
                self.zoom_smooth.setData(np.arange(1, len(head) + 1, dtype=np.float64),
                                         self.stream.smoother.at(np.arange(len(head))))
        else:
            self.smooth.setData([], [])
            self.zoom_smooth.setData([], [])


class AccuracyPerEpoch(QObject):
    """Fig 4-12: train and test accuracy per epoch (the kept runs, runs.py, faded behind)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = shrinkable(pg.PlotWidget())
        item = self.widget.getPlotItem()
        self.legend = item.addLegend(offset=(-10, -10), labelTextSize="11pt")
        self.train = item.plot(pen=pg.mkPen(BLUE, width=2.5), symbol="o", symbolSize=6,
                               symbolBrush=BLUE, symbolPen=None)
        self.test = item.plot(pen=pg.mkPen(ORANGE, width=2.5, style=Qt.DashLine), symbol="s",
                              symbolSize=6, symbolBrush=ORANGE, symbolPen=None)
        item.disableAutoRange()
        # the run's set-up is a line under the plot: inside it, it sat on the curves or the legend
        self.setup = pg.LabelItem("", size="10pt", color="#333", justify="right")
        item.layout.addItem(self.setup, 4, 1)
        self.hint = pg.TextItem(anchor=(0.5, 0.0), color="#555")   # hangs from the top: the legend is low
        self.hint.setFont(ui_font(12))
        item.addItem(self.hint, ignoreBounds=True)
        self.hint_fit = fit_text(item.getViewBox(), self.hint)
        self.set_epochs(16)
        item.setMouseEnabled(x=True, y=False)
        self._setup = None
        self.legend_extra = []    # (item, name) of the kept runs (runs.py), after the current run's
        self.current_shown = True   # False: a finished comparison shows its kept runs alone (runs.py)
        self._has_epochs = False

    def retranslate(self):
        item = self.widget.getPlotItem()
        style_plot(item, "", self.tr("epoch"), self.tr("accuracy"))
        fit_title(self.widget, self.tr("Accuracy per epoch (fig. 4-12)"))
        if self._setup is not None:
            train_size, sampling_text = self._setup
            self.setup.setText(self.tr("%s train images · %s") % (train_size, sampling_text()))
        # three lines: on one line the formula is wider than a small plot
        self.hint.setText(self.tr("Measured at the end of every epoch:\n"
                                  "iter_per_epoch =\ntrain size / batch size"))
        self.hint_fit.fit()
        names = ((self.train, self.tr("train acc")), (self.test, self.tr("test acc")))
        for curve, name in names:
            curve.opts["name"] = name     # the CSV export's series names
        self.legend.clear()
        for curve, name in (*(names if self.current_shown else ()), *self.legend_extra):
            self.legend.addItem(curve, name)
        # a kept run is one entry, its number (named in the loss plot's legend): its train curve,
        # ○ train and □ test as for the current run
        self.legend.setColumnCount(2 if self.legend_extra else 1)    # narrow: early epochs sit low
        self._show_hint()

    def _show_hint(self):
        # faded out rather than hidden: its fitter shows or hides it by its size alone
        self.hint.setOpacity(0.0 if self._has_epochs or self.legend_extra else 1.0)

    def set_setup(self, train_size, sampling_text):
        """Show the training-set size and sampling under the plot (4.1.2: generalisation).

        sampling_text: a callable giving the translated words, so a language switch rewords it.
        """
        self._setup = (train_size, sampling_text)
        self.retranslate()

    def set_epochs(self, epochs):
        """Fix the x axis for a run of this many epochs."""
        epochs = max(1.0, epochs)
        self.widget.getPlotItem().setRange(xRange=(0, epochs), yRange=(0, 1.0), padding=0.02)
        self.hint.setPos(epochs / 2, 0.98)     # from the top down, clear of the legend (bottom right)

    def set_series(self, epochs, train_acc, test_acc):
        self._has_epochs = len(epochs) > 0
        self._show_hint()
        self.train.setData(epochs, train_acc)
        self.test.setData(epochs, test_acc)


class WeightTiles(QObject):
    """W1's columns as 28x28 tiles: what each hidden neuron looks for (blue -, red +)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = image_view("")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(pg.colormap.get("CET-D1").getLookupTable(nPts=256))
        self.widget.addItem(self.image)

    def retranslate(self):
        style_plot(self.widget.getPlotItem())
        fit_title(self.widget, self.tr("W1: a 28×28 tile per neuron"))
        self.widget.getPlotItem().showGrid(x=False, y=False)
        self.widget.getPlotItem().hideAxis("left")
        self.widget.getPlotItem().hideAxis("bottom")

    def set_weights(self, W1):
        self.image.setImage(tile_mosaic(W1), levels=(-1.0, 1.0), autoLevels=False)


class DigitGrid(QObject):
    """Test digits with the predicted label and its probability; mistakes outlined in red."""
    COLS, ROWS, SIDE, GAP_X, GAP_Y = 4, 6, 28, 24, 14

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = image_view("")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.widget.addItem(self.image)
        self.frames = self.widget.plot(pen=pg.mkPen(RED, width=3), connect="pairs")
        self.frames.skip_export = True   # outlines, not data: the table of predictions says it
        self.labels = []
        cell_w, cell_h = self.SIDE + self.GAP_X, self.SIDE + self.GAP_Y
        for k in range(self.COLS * self.ROWS):
            r, c = divmod(k, self.COLS)
            text = pg.TextItem(anchor=(0.5, 0.0), color="#111")
            text.setFont(ui_font(11, bold=True))
            text.setPos(c * cell_w + self.GAP_X / 2 + self.SIDE / 2, r * cell_h + self.SIDE)
            self.widget.addItem(text, ignoreBounds=True)
            self.labels.append(text)
        self.count = 0
        self.predicted = self.true = None

    @property
    def n(self):
        return self.COLS * self.ROWS

    def retranslate(self):
        item = self.widget.getPlotItem()
        style_plot(item)
        fit_title(self.widget, self.tr("Test digits (red = wrong)"))
        item.showGrid(x=False, y=False)
        item.hideAxis("left")
        item.hideAxis("bottom")

    def set_digits(self, images):
        """images (n, 784) in [0, 1], shown once per data set."""
        cell_w, cell_h = self.SIDE + self.GAP_X, self.SIDE + self.GAP_Y
        # white between the digits so the dark labels under them read
        mosaic = np.ones((self.ROWS * cell_h, self.COLS * cell_w), dtype=np.float32)
        self.count = min(len(images), self.n)
        for k in range(self.count):
            r, c = divmod(k, self.COLS)
            x0 = c * cell_w + self.GAP_X // 2
            mosaic[r * cell_h:r * cell_h + self.SIDE, x0:x0 + self.SIDE] = \
                np.asarray(images[k]).reshape(self.SIDE, self.SIDE)
        self.image.setImage(mosaic, levels=(0.0, 1.0), autoLevels=False)

    def set_predictions(self, y, t):
        """y (n, 10) softmax outputs, t (n,) true labels."""
        predicted = np.argmax(y, axis=1)
        self.predicted, self.true = predicted, np.asarray(t)[:len(predicted)]
        wrong = predicted != t
        cell_w, cell_h = self.SIDE + self.GAP_X, self.SIDE + self.GAP_Y
        segments = []
        for k, text in enumerate(self.labels):
            if k >= len(predicted):
                text.setText("")
                continue
            label = "%d (%.0f%%)" % (predicted[k], 100 * y[k, predicted[k]])
            if text.toPlainText() != label:  # setText re-lays out HTML: skip when unchanged
                text.setText(label)
                text.setColor(RED if wrong[k] else "#111")
            if wrong[k]:
                r, c = divmod(k, self.COLS)
                x0, y0, s = c * cell_w + self.GAP_X // 2 - 1, r * cell_h - 1, self.SIDE + 2
                corners = [(x0, y0), (x0 + s, y0), (x0 + s, y0 + s), (x0, y0 + s)]
                for a in range(4):
                    segments += [corners[a], corners[(a + 1) % 4]]
        pts = np.array(segments, dtype=np.float64).reshape(-1, 2)
        self.frames.setData(pts[:, 0], pts[:, 1], connect="pairs")
        return int(wrong[:len(predicted)].sum())

    def table(self):
        """(title, columns, rows) of the digits shown: test index, label, prediction, right or not."""
        if self.predicted is None:
            return None
        rows = [[k, int(t), int(p), int(t == p)] for k, (t, p) in enumerate(zip(self.true, self.predicted))]
        return (self.tr("Test digits: predictions of the current network"),
                [self.tr("index"), self.tr("label"), self.tr("predicted"), self.tr("correct")], rows)


class ConfusionView(QObject):
    """The 10x10 confusion matrix of the test set at the last epoch end, counts written in."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = image_view("")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(pg.colormap.get("CET-L12").getLookupTable(nPts=256))
        self.widget.addItem(self.image)
        # cells need not be square: fill the panel, always showing all ten columns
        self.widget.getPlotItem().setAspectLocked(False)
        self.widget.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
        self.image.setImage(np.zeros((10, 10)), levels=(0, 1), autoLevels=False)
        self.cells = []
        font = ui_font(10)
        for r in range(10):
            for c in range(10):
                text = pg.TextItem(anchor=(0.5, 0.5), color="#111")
                text.setFont(font)
                text.setPos(c + 0.5, r + 0.5)
                self.widget.addItem(text, ignoreBounds=True)
                self.cells.append(text)

        ticks = [[(k + 0.5, str(k)) for k in range(10)]]
        for axis in ("left", "bottom"):
            # no tick marks: beside the first column's counts a mark read as a minus ("-14")
            self.widget.getPlotItem().getAxis(axis).setTicks(ticks)
            self.widget.getPlotItem().getAxis(axis).setStyle(tickLength=0, tickTextOffset=8)
        self.matrix = None
        self.epoch = None

    def retranslate(self, epoch=None):
        epoch = self.epoch if epoch is None else epoch
        title = self.tr("Confusion matrix")
        if epoch is not None:
            title += " · " + self.tr("epoch %d") % epoch
        style_plot(self.widget.getPlotItem(), "", self.tr("predicted label"), self.tr("true label"))
        fit_title(self.widget, title)
        self.widget.getPlotItem().showGrid(x=False, y=False)

    def set_matrix(self, matrix, epoch=None):
        m = np.asarray(matrix, dtype=np.float64)
        self.matrix, self.epoch = m, epoch
        # colour by the share of each true label, so small classes read like big ones
        share = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
        self.image.setImage(share, levels=(0.0, 1.0), autoLevels=False)
        for k, text in enumerate(self.cells):
            value = int(m.flat[k])
            text.setText(str(value) if value else "")
            text.setColor("#fff" if share.flat[k] > 0.6 else "#111")
        self.retranslate(epoch)

    def table(self):
        """(title, columns, rows): counts[true label][predicted label] as shown."""
        if self.matrix is None:
            return None
        title = self.tr("Confusion matrix of the test set (rows: true label, columns: predicted label)")
        if self.epoch is not None:
            title += " · " + self.tr("epoch %d") % self.epoch
        rows = [[k, *(int(v) for v in row)] for k, row in enumerate(self.matrix)]
        return title, [self.tr("true label"), *(str(k) for k in range(10))], rows
