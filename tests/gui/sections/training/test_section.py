"""The training section driven like a user would, on a tiny synthetic data set (fast).

The tests read what the section shows (curves, images, labels, read-outs and
buttons) and compare it with the same run made headless by the engine.
"""
import numpy as np
import pytest

from engine import training as engine_training
from engine.metrics import confusion_matrix
from gui.kit.numbers import format_number
from gui.sections.training.controls import SPEEDS
from gui.sections.training.plots import tile_mosaic
from tests.gui.sections.training.driving import (TIMEOUT, headless_run, last_plotted, shown_iteration,
                                                 shown_losses, wait_finished)


def test_the_run_on_screen_is_the_headless_run(qtbot, make_section, synthetic_data):
    data = synthetic_data()
    section = make_section(iters=150, data=data)
    curve, zoom = section.loss_plots.curve, section.loss_plots.zoom_curve
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    steps, trainer = headless_run(section, data)
    expected = np.array([step.loss for step in steps])
    # fig 4-11: every loss in order, in the same curve items
    x, y = curve.getData()
    assert section.loss_plots.curve is curve and section.loss_plots.zoom_curve is zoom
    np.testing.assert_array_equal(x, np.arange(1, 151))
    np.testing.assert_allclose(y, expected, rtol=0, atol=1e-12)
    np.testing.assert_allclose(zoom.getData()[1], expected, rtol=0, atol=1e-12)
    # fig 4-12: one point per epoch (200 images / batch 20 = 10 iterations), train and test apart
    ends = [step for step in steps if step.epoch_end]
    epochs, train_acc = section.accuracy.train.getData()
    test_epochs, test_acc = section.accuracy.test.getData()
    np.testing.assert_array_equal(epochs, np.arange(1, 16))
    np.testing.assert_array_equal(test_epochs, epochs)
    np.testing.assert_array_equal(train_acc, [step.train_acc for step in ends])
    np.testing.assert_array_equal(test_acc, [step.test_acc for step in ends])
    assert not np.array_equal(train_acc, test_acc)    # the two curves show two different things
    readouts = section.panel.readouts
    assert readouts.text("iteration") == "150" and readouts.text("epoch") == "15"
    assert readouts.text("test_acc") == format_number(ends[-1].test_acc, 4)
    assert readouts.text("train_acc") == format_number(ends[-1].train_acc, 4)
    # the confusion matrix of the last epoch's test predictions, every count written in its cell
    counts = confusion_matrix(trainer.test_predicted, data[1][1])
    cells = [text.toPlainText() for text in section.confusion.cells]
    assert cells == [str(c) if c else "" for c in counts.ravel()]
    assert counts.sum() == 50 and "15" in section.confusion.widget.getPlotItem().titleLabel.text
    # W1 as tiles, and the predicted label of every test digit shown
    np.testing.assert_array_equal(section.tiles.image.image, tile_mosaic(trainer.network.params["W1"]))
    probabilities = trainer.network.predict(data[1][0][:section.digits.n])
    predicted = probabilities.argmax(axis=1)
    shown = [text.toPlainText() for text in section.digits.labels]
    assert [int(label.split(" ")[0]) for label in shown] == predicted.tolist()
    wrong = predicted != data[1][1][:section.digits.n]
    frames = section.digits.frames.getData()[0]
    assert (0 if frames is None else len(frames)) == 8 * wrong.sum()   # 4 sides, 2 points each
    smooth = section.loss_plots.smooth
    assert len(smooth.getData()[1]) == 150
    section.panel.smooth.setChecked(False)
    assert section.loss_plots.smooth is smooth and smooth.getData()[1] is None or \
        len(smooth.getData()[1]) == 0
    assert section.panel.progress.value() == 1000


def test_stop_then_reset_keeps_then_clears_the_run(qtbot, make_section):
    section = make_section(iters=1000)
    panel = section.panel
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT) as blocker:
        section.start(paused=True, steps=12)   # exactly 12 iterations, then rest
    assert blocker.args == [12] and section.state == "paused"
    thread = section.run.thread
    panel.stop_button.click()
    assert section.state == "finished"
    assert section.run.thread is None and not thread.isRunning() and section.run.lingering == 0
    assert len(shown_losses(section)) == 12 and shown_iteration(section) == 12
    assert panel.start_button.isEnabled() and panel.step_button.isEnabled()
    assert not panel.pause_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.hyper_box.isEnabled() and panel.files_box.isEnabled()
    qtbot.wait(100)
    assert shown_iteration(section) == 12, "a stopped run must not advance"
    tiles = section.tiles.image.image.copy()
    panel.reset_button.click()
    assert section.state == "idle" and section.run.thread is None
    assert len(shown_losses(section)) == 0 and shown_iteration(section) == 0
    epochs = section.accuracy.train.getData()[0]
    assert epochs is None or len(epochs) == 0
    assert panel.readouts.text("loss") == "—" and panel.progress.value() == 0
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()
    assert not panel.pause_button.isEnabled() and panel.hyper_box.isEnabled()
    # Reset shows the fresh network of the settings again (not the trained one)
    assert not np.array_equal(section.tiles.image.image, tiles)


