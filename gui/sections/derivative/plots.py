"""The derivative section's two plots: f(x) with its tangents (figs 4-6, 4-7) and error versus h.

Every item is created once here; the section only calls the update methods,
which use setData / setValue.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.kit.plots import finite_or_nan, make_plot, positive_or_nan, style_plot

CURVE_PEN = pg.mkPen("#1f4e9c", width=3)
NUMERIC_PEN = pg.mkPen("#e65100", width=2.5)
ANALYTIC_PEN = pg.mkPen("#2e7d32", width=2.5, style=Qt.DashLine)
# Dashed as well as purple: beside f (blue) a pinned tangent reads apart in any colour vision.
PINNED_PEN = pg.mkPen("#7b1fa2", width=2, style=Qt.DashLine)
OTHER_PEN = pg.mkPen("#9e9e9e", width=1.5)
TRUNCATION_PEN = pg.mkPen("#6a1b9a", width=1.5, style=Qt.DashLine)
ROUNDING_PEN = pg.mkPen("#c62828", width=1.5, style=Qt.DotLine)


def _shrinkable_title(label):
    """Let a narrow plot cut its title's ends instead of widening past its view (1024-pixel window).

    pyqtgraph makes a title's width the plot's minimum width, at every text change and resize.
    """
    if getattr(label, "_shrinkable", False):
        return
    update = label.updateMin

    def update_min():
        update()
        label.setMinimumWidth(0)
        label._sizeHint[Qt.SizeHint.MinimumSize] = (0, label._sizeHint[Qt.SizeHint.MinimumSize][1])
        label.updateGeometry()
    label.updateMin = update_min
    label._shrinkable = True
    update_min()


class DerivativePlots(QWidget):
    """f(x) with draggable point and tangents above; |numerical − analytic| against h below."""
    x_dragged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.f_widget = make_plot()
        self.f_plot = self.f_widget.getPlotItem()
        self.f_plot.addLegend(offset=(10, 10), labelTextSize="11pt")  # top left: f starts low
        self.curve = self.f_plot.plot(pen=CURVE_PEN, name="f(x)")
        self.numeric_tangent = self.f_plot.plot(pen=NUMERIC_PEN, name="numerical")
        self.analytic_tangent = self.f_plot.plot(pen=ANALYTIC_PEN, name="analytic")
        self.pinned_tangents = self.f_plot.plot(pen=PINNED_PEN, connect="pairs", name="pinned")
        self.points = pg.ScatterPlotItem(size=13, brush=pg.mkBrush("#e65100"), pen=pg.mkPen("w", width=1.5))
        self.pinned_points = pg.ScatterPlotItem(size=11, brush=pg.mkBrush("#7b1fa2"), pen=pg.mkPen("w"))
        self.f_plot.addItem(self.pinned_points)
        self.f_plot.addItem(self.points)
        # The point x: drag the vertical line (or type x in the box on the left).
        self.x_line = pg.InfiniteLine(angle=90, movable=True,
                                      pen=pg.mkPen("#e65100", width=2, style=Qt.DotLine),
                                      hoverPen=pg.mkPen("#ff9800", width=4))
        self.x_line.setZValue(10)
        self.f_plot.addItem(self.x_line)
        self.x_line.sigPositionChanged.connect(lambda line: self.x_dragged.emit(float(line.value())))

        self.error_widget = make_plot()
        self.error_plot = self.error_widget.getPlotItem()
        self.error_plot.setLogMode(x=True, y=True)
        self.error_plot.getAxis("left").enableAutoSIPrefix(False)
        self.error_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.other_error = self.error_plot.plot(pen=OTHER_PEN, name="other scheme")
        self.truncation = self.error_plot.plot(pen=TRUNCATION_PEN, name="truncation ≈")
        self.rounding = self.error_plot.plot(pen=ROUNDING_PEN, name="rounding ≈")
        self.error = self.error_plot.plot(pen=pg.mkPen("#e65100", width=3), name="measured")
        self.h_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#1f4e9c", width=2),
                                      label="h", labelOpts={"position": 0.08, "color": "#1f4e9c",
                                                            "fill": (255, 255, 255, 200)})
        self.error_plot.addItem(self.h_line)
        # A PlotDataItem (not a ScatterPlotItem) so it follows the plot's log mode.
        self.h_point = self.error_plot.plot([], [], pen=None, symbol="o", symbolSize=14,
                                            symbolBrush="#1f4e9c", symbolPen="w")
        self.error_note = pg.TextItem(color="#b00020", anchor=(0, 0), fill=(255, 255, 255, 210))
        self.error_note.setParentItem(self.error_plot.getViewBox())
        self.error_note.setPos(8, 4)
        self.error_note.hide()
        # Wrapped to the plot's width: on one line it ran past the right edge and was cut off.
        self.error_plot.getViewBox().sigResized.connect(self._wrap_note)

        self._error_hs = self._error_decades = None   # the ranges last set, to skip repeats
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.f_widget, 5)
        layout.addWidget(self.error_widget, 4)

    def retranslate(self):
        """Titles, axis labels and legend names."""
        style_plot(self.f_plot, self.tr("f(x) and its tangent at x (figs 4-6, 4-7)"), "x", "f(x)")
        style_plot(self.error_plot, "", self.tr("h"), self.tr("|error|"))
        # The title doubles as the legend: a legend box would hide the small plot's curves.
        parts = [(self.tr("Error against h:"), "#111"), (self.tr("measured"), "#e65100"),
                 (self.tr("other scheme"), "#757575"), (self.tr("truncation"), "#6a1b9a"),
                 (self.tr("rounding"), "#c62828")]
        self.error_plot.setTitle("&nbsp; ".join(f'<span style="color:{c}">{t}</span>' for t, c in parts),
                                 size="11pt")
        _shrinkable_title(self.error_plot.titleLabel)
        names = {self.curve: self.tr("f(x)"), self.numeric_tangent: self.tr("numerical tangent"),
                 self.analytic_tangent: self.tr("analytic tangent"),
                 self.pinned_tangents: self.tr("pinned tangents"),
                 self.other_error: self.tr("other scheme"),
                 self.truncation: self.tr("truncation error (model)"),
                 self.rounding: self.tr("rounding error (model)"), self.error: self.tr("measured error")}
        for legend in (self.f_plot.legend,):
            for sample, label in legend.items:
                if sample.item in names:
                    label.setText(names[sample.item])

    def _wrap_note(self):
        self.error_note.setTextWidth(max(80.0, self.error_plot.getViewBox().width() - 16))

    # --- updates (setData only) ------------------------------------------------
    def show_function(self, xs, ys, x_range):
        """The curve and a fixed view of it: tangents swinging while x is dragged must not
        rescale the axes (a rescale repaints every tick and grid line, ~7 ms a frame)."""
        ys = finite_or_nan(ys)
        self.curve.setData(xs, ys, connect="finite")
        self.x_line.setBounds(x_range)
        self.f_plot.disableAutoRange()
        self.f_plot.setXRange(*x_range, padding=0.02)
        finite = ys[np.isfinite(ys)]
        if finite.size:
            lo, hi = float(finite.min()), float(finite.max())
            pad = 0.08 * (hi - lo) if hi > lo else 1.0
            self.f_plot.setYRange(lo - pad, hi + pad, padding=0)

    def show_point(self, x, y, numeric, analytic, xs):
        """The tangent point and its tangents over xs; slopes may be None/nan (then no line)."""
        self.x_line.blockSignals(True)
        self.x_line.setValue(x)
        self.x_line.blockSignals(False)
        self.points.setData([x] if np.isfinite(y) else [], [y] if np.isfinite(y) else [])
        for item, slope in ((self.numeric_tangent, numeric), (self.analytic_tangent, analytic)):
            if slope is None or not np.isfinite(slope) or not np.isfinite(y):
                item.setData([], [])
            else:
                item.setData(xs, y + slope * (xs - x))

    def show_pinned(self, xs_pinned, ys_pinned, slopes, x_range):
        """Pinned tangents as one item of segments over x_range (two points per tangent)."""
        seg_x, seg_y = [], []
        for x, y, s in zip(xs_pinned, ys_pinned, slopes):
            if np.isfinite(y) and np.isfinite(s):
                seg_x += [x_range[0], x_range[1]]
                seg_y += [y + s * (x_range[0] - x), y + s * (x_range[1] - x)]
        self.pinned_tangents.setData(np.array(seg_x, dtype=float), np.array(seg_y, dtype=float),
                                     connect="pairs")
        keep = np.isfinite(np.asarray(ys_pinned, dtype=float))
        self.pinned_points.setData(np.asarray(xs_pinned, dtype=float)[keep],
                                   np.asarray(ys_pinned, dtype=float)[keep])

    def show_errors(self, hs, error, other, truncation, rounding, h, h_error, note=""):
        self.error.setData(hs, positive_or_nan(error), connect="finite")
        self.other_error.setData(hs, positive_or_nan(other), connect="finite")
        self.truncation.setData(hs, positive_or_nan(truncation), connect="finite")
        self.rounding.setData(hs, positive_or_nan(rounding), connect="finite")
        # In log mode an InfiniteLine's value is in log10 units.
        self.h_line.setValue(np.log10(h) if h > 0 else 0.0)
        label = "h = %s" % f"{h:.3g}"
        if self.h_line.label.format != label:
            self.h_line.label.setFormat(label)
        if h_error is not None and np.isfinite(h_error) and h_error > 0:
            self.h_point.setData([h], [h_error])
        else:
            self.h_point.setData([], [])
        if self.error_note.toPlainText() != note:
            self.error_note.setText(note)
            self.error_note.setVisible(bool(note))   # its white fill would show even when empty
            self._wrap_note()
        if (hs[0], hs[-1]) != self._error_hs:
            self._error_hs = (hs[0], hs[-1])
            self.error_plot.disableAutoRange()
            self.error_plot.setXRange(np.log10(hs[0]), np.log10(hs[-1]), padding=0.03)
        finite = positive_or_nan(np.concatenate([error, other]))
        finite = finite[np.isfinite(finite)]
        if finite.size:
            # Whole decades, so dragging x rarely changes the range (and repaints the axes).
            lo = max(np.floor(np.log10(finite.min())), -20.0)
            hi = np.ceil(np.log10(finite.max()))
            if (lo, hi) != self._error_decades:
                self._error_decades = (lo, hi)
                self.error_plot.setYRange(lo - 0.3, hi + 0.3, padding=0)
