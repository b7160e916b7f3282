"""Section 4.4.1: gradient descent on contours (fig 4-10), learning rates and optimizers (6.1) racing,
diverged/stalled badges."""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from engine.descent import classify_path
from engine.gradient import numerical_gradient
from engine.optimizer_race import MAX_RACERS
from engine.optimizer_race import SURFACES as RACE_SURFACES
from engine.surfaces import SURFACES
from gui.kit.inputs import FunctionInput, LogSlider
from gui.kit.messages import engine_text, inline_error
from gui.kit.numbers import format_number, point
from gui.kit.playbar import PlayBar
from gui.kit.plots import style_plot
from gui.kit.pointkeys import PointKeys
from gui.kit.section import SectionBase
from gui.sections.descent.animation import FRAME_MS, Animation
from gui.sections.descent.contours import values_on
from gui.sections.descent.inputs import MAX_RATES, CheckedField, lr_problem, parse_steps
from gui.sections.descent.jobs import DescentJobs
from gui.sections.descent.race_panel import RacePanel
from gui.sections.descent.racers import RacerList
from gui.sections.descent.racing import Racing
from gui.sections.descent.steps import step_columns
from gui.sections.descent.view import DescentPlots

BOUND_FACTOR = 1e5     # a path past 1e5 view widths has diverged


def _rates_text(rates):
    return ", ".join(format_number(r, 3).replace("−", "-") for r in rates)