def test_start_pause_step_resume_stop_start_again(qtbot, make_section):
    # 2000 iterations: the loss curve holds every one (no decimation); at a demo speed of
    # 200 it/s the run lasts 10 s, far longer than the test needs
    section = make_section(iters=2000)
    panel = section.panel
    panel.speed.setValue(SPEEDS.index(200))
    panel.start_button.click()
    assert section.state == "running" and not panel.hyper_box.isEnabled()
    qtbot.waitUntil(lambda: last_plotted(section) >= 5, timeout=TIMEOUT)
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        panel.pause_button.click()
    assert section.state == "paused"
    n = shown_iteration(section)
    assert last_plotted(section) == n
    qtbot.wait(100)
    assert shown_iteration(section) == n, "a paused run must not advance"
    for k in (1, 2):
        with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT) as blocker:
            panel.step_button.click()
        assert last_plotted(section) == n + k and blocker.args == [n + k]
        assert shown_iteration(section) == n + k
    with qtbot.waitSignal(section.run.steps_done, timeout=TIMEOUT):
        panel.pause_button.click()   # resume
    assert section.state == "running"
    qtbot.waitUntil(lambda: shown_iteration(section) > n + 10, timeout=TIMEOUT)
    panel.stop_button.click()
    assert section.state == "finished" and section.run.thread is None
    assert panel.hyper_box.isEnabled() and panel.start_button.isEnabled()
    stopped_at = shown_iteration(section)
    first = section.losses()
    assert len(first) == stopped_at == last_plotted(section)
    qtbot.wait(100)
    assert shown_iteration(section) == stopped_at
    # start again: a fresh run from the same seed repeats the same losses
    panel.start_button.click()
    thread = section.run.thread
    k = min(20, stopped_at)
    qtbot.waitUntil(lambda: shown_iteration(section) >= k, timeout=TIMEOUT)
    np.testing.assert_allclose(section.losses()[:k], first[:k], rtol=0, atol=1e-12)
    section.stop()
    assert not thread.isRunning() and section.run.thread is None


def test_step_from_idle_is_exactly_one_iteration(qtbot, make_section):
    section = make_section()
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        assert section.step()
    assert section.state == "paused" and shown_iteration(section) == 1
    assert len(shown_losses(section)) == 1
    section.reset()
    assert section.state == "idle" and shown_iteration(section) == 0
    assert len(shown_losses(section)) == 0


def test_learning_rate_change_takes_effect_at_the_next_step(qtbot, make_section):
    section = make_section(iters=10**6)    # long enough never to end before the change lands
    for _ in range(3):
        with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
            section.step()
    section.panel.lr.setValue(0.05)
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        section.step()
    np.testing.assert_array_equal(section.history.learning_rates(), [0.1, 0.1, 0.1, 0.05])
    # and while running freely: the rates seen are 0.05 up to some step, then 0.2
    section.panel.pause_button.click()
    qtbot.waitUntil(lambda: section.history.n >= 10, timeout=TIMEOUT)
    section.panel.lr.setValue(0.2)
    qtbot.waitUntil(lambda: section.history.learning_rates()[-1] == 0.2, timeout=TIMEOUT)
    section.stop()
    wait_finished(qtbot, section)
    lrs = section.history.learning_rates()
    assert lrs[-1] == 0.2 and set(lrs[3:]) == {0.05, 0.2}
    switch = np.argmax(lrs[3:] == 0.2) + 3
    assert np.all(lrs[switch:] == 0.2) and np.all(lrs[3:switch] == 0.05)


def test_close_during_training_stops_the_thread(qtbot, make_section):
    section = make_section(iters=10**6)
    section.show()
    section.start()
    qtbot.waitUntil(lambda: shown_iteration(section) >= 3, timeout=TIMEOUT)
    thread = section.run.thread
    section.close()
    assert not thread.isRunning() and section.state == "finished"


