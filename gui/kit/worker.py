"""Thin QThread adapters over engine generators: they only iterate and emit signals."""
import threading
import traceback

from PySide6.QtCore import QObject, QThread, Qt, Signal


class GeneratorWorker(QObject):
    """Iterates make_iterator() in a worker thread; emits each item (which must be immutable
    or a copy) as step_done, an exception as failed(text), and finished at the end.

    abort() is checked between items; pause() blocks the thread on an Event
    (no busy wait) until resume() or abort().
    """
    step_done = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, make_iterator):
        super().__init__()
        self._make_iterator = make_iterator
        self._abort = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def run(self):
        try:
            for item in self._make_iterator():
                if self._abort.is_set():
                    break
                self.step_done.emit(item)
                if not self._running.is_set():
                    self._running.wait()
                if self._abort.is_set():
                    break
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.failed.emit(f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}")
        finally:
            self.finished.emit()

    def abort(self):
        self._abort.set()
        self._running.set()

    def pause(self):
        self._running.clear()

    def resume(self):
        self._running.set()

    @property
    def paused(self):
        return not self._running.is_set()


def start_in_thread(worker, parent=None):
    """Move worker to a new QThread, start it and return the thread.

    finished -> thread.quit is a direct connection: quit is thread-safe, and a
    queued one could deadlock a GUI thread waiting in thread.wait().
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.DirectConnection)
    thread.start()
    return thread


def stop_thread(worker, thread, timeout_ms=5000):
    """Abort the worker and wait for its thread; True when it stopped in time."""
    if thread is None:
        return True
    if worker is not None:
        worker.abort()
    thread.quit()
    return thread.wait(timeout_ms)
