"""The '−log y' tab (fig 4-3): the curve, the current y_t on it, and why the 1e-7 guard exists."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSlider, QVBoxLayout, QWidget

from engine.loss_demos import neg_log_curve
from engine.losses import DELTA
from gui.kit.messages import WARNING_STYLE
from gui.kit.numbers import fixed
from gui.kit.plots import make_plot, ui_font
from gui.kit.readouts import big_label
from gui.sections.loss.plots import CURVE_COLOR, LABEL_COLOR, subscript, titled

SLIDER_STEPS = 1000


class NegLogPanel(QWidget):
    """Shows −log y with the marker at y_t; emits yt_requested(value) when the user moves y_t."""
    yt_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._yt = None
        self._label = 0
        self._build_controls()
        self._build_view()
        self.retranslate()

    def _build_controls(self):
        self.controls = QWidget()
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider_label = QLabel()
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.valueChanged.connect(lambda pos: self.yt_requested.emit(pos / SLIDER_STEPS))
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self._typed)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.edit)
        self.zero_button = QPushButton()
        self.zero_button.clicked.connect(lambda: self.yt_requested.emit(0.0))
        self.one_button = QPushButton()
        self.one_button.clicked.connect(lambda: self.yt_requested.emit(1.0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.zero_button)
        buttons.addWidget(self.one_button)
        self.yt_name, self.loss_name = QLabel(), QLabel()
        self.yt_value, self.loss_value = big_label(20), big_label(20)
        self.loss_value.setStyleSheet(f"color: {LABEL_COLOR};")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        for widget in (self.slider_label, ):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addLayout(buttons)
        for widget in (self.yt_name, self.yt_value, self.loss_name, self.loss_value, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _build_view(self):
        self.plot = make_plot()
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        y, e = neg_log_curve()
        self.curve = item.plot(y, e, pen=pg.mkPen(CURVE_COLOR, width=3))
        # Where the guard flattens the curve: -log(0 + 1e-7) ≈ 16.1, not infinity.
        self.guard_line = pg.InfiniteLine(pos=-np.log(DELTA), angle=0,
                                          pen=pg.mkPen("#555", width=2, style=Qt.DashLine),
                                          label="", labelOpts={"position": 0.7, "color": "#333",
                                                               "anchors": [(0.5, 1), (0.5, 1)]})
        item.addItem(self.guard_line)
        self.marker = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(LABEL_COLOR), pen=pg.mkPen("#222"))
        item.addItem(self.marker)
        self.marker_text = pg.TextItem("", color="#111", anchor=(-0.08, 1.1))
        font = self.marker_text.textItem.font()
        font.setPointSize(14)
        self.marker_text.setFont(font)
        item.addItem(self.marker_text)
        item.setXRange(0, 1.0, padding=0.02)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setFont(ui_font(12))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

    def retranslate(self):
        titled(self.plot, self.tr("E = −log y (fig 4-3): small when y_t is near 1"),
               self.tr("y_t, probability the network gives the correct digit"), self.tr("loss −log y_t"))
        self.guard_line.label.setFormat(self.tr("the guard: −log(0 + 1e-7) = %s") % fixed(-np.log(DELTA)))
        self.slider_label.setText(self.tr("y_t (the others rescale):"))
        self.zero_button.setText(self.tr("y_t = 0 (the trap)"))
        self.one_button.setText(self.tr("y_t = 1"))
        self.yt_name.setText(self.tr("y_t:"))
        self.loss_name.setText(self.tr("−log(y_t + 1e-7):"))
        self.hint.setText(self.tr("Drag y_t down to 0: without the guard log 0 = −∞ would make the "
                                  "loss infinite and stop every later computation."))
        if self._yt is not None:
            self.show_yt(self._yt, self._label)

    def _typed(self):
        text = self.edit.text().strip().replace("−", "-")
        if self._yt is not None and text == f"{self._yt:.6g}":
            return
        try:
            value = float(text)
        except ValueError:
            value = text
        self.yt_requested.emit(value)

    def show_yt(self, yt, label):
        """Move the marker to (y_t, −log(y_t + 1e-7)) and update the read-outs."""
        self._yt, self._label = float(yt), int(label)
        loss = float(-np.log(yt + DELTA))
        self.marker.setData([yt], [loss])
        self.marker_text.setText(self.tr("y%s = %s\n−log(y%s + 1e-7) = %s")
                                 % (subscript(label), f"{yt:.4g}", subscript(label), fixed(loss)))
        self.marker_text.setPos(yt, loss)
        # Keep the text inside the plot: left of the point near y = 1, below it when high up.
        self.marker_text.setAnchor((1.08 if yt > 0.45 else -0.08, -0.15 if loss > 3 else 1.1))
        self.plot.getPlotItem().setYRange(0, max(5.0, loss * 1.1), padding=0)
        self.slider.blockSignals(True)
        self.slider.setValue(round(yt * SLIDER_STEPS))
        self.slider.blockSignals(False)
        self.edit.setText(f"{yt:.6g}")
        self.yt_value.setText(f"{yt:.4g}")
        self.loss_value.setText(fixed(loss))
        if yt == 0:
            self.note.setText(self.tr("y_t = 0: log 0 is −∞, so the loss would be infinite. The book "
                                      "adds δ = 1e-7 inside the log: −log(0 + 1e-7) = %s (dashed line), "
                                      "a large but finite loss.") % fixed(loss))
            self.note.setStyleSheet(WARNING_STYLE)
        else:
            self.note.setText(self.tr("The loss only looks at y_t, the output for the correct digit "
                                      "%d: y_t = 1 gives 0, and it grows without bound as y_t → 0 "
                                      "(capped at %s by δ = 1e-7; drag y_t to 0 to see it).") % (label, fixed(-np.log(DELTA))))
            self.note.setStyleSheet("")