class DescentSection(Animation, Racing, SectionBase):
    NAME = "descent"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "Fig 4-10: f = x0² + x1² from (−3, 4), lr = 0.1, 100 steps"),
        "book-lr-10": QT_TRANSLATE_NOOP("Presets", "lr = 10 is too large: the values diverge to about 1e13"),
        "book-lr-1e-10": QT_TRANSLATE_NOOP("Presets", "lr = 1e-10 is too small: x barely moves"),
        "race": QT_TRANSLATE_NOOP("Presets", "The three learning rates of the book racing from (−3, 4)"),
        "saddle": QT_TRANSLATE_NOOP("Presets", "A saddle x0² − x1²: no minimum, the path slides away"),
        "rosenbrock": QT_TRANSLATE_NOOP("Presets", "Rosenbrock's valley: fast fall, slow crawl to (1, 1)"),
        "optimizers": QT_TRANSLATE_NOOP("Presets", "Fig 6-8: SGD, Momentum, AdaGrad and Adam on "
                                                   "f = x²/20 + y² from (−7, 2), 30 steps"),
        "saddle-escape": QT_TRANSLATE_NOOP("Presets", "A saddle with two valleys: who leaves the ridge "
                                                      "first"),
        "plateau": QT_TRANSLATE_NOOP("Presets", "A plateau: SGD crawls where RMSprop and Adam keep their "
                                                "pace"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._view = SURFACES["book"].view     # the preset's region: levels and the divergence bound
        self._start = np.array(SURFACES["book"].start)
        self._f = None            # the last function that gave a drawable surface
        self._contour_max = np.inf  # fig 6-8 draws the levels of f up to 7 only
        self._gradient = None     # a preset's exact gradient of _f, or None for the book's numerical one
        self._runs = []           # per racer: ((optimizer, settings), history, values, status)
        self._traces = []         # per racer: engine.optimizer_race.Trace, or None (SGD, numerical)
        self._columns = []        # per rate: step_columns (k, x0, x1, f, |grad|)
        self._pos = 0.0           # the animation's step (fractional between frames)
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
        self.steps_field = CheckedField(self.steps_edit, self.steps_error, parse_steps, parent=self)
        self.race_field = CheckedField(self.race_edit, self.race_error, self._parse_rates, _rates_text,
                                       parent=self)
        self.racer_list = RacerList(lambda: MAX_RACERS - len(self.racers()))
        self.race_panel = RacePanel()
        self.race_label.setWordWrap(True)
        self.start_label = QLabel()
        self.start_label.setWordWrap(True)
        self.playbar = PlayBar(speed=20.0)
        self.table_button = QPushButton()
        self.table_button.setCheckable(True)
        self.table_button.setFocusPolicy(Qt.TabFocus)   # clicked, it leaves space, → and R to the animation
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_label, 1)
        steps_row.addWidget(self.steps_edit)
        self.steps_edit.setMaximumWidth(110)
        self.controls.addWidget(self.function)
        self.controls.addWidget(self.lr)
        self.controls.addLayout(steps_row)
        # The optimizers come after the play bar, which stays in sight on a projector's small screen.
        for widget in (self.steps_error, self.race_label, self.race_edit, self.race_error, self.start_label,
                       self.playbar, self.table_button, self.racer_list, self.race_panel):
            self.controls.addWidget(widget)

        # --- plot, read-outs and step table: all items created once ---
        self.view = DescentPlots()
        layout = QVBoxLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.plot, self.plot_item, self.layers = self.view.plot, self.view.plot_item, self.view.layers
        PointKeys(self.plot, lambda: tuple(self._start), self.set_start)   # arrows: the keyboard's click
        self.contour_curve, self.start_marker = self.view.contours.curve, self.view.start_marker
        self.status, self.step_table = self.view.status, self.view.steps

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

        self.function.function_changed.connect(lambda _f: self._typed_function())
        self.lr.valueChanged.connect(lambda _lr: self._recompute())
        self.steps_field.accepted.connect(lambda _steps: self._recompute())
        self.race_field.accepted.connect(lambda _rates: self._recompute())
        self.racer_list.changed.connect(self._recompute)
        self.race_panel.toggled.connect(self._redraw)
        self.playbar.play_toggled.connect(self._set_playing)
        self.playbar.step_clicked.connect(self.step)
        self.playbar.reset_clicked.connect(self.reset)
        self.table_button.toggled.connect(self.view.show_steps)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.view.region_changed.connect(self._region_changed)
        self.status.digits_changed.connect(self._redraw)
        self._move_race_presets()
        self._apply_preset("book")
        self.retranslate()

    def _move_race_presets(self):
        """6.1's presets get a row of their own under 4.4.1's: nine buttons in one row would make the
        window wider than 1024 pixels (in Japanese, wider than 1280)."""
        buttons = [self._preset_buttons[name] for name in RACE_SURFACES]
        layout = self.layout()
        for index in range(layout.count()):
            row = layout.itemAt(index).layout()
            if row is not None and row.indexOf(buttons[0]) >= 0:
                break
        else:
            return
        self.race_presets_label = QLabel()
        second = QHBoxLayout()
        second.addWidget(self.race_presets_label)
        for button in buttons:
            row.removeWidget(button)
            second.addWidget(button)
        second.addStretch(1)
        layout.insertLayout(index + 1, second)

    @property
    def _step_num(self):
        return self.steps_field.value

    @property
    def _race(self):
        return self.race_field.value

    # --- inputs ------------------------------------------------------------------
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
            # A click in the thin margin outside the paths' region starts just inside it (also
            # once set_start has rounded it to 0.01).
            (lo0, hi0), (lo1, hi1) = self.view.path_region()
            self.set_start(np.clip(point.x(), lo0 + 0.01, hi0 - 0.01),
                           np.clip(point.y(), lo1 + 0.01, hi1 - 0.01))

    def _typed_function(self):
        """A function the student typed has no exact gradient: the book's numerical one is used."""
        self._gradient, self._contour_max = None, np.inf
        self._function_changed()

    def _function_changed(self, at_end=None):
        """Contours of the typed function over the view; a function with no finite value is refused."""
        f = self.function.expression()
        finite = np.isfinite(values_on(f, self._view)[2])
        if not finite.any():
            self.message.show_message(lambda: self.tr(
                "f(x0, x1) = %s is not finite anywhere in the view (inf or nan): there is nothing to "
                "descend. The previous surface stays.") % f.text)
            return
        self.message.clear()
        if not finite.all():
            share = round(100 * np.count_nonzero(~finite) / finite.size)
            self.message.show_message(lambda: self.tr(
                "f is not finite on %d%% of the view (e.g. log or sqrt of a negative number); "
                "contours are left out there and a path that enters it stops.") % share, "warning")
        self._f = f
        self._draw_contours()
        self._recompute(at_end=at_end)

    def _draw_contours(self):
        region = self.view.region()
        self.view.contours.draw(self._f, self._view, region, self._contour_max)
        self.view.region_used(region)

    def _region_changed(self, _region):
        """The window was resized: contours and paths are fitted to what the plot now shows."""
        if self._f is None:
            return
        self._draw_contours()
        self._place_paths()
        self._redraw()

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

        While playing, a change restarts the animation at step 0 (once a background
        computation has ended); while paused the whole path is shown, like the book's figure.
        """
        if at_end is None:
            at_end = not self.timer.isActive()
        if self._f is None:
            return
        self._pending_at_end = at_end
        self.jobs.start(self._f, self._start, self.racers(), self._step_num, self._gradient)

    def _paths_ready(self, runs):
        """Classify and draw freshly computed paths: (racer, history, trace) per racer."""
        if isinstance(runs, Exception):
            self.message.show_message(lambda: self.tr("The descent could not be computed: %s")
                                      % engine_text(runs))
            return
        f = self._f
        with np.errstate(all="ignore"):
            start_grad = numerical_gradient(lambda x: f(x[0], x[1]), self._start.copy())
        self._runs, self._columns = [], []
        self._traces = [trace for _, _, trace in runs]
        for racer, history, _trace in runs:
            columns = step_columns(f, history)
            status = classify_path(history, bound=self._bound(),
                                   start_grad_norm=float(np.linalg.norm(start_grad)))
            self._runs.append((racer, history, columns[:, 3], status))
            self._columns.append(columns)
        self.racer_list.set_colours([layer.colour for layer in self.layers[len(self.rates()):]])
        self._run_steps = len(runs[0][1]) - 1
        self.start_marker.setData([self._start[0]], [self._start[1]])
        for i, layer in enumerate(self.layers):
            layer.set_visible(i < len(self._runs))
            if i < len(runs):
                self.view.inner[i].set_run(runs[i][2], runs[i][1])
            else:
                self.view.inner[i].hide()
        self.race_panel.set_runs([(r[0], r[1], r[2], t) for r, t in zip(self._runs, self._traces)],
                                 self._names(), [layer.colour for layer in self.layers])
        self._place_paths()
        self.status.set_row_count(len(self._runs))
        self._pos = float(self._run_steps) if self._pending_at_end else 0.0
        self._label_runs()
        self.step_table.set_runs(self._names(), [layer.colour for layer in self.layers], self._columns,
                                 self.current_step())
        if not np.isfinite(f(self._start[0], self._start[1])):
            start = point(self._start, 4)
            self.message.show_message(lambda: self.tr("f is not finite at the start %s; click a point where "
                                                      "f has a value.") % start)
        self._redraw()
        if not self._pending_at_end and not self.timer.isActive():
            self._set_playing(True)    # a change made while playing had to wait for the background run

    def _place_paths(self):
        """Clip each path to the region the plot shows (a start outside the preset view is still seen)."""
        region = self.view.path_region()
        for i, run in enumerate(self._runs):
            self.layers[i].set_path(run[1], region, self.tr("left the view at step %d"))

    def _busy_changed(self, busy):
        if busy:
            self._set_playing(False)
            steps, n = self._step_num, len(self.racers())
            self.message.show_message(lambda: self.tr("Computing %d steps for %d racers in the "
                                                      "background …") % (steps, n), "info")
        elif self.message.level == "info":
            self.message.clear()

    def _progressed(self, fraction):
        steps, n, percent = self._step_num, len(self.racers()), round(100 * fraction)
        self.message.show_message(lambda: self.tr("Computing %d steps for %d racers in the "
                                                  "background … %d %%") % (steps, n, percent), "info")

    def computing(self):
        return self.jobs.busy()

    def _label_runs(self):
        """Legend, read-out names, curve names (the CSV's series) and the start, in the current language."""
        legend = self.plot_item.legend
        legend.clear()
        for i, name in enumerate(self._names()):
            self.layers[i].curve.opts["name"] = name
            legend.addItem(self.layers[i].curve, name)
            self.status.set_name(i, name, self.layers[i].colour)
        self.step_table.set_names(self._names())
        self.race_panel.set_names(self._names())
        self.start_label.setText(self.tr("Start init_x = %s. Click the plot to move it.")
                                 % point(self._start, 4))

    # --- drawing (setData only) -------------------------------------------------------
    def current_step(self):
        return int(self._pos)

    def _redraw(self):
        k = self.current_step()
        self.status.step.setText(self.tr("step %d of %d") % (k, self._run_steps))
        for i, (_racer, history, values, status) in enumerate(self._runs):
            shown = self.race_panel.shown(i)
            self.layers[i].show_step(k)
            self.layers[i].curve.setVisible(shown["path"])
            self.view.inner[i].show(k, shown)
            digits = self.status.digits
            self.status.set_values(i, point(history[k], digits), format_number(values[k], digits))
            self.status.show_badge(i, k, status, self._run_steps, self._bound())
        self.step_table.show_step(k)
        self.race_panel.show_step(k, playing=self.timer.isActive())

    def _bound(self):
        return BOUND_FACTOR * max(self._view[0][1] - self._view[0][0], self._view[1][1] - self._view[1][0])

    def shutdown(self):
        self.timer.stop()
        self.jobs.stop()

    # --- presets and text ----------------------------------------------------------------
    def _apply_preset(self, name):
        self._set_playing(False)
        if name in RACE_SURFACES:    # 6.1's races: the first racer is the slider's SGD, exact gradients
            surface = RACE_SURFACES[name]
            lr, steps, racers = surface.racers[0][1]["lr"], surface.steps, surface.racers[1:]
            self._gradient, self._contour_max = surface.gradient, surface.contour_max
        else:
            surface = SURFACES[name if name in ("rosenbrock", "saddle") else "book"]
            lr = {"book-lr-10": 10.0, "book-lr-1e-10": 1e-10}.get(name, surface.lr)
            steps, racers, self._gradient, self._contour_max = surface.step_num, (), None, np.inf
        self._view = surface.view
        self._start = np.array(surface.start)
        self.steps_field.set_value(steps)
        self.race_field.set_value([10.0, 1e-10] if name == "race" else [])
        self.racer_list.set_racers(racers)
        for widget in (self.lr, self.function):
            widget.blockSignals(True)
        self.lr.setValue(lr)
        self.function.setText(surface.text)
        for widget in (self.lr, self.function):
            widget.blockSignals(False)
        (lo0, hi0), (lo1, hi1) = self._view
        self.plot_item.setRange(xRange=(lo0, hi0), yRange=(lo1, hi1), padding=0.02)
        self._function_changed(at_end=True)

    def retranslate(self):
        """Every text again in the new language; the paths stay (nothing is recomputed or restarted)."""
        self.lr.label.setText(self.tr("Learning rate lr (η): slide 1e-10 … 10 or type"))
        self.status.x_header.setText(self.tr("x"))
        self.status.f_header.setText(self.tr("f(x)"))
        self.steps_label.setText(self.tr("Steps (step_num)"))
        self.race_label.setText(self.tr("Race: up to three more learning rates, e.g. 10, 1e-10"))
        self.race_edit.setPlaceholderText(self.tr("10, 1e-10"))
        self.racer_list.retranslate()
        self.race_presets_label.setText(self.tr("Optimizers (6.1):"))
        self.race_panel.retranslate()
        self.table_button.setText(self.tr("Step table"))
        self.table_button.setToolTip(self.tr("Show each step of one learning rate: k, x0, x1, f(x) and "
                                             "|grad| (the table follows the animation)"))
        self.step_table.label.setText(self.tr("Steps of"))
        self.step_table.model.set_headers(["k", self.tr("x0"), self.tr("x1"), self.tr("f(x)"), "|grad|"])
        style_plot(self.plot_item, self.tr("Gradient descent on the contours of f"), self.tr("x0"),
                   self.tr("x1"))
        self.view.contours.set_name(self.tr("contour lines of f (equal height)"))
        if self._runs:
            for i, layer in enumerate(self.layers[:len(self._runs)]):
                layer.set_exit_label(self.tr("left the view at step %d"))
            self._label_runs()
            self._redraw()
