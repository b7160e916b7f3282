"""The Layers tab's pictures: one digit layer by layer, each layer's activation histogram, and each
layer's weights and gradients over the run.

Each picture is one GraphicsLayoutWidget whose items are made for a network of
a given depth (build) and afterwards only updated in place (setImage, setData,
setOpts, setText); a network of another depth gets a new widget, which also lets
presentation mode scale it like any widget shown for the first time.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtWidgets import QSizePolicy

from gui.kit.numbers import format_number
from gui.kit.plots import style_plot

BLUE, ORANGE, GREY = "#1f5fbf", "#e0701a", "#9a9a9a"
STRIP_CELLS = 100          # a wider layer wraps onto more rows of its strip
HIST_COLUMNS = 5           # the book's figures put the five layers in a row
LABEL_SIZE = "11pt"
NOTE_SIZE = "10pt"        # the numbers under each small histogram (five side by side)
ACTIVATION_MAP = pg.colormap.get("viridis")
COUNT_MAP = pg.colormap.get("CET-L17")


def strip_image(values, cells=STRIP_CELLS):
    """values (n,) → rows of up to cells values; the last row padded with NaN (drawn empty)."""
    values = np.asarray(values, dtype=np.float64).ravel()
    width = min(len(values), cells)
    rows = -(-len(values) // width)
    out = np.full(rows * width, np.nan)
    out[:len(values)] = values
    return out.reshape(rows, width)


class LayerFigure(QObject):
    """Base: a GraphicsLayoutWidget rebuilt only when the number of layers changes."""
    rebuilt = Signal(object)    # the new widget (the page swaps it in)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = None
        self.layers = -1
        self.header = None      # a QLabel above the figure (the page gives it)

    def ensure(self, layers):
        """Items for this many layers (True when a new widget was made)."""
        if layers == self.layers and self.widget is not None:
            return False
        old, self.widget = self.widget, pg.GraphicsLayoutWidget()
        self.widget.setBackground("w")
        # long labels inside (a strip's min and max) must not widen the tab: they are elided instead
        self.widget.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.widget.setMinimumSize(200, 150)
        self.layers = layers
        self.build(layers)
        self.rebuilt.emit(self.widget)
        if old is not None:
            old.deleteLater()
        return True

    def build(self, layers):
        raise NotImplementedError

    @staticmethod
    def label(text="", justify="center", color="#222"):
        return pg.LabelItem(text, size=LABEL_SIZE, color=color, justify=justify)


class DigitLayers(LayerFigure):
    """ConvNetJS's view: the digit, each hidden layer's outputs as a row of cells, the 10 outputs."""

    def build(self, layers):
        ci = self.widget.ci
        self.digit_title = self.label()
        ci.addItem(self.digit_title, 0, 0)
        self.digit_view = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.digit_image = pg.ImageItem(axisOrder="row-major")
        self.digit_view.addItem(self.digit_image)
        ci.addItem(self.digit_view, 1, 0, rowspan=2 * layers + 1)
        ci.layout.setColumnFixedWidth(0, 150)
        self.strip_labels, self.strips, self.strip_views = [], [], []
        lut = ACTIVATION_MAP.getLookupTable(nPts=256)
        for i in range(layers):
            label = self.label(justify="left")
            ci.addItem(label, 2 * i, 1)
            view = pg.ViewBox(invertY=True, enableMouse=False)
            view.setMinimumHeight(18)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(lut)
            view.addItem(image)
            ci.addItem(view, 2 * i + 1, 1)
            self.strip_labels.append(label)
            self.strips.append(image)
            self.strip_views.append(view)
        self.output_label = self.label(justify="left")
        ci.addItem(self.output_label, 2 * layers, 1)
        self.bars_plot = ci.addPlot(2 * layers + 1, 1)
        self.bars_plot.setMinimumHeight(120)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BLUE)
        self.bars_plot.addItem(self.bars)
        self.bars_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.bars_plot.setRange(xRange=(-0.6, 9.6), yRange=(0, 1), padding=0)
        self.bars_plot.setMouseEnabled(False, False)
        self.bars_plot.hideButtons()
        self.values = []
        self.probabilities = None
        self.retranslate_axes()

    def retranslate_axes(self):
        if self.widget is not None:
            style_plot(self.bars_plot, "", self.tr("digit"), self.tr("probability"))
            self.bars_plot.showGrid(x=False, y=True, alpha=0.2)

    def show_digit(self, image, index, label):
        self.digit_image.setImage(np.asarray(image, dtype=np.float64).reshape(28, 28),
                                  levels=(0.0, 1.0), autoLevels=False)
        self.digit_view.autoRange(padding=0)
        self.digit_title.setText(self.tr("test digit #%d · label %d") % (index, label))

    def show_layers(self, activations, levels, probabilities, label):
        """activations [(n_i,) per hidden layer]; levels (lo, hi) of the colours per layer or None."""
        self.values = [np.asarray(a, dtype=np.float64) for a in activations]
        for i, (a, image, view, text) in enumerate(zip(self.values, self.strips, self.strip_views,
                                                        self.strip_labels), start=1):
            lo, hi = levels if levels is not None else (float(a.min()), float(a.max()))
            if not hi > lo:
                hi = lo + 1.0
            strip = strip_image(a)
            image.setImage(strip, levels=(lo, hi), autoLevels=False)
            view.setRange(xRange=(0, strip.shape[1]), yRange=(0, strip.shape[0]), padding=0)
            text.setText(self.tr("hidden layer %d (%d): min %s · max %s")
                         % (i, a.size, format_number(a.min(), 3), format_number(a.max(), 3)))
        p = np.asarray(probabilities, dtype=np.float64)
        self.probabilities = p
        brushes = [ORANGE if k == label else BLUE for k in range(len(p))]
        self.bars.setOpts(height=p, brushes=brushes)
        best = int(np.argmax(p))
        self.output_label.setText(self.tr("output: softmax y · predicted %d (%s %%) · orange = label %d")
                                  % (best, format_number(100 * p[best], 3), label))


class ActivationHistograms(LayerFigure):
    """Figs 6-10 … 6-14: one small histogram per layer, "1-layer", "2-layer", …, a shared y axis."""

    def build(self, layers):
        ci = self.widget.ci
        self.plots, self.curves, self.notes = [], [], []
        for i in range(layers):
            row, col = divmod(i, HIST_COLUMNS)
            plot = ci.addPlot(2 * row, col)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.setMinimumWidth(60)
            if col:
                # one y axis for the row, as in the book's figures: the others only draw the grid
                plot.getAxis("left").setStyle(showValues=False)
                plot.getAxis("left").setWidth(6)
            curve = plot.plot(np.zeros(2), np.zeros(1), stepMode="center", fillLevel=0,
                              brush=(31, 95, 191, 150), pen=pg.mkPen(BLUE, width=1.5))
            note = pg.LabelItem("", size=NOTE_SIZE, color="#333", justify="center")
            ci.addItem(note, 1 + 2 * row, col)
            self.plots.append(plot)
            self.curves.append(curve)
            self.notes.append(note)
        for col in range(min(layers, HIST_COLUMNS)):
            ci.layout.setColumnStretchFactor(col, 1)     # equal columns, whatever their notes say
        self.counts = []
        self.value_range = None
        self.retranslate_axes()

    def retranslate_axes(self):
        if self.widget is None:
            return
        middle = min(len(self.plots), HIST_COLUMNS) // 2       # one x label under each row's middle
        for i, plot in enumerate(self.plots):
            col = i % HIST_COLUMNS
            # the book's subplot titles: "1-layer", "2-layer", …
            style_plot(plot, self.tr("%d-layer") % (i + 1), self.tr("activation") if col == middle else "",
                       self.tr("count") if col == 0 else "")
            plot.getAxis("left").showLabel(col == 0)
            plot.getAxis("bottom").showLabel(True)       # an empty label keeps the rows' plots level

    def show(self, header, value_range, histograms, zeros_apart):
        """histograms [(counts, summary) per layer] over equal bins of value_range."""
        self.header.setText(header)
        lo, hi = value_range
        self.value_range = value_range
        self.counts = [np.asarray(c) for c, _ in histograms]
        top = max((int(c.max()) for c in self.counts if c.size), default=1)
        edges = np.linspace(lo, hi, len(self.counts[0]) + 1) if self.counts else np.zeros(2)
        for plot, curve, note, (counts, summary) in zip(self.plots, self.curves, self.notes, histograms):
            curve.setData(edges, counts.astype(np.float64))
            # three ticks: ends and middle, which a narrow plot still has room for
            plot.getAxis("bottom").setTicks([[(v, format_number(v, 3)) for v in (lo, (lo + hi) / 2, hi)]])
            margin = 0.04 * (hi - lo)      # the end ticks (0 and 1) stay inside the axis
            plot.setRange(xRange=(lo - margin, hi + margin), yRange=(0, 1.05 * max(top, 1)), padding=0)
            text = self.tr("mean %s<br>std %s") % (format_number(summary["mean"], 3),
                                                  format_number(summary["std"], 3))
            if zeros_apart:
                text += "<br>" + self.tr("exactly 0: %s %%<br>(not drawn)") % format_number(
                    100 * summary["zeros"], 3)
            note.setText(text)


class TimeHeatmaps(LayerFigure):
    """TensorBoard's histograms over time: per layer, W and ∂L/∂W; x iteration, y value, colour count."""

    def build(self, layers):
        ci = self.widget.ci
        lut = COUNT_MAP.getLookupTable(nPts=256)
        self.plots, self.images = [], []
        for i in range(layers):
            row = []
            for k in range(2):
                plot = ci.addPlot(i, k)
                plot.setMinimumHeight(130)
                plot.setMouseEnabled(False, False)
                plot.hideButtons()
                image = pg.ImageItem(axisOrder="col-major")
                image.setLookupTable(lut)
                plot.addItem(image)
                row.append(plot)
                self.images.append(image)
            self.plots.append(row)
        self.shapes = [None] * layers
        self.shown_counts = [None] * (2 * layers)
        self.retranslate_axes()

    def retranslate_axes(self):
        if self.widget is None:
            return
        for i, (w_plot, g_plot) in enumerate(self.plots, start=1):
            shape = self.shapes[i - 1]
            size = " (%d×%d)" % shape if shape else ""
            style_plot(w_plot, f"W{i}{size}", self.tr("iteration"), self.tr("value"))
            style_plot(g_plot, f"∂L/∂W{i}", self.tr("iteration"), self.tr("value"))

    def show(self, header, history, shapes):
        """Each layer's heatmaps from a LayerHistory; shapes: W1 … WL's (rows, columns)."""
        self.header.setText(header)
        if list(shapes) != self.shapes:
            self.shapes = [tuple(s) for s in shapes]
            self.retranslate_axes()
        for i in range(self.layers):
            for k, kind in enumerate(("W", "grad")):
                image = self.images[2 * i + k]
                counts, (lo, hi), (first, last) = history.heatmap(kind, i)
                self.shown_counts[2 * i + k] = counts
                if counts.shape[0] == 0:
                    image.clear()
                    continue
                # colour on a log scale: one bin holding most values (the zero weights and
                # gradients of the blank pixels) would otherwise leave every other bin blank
                shade = np.log10(1.0 + counts)
                image.setImage(shade, levels=(0.0, max(float(shade.max()), 1e-12)), autoLevels=False)
                image.setRect(QRectF(first, lo, max(last - first, 1), hi - lo))
                self.plots[i][k].setRange(xRange=(first, max(last, first + 1)), yRange=(lo, hi),
                                          padding=0)
