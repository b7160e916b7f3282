"""The training worker: a thin adapter over engine.training.Trainer in a worker thread.

TrainingWorker owns the Trainer (and so the network) and only emits copies:
lists of frozen TrainSteps (batched every EMIT_INTERVAL, so the signal rate stays
bounded however fast the network trains), parameter snapshots every
PARAMS_INTERVAL, and at an epoch's end the confusion matrix of the test
predictions the Trainer has just made. TrainingRun, in the GUI thread, re-emits
them for the current run only (gui.kit.worker).
"""
import math
import time

from PySide6.QtCore import Signal

from engine import kernels
from engine.metrics import confusion_matrix
from engine.training import train
from gui.kit.worker import Worker, WorkerThread

EMIT_INTERVAL = 0.08    # s between batches of steps sent to the GUI thread (its redraw period)
PARAMS_INTERVAL = 0.2   # s between parameter snapshots
MATRIX_INTERVAL = 1.0   # s between confusion matrices, each repainting 100 counts (the last epoch's comes)


class TrainingWorker(Worker):
    """Runs one training run of config on data (None: the bundled MNIST, read here)."""
    data_ready = Signal(object)        # the ((x_train, t_train), (x_test, t_test)) it trains on
    started_run = Signal(object)       # dict: iter_per_epoch, train_size, iters_num
    steps_done = Signal(object)        # list of TrainStep
    params_ready = Signal(int, object)  # iteration, {W1 b1 W2 b2} copies
    epoch_done = Signal(int, object)   # epoch, confusion matrix (10, 10) of the test set
    diverged = Signal(int, float)      # iteration, loss
    rested = Signal(int)               # paused and idle after this many iterations
    preparing = Signal()               # the fast step's loops compile now (first start only)

    def __init__(self, config, data=None, initial_params=None, **kwargs):
        super().__init__(**kwargs)
        self.config = config
        self._data = data
        self._initial_params = initial_params
        self._lr = None

    def set_learning_rate(self, lr):
        """Takes effect at the next iteration (thread-safe)."""
        with self._cond:
            self._lr = float(lr)

    def _take_lr(self):
        with self._cond:
            lr, self._lr = self._lr, None
        return lr

    def work(self):
        data = self._data
        if data is None:
            from engine.mnist import load_mnist
            data = load_mnist(normalize=True, one_hot_label=False)
            self.data_ready.emit(data)
        config = self.config
        if config.is_book_network and config.gradient == "backprop" and kernels.needs_compiling():
            self.preparing.emit()       # a few seconds of numba before the first step
        trainer = train(config, data)
        if self._initial_params is not None:  # continue from loaded weights (copied in)
            for key, value in self._initial_params.items():
                trainer.network.params[key][...] = value
        self.started_run.emit({"iter_per_epoch": trainer.iter_per_epoch,
                               "train_size": trainer.train_size,
                               "iters_num": self.config.iters_num})
        self.params_ready.emit(0, trainer.snapshot())
        self._loop(trainer)

    def _loop(self, trainer):
        buffer = []
        last_emit = last_params = time.perf_counter()
        last_matrix = -math.inf
        wake_at = None

        def flush(with_params):
            nonlocal buffer, last_emit, last_params
            if buffer:
                self.steps_done.emit(buffer)
                buffer = []
            last_emit = time.perf_counter()
            if with_params:
                self.params_ready.emit(trainer.iteration, trainer.snapshot())
                last_params = last_emit

        def rest():
            flush(True)  # show where the run stands before resting
            self.rested.emit(trainer.iteration)

        while True:
            if not self.wait_turn(wake_at, on_rest=rest):
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
            wake_at = self.next_wake()
            buffer.append(step)
            if not math.isfinite(step.loss):
                flush(True)
                self.diverged.emit(step.iteration, step.loss)
                return
            if step.epoch_end:
                last_epoch = step.iteration + trainer.iter_per_epoch > self.config.iters_num
                if last_epoch or time.perf_counter() - last_matrix >= MATRIX_INTERVAL:
                    flush(True)
                    self.epoch_done.emit(step.epoch, confusion_matrix(trainer.test_predicted,
                                                                      trainer.t_test))
                    last_matrix = time.perf_counter()
                    continue
            now = time.perf_counter()
            stepping = self.stepping()
            if stepping or now - last_emit >= EMIT_INTERVAL:
                flush(stepping or now - last_params >= PARAMS_INTERVAL)
        flush(True)


class TrainingRun(WorkerThread):
    """The GUI-thread side of a TrainingWorker: its signals, for the current run only."""
    data_ready = Signal(object)
    started_run = Signal(object)
    steps_done = Signal(object)
    params_ready = Signal(int, object)
    epoch_done = Signal(int, object)
    diverged = Signal(int, float)
    rested = Signal(int)
    preparing = Signal()

    def start_run(self, config, data=None, paused=False, max_rate=None, initial_params=None,
                  steps=0):
        """A new run; paused with steps > 0 does that many iterations and rests."""
        return self.start(TrainingWorker(config, data, initial_params, paused=paused,
                                         steps=steps, max_rate=max_rate))

    def pause(self):
        if self.worker is not None:
            self.worker.set_paused(True)

    def resume(self):
        if self.worker is not None:
            self.worker.set_paused(False)

    def step(self):
        if self.worker is not None:
            self.worker.set_paused(True)
            self.worker.request_step()

    def set_learning_rate(self, lr):
        if self.worker is not None:
            self.worker.set_learning_rate(lr)

    def set_max_rate(self, rate):
        if self.worker is not None:
            self.worker.set_max_rate(rate)
