"""The 'Why not accuracy' tab (4.2.5): accuracy is a staircase in a weight, the loss is smooth.

Also fig 4-4: the step function (slope 0 almost everywhere) against the sigmoid.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QLabel, QSlider, QWidget

from engine.loss_demos import WEIGHTS, step_and_sigmoid, toy_problem, weight_sweep, weight_value
from gui.kit.numbers import fixed
from gui.kit.plots import LABEL_STYLE, make_plot, ui_font
from gui.kit.readouts import big_label
from gui.sections.loss.plots import CURVE_COLOR, SECOND_COLOR, titled

N_VALUES = 601
RIGHT_AXIS_WIDTH = 62   # pixels: tick values like 2.5 plus the rotated 12pt label
SLIDER_STEPS = 600


def add_right_axis(plot_item):
    """A second ViewBox sharing x with plot_item, drawn against the right axis."""
    box = pg.ViewBox()
    box.setMouseEnabled(x=False, y=False)
    plot_item.showAxis("right")
    plot_item.scene().addItem(box)
    plot_item.getAxis("right").linkToView(box)
    box.setXLink(plot_item)

    def sync():
        box.setGeometry(plot_item.vb.sceneBoundingRect())
        box.linkedViewChanged(plot_item.vb, box.XAxis)
    plot_item.vb.sigResized.connect(sync)
    return box


class AccuracyPanel(QWidget):
    """Sweeps one weight of a 2-4-2 network on 30 points; the marker w is draggable."""

    def __init__(self, message, parent=None):
        super().__init__(parent)
        self.message = message
        self.network, self.x, self.t = toy_problem()
        self.sweep = None
        self._w = 0.0
        self._build_controls()
        self._build_view()
        self.retranslate()
        # The sweep (~0.1 s) runs when the tab is first shown, not while the app starts.

    def _build_controls(self):
        self.controls = QWidget()
        form = QFormLayout(self.controls)
        form.setContentsMargins(0, 0, 0, 0)
        self.weight = QComboBox()
        self.weight.addItems(WEIGHTS)
        self.weight.currentIndexChanged.connect(lambda _i: self._recompute())  # the user is on this tab
        self.half_width = QDoubleSpinBox()
        self.half_width.setRange(0.1, 100.0)
        self.half_width.setValue(8.0)
        self.half_width.setKeyboardTracking(False)
        self.half_width.valueChanged.connect(lambda _v: self._recompute())
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.valueChanged.connect(self._slider_moved)
        self.weight_label, self.range_label, self.slider_label = QLabel(), QLabel(), QLabel()
        self.readouts = {}
        self.readout_names = {}
        form.addRow(self.weight_label, self.weight)
        form.addRow(self.range_label, self.half_width)
        form.addRow(self.slider_label)
        form.addRow(self.slider)
        for key, color in (("w", "#111"), ("accuracy", CURVE_COLOR), ("loss", SECOND_COLOR),
                           ("d_accuracy", CURVE_COLOR), ("d_loss", SECOND_COLOR)):
            name, value = QLabel(), big_label(15)
            value.setStyleSheet(f"color: {color};")
            self.readout_names[key], self.readouts[key] = name, value
            form.addRow(name, value)
        self.flat_note = QLabel()
        self.flat_note.setWordWrap(True)
        self.flat_note.setFont(ui_font(11, bold=True))
        form.addRow(self.flat_note)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        form.addRow(self.explain)

    def _build_view(self):
        self.sweep_plot = make_plot(legend=True)
        top = self.sweep_plot.getPlotItem()
        top.setMouseEnabled(x=False, y=False)
        self.acc_curve = top.plot([0, 1], [0, 0], pen=pg.mkPen(CURVE_COLOR, width=3), stepMode=None)
        self.loss_box = add_right_axis(top)
        self.loss_curve = pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen(SECOND_COLOR, width=3))
        self.loss_box.addItem(self.loss_curve)
        self.w_line = pg.InfiniteLine(pos=0, angle=90, movable=True, pen=pg.mkPen("#222", width=2))
        self.w_line.sigPositionChanged.connect(lambda line: self.set_w(line.value()))
        top.addItem(self.w_line)

        self.slope_plot = make_plot(legend=True)
        bottom = self.slope_plot.getPlotItem()
        bottom.setMouseEnabled(x=False, y=False)
        bottom.setXLink(top)
        self.d_acc_curve = bottom.plot([0, 1], [0, 0], pen=pg.mkPen(CURVE_COLOR, width=3))
        self.d_loss_curve = bottom.plot([0, 1], [0, 0], pen=pg.mkPen(SECOND_COLOR, width=3))
        self.slope_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#222", width=1, style=Qt.DashLine))
        bottom.addItem(self.slope_line)

        x = np.linspace(-6, 6, 1201)
        step, sig, d_step, d_sig = step_and_sigmoid(x)
        self.act_plot = make_plot(legend=True)
        self.step_curve = self.act_plot.plot(x, step, pen=pg.mkPen(CURVE_COLOR, width=3))
        self.sigmoid_curve = self.act_plot.plot(x, sig, pen=pg.mkPen(SECOND_COLOR, width=3))
        self.act_slope_plot = make_plot(legend=True)
        self.d_step_curve = self.act_slope_plot.plot(x, d_step, pen=pg.mkPen(CURVE_COLOR, width=3))
        self.d_sigmoid_curve = self.act_slope_plot.plot(x, d_sig, pen=pg.mkPen(SECOND_COLOR, width=3))
        for plot in (self.sweep_plot, self.slope_plot, self.act_plot, self.act_slope_plot):
            plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
        self.sweep_plot.getPlotItem().getAxis("right").enableAutoSIPrefix(False)
        # Same axis widths above and below, so the linked x axes line up; the right one has
        # room for its tick values and its rotated "loss" label side by side.
        bottom.showAxis("right")
        bottom.getAxis("right").setStyle(showValues=False)
        for plot in (self.sweep_plot, self.slope_plot):
            plot.getPlotItem().getAxis("left").setWidth(62)
            plot.getPlotItem().getAxis("right").setWidth(RIGHT_AXIS_WIDTH)
        # A band above the curves for a one-row legend.
        for plot in (self.sweep_plot, self.slope_plot):
            legend = plot.getPlotItem().legend
            legend.setColumnCount(2)
            legend.anchor(itemPos=(0.5, 0), parentPos=(0.5, 0), offset=(0, 4))
        # Fig 4-4 is empty in its top-left corner: the legend goes there.
        for plot in (self.act_plot, self.act_slope_plot):
            plot.getPlotItem().legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(8, 4))
        for plot in (self.sweep_plot, self.slope_plot, self.act_plot, self.act_slope_plot):
            plot.getPlotItem().getViewBox().sigResized.connect(lambda _box: self._fit_legends())
        for plot in (self.act_plot, self.act_slope_plot):
            plot.getPlotItem().setMouseEnabled(x=False, y=False)
            plot.getPlotItem().setYRange(-0.05, 1.1, padding=0)
        self.act_slope_plot.getPlotItem().setYRange(-0.02, 0.3, padding=0)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sweep_plot, 0, 0)
        layout.addWidget(self.slope_plot, 1, 0)
        layout.addWidget(self.act_plot, 0, 1)
        layout.addWidget(self.act_slope_plot, 1, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def retranslate(self):
        self.weight_label.setText(self.tr("weight"))
        self.range_label.setText(self.tr("range ±"))
        self.slider_label.setText(self.tr("w (or drag the black line):"))
        names = {"w": self.tr("w"), "accuracy": self.tr("accuracy"), "loss": self.tr("loss"),
                 "d_accuracy": self.tr("d accuracy / dw"), "d_loss": self.tr("d loss / dw")}
        for key, text in names.items():
            self.readout_names[key].setText(text)
        self.explain.setText(self.tr("A 2-4-2 network on 30 points. Moving w changes the loss "
                                     "continuously, but the accuracy only jumps when a point changes "
                                     "class: its slope is 0 almost everywhere, so gradient descent "
                                     "would never move."))
        top = self.sweep_plot.getPlotItem()
        titled(self.sweep_plot, self.tr("Accuracy (steps) vs loss (smooth)"), "", self.tr("accuracy (%)"))
        self._label_weight()
        top.setLabel("right", self.tr("loss"), color=SECOND_COLOR,
                     **{"font-size": "12pt"})
        titled(self.slope_plot, self.tr("Their slopes (h = 1e-4)"), self.tr("weight w"), self.tr("slope"))
        titled(self.act_plot, self.tr("Step vs sigmoid (fig 4-4)"), self.tr("x"), self.tr("h(x)"))
        titled(self.act_slope_plot, self.tr("Their slopes"), self.tr("x"), self.tr("dh/dx"))
        self._relegend()

    def _label_weight(self):
        self.sweep_plot.getPlotItem().setLabel("bottom", self.tr("weight w = %s") % self.weight.currentText(),
                                               **LABEL_STYLE)

    def _relegend(self):
        legends = (
            (self.sweep_plot, ((self.acc_curve, self.tr("accuracy (%)")), (self.loss_curve, self.tr("loss")))),
            (self.slope_plot, ((self.d_acc_curve, self.tr("d accuracy / dw")),
                               (self.d_loss_curve, self.tr("d loss / dw")))),
            (self.act_plot, ((self.step_curve, self.tr("step")), (self.sigmoid_curve, self.tr("sigmoid")))),
            (self.act_slope_plot, ((self.d_step_curve, self.tr("step: 0")),
                                   (self.d_sigmoid_curve, self.tr("sigmoid: > 0")))),
        )
        for plot, entries in legends:
            legend = plot.getPlotItem().legend
            legend.clear()
            for curve, name in entries:
                legend.addItem(curve, name)
        self._fit_legends()

    def _fit_legends(self):
        """A legend too wide for its plot goes to one column, and if that is still too wide it is
        hidden rather than cut off (the read-outs on the left are coloured like the curves)."""
        for plot, columns in ((self.sweep_plot, 2), (self.slope_plot, 2), (self.act_plot, 1),
                              (self.act_slope_plot, 1)):
            item = plot.getPlotItem()
            legend, room = item.legend, item.getViewBox().width() - 8
            for n in range(columns, 0, -1):
                legend.setColumnCount(n)
                legend.updateSize()
                if legend.width() <= room:
                    break
            legend.setVisible(legend.width() <= room)

    # --- compute and draw ----------------------------------------------------------
    def ensure_computed(self):
        if self.sweep is None:
            self._recompute()

    def _recompute(self):
        name = self.weight.currentText()
        centre = weight_value(self.network, name)
        half = self.half_width.value()
        w = np.linspace(centre - half, centre + half, N_VALUES)
        self.sweep = weight_sweep(self.network, self.x, self.t, name, w)
        self._centre, self._half = centre, half
        self._label_weight()
        self._redraw()
        self.set_w(centre)

    def _redraw(self):
        s = self.sweep
        self.acc_curve.setData(s.w, 100 * s.accuracy)
        self.loss_curve.setData(s.w, s.loss)
        self.d_acc_curve.setData(s.w, 100 * s.d_accuracy)
        self.d_loss_curve.setData(s.w, s.d_loss)
        top = self.sweep_plot.getPlotItem()
        top.setXRange(s.w[0], s.w[-1], padding=0)
        top.setYRange(0, 125, padding=0)
        self.loss_box.setYRange(0, float(s.loss.max()) * 1.25, padding=0)
        self.flat_note.setText(self.tr("Over the %d sampled w the accuracy slope is 0 at %s %% of them, "
                                       "the loss slope at %s %%.")
                               % (s.w.size, f"{100 * np.mean(s.d_accuracy == 0):.1f}",
                                  f"{100 * np.mean(s.d_loss == 0):.1f}"))
        span = float(np.abs(s.d_loss).max()) or 1.0
        self.slope_plot.getPlotItem().setYRange(-1.1 * span, 1.5 * span, padding=0)

    def _slider_moved(self, pos):
        if self.sweep is None:
            return
        self.set_w(self._centre - self._half + 2 * self._half * pos / SLIDER_STEPS)

    def set_w(self, w):
        """Move the marker to weight value w (clipped to the sweep) and read off the four numbers."""
        s = self.sweep
        if s is None:
            return
        w = float(np.clip(w, s.w[0], s.w[-1]))
        self._w = w
        i = int(np.argmin(np.abs(s.w - w)))
        for item in (self.w_line, self.slope_line, self.slider):
            item.blockSignals(True)
        self.w_line.setValue(w)
        self.slope_line.setValue(w)
        self.slider.setValue(round((w - s.w[0]) / (s.w[-1] - s.w[0]) * SLIDER_STEPS))
        for item in (self.w_line, self.slope_line, self.slider):
            item.blockSignals(False)
        self.readouts["w"].setText(f"{s.w[i]:.3f}")
        self.readouts["accuracy"].setText(f"{100 * s.accuracy[i]:.1f} %")
        self.readouts["loss"].setText(fixed(s.loss[i]))
        self.readouts["d_accuracy"].setText(f"{100 * s.d_accuracy[i]:.3g} %")
        self.readouts["d_loss"].setText(f"{s.d_loss[i]:.4g}")
