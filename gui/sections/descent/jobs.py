"""Computing descent paths: short runs at once, long ones in a worker thread.

A long run (10 000 steps of Rosenbrock for four rates takes ~1.7 s in the book's
per-element numerical_gradient) would freeze the window, so it goes through the
kit's worker; starting a new run stops the old one, whose late answers are dropped:
stopping delivers what the old run had already sent, and none of it may count
towards the new run or be drawn as if it were the new run's paths.
"""
import numpy as np
from PySide6.QtCore import QObject, Signal

from engine.descent import race_paths
from gui.kit.worker import GeneratorThread

SYNC_STEPS = 5000   # steps x rates computed in the GUI thread (~0.2 s at worst)
CHUNK = 500         # steps between progress reports, and between checks for an abort


class DescentJobs(QObject):
    """start() computes the paths of all rates; paths_ready(list of (lr, history)) follows,
    or paths_ready(exception) when the computation failed."""
    paths_ready = Signal(object)
    busy_changed = Signal(bool)
    progressed = Signal(float)   # fraction of all steps computed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thread = GeneratorThread(self)
        self.thread.step_done.connect(self._received)
        self.thread.failed.connect(self._failed)
        self._results = {}
        self._expected = 0
        self._total = 0
        self._collecting = False   # True only while the current run's chunks are wanted

    def busy(self):
        return self.thread.running

    def start(self, f, init_x, rates, step_num):
        """Compute now (False) or in the background (True); a running job is stopped first."""
        self.stop()
        init_x = np.array(init_x, dtype=np.float64)
        rates = list(rates)
        if step_num * len(rates) <= SYNC_STEPS:
            self.paths_ready.emit([(lr, h) for _, lr, h, _ in race_paths(f, init_x, rates, step_num)])
            return False
        self._results, self._expected = {}, len(rates)
        self._total = step_num * len(rates)
        self._collecting = True
        self.thread.run_generator(lambda: race_paths(f, init_x, rates, step_num, CHUNK))
        self.busy_changed.emit(True)
        return True

    def _received(self, item):
        if not self._collecting:
            return
        i, lr, history, done = item
        if history is None:
            self.progressed.emit((i * self._total // self._expected + done) / self._total)
            return
        self._results[i] = (lr, history)
        if len(self._results) == self._expected:
            runs = [self._results[k] for k in range(self._expected)]
            self.stop()
            self.paths_ready.emit(runs)

    def _failed(self, error):
        if not self._collecting:
            return
        self.stop()
        self.paths_ready.emit(error)

    def stop(self):
        """Abort a running job and wait for its thread (at most one chunk)."""
        self._collecting = False
        if self.thread.running:
            self.thread.stop()
            self.busy_changed.emit(False)
