"""The playground's plane and loss plots, and the colours every map shares.

Class 0 is orange and class 1 blue, as in TensorFlow Playground; a neuron's
output goes from orange (its lowest) through white to blue (its highest).
Each plot creates its items once; updates only call setData/setImage.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QImage

from engine.playground import EXTENT
from gui.kit.contours import contour_segments
from gui.kit.plots import finite_or_nan
from gui.kit.pointkeys import PointKeys

ORANGE, BLUE = (245, 147, 34), (8, 119, 189)
CLASS_COLOURS = (ORANGE, BLUE)
MIN_EPOCHS = 20              # the loss plot shows at least this many epochs
LOSS_FPS = 8                 # loss curve redraws per second while training


def _lut(lightness):
    """256 colours orange → white → blue as packed 0xffRRGGBB; lightness mixes white in."""
    s = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.full(3, 255.0)
    towards = np.where(s < 0, np.array(ORANGE, float), np.array(BLUE, float))
    rgb = white + np.abs(s) * (towards - white)
    rgb = np.round(lightness * white + (1 - lightness) * rgb).astype(np.uint32)
    return (0xFF << 24) | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]


MAP_LUT = _lut(0.0)          # neuron thumbnails
PLANE_LUT = _lut(0.25)       # the large map under the points: lighter, so the points stand out
WHITE = np.uint32(0xFFFFFFFF)
GREY = np.uint32(0xFFE6E6E6)


def to_pixels(values, lut, lo=-1.0, hi=1.0):
    """values mapped linearly from [lo, hi] onto lut: packed pixels (uint32); nan is light grey."""
    with np.errstate(all="ignore"):
        scaled = (np.asarray(values, dtype=np.float64) - lo) * (255.0 / (hi - lo))
    finite = np.isfinite(scaled)
    pixels = lut[np.clip(np.where(finite, scaled, 0.0), 0, 255).astype(np.uint8)]
    pixels[~finite] = GREY
    return pixels


class PackedImage(pg.ImageItem):
    """An image of packed opaque pixels (uint32 0xffRRGGBB, rows along y) that Qt draws as it is.

    pyqtgraph turns RGB(A) arrays into RGB888/RGBA8888 images, which Qt converts on every
    paint (~3 ms each on a busy machine, a frame has nine); Format_RGB32 needs no conversion.
    """

    def __init__(self):
        super().__init__(axisOrder="row-major")
        self._rect = None

    def set_pixels(self, pixels):
        pixels = np.ascontiguousarray(pixels, dtype=np.uint32)
        reshaped = self.image is None or self.image.shape != pixels.shape
        self.image = pixels                   # its shape sizes the item; the QImage shares its memory
        height, width = pixels.shape
        self.qimage = QImage(pixels.data, width, height, 4 * width, QImage.Format_RGB32)
        self._renderRequired = False
        self._unrenderable = False
        if reshaped:
            self.prepareGeometryChange()
            self.informViewBoundsChanged()
            if self._rect is not None:
                self.setRect(self._rect)
        self.update()

    def place(self, rect):
        """Where the image lies in view units (kept when its size in pixels changes)."""
        self._rect = QRectF(rect)
        if self.image is not None:
            self.setRect(self._rect)

    def render(self):
        """Nothing to convert (pyqtgraph calls this before painting a changed image)."""
        self._renderRequired = False


class PlanePlot(pg.PlotWidget):
    """The plane [−6, 6]²: a map as an image (p(class 1), or one neuron's output) and the points.

    A left click on the plane emits point_clicked(x0, x1). From the keyboard: the
    arrow keys move a cross (the plane is a Tab stop) and Enter adds the point there.
    """
    point_clicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        self.plot_item.setAspectLocked(True)
        self.plot_item.setMouseEnabled(False, False)   # a click adds a point; the view stays put
        self.plot_item.hideButtons()
        self.plot_item.setRange(xRange=(-EXTENT, EXTENT), yRange=(-EXTENT, EXTENT), padding=0.0)
        self.image = PackedImage()
        self.image.place(QRectF(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT))
        self.plot_item.addItem(self.image)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#333", width=2), connect="pairs")
        self.boundary.skip_export = True     # drawn from the image; the points are exported as a table
        self.plot_item.addItem(self.boundary)
        # Training points with a white rim, test points with a black one (the same as in the table).
        self.train_points = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1.2))
        self.test_points = pg.ScatterPlotItem(size=9, pen=pg.mkPen("k", width=1.2))
        for item in (self.train_points, self.test_points):
            self.plot_item.addItem(item)
        self.scene().sigMouseClicked.connect(self._clicked)
        # The keyboard's click: a cross the arrows move, shown while the plane has focus.
        self.cursor = pg.ScatterPlotItem([0.0], [0.0], symbol="+", size=22, pen=pg.mkPen("k", width=2),
                                         brush=None)
        self.cursor.skip_export = True
        self.cursor.setVisible(False)
        self.plot_item.addItem(self.cursor)
        self.cursor_at = (0.0, 0.0)
        PointKeys(self, lambda: self.cursor_at, self.move_cursor)
        self._retranslate()

    def _retranslate(self):
        self.setToolTip(self.tr("Arrow keys move the cross, Enter adds a point there"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def move_cursor(self, x0, x1):
        self.cursor_at = (x0, x1)
        self.cursor.setData([x0], [x1])
        self.cursor.setVisible(True)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.cursor.isVisible():
            self.point_clicked.emit(*self.cursor_at)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event):
        self.cursor.setVisible(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event):
        self.cursor.setVisible(False)
        super().focusOutEvent(event)

    def set_map(self, values, lut, lo=-1.0, hi=1.0):
        """values (n, n), rows along x1: drawn over the plane."""
        self.image.set_pixels(to_pixels(values, lut, lo, hi))

    def set_boundary(self, xs, values, level):
        """The line values = level as segments (marching squares on the grid); all-nan values: none."""
        x, y = contour_segments(xs, xs, values, [level])
        self.boundary.setData(x, y, connect="pairs")

    def set_points(self, train, test):
        """train, test: (x (n, 2), t (n,)) each."""
        for item, (x, t) in ((self.train_points, train), (self.test_points, test)):
            brushes = [pg.mkBrush(*CLASS_COLOURS[int(c)]) for c in t]
            item.setData(x[:, 0], x[:, 1], brush=brushes)

    def _clicked(self, event):
        if event.button() != Qt.LeftButton:
            return
        vb = self.plot_item.getViewBox()
        if vb.sceneBoundingRect().contains(event.scenePos()):
            at = vb.mapSceneToView(event.scenePos())
            if abs(at.x()) <= EXTENT and abs(at.y()) <= EXTENT:
                self.point_clicked.emit(at.x(), at.y())


class LossPlot(pg.PlotWidget):
    """Train and test loss per epoch, each a named curve; the history grows in place (no copies per frame)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        self.plot_item.addLegend(offset=(-10, 10), labelTextSize="10pt")
        self.train = self.plot_item.plot(pen=pg.mkPen(BLUE, width=2), name="train loss")
        self.test = self.plot_item.plot(pen=pg.mkPen("#555", width=2, style=Qt.DashLine), name="test loss")
        for axis in ("bottom", "left"):
            self.plot_item.getAxis(axis).enableAutoSIPrefix(False)   # no "epoch (x0.001)" at the start
        for curve in (self.train, self.test):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        self._values = np.zeros((2, 1024))
        self._count = 0
        self._drawn = -1           # epochs on screen (-1: none drawn yet)
        self._fixed_x = False      # the x axis held at 0 … MIN_EPOCHS
        self._clock = QElapsedTimer()
        self._clock.start()

    def reset(self, train, test):
        self._count = 0
        self._drawn = -1
        self.extend(train, test)
        self.redraw(force=True)

    def extend(self, train, test):
        """Append one value per epoch of each (as many of both); drawn at the next redraw()."""
        n = len(train)
        if self._count + n > self._values.shape[1]:
            grown = np.zeros((2, 2 * (self._count + n)))
            grown[:, :self._count] = self._values[:, :self._count]
            self._values = grown
        self._values[0, self._count:self._count + n] = finite_or_nan(train)
        self._values[1, self._count:self._count + n] = finite_or_nan(test)
        self._count += n

    def redraw(self, force=False):
        """Draw what extend() added, at most LOSS_FPS times a second unless forced.

        The curves need no 30 frames a second, and every redraw rescales and repaints the axes.
        """
        if self._drawn == self._count or not (force or self._clock.elapsed() >= 1000 / LOSS_FPS):
            return
        self._clock.restart()
        self._drawn = self._count
        epochs = np.arange(self._count, dtype=np.float64)
        self.train.setData(epochs, self._values[0, :self._count])
        self.test.setData(epochs, self._values[1, :self._count])
        # the first epochs on a fixed axis (one point alone would get ±0.5 around it)
        if self._count <= MIN_EPOCHS:
            self.plot_item.setXRange(0, MIN_EPOCHS, padding=0.02)
            self._fixed_x = True
        elif self._fixed_x:
            self.plot_item.enableAutoRange(x=True)
            self._fixed_x = False

    def losses(self):
        """(train, test) per recorded epoch, copies."""
        return self._values[0, :self._count].copy(), self._values[1, :self._count].copy()

    def set_names(self, train_name, test_name):
        """The curves' names in the user's language (legend and CSV)."""
        legend = self.plot_item.legend
        legend.clear()
        for curve, name in ((self.train, train_name), (self.test, test_name)):
            curve.opts["name"] = name
            legend.addItem(curve, name)
