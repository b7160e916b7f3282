"""The playground's worker: a thin adapter that runs a PlaygroundTrainer in a worker thread.

PlaygroundWorker owns the trainer (and so the network) it is handed and only
emits frozen snapshots (engine.playground.PlaygroundStep), at most FRAME_INTERVAL
apart while it plays and after every single step, so the GUI redraws at a frame
rate however fast the steps run. Settings that may change during a run (learning
rate, optimizer, weight decay, batch size, a clicked point) are queued and applied
between two steps. PlaygroundRun, in the GUI thread, passes on the current run's signals.
"""
import time

from PySide6.QtCore import Signal

from gui.kit.worker import Worker, WorkerThread

FRAME_INTERVAL = 1 / 40    # s between snapshots while playing (≥ 30 frames/s with room to spare)
# Share of each frame the worker may spend stepping. A tiny network's step is pure Python
# holding the GIL; stepping without a break, the GUI thread waited up to 5 ms (the GIL's
# switch interval) each time it needed the GIL back and drew at ~15 frames/s. Resting for
# the rest of the frame, just after the snapshot is sent, leaves the GUI the GIL to draw it.
BUSY_SHARE = 0.4


class PlaygroundWorker(Worker):
    """Steps trainer until aborted; stepped(snapshot) with the losses recorded since the last one."""
    stepped = Signal(object)      # PlaygroundStep
    diverged = Signal(object)     # PlaygroundStep of the step whose parameters stopped being finite

    def __init__(self, trainer, **kwargs):
        super().__init__(**kwargs)
        self._trainer = trainer
        self._changes = []

    def change(self, name, *args):
        """Call trainer.<name>(*args) before the next step (thread-safe)."""
        with self._cond:
            self._changes.append((name, args))

    def _apply_changes(self):
        with self._cond:
            changes, self._changes = self._changes, []
        for name, args in changes:
            getattr(self._trainer, name)(*args)

    def work(self):
        trainer = self._trainer
        sent = len(trainer.train_loss)      # the GUI drew the run as it was handed over
        shown = trainer.iteration
        wake_at = None

        def flush():
            nonlocal sent, shown
            if trainer.iteration == shown:
                return
            snapshot = trainer.snapshot(since=sent)
            sent, shown = len(trainer.train_loss), trainer.iteration
            self.stepped.emit(snapshot)

        frame_start, busy = time.perf_counter(), 0.0
        while self.wait_turn(wake_at, on_rest=flush):
            started = time.perf_counter()
            self._apply_changes()
            trainer.step()
            wake_at = self.next_wake()
            now = time.perf_counter()
            busy += now - started
            if trainer.diverged:
                flush()
                self.diverged.emit(trainer.snapshot(since=len(trainer.train_loss)))
                return
            if self.stepping():
                flush()
            elif now - frame_start >= FRAME_INTERVAL or busy >= BUSY_SHARE * FRAME_INTERVAL:
                flush()
                if busy >= BUSY_SHARE * FRAME_INTERVAL:
                    self._rest_until(frame_start + FRAME_INTERVAL)
                frame_start, busy = time.perf_counter(), 0.0
        flush()

    def _rest_until(self, moment):
        """Sleep (GIL released) until moment; an abort, pause or step wakes it at once."""
        with self._cond:
            remaining = moment - time.perf_counter()
            if remaining > 0 and not self._aborted:
                self._cond.wait(remaining)


class PlaygroundRun(WorkerThread):
    """The GUI-thread side of a PlaygroundWorker: its signals for the current run only."""
    stepped = Signal(object)
    diverged = Signal(object)

    def start_run(self, trainer, playing, rate):
        """Hand trainer to a new worker (the GUI keeps no reference to it) and run it, or rest."""
        return self.start(PlaygroundWorker(trainer, paused=not playing, max_rate=rate))

    def set_playing(self, playing):
        if self.worker is not None:
            self.worker.set_paused(not playing)

    def step(self):
        if self.worker is not None:
            self.worker.set_paused(True)
            self.worker.request_step()

    def change(self, name, *args):
        if self.worker is not None:
            self.worker.change(name, *args)

    def set_rate(self, rate):
        if self.worker is not None:
            self.worker.set_max_rate(rate)
