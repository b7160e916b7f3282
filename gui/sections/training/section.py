"""Section 'training' (4.5): TwoLayerNet learning MNIST live in a worker thread.

The worker (gui/training_worker.py) owns the Trainer and sends batches of
TrainSteps and parameter copies; this section appends them to its series and a
40 ms timer redraws the plots in place, so the GUI's work per second is bounded
however fast the network trains.
"""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QTabWidget, QVBoxLayout, QWidget

from engine.networks import TwoLayerNet
from gui.digit_canvas import DigitCanvas
from gui.section import SectionBase
from gui.training_controls import BOOK, OVERFIT, TrainingControls
from gui.training_files import FileActions
from gui.training_plots import AccuracyPlot, ConfusionView, DigitGrid, LossPlots, WeightTiles
from gui.training_tools import GradientTools, network_from
from gui.training_worker import TrainingRun, make_config, supported_fields
from gui.widgets import format_number
from gui.workers import GeneratorWorker, start_in_thread, stop_thread



class Section(SectionBase):
    NAME = "training"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "Exactly 4.5: 10 000 iterations, batch 100, lr 0.1, "
                                             "50 hidden neurons, all 60 000 training images"),
        "overfit": QT_TRANSLATE_NOOP("Presets", "Only 300 training images: train accuracy reaches 1 "
                                                "while test accuracy stays behind (4.1.2)"),
    }
    REDRAW_MS = 80
    redrawn = Signal()

    def __init__(self, parent=None, data=None):
        super().__init__(parent)
        self.run = TrainingRun(self)
        self.panel = TrainingControls()
        self.controls.addWidget(self.panel)
        self.loss_plots, self.accuracy = LossPlots(self), AccuracyPlot(self)
        self.tiles, self.digits, self.confusion = WeightTiles(self), DigitGrid(self), ConfusionView(self)
        self.canvas = DigitCanvas()
        self.tools = GradientTools(lambda: self._params, lambda: self._data, self.config_values)
        self.files = FileActions(self)
        self.tabs = QTabWidget()
        curves = QWidget()
        grid = QGridLayout(curves)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.loss_plots.full, 0, 0)
        grid.addWidget(self.loss_plots.zoom, 0, 1)
        grid.addWidget(self.accuracy.widget, 1, 0)
        grid.addWidget(self.tiles.widget, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        inside = QWidget()
        grid2 = QGridLayout(inside)
        grid2.setContentsMargins(0, 0, 0, 0)
        grid2.addWidget(self.digits.widget, 0, 0)
        grid2.addWidget(self.confusion.widget, 0, 1)
        grid2.setColumnStretch(0, 1)
        grid2.setColumnStretch(1, 1)
        for tab in (curves, inside, self.tools, self.canvas):
            self.tabs.addTab(tab, "")
        QVBoxLayout(self.plots).addWidget(self.tabs)
        self.plots.layout().setContentsMargins(0, 0, 0, 0)

        self._data = None
        self._params = None          # the latest copy of W1 b1 W2 b2 the GUI owns
        self.loaded_params = None    # weights from a file: the next Start continues from them
        self._state = "idle"
        self._config = None
        self._last_size = 0
        self._grid_x = self._grid_t = None
        self._pending_start = None
        self._clear_series()
        self._timer = QTimer(self)
        self._timer.setInterval(self.REDRAW_MS)
        self._timer.timeout.connect(self._redraw)
        self._loader = self._loader_thread = None

        p = self.panel
        p.start_button.clicked.connect(self.start)
        p.pause_button.toggled.connect(self._pause_toggled)
        p.step_button.clicked.connect(self.step)
        p.stop_button.clicked.connect(self.stop)
        p.reset_button.clicked.connect(self.reset)
        p.learning_rate_changed.connect(self._lr_changed)
        p.speed_changed.connect(self.run.set_max_rate)
        p.smooth.toggled.connect(self._smooth_toggled)
        p.save_button.clicked.connect(self.files.save_dialog)
        p.load_button.clicked.connect(self.files.load_dialog)
        p.export_button.clicked.connect(self.files.export_dialog)
        self.run.data_ready.connect(self._set_data)
        self.run.started_run.connect(self._started)
        self.run.steps_received.connect(self._steps)
        self.run.params_received.connect(self._params_arrived)
        self.run.epoch_received.connect(self._epoch)
        self.run.diverged.connect(self._diverged)
        self.run.failed.connect(self._failed)
        self.run.finished.connect(self._finished)
        self.retranslate()
        self._set_state("idle")
        self._show_initial_network()
        if data is not None:
            self._set_data(data)
        else:
            self._load_data_in_background()

    # --- data ------------------------------------------------------------------
    def _load_data_in_background(self):
        """MNIST takes ~0.8 s to read: never in the GUI thread."""
        def load():
            from engine.mnist import load_mnist
            yield load_mnist(normalize=True, one_hot_label=False)
        self._loader = GeneratorWorker(load)
        self._loader.step_done.connect(self._set_data)
        self._loader.failed.connect(self._load_failed)  # a bound method: runs in the GUI thread
        self._loader_thread = start_in_thread(self._loader)

    def _load_failed(self, text):
        self.message.show_message(self.tr("MNIST could not be loaded: %s") % text.split("\n")[0])

    def _set_data(self, data):
        if self._data is not None:
            return
        self._data = data
        (_, _), (x_test, t_test) = data
        self._grid_t = np.asarray(t_test[:self.digits.n])
        if self._grid_t.ndim == 2:
            self._grid_t = self._grid_t.argmax(axis=1)
        self._grid_x = np.asarray(x_test[:self.digits.n])
        self.digits.set_digits(self._grid_x)
        self._params_dirty = True
        self._redraw()
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
        return 0 if self._data is None else len(self._data[0][0])

    # --- series ------------------------------------------------------------------
    def _clear_series(self):
        self._n = 0
        self._loss = np.empty(1024)
        self._lr = np.empty(1024)
        self._epochs, self._train_acc, self._test_acc, self._epoch_iter = [], [], [], []
        self._last = None
        self._warned = False
        self._acc_drawn = -1
        self._series_dirty = self._params_dirty = True

    def losses(self):
        """Every loss received so far, in order (a copy)."""
        return self._loss[:self._n].copy()

    def _steps(self, steps):
        need = self._n + len(steps)
        if need > len(self._loss):
            size = max(need, 2 * len(self._loss))
            self._loss = np.resize(self._loss, size)
            self._lr = np.resize(self._lr, size)
        for step in steps:
            self._loss[self._n] = step.loss
            self._lr[self._n] = step.learning_rate
            self._n += 1
            if step.epoch_end:
                self._epochs.append(step.epoch)
                self._epoch_iter.append(step.iteration)
                self._train_acc.append(step.train_acc)
                self._test_acc.append(step.test_acc)
        self._last = steps[-1]
        self._series_dirty = True
        self._check_divergence()
        if self._state != "running":   # a single step: show it now
            self._redraw()

    def _check_divergence(self):
        """Mean loss of 20 iterations far above ln 10 ≈ 2.3 (a guess among 10 classes): lr too large."""
        if self._warned or self._n < 20:
            return
        if np.mean(self._loss[self._n - 20:self._n]) > 1.5 * np.log(10):
            self._warned = True
            self.message.show_message(
                self.tr("The loss stays far above 2.3 (guessing) instead of falling: learning rate "
                        "%s is too large and training diverges. Try 0.1 (the book's value).")
                % format_number(self.panel.lr.value(), 3), "warning")

    def _params_arrived(self, iteration, params):
        self._params = params
        self._params_dirty = True
        if self._state != "running":
            self._redraw()

    def _epoch(self, epoch, matrix):
        self.confusion.set_matrix(matrix, epoch)

    # --- drawing (only setData) -------------------------------------------------
    def _redraw(self):
        if self._series_dirty:
            self._series_dirty = False
            self.loss_plots.set_series(self._loss[:self._n])
            if self._acc_drawn != len(self._epochs):  # changes once per epoch: repaint only then
                self._acc_drawn = len(self._epochs)
                self.accuracy.set_series(np.array(self._epochs, dtype=float),
                                         np.array(self._train_acc, dtype=float),
                                         np.array(self._test_acc, dtype=float))
            total = self._config.iters_num if self._state != "idle" and self._config else 0
            self.panel.show_run(self._last, self._train_acc, self._test_acc, total)
        if self._params_dirty and self._params is not None:
            self._params_dirty = False
            self.tiles.set_weights(self._params["W1"])
            network = network_from(self._params)
            self.canvas.set_network(network)
            if self._data is not None and network.params["W1"].shape[0] == self._grid_x.shape[1]:
                y = network.predict(self._grid_x.astype(network.params["W1"].dtype))
                self.digits.set_predictions(y, self._grid_t)
        self.redrawn.emit()

    def _show_initial_network(self):
        """Before any run: the freshly initialised W1 of the current settings (cheap, no data)."""
        v = self.panel.values()
        if v["hidden_size"] >= 1:
            net = TwoLayerNet(784, v["hidden_size"], 10, v["weight_init_std"], seed=v["seed"],
                              dtype=np.dtype(v["dtype"]))
            self._params = {k: a.copy() for k, a in net.params.items()}
            self._params_dirty = True
        self._redraw()

    # --- running -----------------------------------------------------------------
    def start(self, paused=False, steps=0):
        """Start a new run with the current controls; False (and a message) for bad input."""
        if self._data is None and self._loader_thread is not None and self._loader_thread.isRunning():
            # MNIST is still loading: start as soon as it is there, rather than read it twice
            self._pending_start = (paused, steps)
            self.message.show_message(self.tr("Loading MNIST…"), "info")
            return True
        v = self.panel.values()
        problem = self.panel.problem(v, self.available())
        fields = supported_fields()
        if problem is None and v["sampling"] != "choice" and "sampling" not in fields:
            problem = self.tr("This engine version has no shuffled epochs yet; choose random choice.")
        if problem is None and self.loaded_params is not None \
                and self.loaded_params["W1"].shape[1] != v["hidden_size"]:
            problem = self.tr("The loaded weights have %d hidden neurons: set the hidden size to "
                              "match or press Reset.") % self.loaded_params["W1"].shape[1]
        if problem:
            self.message.show_message(problem, "error")
            return False
        available = self.available()
        values = self.config_values()
        train_size = values["train_size"]
        try:
            config = make_config(**values)
        except (TypeError, ValueError) as exc:
            self.message.show_message(str(exc), "error")
            return False
        self.run.stop()   # the previous run's last steps land before the series are cleared
        self.message.clear()
        if v["gradient"] == "numerical-loop":
            self.message.show_message(self.tr("The book's element-by-element loop needs about 40 s "
                                              "per iteration on MNIST: watch a few steps, then "
                                              "compare with backprop."), "warning")
        elif v["learning_rate"] >= 10:
            self.message.show_message(self.tr("Learning rate %s is very large: expect the loss to "
                                              "diverge.") % format_number(v["learning_rate"], 3), "warning")
        if self._n:
            self.accuracy.keep_as_previous(self.tr("%s images") % format_number(self._last_size, 6))
        self._clear_series()
        self.loss_plots.set_run_length(config.iters_num)
        self._config = config
        self._last_size = min(v["train_size"], available) if available else v["train_size"]
        self.accuracy.set_setup(format_number(self._last_size, 6),
                                self.panel.sampling_text(v["sampling"]))
        fallback = train_size if "train_size" not in fields else None
        self.run.start(config, self._data, paused=paused, max_rate=self.panel.max_rate(),
                       fallback_train_size=fallback, initial_params=self.loaded_params,
                       steps=steps)
        self._set_state("paused" if paused else "running")
        self._timer.start()
        self._redraw()
        return True

    def _started(self, info):
        self._last_size = info["train_size"]
        self.accuracy.set_epochs(info["iters_num"] / info["iter_per_epoch"])
        self.accuracy.set_setup(format_number(info["train_size"], 6),
                                self.panel.sampling_text(self.panel.sampling.currentData()))

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

    def _lr_changed(self, lr):
        self.run.set_learning_rate(lr)

    def stop(self):
        self.run.stop()
        self._finish_run()

    def _finish_run(self):
        if self._state in ("running", "paused"):
            self._set_state("finished")
        self._timer.stop()
        self._redraw()

    def _finished(self):
        self._finish_run()

    def _diverged(self, iteration, loss):
        self.message.show_message(
            self.tr("Training diverged at iteration %d: the loss became %s. Lower the learning "
                    "rate (the book uses 0.1) and check the data for NaN.")
            % (iteration, format_number(loss)), "error")

    def _failed(self, text):
        self.message.show_message(self.tr("Training stopped with an error: %s") % text.split("\n")[0],
                                  "error")
        self.run.stop()
        self._set_state("finished")
        self._finish_run()

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
        self.run.stop()
        self._timer.stop()
        self.loaded_params = None
        self._clear_series()
        self._set_state("idle")
        self.message.clear()
        self._show_initial_network()
        return True

    def autoplay(self):
        return self.start()

    def _apply_preset(self, name):
        self.reset()
        self.panel.set_values(BOOK if name == "book" else OVERFIT)
        self.panel.speed.setValue(self.panel.speed.maximum())
        self._show_initial_network()

    # --- lifetime ----------------------------------------------------------------
    def shutdown(self):
        self._timer.stop()
        self.run.shutdown()
        self.tools.shutdown()
        if self._loader_thread is not None:
            stop_thread(self._loader, self._loader_thread)
            self._loader = self._loader_thread = None
        if self._state in ("running", "paused"):
            self._set_state("finished")

    def hideEvent(self, event):
        # leaving the section (not minimising the window) stops the run cleanly
        if not event.spontaneous() and self._state in ("running", "paused"):
            self.stop()
        super().hideEvent(event)

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)

    def retranslate(self):
        self.panel.retranslate()
        for plot in (self.loss_plots, self.accuracy, self.tiles, self.digits, self.confusion,
                     self.canvas, self.tools):
            plot.retranslate()
        for index, text in enumerate((self.tr("Learning curves"), self.tr("Predictions"),
                                      self.tr("Numerical vs backprop"), self.tr("Draw a digit"))):
            self.tabs.setTabText(index, text)