def test_leaving_the_section_lets_the_run_go_on(qtbot, make_section):
    """A lecturer looks at another section while the network trains, then comes back."""
    section = make_section(iters=10**6)
    section.panel.speed.setValue(SPEEDS.index(200))
    section.show()
    section.start()
    qtbot.waitUntil(lambda: shown_iteration(section) >= 3, timeout=TIMEOUT)
    section.hide()
    drawn = last_plotted(section)
    thread = section.run.thread
    # away: the run goes on, and nothing is drawn
    qtbot.waitUntil(lambda: section.history.n >= drawn + 30, timeout=TIMEOUT)
    assert section.state == "running" and thread.isRunning()
    assert last_plotted(section) == drawn
    section.show()
    # back: every iteration trained meanwhile is on the curve, and the run still runs
    n = section.history.n
    assert last_plotted(section) >= n and shown_iteration(section) >= n
    np.testing.assert_array_equal(shown_losses(section)[:n], section.losses()[:n])
    assert section.panel.pause_button.isEnabled() and section.panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: shown_iteration(section) > n, timeout=TIMEOUT)
    section.close()
    assert not thread.isRunning() and section.state == "finished"


def test_presets_set_the_book_and_overfit_values(qtbot, make_section):
    section = make_section()
    section.apply_preset("book")
    v = section.panel.values()
    assert (v["iters_num"], v["batch_size"], v["learning_rate"], v["hidden_size"],
            v["weight_init_std"], v["gradient"], v["train_size"]) == (10000, 100, 0.1, 50, 0.01,
                                                                     "backprop", 60000)
    section.apply_preset("overfit")
    assert section.panel.values()["train_size"] == 300


def test_leaving_and_closing_in_the_main_window(qtbot):
    """The real path: MNIST loads in the background, Start waits for it, leaving keeps the run."""
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    section = window.show_section("training")
    section.panel.set_values(dict(iters_num=10**6))
    section.start()
    qtbot.waitUntil(lambda: shown_iteration(section) >= 3, timeout=TIMEOUT)
    assert section.state == "running" and section.available() == 60000
    thread = section.run.thread
    window.show_section("loss")        # Ctrl+← in the lecture
    at = section.history.n
    qtbot.waitUntil(lambda: section.history.n > at + 10, timeout=TIMEOUT)
    assert section.state == "running" and thread.isRunning()
    window.show_section("training")    # Ctrl+→: the same run, its curves caught up
    assert section.run.thread is thread and last_plotted(section) >= at + 10
    window.close()
    assert not thread.isRunning()


def test_a_step_longer_than_the_stop_timeout_is_waited_for_at_shutdown(qtbot, make_section,
                                                                       monkeypatch):
    """Like the book's numerical loop (~40 s a step): Stop returns, close still waits."""
    import threading

    original = engine_training.Trainer.__next__
    in_slow_step = threading.Event()

    def slow(self):
        if self.iteration == 2:
            in_slow_step.set()
            threading.Event().wait(0.8)
        return original(self)

    monkeypatch.setattr(engine_training.Trainer, "__next__", slow)
    section = make_section(iters=10)
    section.start()
    qtbot.waitUntil(in_slow_step.is_set, timeout=TIMEOUT)
    thread = section.run.thread
    assert section.run.stop(timeout_ms=50) is False
    assert thread.isRunning() and section.run.thread is None
    section.panel.start_button.click()          # a new run may start meanwhile
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    section.close()
    assert not thread.isRunning() and section.run.lingering == 0


@pytest.mark.parametrize("rate, expected", [
    (1620.4, "9000/10000 · 1620 it/s · 0.62 s left"),   # a fast run: whole it/s, no e-notation
    (0.025, "9000/10000 · 0.025 it/s · 40000 s left"),  # numerical-loop: slow rates keep digits
    (0, "9000/10000 · 0 it/s"),                         # no rate yet: no time left shown
])
def test_progress_text_stays_short(make_section, rate, expected):
    panel = make_section().panel
    panel.show_progress(9000, 10000, rate)
    assert panel.progress.format() == expected
    assert panel.progress.value() == 900


@pytest.mark.parametrize("cold", [True, False])
def test_a_first_start_says_it_prepares_the_fast_step_instead_of_0_it_s(qtbot, make_section, monkeypatch, cold):
    from engine import kernels
    from gui.sections.training import worker as training_worker
    monkeypatch.setattr(training_worker.kernels, "needs_compiling", lambda: cold)
    section = make_section()
    formats = []
    section.run.preparing.connect(lambda: formats.append(section.panel.progress.format()))
    section.step()
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        pass
    assert formats == (["Preparing the fast training step — first start only…"] if cold else [])
    assert shown_iteration(section) == 1 and "it/s" in section.panel.progress.format()
    assert kernels.needs_compiling() in (True, False)


def test_the_kernels_say_whether_a_first_step_would_compile():
    from engine import kernels
    if not kernels.AVAILABLE:
        assert kernels.needs_compiling() is False
        return
    from engine.warm_up import warm_up
    warm_up()
    # Compiled (or loaded) in this process, or cached on disk by make's warm-up: nothing to wait for.
    assert kernels.needs_compiling() is False
