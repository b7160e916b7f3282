"""The training worker: a thin QThread adapter over engine.training.train, and its GUI-side owner.

TrainingWorker lives in its own thread, owns the Trainer (and so the network)
and only emits copies: lists of frozen TrainSteps (batched, ~every 30 ms so
the signal rate stays bounded), parameter snapshots (~every 200 ms) and a
confusion matrix at each epoch end. TrainingRun lives in the GUI thread: it
starts and stops the thread and re-emits everything from the GUI thread, so
tests can qtbot.waitSignal on it and late signals of an old run are dropped.
"""
import dataclasses
import math
import threading
import time
import traceback

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Qt, Signal

from engine import training as engine_training

EMIT_INTERVAL = 0.08    # s between batches of steps sent to the GUI thread (its redraw period)
PARAMS_INTERVAL = 0.2   # s between parameter snapshots
MATRIX_INTERVAL = 1.0   # s between confusion matrices (epoch ends closer together are skipped)


def supported_fields():
    """The TrainConfig fields this engine version knows (train_size/sampling arrived later)."""
    return {f.name for f in dataclasses.fields(engine_training.TrainConfig)}


def make_config(**values):
    """A TrainConfig from values, leaving out fields the engine does not have yet."""
    known = supported_fields()
    return engine_training.TrainConfig(**{k: v for k, v in values.items() if k in known})


