"""Section 'training' (4.5, and the lab of 6.1–6.4): a network learning MNIST live in a worker thread.

The worker (worker.py) owns the Trainer and sends batches of TrainSteps and
parameter copies; this section appends them to its RunHistory and a timer
(REDRAW_MS) redraws the plots in place, so the GUI's work per second is
bounded however fast the network trains.
"""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout

from engine.labels import as_labels
from engine.mnist import IMAGE_SHAPE
from gui.kit.numbers import format_number
from gui.kit.section import SectionBase
from gui.kit.worker import GeneratorThread
from gui.sections.training.controls import BOOK, OVERFIT, TrainingControls
from gui.sections.training.files import FileActions
from gui.sections.training.history import RunHistory
from gui.sections.training.layers import LayersView
from gui.sections.training.display import TrainingViews
from gui.sections.training.tools import GradientTools
from gui.sections.training import compare, lab_presets, launch, runs
from gui.sections.training.worker import TrainingRun


class TrainingSection(SectionBase):
    NAME = "training"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "Exactly 4.5: 10 000 iterations, batch 100, lr 0.1, "
                                             "50 hidden neurons, all 60 000 training images"),
        "overfit": QT_TRANSLATE_NOOP("Presets", "Only 300 training images: train accuracy reaches 1 "
                                                "while test accuracy stays behind (4.1.2)"),
        "optimizers-mnist": QT_TRANSLATE_NOOP("Presets", "Fig 6-9: SGD, Momentum, AdaGrad and Adam train "
                                                         "784-100-100-100-100-10 (ReLU, He) on the same "
                                                         "mini-batches for 2000 iterations"),
        "weight-init": QT_TRANSLATE_NOOP("Presets", "Fig 6-15: initial weights with std 0.01, Xavier and "
                                                    "He, SGD lr 0.01, 2000 iterations"),
        "activation-histograms": QT_TRANSLATE_NOOP("Presets", "Figs 6-10 … 6-14: each layer's activations "
                                                              "for sigmoid and ReLU with different "
                                                              "initial weights"),
        "weight-decay": QT_TRANSLATE_NOOP("Presets", "Fig 6-20: six hidden layers, 300 images: without "
                                                     "weight decay it overfits, λ = 0.1 narrows the gap"),
    }
    REDRAW_MS = 80
    redrawn = Signal()
    # For the lab's views (kept runs, layers): a run began with this TrainConfig (the
    # history was just cleared); a run ended ("finished", "stopped", "diverged" or
    # "failed") and self.history holds all of it.
    run_started = Signal(object)
    run_ended = Signal(str)
    _stopping = False

    def __init__(self, parent=None, data=None):
        super().__init__(parent)
        self.run = TrainingRun(self)
        self.loader = GeneratorThread(self)
        self.panel = TrainingControls()
        self.controls.addWidget(self.panel)
        self.tools = GradientTools(lambda: self.params, lambda: self._data, self.config_values,
                                   lambda: self.params_activation)
        self.files = FileActions(self)
        self.views = v = TrainingViews(self.tools, self)
        self.loss_plots, self.accuracy, self.tiles = v.loss_plots, v.accuracy, v.tiles
        self.digits, self.confusion, self.canvas, self.tabs = v.digits, v.confusion, v.canvas, v.tabs
        QVBoxLayout(self.plots).addWidget(self.tabs)
        self.layers = LayersView(self)   # the Layers tab (every layer visible, figs 6-10 … 6-14)
        self.plots.layout().setContentsMargins(0, 0, 0, 0)
        self.kept, self.comparison = runs.KeptRuns(self), compare.Comparison(self)   # runs compared

        self._data = None
        self.params = None           # the latest copy of W1 b1 … WL bL the GUI owns
        self.params_activation = "sigmoid"   # the hidden layers' activation of those weights
        self.loaded_params = None    # weights from a file: the next Start continues from them
        self.history = RunHistory()
        self._state = "idle"
        self._config = None
        self._last_size = 0
        self._grid_x = self._grid_t = None
        self._pending_start = None
        self.loaded_scores = None    # (loss, train acc, test acc) of the loaded weights
        self._clear_history()
        self._timer = QTimer(self)
        self._timer.setInterval(self.REDRAW_MS)
        self._timer.timeout.connect(self._redraw)
        self._connect()
        self.retranslate()
        self._set_state("idle")
        self._show_initial_network()
        self.preview_axes()
        if data is not None:
            self._set_data(data)
        else:
            self._load_data_in_background()

    def _connect(self):
        p = self.panel
        p.start_button.clicked.connect(self.start)
        p.pause_button.toggled.connect(self._pause_toggled)
        p.step_button.clicked.connect(self.step)
        p.stop_button.clicked.connect(self.stop)
        p.reset_button.clicked.connect(self.reset)
        p.learning_rate_changed.connect(self.run.set_learning_rate)
        p.speed_changed.connect(self.run.set_max_rate)
        p.smooth.toggled.connect(self._smooth_toggled)
        for box in (p.iters, p.batch, p.train_size):
            box.valueChanged.connect(lambda _value: self.preview_axes())
        self.loader.step_done.connect(self._set_data)
        self.loader.failed.connect(self._load_failed)
        self.run.data_ready.connect(self._set_data)
        self.run.started_run.connect(self._started)
        self.run.preparing.connect(self.panel.show_preparing)
        self.run.steps_done.connect(self._steps)
        self.run.params_ready.connect(lambda _iteration, params: self.show_params(
            params, self._config.activation))
        self.run.epoch_done.connect(self.views.set_matrix)
        self.run.diverged.connect(self._diverged)
        self.run.failed.connect(self._failed)
        self.run.finished.connect(self._finish_run)

    # --- data ------------------------------------------------------------------
    def _load_data_in_background(self):
        self.loader.run_generator(launch.read_mnist)

    def _load_failed(self, error):
        self.message.show_message(launch.failed(error, loading=True))

    def _set_data(self, data):
        if self._data is not None:
            return
        self._data = data
        (_, _), (x_test, t_test) = data
        self._grid_t = as_labels(t_test[:self.digits.n])
        self._grid_x = np.asarray(x_test[:self.digits.n])
        self.digits.set_digits(self._grid_x)
        self._params_dirty = True
        self._redraw()
        self.preview_axes()
        self.files.score_loaded()
        if self._pending_start is not None:
            (paused, steps), self._pending_start = self._pending_start, None
            self.start(paused, steps)

    def config_values(self):
        """The controls as TrainConfig values; train_size None when it covers all the data."""
        v = self.panel.values()
        available = self.available()
        return dict(v, train_size=v["train_size"] if not available or v["train_size"] < available
                    else None)

    def available(self):
        """Images in the training data (0 until it is read)."""
        return 0 if self._data is None else len(self._data[0][0])

    def input_size(self):
        """Pixels per image: the data's, or MNIST's before the data is read."""
        return int(np.prod(IMAGE_SHAPE)) if self._data is None else self._data[0][0][0].size

    # --- what the run reports ----------------------------------------------------
    def _clear_history(self):
        self.history.clear()
        self._warned = False
        self.views.clear()
        self._series_dirty = self._params_dirty = True

    def losses(self):
        """Every loss received so far, in order (a copy)."""
        return self.history.losses().copy()

    def _steps(self, steps):
        self.history.extend(steps)
        self._series_dirty = True
        self._check_divergence()
        if self._state != "running":   # a single step: show it now
            self._redraw()

    def _check_divergence(self):
        """Mean loss of 20 iterations far above ln 10 ≈ 2.3 (a guess among 10 classes): lr too large."""
        if not self._warned and self.history.recent_mean_loss(20) > 1.5 * np.log(10):
            self._warned = True
            self.message.show_message(launch.diverging(self.panel.lr.value()), "warning")

    def show_params(self, params, activation=None):
        """Show these weights (a copy the GUI owns): W1's tiles, the predictions, the drawing pad.
        activation: of their hidden layers (None: as before)."""
        self.params = params
        self.params_activation = activation or self.params_activation
        self._params_dirty = True
        if self._state != "running":
            self._redraw()

    # --- drawing (only setData) -------------------------------------------------
    def _redraw(self):
        if self.views.hidden:
            return    # the dirty flags stay set: showEvent draws everything that arrived meanwhile
        h = self.history
        if self._series_dirty:
            self._series_dirty = False
            self.views.draw_series(h)
            total = self._config.iters_num if self._state != "idle" and self._config else 0
            self.panel.show_run(h.last, h.train_acc, h.test_acc, total)
            if h.n == 0 and self.loaded_scores is not None:
                self.panel.show_scores(*self.loaded_scores)
        if self._params_dirty and self.params is not None:
            self._params_dirty = False
            self.views.draw_params(self.params, self._grid_x, self._grid_t, self.params_activation)
        self.redrawn.emit()

    def _show_initial_network(self):
        """Before any run: the freshly initialised weights of the current settings (cheap, no data)."""
        initial = launch.initial_params(self.panel.values(), self.input_size())
        if initial is not None:
            self.params, self.params_activation = initial
            self._params_dirty = True
        self._redraw()

    # --- running -----------------------------------------------------------------
    def start(self, paused=False, steps=0):
        """Start a new run with the current controls; False (and a message) for bad input."""
        if self.comparison.armed:     # a comparison preset: Start runs its set
            return self.comparison.start()
        if self._data is None and self.loader.running:
            # MNIST is still loading: start as soon as it is there, rather than read it twice
            self._pending_start = (paused, steps)
            self.message.show_message(lambda: self.tr("Loading MNIST…"), "info")
            return True
        v = self.panel.values()
        config, problem = launch.checked_config(self, v)
        if problem is not None:
            self.message.show_message(problem, "error")
            return False
        self.stop()   # the previous run's last steps land (and it is kept) before the history is cleared
        self.message.clear()
        warning = launch.warning(v)
        if warning:
            self.message.show_message(warning, "warning")
        self._clear_history()
        self.loaded_scores = None    # the run's own read-outs take their place
        self.loss_plots.set_run_length(config.iters_num)
        self._config = config
        available = self.available()
        self._last_size = min(v["train_size"], available) if available else v["train_size"]
        self.accuracy.set_setup(format_number(self._last_size, 6),
                                lambda s=v["sampling"]: self.panel.sampling_text(s))
        self.run.start_run(config, self._data, paused=paused, max_rate=self.panel.max_rate(),
                           initial_params=self.loaded_params, steps=steps)
        self._set_state("paused" if paused else "running")
        self._timer.start()
        self._redraw()
        self.run_started.emit(config)
        return True

    def _started(self, info):
        self._last_size = info["train_size"]
        self.accuracy.set_epochs(info["iters_num"] / info["iter_per_epoch"])
        sampling = self.panel.sampling.currentData()
        self.accuracy.set_setup(format_number(info["train_size"], 6),
                                lambda: self.panel.sampling_text(sampling))

    def _pause_toggled(self, paused):
        if paused and self._state == "running":
            self.run.pause()
            self._set_state("paused")
        elif not paused and self._state == "paused":
            self.run.resume()
            self._set_state("running")
        else:
            self.panel.set_state(self._state)

    def _smooth_toggled(self, on):
        self.loss_plots.set_smooth(on)
        self._series_dirty = True
        self._redraw()

    def stop(self):
        self._stopping = True     # the run's own "finished", which run.stop() delivers, is this stop
        self.run.stop()
        self._stopping = False
        self._finish_run("stopped")

    def _finish_run(self, how="finished"):
        ended = self._state in ("running", "paused") and not self._stopping
        if ended:
            self._set_state("finished")
        self._timer.stop()
        self._redraw()
        if ended:
            self.run_ended.emit(how)

    def _diverged(self, iteration, loss):
        self._finish_run("diverged")
        self.message.show_message(launch.diverged(iteration, loss), "error")

    def _failed(self, error):
        self.message.show_message(launch.failed(error), "error")
        self.run.stop()
        self._finish_run("failed")

    def _set_state(self, state):
        self._state = state
        self.panel.blockSignals(True)
        self.panel.pause_button.blockSignals(True)
        self.panel.set_state(state)
        self.panel.pause_button.blockSignals(False)
        self.panel.blockSignals(False)

    @property
    def state(self):
        return self._state

    # --- keyboard and presets ------------------------------------------------------
    def play_pause(self):
        if self._state == "running":
            self.panel.pause_button.setChecked(True)
        elif self._state == "paused":
            self.panel.pause_button.setChecked(False)
        else:
            self.start()
        return True

    def step(self):
        """Exactly one iteration (pauses a running run first)."""
        if self._state == "running":
            self.panel.pause_button.setChecked(True)
        elif self._state == "paused":
            self.run.step()
        else:
            self.start(paused=True, steps=1)
        return True

    def reset(self):
        self._pending_start = None
        self.comparison.cancel()
        self.run.stop()
        self._timer.stop()
        self.loaded_params = self.loaded_scores = None
        self._clear_history()
        self._set_state("idle")
        self.message.clear()
        self._show_initial_network()
        self.preview_axes()
        return True

    def autoplay(self):
        return self.start()

    def _apply_preset(self, name):
        self.reset()
        if name not in ("book", "overfit"):
            lab_presets.apply(self, name)
            return
        self.panel.set_values(BOOK if name == "book" else OVERFIT)
        self.panel.speed.setValue(self.panel.speed.maximum())
        self._show_initial_network()
        self.preview_axes()

    def preview_axes(self):
        """Before a run: the axes span the run the controls describe (a preset's own length)."""
        if self.history.n == 0 and self._state == "idle":
            self.views.preview(self.panel.values(), self.available())

    # --- lifetime ----------------------------------------------------------------
    def shutdown(self):
        self._timer.stop()
        self.run.shutdown()
        self.tools.shutdown()
        self.layers.shutdown()
        self.loader.shutdown()
        self.files.shutdown()
        if self._state in ("running", "paused"):
            self._set_state("finished")

    def hideEvent(self, event):
        # Leaving the section (to explain something elsewhere) lets the run go on in its thread;
        # only drawing stops, so the other section keeps the GUI thread to itself.
        self.views.hidden = True
        super().hideEvent(event)

    def showEvent(self, event):
        super().showEvent(event)
        self.views.shown()
        self._redraw()     # catch up with every step that arrived while away

    def export_tables(self):
        return self.views.export_tables() + self.kept.tables()

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)

    def retranslate(self):
        self.panel.retranslate()
        self.views.retranslate()
        self.kept.retranslate()
