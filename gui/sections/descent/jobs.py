"""Computing descent paths: short runs at once, long ones in a worker thread.

A long run (10 000 steps of Rosenbrock for four rates takes ~1.7 s in the book's
per-element numerical_gradient) would freeze the window, so it goes through a
GeneratorWorker; a generation counter drops the answer of a run that was
replaced while it computed.
"""
import numpy as np
from PySide6.QtCore import QObject, Signal

from engine.descent import gradient_descent
from gui.workers import GeneratorWorker, start_in_thread, stop_thread

SYNC_STEPS = 5000   # steps x rates computed in the GUI thread (~0.2 s at worst)
CHUNK = 500         # steps between progress reports, and between checks for an abort


def _paths(f, init_x, rates, step_num, generation, chunk=None):
    """Engine generator: (generation, index, lr, history or None, steps done) per chunk and rate.

    gradient_descent's state is x alone, so running it in chunks from the last
    x gives exactly the history of one call; the full history (never touched
    again) comes with the last chunk of each rate.
    """
    chunk = chunk or step_num
    fx = lambda x: f(x[0], x[1])  # noqa: E731 - the book's f(x) of a 2-vector
    for i, lr in enumerate(rates):
        parts, x, done = [np.array(init_x, dtype=np.float64)[None]], init_x, 0
        while done < step_num:
            n = min(chunk, step_num - done)
            x, history = gradient_descent(fx, x, lr=lr, step_num=n)
            parts.append(history[1:])
            done += n
            yield generation, i, lr, (np.concatenate(parts) if done == step_num else None), done


class DescentJobs(QObject):
    """start() computes the paths of all rates; paths_ready(list of (lr, history)) follows."""
    paths_ready = Signal(object)
    busy_changed = Signal(bool)
    progressed = Signal(float)   # fraction of all steps computed

    def __init__(self, parent=None):
        super().__init__(parent)
        self._generation = 0
        self._worker = None
        self._thread = None
        self._results = {}
        self._expected = 0
        self._total = 0

    def busy(self):
        return self._worker is not None

    def start(self, f, init_x, rates, step_num):
        self.stop()
        self._generation += 1
        init_x = np.array(init_x, dtype=np.float64)
        rates = list(rates)
        if step_num * len(rates) <= SYNC_STEPS:
            runs = [(lr, h) for _, _, lr, h, _ in _paths(f, init_x, rates, step_num, self._generation)]
            self.paths_ready.emit(runs)
            return False
        self._results, self._expected = {}, len(rates)
        generation = self._generation
        self._total = step_num * len(rates)
        self._worker = GeneratorWorker(lambda: _paths(f, init_x, rates, step_num, generation, CHUNK))
        self._worker.step_done.connect(self._received)
        self._worker.failed.connect(self._failed)
        self._thread = start_in_thread(self._worker)
        self.busy_changed.emit(True)
        return True

    def _received(self, item):
        generation, i, lr, history, done = item
        if generation != self._generation:
            return   # a stale run: its inputs changed while it computed
        if history is None:
            self.progressed.emit((i * self._total // self._expected + done) / self._total)
            return
        self._results[i] = (lr, history)
        if len(self._results) == self._expected:
            runs = [self._results[k] for k in range(self._expected)]
            self.stop()
            self.paths_ready.emit(runs)

    def _failed(self, text):
        self.stop()
        self.paths_ready.emit(RuntimeError(text.splitlines()[0] if text else "failed"))

    def stop(self):
        """Abort a running job and wait for its thread (at most one rate's run)."""
        if self._worker is None:
            return
        worker, thread = self._worker, self._thread
        self._worker = self._thread = None
        worker.step_done.disconnect(self._received)
        worker.failed.disconnect(self._failed)
        stop_thread(worker, thread)
        thread.deleteLater()
        worker.deleteLater()
        self.busy_changed.emit(False)
