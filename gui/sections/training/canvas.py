"""Draw a digit with the mouse; it is preprocessed like MNIST and classified live."""
import numpy as np
import pyqtgraph as pg
from PIL import Image
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gui.kit.plots import style_plot


def mnist_preprocess(ink, box=20, side=28):
    """ink (H, W) in [0, 1], 1 = ink -> (side*side,) like MNIST, or None when nothing is drawn.

    As LeCun et al. prepared MNIST: the bounding box of the ink is scaled to fit
    box x box (keeping its aspect), then placed in a side x side frame so its
    centre of mass is at the centre.
    """
    ink = np.asarray(ink, dtype=np.float64)
    rows, cols = np.nonzero(ink > 0.05)
    if len(rows) == 0:
        return None
    crop = ink[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    h, w = crop.shape
    scale = box / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    small = Image.fromarray((crop * 255).astype(np.uint8)).resize((new_w, new_h), Image.LANCZOS)
    small = np.asarray(small, dtype=np.float64) / 255.0
    total = small.sum()
    if total <= 0:
        return None
    cy = (small.sum(axis=1) * np.arange(new_h)).sum() / total
    cx = (small.sum(axis=0) * np.arange(new_w)).sum() / total
    top = int(round(side / 2 - 0.5 - cy))
    left = int(round(side / 2 - 0.5 - cx))
    top = min(max(top, 0), side - new_h)
    left = min(max(left, 0), side - new_w)
    out = np.zeros((side, side))
    out[top:top + new_h, left:left + new_w] = small
    return np.clip(out, 0.0, 1.0).reshape(-1)


class DrawingArea(QWidget):
    """A square black pad; the left mouse button paints white ink with a thick round pen."""
    drawn = Signal()

    SIZE = 280

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedSize(self.SIZE, self.SIZE)
        self.setCursor(Qt.CrossCursor)
        self.canvas = QImage(self.SIZE, self.SIZE, QImage.Format_Grayscale8)
        self.canvas.fill(0)
        self._last = None

    def clear(self):
        self.canvas.fill(0)
        self.update()
        self.drawn.emit()

    def ink(self):
        """The drawing as (SIZE, SIZE) floats in [0, 1]."""
        ptr = self.canvas.constBits()
        stride = self.canvas.bytesPerLine()
        data = np.frombuffer(ptr, dtype=np.uint8).reshape(self.SIZE, stride)[:, :self.SIZE]
        return data.astype(np.float64) / 255.0

    def draw_line(self, a, b):
        painter = QPainter(self.canvas)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255), 22, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.drawLine(a, b)
        painter.end()
        self.update()
        self.drawn.emit()

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            self._last = event.position().toPoint()
            self.draw_line(self._last, self._last + QPoint(0, 1))

    def mouseMoveEvent(self, event):
        if self._last is not None:
            point = event.position().toPoint()
            self.draw_line(self._last, point)
            self._last = point

    def mouseReleaseEvent(self, event):
        self._last = None

    def paintEvent(self, event):
        painter = QPainter(self)
        painter.drawImage(0, 0, self.canvas)
        painter.end()


class DigitCanvas(QWidget):
    """The pad, the 28x28 image the network sees, and its 10 class probabilities as bars."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pad = DrawingArea()
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.pad.clear)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.answer = QLabel("—")
        self.answer.setObjectName("BigReadout")
        font = self.answer.font()
        font.setPointSize(28)
        font.setBold(True)
        self.answer.setFont(font)
        self.seen = pg.PlotWidget()
        self.seen.setFixedSize(170, 170)
        item = self.seen.getPlotItem()
        item.setAspectLocked(True)
        item.invertY(True)
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMouseEnabled(False, False)
        self.seen_label = QLabel()
        self.seen_image = pg.ImageItem(np.zeros((28, 28)), axisOrder="row-major")
        self.seen.addItem(self.seen_image)
        self.bars_plot = pg.PlotWidget()
        self.bars_plot.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Expanding)
        self.bars_plot.setMinimumSize(200, 200)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush="#1f5fbf")
        self.bars_plot.addItem(self.bars)
        self.bars_plot.setYRange(0, 1, padding=0.02)
        self.bars_plot.setXRange(-0.6, 9.6, padding=0)
        self.bars_plot.getPlotItem().setMouseEnabled(False, False)
        self.bars_plot.getPlotItem().getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        left = QVBoxLayout()
        left.addWidget(self.pad)
        left.addWidget(self.clear_button)
        left.addWidget(self.hint)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.seen)
        top.addWidget(self.answer, 1)
        right = QVBoxLayout()
        right.addWidget(self.seen_label)
        right.addLayout(top)
        right.addWidget(self.bars_plot, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.network = None
        self.pad.drawn.connect(self.classify)

    def retranslate(self):
        self.clear_button.setText(self.tr("Clear"))
        self.hint.setText(self.tr("Draw a digit with the mouse. It is cut to its bounding box, scaled "
                                  "to 20×20 and centred by mass in 28×28, as MNIST was prepared."))
        self.seen_label.setText(self.tr("What the network sees (28×28):"))
        style_plot(self.bars_plot.getPlotItem(), self.tr("Probability of each digit"),
                   self.tr("digit"), self.tr("probability"))
        self.bars_plot.getPlotItem().showGrid(x=False, y=True, alpha=0.2)

    def set_network(self, network):
        """The network to ask (the GUI's own copy); re-classifies the drawing."""
        self.network = network
        self.classify()

    def classify(self):
        x = mnist_preprocess(self.pad.ink())
        if x is None or self.network is None:
            self.seen_image.setImage(np.zeros((28, 28)), levels=(0, 1), autoLevels=False)
            self.bars.setOpts(height=np.zeros(10))
            self.answer.setText("—")
            return None
        self.seen_image.setImage(x.reshape(28, 28), levels=(0, 1), autoLevels=False)
        dtype = self.network.params["W1"].dtype
        y = self.network.predict(x[np.newaxis, :].astype(dtype))[0]
        self.bars.setOpts(height=np.asarray(y, dtype=np.float64))
        best = int(np.argmax(y))
        self.answer.setText(self.tr("%d  (%s %%)") % (best, "%.0f" % (100 * y[best])))
        return y
