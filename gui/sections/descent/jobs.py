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
from engine.optimizer_race import race
from gui.kit.worker import GeneratorThread

SYNC_STEPS = 5000   # steps x rates computed in the GUI thread (~0.2 s at worst)
CHUNK = 500         # steps between progress reports, and between checks for an abort


def racer_paths(f, init_x, racers, step_num, gradient=None, chunk=None):
    """Generator: (index, racer, history or None, steps done, trace or None) per chunk, as race_paths.

    racers are (optimizer name, {hyperparameters}). Plain SGD with the book's numerical
    gradient runs through engine.descent's gradient_descent, so the learning-rate race
    keeps its numbers to the last bit; every other racer (and every racer on a preset
    with an exact gradient) runs through engine.optimizer_race.race in one piece, which
    also records the optimizer's state for drawing.
    """
    for i, (name, hyper) in enumerate(racers):
        if name == "sgd" and gradient is None:
            for _, _, history, done in race_paths(f, init_x, [hyper["lr"]], step_num, chunk):
                yield i, (name, hyper), history, done, None
        else:
            trace = race(f, init_x, [(name, hyper)], step_num, gradient)[0]
            yield i, (name, hyper), trace.points, step_num, trace


class DescentJobs(QObject):
    """start() computes the paths of all racers; paths_ready(list of (racer, history, trace)) follows,
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

    def start(self, f, init_x, racers, step_num, gradient=None):
        """Compute now (False) or in the background (True); a running job is stopped first."""
        self.stop()
        init_x = np.array(init_x, dtype=np.float64)
        racers = list(racers)
        if step_num * len(racers) <= SYNC_STEPS:
            self.paths_ready.emit([(r, h, t) for _, r, h, _, t
                                   in racer_paths(f, init_x, racers, step_num, gradient)])
            return False
        self._results, self._expected = {}, len(racers)
        self._total = step_num * len(racers)
        self._collecting = True
        self.thread.run_generator(lambda: racer_paths(f, init_x, racers, step_num, gradient, CHUNK))
        self.busy_changed.emit(True)
        return True

    def _received(self, item):
        if not self._collecting:
            return
        i, racer, history, done, trace = item
        if history is None:
            self.progressed.emit((i * self._total // self._expected + done) / self._total)
            return
        self._results[i] = (racer, history, trace)
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
