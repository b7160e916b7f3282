import gc
import threading

from PySide6.QtWidgets import QMenu

from gui import collector


def test_cycles_are_collected_in_the_gui_thread_only(qtbot, qapp):
    # The deadlock this prevents: a worker's allocations trigger a collection whose
    # garbage holds Qt objects, and their destructors fight the GUI thread for locks.
    # With automatic collection off, a worker allocating a lot collects nothing; the
    # GUI thread's timer does.
    installed = collector.install(qapp)
    assert collector.install(qapp) is installed and not gc.isenabled()
    collecting_in = []

    def record(phase, info):
        if phase == "start":
            collecting_in.append(threading.current_thread())
    destroyed = []

    class Holder:
        pass

    def make_garbage():
        holder = Holder()
        holder.menu = QMenu()
        holder.menu.destroyed.connect(lambda: destroyed.append(True))
        holder.self = holder           # a cycle: only the collector can free it
    make_garbage()
    kept = []

    def worker():
        kept.append([[i] for i in range(200_000)])    # far past the generation-0 threshold
    gc.callbacks.append(record)
    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert collecting_in == [] and destroyed == []
        qtbot.waitUntil(lambda: bool(destroyed), timeout=5000)
    finally:
        gc.callbacks.remove(record)
    assert set(collecting_in) == {threading.main_thread()}


def test_collect_follows_pythons_thresholds(qapp):
    installed = collector.install(qapp)
    gc.collect()
    assert installed.collect() is None                  # nothing allocated since
    junk = [[i] for i in range(installed.thresholds[0] + 10)]
    assert installed.collect() == 0
    del junk
