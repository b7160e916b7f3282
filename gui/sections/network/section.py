"""Section 'network' (4.4.2): simpleNet's loss, its gradient dW, nudges and steps on W."""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from engine import simple_net_demos as demos
from engine.labels import one_hot
from engine.networks import BOOK_W, BOOK_X, SimpleNet
from gui.kit.messages import engine_text
from gui.kit.numbers import format_number
from gui.kit.section import SectionBase
from gui.sections.network.animation import RunAnimation
from gui.sections.network.controls import DELTA_MAX, NetControls, NudgeControls, WeightDescentControls
from gui.sections.network.plots import GradientHeatmap, NudgePlot, WeightDescentPlots, weight_name
from gui.sections.network.widgets import ForwardView, NudgeReadouts

BOOK_LABEL = 2                  # t = [0, 0, 1]
# Below this height (a 1024×700 window) the 8-decimal p and the note under the read-outs step
# aside so the plots keep some height; both are also said elsewhere (the diagram, tooltips, status).
ROOMY_HEIGHT = 680


class NetworkSection(SectionBase):
    NAME = "network"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "The book's simpleNet: its W, x = (0.6, 0.9), t = (0, 0, 1); nudge w11 by 0.1"),
        "far_nudge": QT_TRANSLATE_NOOP("Presets", "Nudge w23 by 2.5: the real ΔL parts from the line dW·δ"),
        "random": QT_TRANSLATE_NOOP("Presets", "A random W = np.random.randn(2, 3) with seed 0"),
        "descend": QT_TRANSLATE_NOOP("Presets", "The book's W after 50 gradient steps with lr = 1"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._W, self._x, self._label = BOOK_W.copy(), BOOK_X.copy(), BOOK_LABEL
        self._weight, self._delta = (0, 0), 0.0
        self._deltas = np.linspace(-DELTA_MAX, DELTA_MAX, 601)
        self._hist_W, self._hist_L = [], []
        self.animation = RunAnimation(self)
        self.animation.frame_shown.connect(self._append)
        self.animation.finished.connect(self._stop_run)
        self._build_controls()
        self._build_plots()
        self._connect()
        self._set_state(BOOK_W, BOOK_X, BOOK_LABEL)
        # the W table needs ~330 px to show the book's 8-digit weights
        self.splitter.widget(0).setMinimumWidth(340)
        self.retranslate()
        self._apply_preset("book")

    # --- building ----------------------------------------------------------------
    def _build_controls(self):
        self.net_box = NetControls()
        self.nudge_box = NudgeControls()
        self.descent_box = WeightDescentControls(self._lr_problem)
        for box in (self.net_box, self.nudge_box, self.descent_box):
            self.controls.addWidget(box)

    def _build_plots(self):
        self.forward_view = ForwardView()
        # short names for what tests and presets read
        self.diagram, self.loss_note = self.forward_view.diagram, self.forward_view.loss_note
        self.p_readout, self.readouts = self.forward_view.p_readout, self.forward_view.readouts
        self.nudge_readouts = NudgeReadouts()
        self.heatmap = GradientHeatmap()
        self.nudge_plot = NudgePlot()
        self.descent_plots = WeightDescentPlots()

        nudge_tab = QWidget()
        nudge_row = QHBoxLayout()
        nudge_row.addWidget(self.heatmap, 6)
        nudge_row.addWidget(self.nudge_plot.widget, 5)
        nudge_layout = QVBoxLayout(nudge_tab)
        nudge_layout.setContentsMargins(2, 2, 2, 2)
        nudge_layout.addWidget(self.nudge_readouts)
        nudge_layout.addLayout(nudge_row, 1)
        descent_tab = QWidget()
        descent_layout = QHBoxLayout(descent_tab)
        descent_layout.setContentsMargins(2, 2, 2, 2)
        descent_layout.addWidget(self.descent_plots.loss_widget)
        descent_layout.addWidget(self.descent_plots.weights_widget)
        self.tabs = QTabWidget()
        self.tabs.addTab(nudge_tab, "")
        self.tabs.addTab(descent_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.forward_view)
        layout.addWidget(self.tabs, 1)

    def _connect(self):
        net, nudge, descent = self.net_box, self.nudge_box, self.descent_box
        net.W_grid.edited.connect(self._W_edited)
        net.x_grid.edited.connect(self._x_edited)
        net.W_grid.rejected.connect(self._not_a_number)
        net.x_grid.rejected.connect(self._not_a_number)
        net.t_combo.currentIndexChanged.connect(self._t_chosen)
        net.randomise.clicked.connect(self._randomise)
        nudge.weight.currentIndexChanged.connect(lambda k: self._select_weight(*divmod(k, 3)))
        self.heatmap.cell_clicked.connect(self._select_weight)
        nudge.slider.valueChanged.connect(lambda pos: self._user_delta(pos / 100))
        nudge.delta.valueChanged.connect(self._user_delta)
        nudge.plus.clicked.connect(lambda: self._user_delta(self._delta + nudge.h.value()))
        nudge.minus.clicked.connect(lambda: self._user_delta(self._delta - nudge.h.value()))
        nudge.zero.clicked.connect(lambda: self._user_delta(0.0))
        nudge.keep.clicked.connect(self._keep_nudge)
        descent.lr.valueChanged.connect(self._lr_changed)
        descent.step_button.clicked.connect(self.step)
        descent.run_button.toggled.connect(self._run_toggled)
        descent.reset_button.clicked.connect(self.reset)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        roomy = event.size().height() >= ROOMY_HEIGHT
        for widget in (self.p_readout, self.loss_note):
            widget.setVisible(roomy)

    def _tab_changed(self, index):
        # keep the controls of the visible tab on screen (the column scrolls at 1280×800)
        box = self.descent_box if index == 1 else self.nudge_box
        self.splitter.widget(0).ensureWidgetVisible(box, 0, 0)

    # --- state ---------------------------------------------------------------------
    def _set_state(self, W=None, x=None, label=None, keep_history=False):
        """Adopt new W / x / t if they are usable; else show why and keep the last good ones."""
        W = self._W if W is None else np.array(W, dtype=np.float64)
        x = self._x if x is None else np.array(x, dtype=np.float64)
        label = self._label if label is None else int(label)
        try:
            demos.check_inputs(W, x)
        except demos.BadInput as exc:
            self.message.show_message(
                lambda exc=exc: engine_text(exc) + " " + self.tr("The previous values stay."), "error")
            self._show_inputs()
            return False
        self._W, self._x, self._label = W, x, label
        if not keep_history:
            self._stop_run()
            self._hist_W, self._hist_L = [W.copy()], [float(demos.losses(W, x, label))]
        self._show_inputs()
        self._recompute()
        return True

    def _recompute(self):
        """Forward pass, the book's numerical dW, and the nudge curve of the chosen weight."""
        self._p, self._y, self._loss = demos.forward(self._W, self._x, self._label)
        # dW exactly as the book computes it: the element loop perturbing a copy of W
        self._dW = SimpleNet(self._W).numerical_gradient(self._x, one_hot(self._label, 3))
        i, j = self._weight
        self._curve = demos.nudge_curve(self._W, self._x, self._label, i, j, self._deltas)
        self._redraw()

    def _recompute_nudge(self):
        i, j = self._weight
        self._nudge = demos.nudge(self._W, self._x, self._label, i, j, self._delta, self._dW)

    # --- drawing (only setData / setText) ------------------------------------------
    def _redraw(self):
        self.forward_view.show_values(self._x, self._W, self._p, self._y, self._label, self._loss,
                                      self._is_book_state())
        self.heatmap.show_matrix(self._dW, weight_name)
        self.heatmap.select(*self._weight)
        self.nudge_plot.show_curve(self._deltas, self._curve, self._dW[self._weight])
        self._redraw_nudge()
        self._redraw_descent()

    def _redraw_nudge(self):
        self._recompute_nudge()
        n = self._nudge
        self.nudge_readouts.show_nudge(n)
        self.nudge_plot.show_delta(n.delta, n.actual, n.predicted)

    def _redraw_descent(self):
        with np.errstate(over="ignore", invalid="ignore"):  # a huge lr: the arrow leaves float64
            next_W = self._W - self.descent_box.lr.value() * self._dW
        self.descent_plots.show_history(self._hist_L, np.array(self._hist_W), next_W)
        steps = len(self._hist_L) - 1
        status = self.tr("step %d: loss %s (start %s)") % (
            steps, format_number(self._hist_L[-1], 6), format_number(self._hist_L[0], 6))
        if self._hist_L[-1] < 0:
            status += " " + self.tr("L < 0 only through the 1e-7 guard: −log(1 + 1e-7).")
        self.descent_box.status.setText(status)

    def _show_inputs(self):
        self.net_box.W_grid.set_values(self._W)
        self.net_box.x_grid.set_values(self._x[None, :])
        combo = self.net_box.t_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(self._label)
        combo.blockSignals(False)

    def _is_book_state(self):
        return (np.array_equal(self._W, BOOK_W) and np.array_equal(self._x, BOOK_X)
                and self._label == BOOK_LABEL)

    # --- control handlers ----------------------------------------------------------
    def _W_edited(self, i, j, value):
        W = self._W.copy()
        W[i, j] = value
        if self._set_state(W=W):
            self.message.clear()

    def _x_edited(self, _row, k, value):
        x = self._x.copy()
        x[k] = value
        if self._set_state(x=x):
            self.message.clear()

    def _not_a_number(self, text):
        self.message.show_message(lambda: self.tr("'%s' is not a number; type e.g. 0.47 or −1.2e-3. "
                                                  "The previous value stays.") % text, "error")

    def _t_chosen(self, label):
        self._set_state(label=label)

    def _randomise(self):
        seed = self.net_box.seed.value()
        if self._set_state(W=demos.random_W(seed)):
            self.message.show_message(lambda: self.tr("W = np.random.randn(2, 3) with seed %d.") % seed,
                                      "info")

    def _select_weight(self, i, j):
        self._weight = (int(i), int(j))
        combo = self.nudge_box.weight
        combo.blockSignals(True)
        combo.setCurrentIndex(3 * i + j)
        combo.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self._recompute()
        self._retranslate_nudge()

    def _user_delta(self, delta):
        self.tabs.setCurrentIndex(0)
        self.set_delta(delta)

    def _lr_changed(self, _lr):
        self._stop_run()  # a paused Run was computed with the old lr
        self._redraw_descent()

    def set_delta(self, delta):
        """Move the chosen weight by delta (clipped to the plotted range ±3)."""
        delta = float(min(DELTA_MAX, max(-DELTA_MAX, delta)))
        self._delta = delta
        box = self.nudge_box
        for widget, value in ((box.slider, round(delta * 100)), (box.delta, delta)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._redraw_nudge()

    def _keep_nudge(self):
        W = self._W.copy()
        W[self._weight] += self._delta
        if self._set_state(W=W):
            self.set_delta(0.0)

    # --- gradient descent ------------------------------------------------------------
    def _lr_problem(self, lr):
        """Why lr cannot be used (a callable, so the inline error follows the language), or None."""
        try:
            demos.check_lr(lr)
        except demos.BadInput as exc:
            return lambda exc=exc: engine_text(exc) + " " + self.tr("The previous lr stays.")
        return None

    def _descend(self, step_num):
        """step_num gradient steps from the current W (the steps box only holds usable counts)."""
        lr = self.descent_box.lr.value()
        result = demos.descend(self._W, self._x, self._label, lr, step_num)
        if result.stopped == "overflow":
            self.message.show_message(
                lambda: self.tr("Diverged: with lr = %s the next W overflows float64. W stops at the "
                                "last finite step; choose a smaller lr.") % format_number(lr, 3), "error")
        elif result.stopped == "stalled":
            self.message.show_message(lambda: self.tr("Stalled: dW is 0 everywhere (the loss is flat "
                                                      "here), so W no longer moves."), "warning")
        else:
            self.message.clear()
        return result

    def _append(self, W_history, losses):
        self._hist_W.extend(np.array(W) for W in W_history)
        self._hist_L.extend(float(L) for L in losses)
        self._set_state(W=self._hist_W[-1], keep_history=True)

    def step(self):
        self._stop_run()
        self.tabs.setCurrentIndex(1)
        result = self._descend(1)
        self._append(result.W_history[1:], result.losses[1:])
        return True

    def _run_toggled(self, running):
        if not running:
            self.animation.pause()
        elif not self.animation.resume():
            self.tabs.setCurrentIndex(1)
            result = self._descend(self.descent_box.steps.value())
            if len(result.losses) < 2:
                self._stop_run()
                return
            self.animation.start(result)
        self.descent_box.retranslate()

    def _stop_run(self):
        """Stop the animation for good (a paused Run would otherwise resume)."""
        self.animation.stop()
        button = self.descent_box.run_button
        if button.isChecked():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
            self.descent_box.retranslate()

    def finish_run(self):
        """Show the rest of a running animation at once (tests, screenshots)."""
        self.animation.finish()

    def play_pause(self):
        self.descent_box.run_button.toggle()
        return True

    def reset(self):
        self._stop_run()
        start = self._hist_W[0] if self._hist_W else self._W
        self._set_state(W=start)
        self.set_delta(0.0)
        self.message.clear()
        return True

    def shutdown(self):
        self.animation.stop()

    # --- presets -------------------------------------------------------------------
    def _apply_preset(self, name):
        self._stop_run()
        weight, delta = {"far_nudge": ((1, 2), 2.5)}.get(name, ((0, 0), 0.1))
        W = demos.random_W(0) if name == "random" else BOOK_W
        if name == "random":
            self.net_box.seed.setValue(0)
        self._set_state(W=W, x=BOOK_X, label=BOOK_LABEL)
        self._select_weight(*weight)
        self.nudge_box.h.setValue(0.01)
        self.set_delta(delta)
        self.descent_box.lr.setValue(1.0 if name == "descend" else 0.1)
        self.descent_box.steps.setValue(50 if name == "descend" else 100)
        if name == "descend":
            self.descent_box.run_button.setChecked(True)
            self.finish_run()
            self.tabs.setCurrentIndex(1)

    # --- translation -----------------------------------------------------------------
    def retranslate(self):
        for box in (self.net_box, self.nudge_box, self.descent_box):
            box.retranslate()
        self.forward_view.retranslate()
        book_tip = self.forward_view.book_tip()
        self.tabs.setTabText(0, self.tr("dW and the nudge"))
        self.tabs.setTabText(1, self.tr("Gradient descent on W"))
        self.heatmap.set_labels(self.tr("dW = ∂L/∂W, numerical"),
                                self.tr("column j (class)"), self.tr("row i (input)"))
        self.heatmap.setToolTip(self.tr("Click a cell to nudge that weight. ") + book_tip)
        self.descent_plots.set_labels(
            self.tr("Loss over gradient steps"), self.tr("W moves against dW"),
            self.tr("step"), self.tr("loss L (nats)"), self.tr("weight value"),
            self.tr("next step −lr·dW"), self.tr("loss L"))
        self._retranslate_nudge()
        self._redraw()

    def _retranslate_nudge(self):
        name = weight_name(*self._weight)
        self.nudge_plot.set_labels(
            self.tr("ΔL when %s moves by δ") % name, self.tr("δ"),
            self.tr("ΔL (nats)"),
            (self.tr("actual ΔL"), self.tr("prediction dW·δ"), self.tr("gap")))
        self.nudge_readouts.retranslate(name)
