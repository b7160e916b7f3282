"""The 'Mini-batch' tab (4.2.3–4.2.4): np.random.choice from MNIST, per-sample and mean loss (4.3)."""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from engine.loss_demos import batch_losses, draw_batch, tile_images
from engine.mnist import N_CLASSES, load_mnist
from engine.networks import TwoLayerNet
from gui.kit.messages import engine_text
from gui.kit.numbers import fixed
from gui.kit.plots import make_plot, ui_font
from gui.kit.titles import fit_title
from gui.kit.readouts import MONO, big_label
from gui.sections.loss.plots import BAR_COLOR, LABEL_COLOR, titled

MAX_SHOWN = 100     # images and bars drawn; the losses use the whole batch
TILE = 29           # 28 pixels and a 1-pixel gap
FRESH_STDS = (0.01, 1.0)


def tile_columns(n):
    """Columns of the image mosaic: 10 images as 5 x 2, 100 as 10 x 10."""
    return max(1, min(n, 10, math.ceil(1.5 * math.sqrt(n))))


class MiniBatchPanel(QWidget):
    """Draws mini-batches on demand; MNIST is read on the first draw, never at start-up."""

    def __init__(self, message, loader=load_mnist, parent=None):
        super().__init__(parent)
        self.message = message
        self.loader = loader          # replaceable (tests, other data folders)
        self._data = None             # (x_train, t_train) once loaded
        self._networks = {}           # combo index -> network, built when first chosen
        self._plugged = None          # (network, name) from set_network
        self.batch_mask = None
        self.result = None
        self._build_controls()
        self._build_view()
        self.retranslate()

    # --- construction -------------------------------------------------------------
    def _build_controls(self):
        self.controls = QWidget()
        form = QFormLayout(self.controls)
        form.setContentsMargins(0, 0, 0, 0)
        self.batch_size = QSpinBox()
        self.batch_size.setRange(0, 10_000_000)   # 0 and > 60000 are reported, not blocked
        self.batch_size.setValue(10)
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.valueChanged.connect(lambda _v: self.draw())
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.seed.valueChanged.connect(lambda _v: self.draw())
        self.resample_button = QPushButton()
        self.resample_button.clicked.connect(self.resample)
        self.network_combo = QComboBox()
        self.network_combo.addItems(["", ""])
        # Long item texts must not widen the controls column past the window.
        self.network_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.network_combo.setMinimumContentsLength(12)
        self.network_combo.currentIndexChanged.connect(lambda _i: self._recompute())
        self.batch_size_label, self.seed_label, self.network_label = QLabel(), QLabel(), QLabel()
        self.code = QLabel()
        self.code.setWordWrap(True)
        self.code.setFont(ui_font(10, family=MONO))
        form.addRow(self.batch_size_label, self.batch_size)
        form.addRow(self.seed_label, self.seed)
        form.addRow(self.resample_button)
        form.addRow(self.network_label)
        form.addRow(self.network_combo)
        form.addRow(self.code)

    def _build_view(self):
        self.label_title, self.onehot_title = QLabel(), QLabel()
        self.label_mean, self.onehot_mean = big_label(22), big_label(22)
        self.difference = QLabel()
        readouts = QGridLayout()
        readouts.addWidget(self.label_title, 0, 0)
        readouts.addWidget(self.onehot_title, 0, 1)
        readouts.addWidget(self.label_mean, 1, 0)
        readouts.addWidget(self.onehot_mean, 1, 1)
        readouts.addWidget(self.difference, 2, 0, 1, 2)

        self.image_plot = make_plot()
        item = self.image_plot.getPlotItem()
        item.setAspectLocked(True)
        item.invertY(True)
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMouseEnabled(x=False, y=False)
        self.image = pg.ImageItem(np.zeros((28, 28)), axisOrder="row-major", levels=(0, 1))
        item.addItem(self.image)
        self.tile_texts = []
        for _ in range(MAX_SHOWN):
            text = pg.TextItem("", color="#ffd54f", anchor=(0, 0), fill=(0, 0, 0, 170))
            font = text.textItem.font()
            font.setPointSize(12)
            font.setBold(True)
            text.setFont(font)
            text.setVisible(False)
            item.addItem(text)
            self.tile_texts.append(text)

        self.loss_plot = make_plot()
        self.loss_plot.getPlotItem().setMouseEnabled(x=False, y=False)
        self.loss_bars = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), width=0.7,
                                         brush=pg.mkBrush(BAR_COLOR))
        self.loss_plot.getPlotItem().addItem(self.loss_bars)
        self.mean_line = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(LABEL_COLOR, width=3),
                                         label="", labelOpts={"position": 0.8, "anchors": [(1, 1), (1, 1)], "color": LABEL_COLOR,
                                                              "fill": (255, 255, 255, 200)})
        self.loss_plot.getPlotItem().addItem(self.mean_line)

        pictures = QHBoxLayout()
        pictures.addWidget(self.image_plot, 1)
        pictures.addWidget(self.loss_plot, 1)
        self.indices = QLabel()
        self.indices.setWordWrap(True)
        self.indices.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.indices.setFont(ui_font(11, family=MONO))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(readouts)
        layout.addLayout(pictures, 1)
        layout.addWidget(self.indices)

    def retranslate(self):
        self.batch_size_label.setText(self.tr("batch_size"))
        self.seed_label.setText(self.tr("seed"))
        self.resample_button.setText(self.tr("Resample (seed + 1)"))
        self.network_label.setText(self.tr("Network that computes y:"))
        self.network_combo.setItemText(0, self.tr("fresh TwoLayerNet, weight_init_std 0.01 (book)"))
        self.network_combo.setItemText(1, self.tr("fresh TwoLayerNet, weight_init_std 1 (wild guesses)"))
        if self._plugged is not None:
            self.network_combo.setItemText(2, self._plugged[1])
        self._update_code()
        self.label_title.setText(self.tr("Mean cross-entropy (4.3), label form t = [7, 2, …]"))
        self.onehot_title.setText(self.tr("… one-hot form t = [[0,…,1,…], …]"))
        fit_title(self.image_plot, self.tr("x_batch (yellow: the label t)"))
        titled(self.loss_plot, self.tr("Loss per sample −log y<sub>n</sub>[t<sub>n</sub>]"),
               self.tr("sample n in the batch"), self.tr("cross-entropy"))
        if self.result is None:
            self.indices.setText(self.tr("Draw a batch: MNIST is read when this tab is first opened."))
        else:
            self._redraw()

    def _update_code(self):
        self.code.setText(self.tr("np.random.seed(%d)\nbatch_mask = np.random.choice(60000, %d)\n"
                                  "x_batch = x_train[batch_mask]\nt_batch = t_train[batch_mask]")
                          % (self.seed.value(), self.batch_size.value()))

    # --- network --------------------------------------------------------------------
    def set_network(self, network, name=None):
        """Use network (anything with predict(x) -> (N, 10) probabilities) for the losses."""
        name = name or self.tr("network from the Training section")
        if self._plugged is None:
            self.network_combo.addItem(name)
        else:
            self.network_combo.setItemText(2, name)
        self._plugged = (network, name)
        self.network_combo.setCurrentIndex(2)
        self._recompute()

    def network(self):
        index = self.network_combo.currentIndex()
        if index == 2 and self._plugged is not None:
            return self._plugged[0]
        if index not in self._networks:
            pixels = self._data[0].shape[1]
            self._networks[index] = TwoLayerNet(pixels, 50, N_CLASSES, weight_init_std=FRESH_STDS[index],
                                                seed=0)
        return self._networks[index]

    # --- data and batches ---------------------------------------------------------------
    def ensure_data(self):
        """Load MNIST once; on failure show the engine's message and return False."""
        if self._data is not None:
            return True
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            (x_train, t_train), _ = self.loader(normalize=True, flatten=True, one_hot_label=False)
        except (OSError, ValueError, MemoryError) as exc:
            # A callable (with the error bound: exc is gone after the block), so that a
            # language switch says the message again in the new language.
            self.message.show_message(lambda error=exc: self.tr(
                "MNIST could not be loaded, so there is no mini-batch: %s") % engine_text(error), "error")
            self.indices.setText(self.tr("No MNIST data: %s") % engine_text(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._data = (x_train, t_train)
        return True

    def resample(self):
        self.seed.setValue(self.seed.value() + 1)   # valueChanged draws

    def draw(self):
        """Draw batch_mask = np.random.choice(train_size, batch_size) and show it; False if refused."""
        self._update_code()
        if not self.ensure_data():
            return False
        x_train, _ = self._data
        try:
            mask = draw_batch(x_train.shape[0], self.batch_size.value(), self.seed.value())
        except ValueError as exc:
            self.message.show_message(lambda error=exc: engine_text(error) + " " + self.tr(
                "The previous batch stays."), "error")
            return False
        self.message.clear()
        self.batch_mask = mask
        self._recompute()
        return True

    def _recompute(self):
        if self.batch_mask is None or self._data is None:
            return
        x_train, t_train = self._data
        self.t_batch = t_train[self.batch_mask]
        self.x_shown = x_train[self.batch_mask[:MAX_SHOWN]]
        self.result = batch_losses(self.network(), x_train, t_train, self.batch_mask)
        self._redraw()

    def _redraw(self):
        r, mask = self.result, self.batch_mask
        n = mask.size
        shown = min(n, MAX_SHOWN)
        columns = tile_columns(shown)
        self.image.setImage(tile_images(self.x_shown, columns), levels=(0, 1))
        # Smaller labels on smaller tiles, so the digit stays visible beside its label.
        point_size = 12 if columns <= 5 else 9 if columns <= 8 else 7
        for i, text in enumerate(self.tile_texts):
            text.setVisible(i < shown)
            if i < shown and text.textItem.font().pointSize() != point_size:
                font = text.textItem.font()
                font.setPointSize(point_size)
                text.setFont(font)
            if i < shown:
                row, col = divmod(i, columns)
                text.setText(str(int(self.t_batch[i])))
                text.setPos(col * TILE, row * TILE)
        self.image_plot.getPlotItem().autoRange(padding=0.01)
        self.loss_bars.setOpts(x=np.arange(shown), height=r.per_sample[:shown])
        self.mean_line.setValue(r.mean_label)
        self.mean_line.label.setFormat(self.tr("mean %s") % fixed(r.mean_label))
        top = float(r.per_sample[:shown].max()) if shown else 1.0
        self.loss_plot.getPlotItem().setYRange(0, max(top, r.mean_label) * 1.15 + 1e-9, padding=0)
        self.loss_plot.getPlotItem().setXRange(-0.6, shown - 0.4, padding=0)
        labels = ", ".join(str(int(v)) for v in self.t_batch[:4]) + (", …" if n > 4 else "")
        self.label_title.setText(self.tr("Mean loss (4.3), labels t = [%s]") % labels)
        self.onehot_title.setText(self.tr("Same, one-hot t (%d × 10)") % n)
        self.label_mean.setText(fixed(r.mean_label))
        self.onehot_mean.setText(fixed(r.mean_one_hot))
        self.label_mean.setToolTip(self.tr("float64: %.17g") % r.mean_label)
        self.onehot_mean.setToolTip(self.tr("float64: %.17g") % r.mean_one_hot)
        self.difference.setText(self.tr("difference: %s   ·   batch accuracy %s %%   ·   N = %d")
                                % (f"{abs(r.mean_label - r.mean_one_hot):.3g}",
                                   f"{100 * r.accuracy:.0f}", n))
        listed = ", ".join(str(int(i)) for i in mask[:20])
        more = self.tr(" … (%d more)") % (n - 20) if n > 20 else ""
        shown_note = self.tr("  (pictures: the first %d)") % MAX_SHOWN if n > MAX_SHOWN else ""
        self.indices.setText(self.tr("batch_mask = [%s%s]%s") % (listed, more, shown_note))
