"""Section 4.4.1: gradient descent on contours (fig 4-10), learning rates racing, diverged/stalled badges."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QGraphicsItem, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from engine.descent import classify_path
from engine.gradient import numerical_gradient
from engine.surfaces import SURFACES
from gui.kit.contours import contour_levels, contour_segments
from gui.kit.inputs import FunctionInput, LogSlider
from gui.kit.messages import engine_text, inline_error
from gui.kit.numbers import format_number, point
from gui.kit.playbar import PlayBar
from gui.kit.plots import make_plot, style_plot
from gui.kit.pointkeys import PointKeys
from gui.kit.section import SectionBase
from gui.sections.descent.inputs import MAX_RATES, lr_problem, parse_rates, parse_steps
from gui.sections.descent.jobs import DescentJobs
from gui.sections.descent.paths import PathLayer
from gui.sections.descent.status import StatusTable

FRAME_MS = 16          # ~60 frames/s; at high speed one frame advances several steps
CONTOUR_POINTS = 81
BOUND_FACTOR = 1e5     # a path past 1e5 view widths has diverged


class DescentSection(SectionBase):
    NAME = "descent"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "Fig 4-10: f = x0² + x1² from (−3, 4), lr = 0.1, 100 steps"),
        "book-lr-10": QT_TRANSLATE_NOOP("Presets", "lr = 10 is too large: the values diverge to about 1e13"),
        "book-lr-1e-10": QT_TRANSLATE_NOOP("Presets", "lr = 1e-10 is too small: x barely moves"),
        "race": QT_TRANSLATE_NOOP("Presets", "The three learning rates of the book racing from (−3, 4)"),
        "saddle": QT_TRANSLATE_NOOP("Presets", "A saddle x0² − x1²: no minimum, the path slides away"),
        "rosenbrock": QT_TRANSLATE_NOOP("Presets", "Rosenbrock's valley: fast fall, slow crawl to (1, 1)"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._view = SURFACES["book"].view
        self._start = np.array(SURFACES["book"].start)
        self._f = None            # the last function that gave a drawable surface
        self._runs = []           # per rate: (lr, history, values, status)
        self._step_num = SURFACES["book"].step_num
        self._pos = 0.0           # the animation's step (fractional between frames)
        self._race = []
        self._run_steps = 0       # steps of the paths on screen (the step box may already differ)
        self._pending_at_end = True
        self.jobs = DescentJobs(self)
        self.jobs.paths_ready.connect(self._paths_ready)
        self.jobs.busy_changed.connect(self._busy_changed)
        self.jobs.progressed.connect(self._progressed)

        # --- controls ---
        self.function = FunctionInput(("x0", "x1"), SURFACES["book"].text)
        self.lr = LogSlider("", -10, 1, 0.1, validate=lr_problem)
        self.lr.label.setWordWrap(True)
        self.steps_label, self.steps_edit, self.steps_error = QLabel(), QLineEdit("100"), inline_error()
        self.race_label, self.race_edit, self.race_error = QLabel(), QLineEdit(""), inline_error()
        self.race_label.setWordWrap(True)
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)
        self.playbar = PlayBar(speed=20.0)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_label, 1)
        steps_row.addWidget(self.steps_edit)
        self.steps_edit.setMaximumWidth(110)
        self.controls.addWidget(self.function)
        self.controls.addWidget(self.lr)
        self.controls.addLayout(steps_row)
        self.controls.addWidget(self.steps_error)
        for widget in (self.race_label, self.race_edit, self.race_error, self.start_label, self.playbar):
            self.controls.addWidget(widget)

        # --- plot: contours, one PathLayer per possible rate; all created once ---
        self.plot = make_plot(legend=True)
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setAspectLocked(True)
        self.plot_item.setMouseEnabled(False, False)   # a click sets the start; the view stays put
        self.plot_item.hideButtons()
        self.plot_item.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.contour_curve = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#9aa3b5", width=1.2,
                                                                           style=Qt.DashLine))
        # Contours only change with f: cached as a pixmap, they cost nothing per animation frame.
        self.contour_curve.curve.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.plot_item.addItem(self.contour_curve)
        self.start_marker = pg.ScatterPlotItem(size=14, symbol="s", brush=pg.mkBrush("w"),
                                               pen=pg.mkPen("k", width=2))
        self.plot_item.addItem(self.start_marker)
        self.layers = [PathLayer(self.plot_item, i) for i in range(MAX_RATES)]
        self.status = StatusTable(MAX_RATES)
        layout = QVBoxLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

        self.function.function_changed.connect(lambda _f: self._function_changed())
        self.lr.valueChanged.connect(lambda _lr: self._recompute())
        self.steps_edit.editingFinished.connect(self._steps_typed)
        self.race_edit.editingFinished.connect(self._race_typed)
        self.playbar.play_toggled.connect(self._set_playing)
        self.playbar.step_clicked.connect(self.step)
        self.playbar.reset_clicked.connect(self.reset)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        PointKeys(self.plot, lambda: tuple(self._start), self.set_start)   # arrows: the keyboard's click
        self._apply_preset("book")
        self.retranslate()

    # --- inputs ------------------------------------------------------------------
    def _steps_typed(self):
        steps, problem, capped = parse_steps(self.steps_edit.text())
        if problem and not capped:
            self.steps_error.setText(problem)
            self.steps_error.show()
            self.steps_edit.setText(str(self._step_num))
            return
        if capped:
            self.steps_error.setText(problem)
            self.steps_error.show()
            self.steps_edit.setText(str(steps))
        else:
            self.steps_error.hide()
        if steps != self._step_num:
            self._step_num = steps
            self._recompute()

    def _race_typed(self):
        rates, problem = parse_rates(self.race_edit.text())
        if problem:
            self.race_error.setText(problem)
            self.race_error.show()
            return
        self.race_error.hide()
        if rates != self._race:
            self._race = rates
            self._recompute()

    def set_start(self, x0, x1):
        """Move init_x (rounded to 0.01, as a student would type it) and restart the descent."""
        self._start = np.round(np.array([x0, x1], dtype=np.float64), 2)
        self._recompute()

    def _clicked(self, event):
        if event.button() != Qt.LeftButton:
            return
        vb = self.plot_item.getViewBox()
        if vb.sceneBoundingRect().contains(event.scenePos()):
            point = vb.mapSceneToView(event.scenePos())
            self.set_start(point.x(), point.y())

    def _function_changed(self, at_end=None):
        """Contours of the typed function over the view; a function with no finite value is refused."""
        f = self.function.expression()
        (lo0, hi0), (lo1, hi1) = self._view
        x, y = np.linspace(lo0, hi0, CONTOUR_POINTS), np.linspace(lo1, hi1, CONTOUR_POINTS)
        with np.errstate(all="ignore"):
            Z = f(*np.meshgrid(x, y))
        finite = np.isfinite(Z)
        if not finite.any():
            self.message.show_message(self.tr(
                "f(x0, x1) = %s is not finite anywhere in the view (inf or nan): there is nothing to "
                "descend. The previous surface stays.") % f.text)
            return
        self.message.clear()
        if not finite.all():
            self.message.show_message(self.tr(
                "f is not finite on %d%% of the view (e.g. log or sqrt of a negative number); "
                "contours are left out there and a path that enters it stops.")
                % round(100 * np.count_nonzero(~finite) / finite.size), "warning")
        self._f = f
        self.contour_curve.setData(*contour_segments(x, y, Z, contour_levels(Z, 14)))
        self._recompute(at_end=at_end)

    # --- computing -----------------------------------------------------------------
    def rates(self):
        """The learning rates on the plot: the slider's first, then the race's (no duplicates)."""
        rates = [self.lr.value()]
        for lr in self._race:
            if lr not in rates:
                rates.append(lr)
        return rates[:MAX_RATES]

    def _recompute(self, at_end=None):
        """Precompute every rate's gradient_descent history; the timer only steps through them.

        While playing, a change restarts the animation at step 0; while paused the
        whole path is shown at once, like the book's figure.
        """
        if at_end is None:
            at_end = not self.timer.isActive()
        if self._f is None:
            return
        self._pending_at_end = at_end
        self.jobs.start(self._f, self._start, self.rates(), self._step_num)

    def _paths_ready(self, runs):
        """Classify and draw freshly computed paths: (lr, history) per rate."""
        if isinstance(runs, Exception):
            self.message.show_message(self.tr("The descent could not be computed: %s") % engine_text(runs))
            return
        f = self._f
        with np.errstate(all="ignore"):
            start_grad = numerical_gradient(lambda x: f(x[0], x[1]), self._start.copy())
        self._runs = []
        for lr, history in runs:
            with np.errstate(all="ignore"):
                values = f(history[:, 0], history[:, 1])
            status = classify_path(history, bound=self._bound(),
                                   start_grad_norm=float(np.linalg.norm(start_grad)))
            self._runs.append((lr, history, values, status))
        self._run_steps = len(runs[0][1]) - 1
        self.start_marker.setData([self._start[0]], [self._start[1]])
        for i, layer in enumerate(self.layers):
            active = i < len(self._runs)
            layer.set_visible(active)
            if active:
                layer.set_path(self._runs[i][1], self._view, self.tr("left the view at step %d"))
        self._update_legend()
        self.status.set_row_count(len(self._runs))
        self.start_label.setText(self.tr("Start init_x = %s. Click the plot to move it.")
                                 % point(self._start, 4))
        if not np.isfinite(f(self._start[0], self._start[1])):
            self.message.show_message(self.tr("f is not finite at the start %s; click a point where "
                                              "f has a value.") % point(self._start, 4))
        self._pos = float(self._run_steps) if self._pending_at_end else 0.0
        self._redraw()

    def _busy_changed(self, busy):
        if busy:
            self._set_playing(False)
            self.message.show_message(self.tr("Computing %d steps for %d learning rates in the "
                                              "background …") % (self._step_num, len(self.rates())), "info")
        elif self.message.level == "info":
            self.message.clear()

    def _progressed(self, fraction):
        self.message.show_message(self.tr("Computing %d steps for %d learning rates in the "
                                          "background … %d %%") % (self._step_num, len(self.rates()),
                                                                    round(100 * fraction)), "info")

    def computing(self):
        return self.jobs.busy()

    def _update_legend(self):
        legend = self.plot_item.legend
        legend.clear()
        for i, run in enumerate(self._runs):
            legend.addItem(self.layers[i].curve, self.tr("lr = %s") % format_number(run[0], 3))
            self.status.set_name(i, self.tr("lr = %s") % format_number(run[0], 3), self.layers[i].colour)

    # --- drawing (setData only) -------------------------------------------------------
    def current_step(self):
        return int(self._pos)

    def _redraw(self):
        k = self.current_step()
        self.status.step.setText(self.tr("step %d of %d") % (k, self._run_steps))
        for i, (lr, history, values, status) in enumerate(self._runs):
            self.layers[i].show_step(k)
            self.status.set_values(i, point(history[k]), format_number(values[k]))
            self._show_badge(i, k, status)

    def _show_badge(self, i, k, status):
        if status.status == "diverged" and k >= status.diverged_step:
            self.status.set_badge(i, "diverged", self.tr(
                "DIVERGED at step %d: the values grew past %s. Last finite x = %s") % (
                status.diverged_step, format_number(self._bound(), 2),
                point(status.last_finite)))
        elif status.status == "stalled" and k >= self._run_steps:
            self.status.set_badge(i, "stalled", self.tr(
                "STALLED: x moved only %s in %d steps; ends at %s") % (
                format_number(status.movement, 3), self._run_steps, point(status.last_finite)))
        else:
            self.status.set_badge(i, None, "")

    def _bound(self):
        return BOUND_FACTOR * max(self._view[0][1] - self._view[0][0], self._view[1][1] - self._view[1][0])

    # --- animation --------------------------------------------------------------------
    def _set_playing(self, playing):
        if playing and (self.jobs.busy() or not self._runs):
            playing = False
        if playing:
            if self.current_step() >= self._run_steps:
                self._pos = 0.0
            self._clock.start()
            self.timer.start()
        else:
            self.timer.stop()
        self.playbar.set_playing(playing)

    def _tick(self):
        dt = self._clock.restart() / 1000.0
        # Several steps per frame at high speed; never more than the frame rate can show at low speed.
        self._pos = min(float(self._run_steps), self._pos + self.playbar.steps_per_second() * dt)
        self._redraw()
        if self._pos >= self._run_steps:
            self._set_playing(False)

    def is_playing(self):
        return self.timer.isActive()

    def play_pause(self):
        self._set_playing(not self.timer.isActive())
        return True

    def step(self):
        self._set_playing(False)
        self._pos = float(min(self._run_steps, self.current_step() + 1))
        self._redraw()
        return True

    def reset(self):
        self._set_playing(False)
        self._pos = 0.0
        self._redraw()
        return True

    def seek(self, k):
        """Show step k (clamped); used by tests and presets."""
        self._pos = float(max(0, min(self._run_steps, int(k))))
        self._redraw()

    def autoplay(self):
        self._pos = 0.0
        self._set_playing(True)
        return True

    def shutdown(self):
        self.timer.stop()
        self.jobs.stop()

    # --- presets and text ----------------------------------------------------------------
    def _apply_preset(self, name):
        self._set_playing(False)
        surface = SURFACES["rosenbrock" if name == "rosenbrock" else "saddle" if name == "saddle" else "book"]
        lr = {"book-lr-10": 10.0, "book-lr-1e-10": 1e-10}.get(name, surface.lr)
        self._race = [10.0, 1e-10] if name == "race" else []
        self._view = surface.view
        self._start = np.array(surface.start)
        self._step_num = surface.step_num
        for widget in (self.lr, self.function):
            widget.blockSignals(True)
        self.lr.setValue(lr)
        self.function.setText(surface.text)
        for widget in (self.lr, self.function):
            widget.blockSignals(False)
        self.steps_edit.setText(str(self._step_num))
        self.race_edit.setText(", ".join(format_number(r, 3).replace("−", "-") for r in self._race))
        for error in (self.steps_error, self.race_error):
            error.hide()
        (lo0, hi0), (lo1, hi1) = self._view
        self.plot_item.setRange(xRange=(lo0, hi0), yRange=(lo1, hi1), padding=0.02)
        self._function_changed(at_end=True)

    def retranslate(self):
        self.lr.label.setText(self.tr("Learning rate lr (η): slide 1e-10 … 10 or type"))
        self.status.x_header.setText(self.tr("x"))
        self.status.f_header.setText(self.tr("f(x)"))
        self.steps_label.setText(self.tr("Steps (step_num)"))
        self.race_label.setText(self.tr("Race: up to three more learning rates, e.g. 10, 1e-10"))
        self.race_edit.setPlaceholderText(self.tr("10, 1e-10"))
        style_plot(self.plot_item, self.tr("Gradient descent on the contours of f"), self.tr("x0"),
                   self.tr("x1"))
        self._recompute(at_end=self._pos >= self._run_steps)
