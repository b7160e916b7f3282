"""The one way a long job runs: a Worker in its own QThread, owned by a WorkerThread in the GUI thread.

A Worker only computes and emits signals carrying copies; it never touches a
widget. Between steps it checks for abort, pause, single steps and a demo
speed (wait_turn), blocking on a condition rather than spinning. The
WorkerThread starts one worker at a time, re-emits the worker's signals from
the GUI thread (only the current run's: a stopped run can never paint over a
new one) and stops it cleanly, however long its last step takes.
"""
import threading
import time
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, SignalInstance


class Worker(QObject):
    """Base of every worker: run() calls work() and reports an exception as failed(exception).

    The exception object is emitted (with its traceback text in .details), so the
    GUI can word an engine message in the user's language.
    """
    failed = Signal(object)
    finished = Signal()

    def __init__(self, paused=False, steps=0, max_rate=None):
        super().__init__()
        self._cond = threading.Condition()
        self._aborted = False
        self._paused = paused
        self._pending_steps = steps
        self._max_rate = max_rate
        self._rested = False      # on_rest has run for the current rest

    def run(self):
        try:
            self.work()
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            exc.details = traceback.format_exc()
            self.failed.emit(exc)
        finally:
            self.finished.emit()

    def work(self):
        raise NotImplementedError

    # --- called from the GUI thread (all thread-safe) -------------------------------
    def abort(self):
        with self._cond:
            self._aborted = True
            self._cond.notify_all()

    def set_paused(self, paused):
        with self._cond:
            self._paused = paused
            self._cond.notify_all()

    def request_step(self):
        """One more step while paused."""
        with self._cond:
            self._pending_steps += 1
            self._cond.notify_all()

    def set_max_rate(self, rate):
        """Steps per second for a demo; None = as fast as possible."""
        with self._cond:
            self._max_rate = rate
            self._cond.notify_all()

    # --- called in the worker thread ------------------------------------------------
    def stepping(self):
        """True while paused: the worker is doing single steps."""
        with self._cond:
            return self._paused

    def wait_turn(self, wake_at=None, on_rest=None):
        """Block while paused, or until wake_at (perf_counter s: the demo speed); False once aborted.

        on_rest() is called once each time the worker is about to rest (paused, no single
        step asked for), outside the lock: the moment to show where the run stands.
        """
        while True:
            with self._cond:
                if self._aborted:
                    return False
                if self._paused:
                    if self._pending_steps > 0:
                        self._pending_steps -= 1
                        self._rested = False
                        return True
                    if on_rest is None or self._rested:
                        self._cond.wait()
                        continue
                    self._rested = True
                else:
                    now = time.perf_counter()
                    if self._max_rate and wake_at is not None and now < wake_at:
                        self._cond.wait(min(wake_at - now, 0.25))
                        continue
                    self._rested = False
                    return True
            on_rest()

    def next_wake(self):
        """When the next step may start at the demo speed (None: at once)."""
        rate = self._max_rate
        return time.perf_counter() + 1.0 / rate if rate else None


class GeneratorWorker(Worker):
    """Iterates make_iterator() (an engine generator of immutable snapshots or copies) and emits
    each item as step_done(item)."""
    step_done = Signal(object)

    def __init__(self, make_iterator, **kwargs):
        super().__init__(**kwargs)
        self._make_iterator = make_iterator

    def work(self):
        items = iter(self._make_iterator())
        # Each item is computed only when its turn comes: nothing runs while paused.
        while self.wait_turn():
            try:
                item = next(items)
            except StopIteration:
                break
            self.step_done.emit(item)


def _signal_names(cls):
    """The signals a Worker subclass declares (QObject's own, such as destroyed, excluded)."""
    names = []
    for klass in cls.__mro__:
        if not issubclass(klass, Worker):
            break
        names += [name for name, value in vars(klass).items()
                  if isinstance(value, Signal) and name not in names]
    return names


class WorkerThread(QObject):
    """GUI-thread owner of at most one Worker and its QThread.

    Every signal of the worker that this class (or a subclass) also declares is
    re-emitted from here, in the GUI thread, for the current run only: all of
    them go to one slot of this object (a bound method of an object living in
    the GUI thread, so they arrive queued and in order; a lambda would run in the
    worker thread), which drops what a stopped run still sends. finished is
    emitted after the thread has ended. A step that outlasts stop()'s timeout
    (the book's numerical loop takes ~40 s) is not waited for: its thread is kept
    (destroying a running QThread aborts the process) and shutdown() waits for it.
    """
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = None
        self.thread = None
        self._orphans = []     # (worker, thread) still finishing a long step after stop()

    @property
    def running(self):
        """A worker thread exists and has not finished."""
        return self.worker is not None

    @property
    def lingering(self):
        """How many stopped runs are still finishing a long last step in their threads."""
        self._orphans = [(w, t) for w, t in self._orphans if not t.isFinished()]
        return len(self._orphans)

    def start(self, worker):
        """Stop the current run, then run worker in a new thread."""
        self.stop()
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit is thread-safe; a queued connection could deadlock stop()'s wait().
        worker.finished.connect(thread.quit, Qt.DirectConnection)
        for name in _signal_names(type(worker)):
            if isinstance(getattr(self, name, None), SignalInstance):
                getattr(worker, name).connect(self._relay)
        self.worker, self.thread = worker, thread
        thread.start()
        return worker

    def _relay(self, *args):
        worker = self.sender()
        if worker is None or worker is not self.worker:
            return   # sent by a run that has been stopped since
        name = worker.metaObject().method(self.senderSignalIndex()).name().data().decode()
        if name == "finished":
            self.thread.wait(2000)
            self._release()
        getattr(self, name).emit(*args)

    def stop(self, timeout_ms=3000):
        """Abort the worker and wait for its thread; True when it stopped in time.

        What the worker emitted before it stopped is delivered first, so stop()
        leaves nothing behind and the owner has seen every step.
        """
        ok = True
        if self.thread is not None:
            worker, thread = self.worker, self.thread
            worker.abort()
            thread.quit()
            ok = thread.wait(timeout_ms)
            if ok:
                QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
            else:
                self._orphans.append((worker, thread))
            if self.worker is worker:   # the queued finished may have released it already
                self._release()
        self._orphans = [(w, t) for w, t in self._orphans if not t.isFinished()]
        return ok

    def _release(self):
        # The worker and its QThread are owned by Python: dropping the last reference (here,
        # or once a lingering thread has finished) deletes them.
        self.worker = self.thread = None

    def shutdown(self):
        """Stop the run and wait for every thread, however long its last step takes."""
        self.stop()
        for _, thread in self._orphans:
            thread.wait()
        self._orphans = []


class GeneratorThread(WorkerThread):
    """Owner of GeneratorWorkers (one at a time): step_done(item) for each item of the current run."""
    step_done = Signal(object)

    def run_generator(self, make_iterator, **kwargs):
        """Iterate make_iterator() in a new worker thread (the current run is stopped first)."""
        return self.start(GeneratorWorker(make_iterator, **kwargs))
