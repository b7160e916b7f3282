"""The partial section's 2-D plots: heatmap with contours and a draggable point; two slices.

Every item is created once; the update methods only call setData / setPos / setLevel.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.kit.contours import contour_levels
from gui.kit.plots import finite_or_nan, make_plot, style_plot
from gui.kit.titles import fit_title

CONTOUR_LEVELS = 10
SLICE0_COLOR = "#e65100"   # along x0 (x1 fixed): orange, as its line on the heatmap
SLICE1_COLOR = "#1f4e9c"   # along x1 (x0 fixed): blue
COLORMAP = "viridis"
TITLE_POINTS = 12


class Heatmap(QWidget):
    """f(x0, x1) as an image with a colour bar and contour lines; click or drag to pick the point."""
    point_picked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widget = make_plot()
        self.plot = self.widget.getPlotItem()
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 1), colorMap=COLORMAP, interactive=False, width=18)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        # Contours are children of the image, so they share its pixel -> (x0, x1) transform.
        self.contours = []
        for _ in range(CONTOUR_LEVELS):
            iso = pg.IsocurveItem(pen=pg.mkPen((255, 255, 255, 200), width=1.2))
            iso.setParentItem(self.image)
            self.contours.append(iso)
        self.line0 = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen(SLICE0_COLOR, width=2, style=Qt.DashLine))
        self.line1 = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(SLICE1_COLOR, width=2, style=Qt.DashLine))
        self.plot.addItem(self.line0)
        self.plot.addItem(self.line1)
        self.target = pg.TargetItem(size=18, pen=pg.mkPen("#d50000", width=3),
                                    hoverPen=pg.mkPen("#ff6d00", width=4), movable=True)
        self.plot.addItem(self.target)
        self.target.sigPositionChanged.connect(self._dragged)
        self.widget.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self._rect = QRectF(-1, -1, 2, 2)

    def retranslate(self):
        style_plot(self.plot, "", "x0", "x1")
        fit_title(self.widget, "f(x0, x1)")

    def _dragged(self, target):
        pos = target.pos()
        self.point_picked.emit(float(pos.x()), float(pos.y()))

    def _clicked(self, event):
        if event.button() != Qt.LeftButton or event.isAccepted():
            return
        pos = self.plot.getViewBox().mapSceneToView(event.scenePos())
        if self._rect.contains(pos):
            self.point_picked.emit(float(pos.x()), float(pos.y()))

    def show_function(self, x0s, x1s, Z):
        """Z[i, j] = f(x0s[i], x1s[j]) (column-major, as pyqtgraph's images)."""
        image = finite_or_nan(Z)
        finite = image[np.isfinite(image)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + 1.0
        # The colour scale follows the 2nd..98th percentile so one huge value does not wash it out.
        levels = contour_levels(image, CONTOUR_LEVELS)
        scale = (float(np.percentile(finite, 1)), float(np.percentile(finite, 99))) if finite.size else (lo, hi)
        if scale[1] <= scale[0]:
            scale = (lo, hi)
        self.image.setImage(np.nan_to_num(image, nan=scale[0]), autoLevels=False, levels=scale)
        self._rect = QRectF(x0s[0], x1s[0], x0s[-1] - x0s[0], x1s[-1] - x1s[0])
        self.image.setRect(self._rect)
        self.colorbar.setLevels(scale)
        filled = np.nan_to_num(image, nan=scale[0], posinf=scale[1], neginf=scale[0])
        for i, iso in enumerate(self.contours):
            if i < len(levels):
                iso.setData(filled, level=float(levels[i]))
                iso.show()
            else:
                iso.setData(None)
                iso.hide()
        self.plot.setRange(rect=self._rect, padding=0.02)

    def show_point(self, x0, x1):
        self.target.blockSignals(True)
        self.target.setPos(x0, x1)
        self.target.blockSignals(False)
        self.line0.setValue(x1)
        self.line1.setValue(x0)


class SlicePlot(QWidget):
    """One slice of f through the point, with its numerical and analytic tangents."""

    def __init__(self, color, parent=None):
        super().__init__(parent)
        self.widget = make_plot()
        self.plot = self.widget.getPlotItem()
        self.curve = self.plot.plot(pen=pg.mkPen(color, width=3), name="f")
        self.numeric = self.plot.plot(pen=pg.mkPen("#d50000", width=2), name="numerical")
        self.analytic = self.plot.plot(pen=pg.mkPen("#2e7d32", width=2.5, style=Qt.DashLine), name="analytic")
        self.point = self.plot.plot([], [], pen=None, symbol="o", symbolSize=12,
                                    symbolBrush="#d50000", symbolPen="w")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def retranslate(self, x_label, y_label):
        style_plot(self.plot, "", x_label, y_label)

    def set_title(self, text):
        """A title that shrinks (or is elided) to fit the plot, never widening it."""
        fit_title(self.widget, text, TITLE_POINTS)

    def show_slice(self, xs, ys, x, y, numeric, analytic):
        """The slice (xs, ys), the point (x, y) and tangents with the given slopes (None/nan: hidden)."""
        self.curve.setData(xs, finite_or_nan(ys), connect="finite")
        ok = np.isfinite(y)
        self.point.setData([x] if ok else [], [y] if ok else [])
        for item, slope in ((self.numeric, numeric), (self.analytic, analytic)):
            if slope is None or not np.isfinite(slope) or not ok:
                item.setData([], [])
            else:
                item.setData(xs, y + slope * (xs - x))
        finite = finite_or_nan(ys)
        finite = finite[np.isfinite(finite)]
        if finite.size:
            pad = 0.08 * (finite.max() - finite.min() or 1.0)
            self.plot.setYRange(finite.min() - pad, finite.max() + pad, padding=0)
        self.plot.setXRange(xs[0], xs[-1], padding=0.02)
