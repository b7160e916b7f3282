"""The one worker mechanism: order, the GUI thread, pause and single steps, failures, stale runs."""
import threading

import pytest

from engine.messages import Message
from gui.kit.messages import engine_text
from gui.kit.worker import GeneratorThread

TIMEOUT = 10000


@pytest.fixture
def jobs(qtbot):
    owner = GeneratorThread()
    received = []
    owner.step_done.connect(lambda item: received.append((item, threading.current_thread())))
    owner.received = received
    yield owner
    owner.shutdown()


def test_items_arrive_in_order_in_the_gui_thread(qtbot, jobs):
    with qtbot.waitSignal(jobs.finished, timeout=TIMEOUT):
        jobs.run_generator(lambda: iter(range(50)))
    assert [item for item, _ in jobs.received] == list(range(50))
    assert {thread for _, thread in jobs.received} == {threading.main_thread()}
    assert not jobs.running and jobs.thread is None


def test_paused_with_steps_does_exactly_that_many_then_rests(qtbot, jobs):
    jobs.run_generator(lambda: iter(range(100)), paused=True, steps=3)
    qtbot.waitUntil(lambda: len(jobs.received) == 3, timeout=TIMEOUT)
    qtbot.wait(100)
    assert len(jobs.received) == 3 and jobs.running        # resting, not finished
    jobs.worker.request_step()
    qtbot.waitUntil(lambda: len(jobs.received) == 4, timeout=TIMEOUT)
    with qtbot.waitSignal(jobs.finished, timeout=TIMEOUT):
        jobs.worker.set_paused(False)
    assert [item for item, _ in jobs.received] == list(range(100))


def test_a_failure_arrives_as_the_exception_with_its_message_and_details(qtbot, jobs):
    def failing():
        yield 1
        raise ValueError(Message("batch_size is {n} but the training set has only {m} images; "
                                 "use a batch_size of at most {m} or more training images.", n=5, m=2))

    with qtbot.waitSignal(jobs.failed, timeout=TIMEOUT) as blocker:
        jobs.run_generator(failing)
    error = blocker.args[0]
    assert isinstance(error, ValueError) and "Traceback" in error.details
    assert engine_text(error).startswith("batch_size is 5 but the training set has only 2 images")
    qtbot.waitUntil(lambda: not jobs.running, timeout=TIMEOUT)
    assert [item for item, _ in jobs.received] == [1]


def test_stop_delivers_what_was_sent_and_nothing_after(qtbot, jobs):
    release = threading.Event()

    def slow():
        yield "before"
        release.wait(5)          # a long step, like the book's numerical loop
        yield "after"

    jobs.run_generator(slow)
    qtbot.waitUntil(lambda: len(jobs.received) == 1, timeout=TIMEOUT)
    thread = jobs.thread
    assert jobs.stop(timeout_ms=50) is False            # the step outlasts the timeout
    assert jobs.thread is None and jobs.lingering == 1 and thread.isRunning()
    jobs.run_generator(lambda: iter(["new run"]))       # a new run may start meanwhile
    release.set()                                       # the old one emits once more, too late
    qtbot.waitUntil(lambda: jobs.lingering == 0, timeout=TIMEOUT)
    qtbot.wait(50)
    assert [item for item, _ in jobs.received] == ["before", "new run"]


def test_shutdown_waits_for_a_lingering_thread(qtbot, jobs):
    release = threading.Event()

    def slow():
        yield 0
        release.wait(0.5)

    jobs.run_generator(slow)
    qtbot.waitUntil(lambda: len(jobs.received) == 1, timeout=TIMEOUT)
    thread = jobs.thread
    jobs.stop(timeout_ms=10)
    jobs.shutdown()
    assert not thread.isRunning() and jobs.lingering == 0