def confusion(predicted, labels, n_classes=10):
    """(n_classes, n_classes) counts: row = true label, column = predicted label."""
    engine_cm = getattr(engine_training, "confusion_matrix", None)
    if engine_cm is not None:
        return np.asarray(engine_cm(predicted, labels, n_classes=n_classes))
    index = np.asarray(labels, dtype=np.intp) * n_classes + np.asarray(predicted, dtype=np.intp)
    return np.bincount(index, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def predict_labels(network, x):
    """Predicted class of every row of x (the engine's chunked version when it exists)."""
    try:
        from engine.metrics import predict_labels as fast
    except ImportError:
        return np.argmax(network.predict(x), axis=1)
    return fast(network.params, x)


def _labels(t):
    t = np.asarray(t)
    return t.argmax(axis=1) if t.ndim == 2 else t


class TrainingWorker(QObject):
    """Runs one training run; every signal carries the run id first."""
    data_ready = Signal(int, object)      # the ((x_train, t_train), (x_test, t_test)) it trains on
    started_run = Signal(int, object)     # dict: iter_per_epoch, train_size, iters_num
    steps_done = Signal(int, object)      # list of TrainStep
    params_ready = Signal(int, int, object)  # iteration, {W1 b1 W2 b2} copies
    epoch_done = Signal(int, int, object)    # epoch, confusion matrix (10, 10)
    diverged = Signal(int, int, float)    # iteration, loss
    rested = Signal(int, int)             # paused and idle after this many iterations
    failed = Signal(int, str)
    finished = Signal(int)

    def __init__(self, run_id, config, data=None, paused=False, max_rate=None, steps=0):
        super().__init__()
        self.run_id = run_id
        self.config = config
        self._data = data
        self._cond = threading.Condition()
        self._abort = False
        self._paused = paused
        self._pending_steps = steps
        self._lr = None
        self._max_rate = max_rate
        self.fallback_train_size = None
        self.initial_params = None

    # --- called from the GUI thread (all thread-safe) ---------------------------
    def abort(self):
        with self._cond:
            self._abort = True
            self._cond.notify_all()

    def set_paused(self, paused):
        with self._cond:
            self._paused = paused
            self._cond.notify_all()

    def request_step(self):
        """One more iteration while paused."""
        with self._cond:
            self._pending_steps += 1
            self._cond.notify_all()

    def set_learning_rate(self, lr):
        """Takes effect at the next iteration."""
        with self._cond:
            self._lr = float(lr)

    def set_max_rate(self, rate):
        """Iterations per second for a demo; None = as fast as possible."""
        with self._cond:
            self._max_rate = rate
            self._cond.notify_all()

    # --- the worker thread ------------------------------------------------------
    def _next_turn(self, wake_at):
        """Block (no busy wait) while paused or throttled; False once aborted."""
        with self._cond:
            while not self._abort:
                if self._paused:
                    if self._pending_steps > 0:
                        self._pending_steps -= 1
                        return True
                    self._cond.wait()
                    continue
                rate = self._max_rate
                now = time.perf_counter()
                if rate and wake_at is not None and now < wake_at:
                    self._cond.wait(min(wake_at - now, 0.25))
                    continue
                return True
            return False

    def _take_lr(self):
        with self._cond:
            lr, self._lr = self._lr, None
        return lr

    def run(self):
        rid = self.run_id
        try:
            data = self._data
            if data is None:
                from engine.mnist import load_mnist
                data = load_mnist(normalize=True, one_hot_label=False)
                self.data_ready.emit(rid, data)
            data = self._subset(data)
            trainer = engine_training.train(self.config, data)
            if self.initial_params is not None:  # continue from loaded weights (copied in)
                for key, value in self.initial_params.items():
                    trainer.network.params[key][...] = value
            x_test, t_test = trainer.x_test, _labels(trainer.t_test)
            self.started_run.emit(rid, {"iter_per_epoch": trainer.iter_per_epoch,
                                        "train_size": int(trainer.x_train.shape[0]),
                                        "iters_num": self.config.iters_num})
            self.params_ready.emit(rid, 0, trainer.snapshot())
            self._loop(trainer, x_test, t_test)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.failed.emit(rid, f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        finally:
            self.finished.emit(rid)

    def _subset(self, data):
        """The first train_size images when the engine cannot take train_size itself."""
        size = getattr(self.config, "train_size", None)
        wanted = self.fallback_train_size
        if size is None and wanted:
            (x_train, t_train), test = data
            return (x_train[:wanted], t_train[:wanted]), test
        return data

    def _loop(self, trainer, x_test, t_test):
        rid = self.run_id
        buffer = []
        last_emit = last_params = time.perf_counter()
        last_matrix = -math.inf
        wake_at = None

        def flush(with_params):
            nonlocal buffer, last_emit, last_params
            if buffer:
                self.steps_done.emit(rid, buffer)
                buffer = []
            last_emit = time.perf_counter()
            if with_params:
                self.params_ready.emit(rid, trainer.iteration, trainer.snapshot())
                last_params = last_emit

        while True:
            with self._cond:
                waiting = self._paused and self._pending_steps == 0
            if waiting:
                flush(True)  # show where the run stands before resting
                self.rested.emit(rid, trainer.iteration)
            if not self._next_turn(wake_at):
                break
            lr = self._take_lr()
            if lr is not None:
                trainer.learning_rate = lr
            try:
                step = next(trainer)
            except StopIteration:
                break
            except Exception:
                flush(False)  # the iterations before the failure stay on screen
                raise
            rate = self._max_rate
            wake_at = time.perf_counter() + 1.0 / rate if rate else None
            buffer.append(step)
            if not math.isfinite(step.loss):
                flush(True)
                self.diverged.emit(rid, step.iteration, step.loss)
                return
            if step.epoch_end:
                # predicting the test set again costs as much as the accuracy did: with
                # many short epochs (a small training set) do it at most once a second
                last_epoch = step.iteration + trainer.iter_per_epoch > self.config.iters_num
                if last_epoch or time.perf_counter() - last_matrix >= MATRIX_INTERVAL:
                    predicted = predict_labels(trainer.network, x_test)
                    flush(True)
                    self.epoch_done.emit(rid, step.epoch, confusion(predicted, t_test))
                    last_matrix = time.perf_counter()
                    continue
            now = time.perf_counter()
            with self._cond:
                stepping = self._paused
            if stepping or now - last_emit >= EMIT_INTERVAL:
                flush(stepping or now - last_params >= PARAMS_INTERVAL)
        flush(True)


class TrainingRun(QObject):
    """GUI-thread owner of at most one TrainingWorker and its QThread.

    Re-emits the worker's signals from the GUI thread without the run id, and
    only for the current run, so a stopped run can never paint over a new one.
    """
    data_ready = Signal(object)
    started_run = Signal(object)
    steps_received = Signal(object)
    params_received = Signal(int, object)
    epoch_received = Signal(int, object)
    diverged = Signal(int, float)
    rested = Signal(int)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._run_id = 0
        self.worker = None
        self.thread = None
        self.running = False   # a worker thread exists and has not finished
        self._orphans = []     # (worker, thread) pairs still finishing a long step after stop()
        self.paused = False

    def start(self, config, data=None, paused=False, max_rate=None, fallback_train_size=None,
              initial_params=None, steps=0):
        """A new run; paused with steps > 0 does that many iterations and rests."""
        self.stop()
        self._run_id += 1
        worker = TrainingWorker(self._run_id, config, data, paused=paused, max_rate=max_rate,
                                steps=steps)
        worker.fallback_train_size = fallback_train_size
        worker.initial_params = initial_params
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit is thread-safe; a queued connection could deadlock stop()'s wait().
        worker.finished.connect(thread.quit, Qt.DirectConnection)
        worker.data_ready.connect(self._on_data)
        worker.started_run.connect(self._on_started)
        worker.steps_done.connect(self._on_steps)
        worker.params_ready.connect(self._on_params)
        worker.epoch_done.connect(self._on_epoch)
        worker.diverged.connect(self._on_diverged)
        worker.rested.connect(self._on_rested)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self.worker, self.thread = worker, thread
        self.running, self.paused = True, paused
        thread.start()

    def pause(self):
        if self.worker is not None and self.running:
            self.paused = True
            self.worker.set_paused(True)

    def resume(self):
        if self.worker is not None and self.running:
            self.paused = False
            self.worker.set_paused(False)

    def step(self):
        if self.worker is not None and self.running:
            self.pause()
            self.worker.request_step()

    def set_learning_rate(self, lr):
        if self.worker is not None and self.running:
            self.worker.set_learning_rate(lr)

    def set_max_rate(self, rate):
        if self.worker is not None:
            self.worker.set_max_rate(rate)

    def stop(self, timeout_ms=3000):
        """Abort the worker and wait for its thread; True when it stopped in time.

        A step that outlasts timeout_ms (the book's numerical loop: ~40 s) is not
        waited for: the thread is kept (destroying a running QThread aborts the
        process), its late signals are dropped, and shutdown() waits for it.
        """
        ok = True
        if self.thread is not None:
            self.worker.abort()
            self.thread.requestInterruption()
            self.thread.quit()
            ok = self.thread.wait(timeout_ms)
            # deliver what the worker queued before it stopped, so stop() leaves nothing behind
            QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            if not ok:
                self._orphans.append((self.worker, self.thread))
                self._run_id += 1
                self.worker = self.thread = None
        self._orphans = [(w, t) for w, t in self._orphans if not t.isFinished()]
        self.running = self.paused = False
        return ok

    def shutdown(self):
        """Stop the run and wait for every thread, however long its last step takes."""
        self.stop()
        for _, thread in self._orphans:
            thread.wait()
        self._orphans = []

    def _current(self, rid):
        return rid == self._run_id

    def _on_data(self, rid, data):
        if self._current(rid):
            self.data_ready.emit(data)

    def _on_started(self, rid, info):
        if self._current(rid):
            self.started_run.emit(info)

    def _on_steps(self, rid, steps):
        if self._current(rid):
            self.steps_received.emit(steps)

    def _on_params(self, rid, iteration, params):
        if self._current(rid):
            self.params_received.emit(iteration, params)

    def _on_epoch(self, rid, epoch, matrix):
        if self._current(rid):
            self.epoch_received.emit(epoch, matrix)

    def _on_diverged(self, rid, iteration, loss):
        if self._current(rid):
            self.diverged.emit(iteration, loss)

    def _on_rested(self, rid, iteration):
        if self._current(rid):
            self.rested.emit(iteration)

    def _on_failed(self, rid, text):
        if self._current(rid):
            self.failed.emit(text)

    def _on_finished(self, rid):
        if self._current(rid):
            if self.thread is not None:
                self.thread.wait(2000)
            self.running = self.paused = False
            self.finished.emit()
