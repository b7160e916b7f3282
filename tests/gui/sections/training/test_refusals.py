"""The training section refusing what cannot run: bad settings, a failing step, NaN pixels or losses,
a learning rate of 0 or 1e6. The user sees why, and the controls come back."""
import dataclasses

import pytest

from engine import training as engine_training
from tests.gui.sections.training.driving import TIMEOUT, shown_losses, wait_finished


def test_failing_engine_step_shows_the_error_and_reenables_controls(qtbot, make_section, monkeypatch):
    original = engine_training.Trainer.__next__

    def failing(self):
        if self.iteration >= 3:
            raise RuntimeError("the engine broke")
        return original(self)

    monkeypatch.setattr(engine_training.Trainer, "__next__", failing)
    section = make_section()
    with qtbot.waitSignal(section.run.failed, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    assert "the engine broke" in section.message.text() and section.message.level == "error"
    assert section.panel.start_button.isEnabled() and section.panel.hyper_box.isEnabled()
    assert not section.panel.stop_button.isEnabled()
    assert len(shown_losses(section)) == 3   # the steps before the failure stay on screen


@pytest.mark.parametrize("values, text", [
    (dict(batch_size=500), "larger than the training set"),
    (dict(hidden_size=0), "Hidden size must be at least 1"),
    (dict(iters_num=0), "Iterations must be at least 1"),
    (dict(batch_size=0), "Batch size must be at least 1"),
    (dict(train_size=0), "at least 1 image"),
])
def test_bad_settings_give_a_message_and_start_nothing(qtbot, make_section, values, text):
    section = make_section()
    section.panel.set_values(values)
    section.panel.start_button.click()
    assert text in section.message.text() and section.message.level == "error"
    assert section.state == "idle" and section.run.thread is None


def test_learning_rate_zero_is_refused_inline(qtbot, make_section):
    section = make_section()
    lr = section.panel.lr
    lr.edit.setText("0")
    lr.edit.editingFinished.emit()
    assert lr.value() == 0.1 and not lr.error.isHidden()
    assert "greater than 0" in lr.error.text()


def test_huge_learning_rate_is_reported_as_divergence(qtbot, make_section):
    section = make_section(iters=60)
    section.panel.lr.setValue(1e6)
    section.panel.start_button.click()
    assert "very large" in section.message.text()
    wait_finished(qtbot, section)
    assert "diverges" in section.message.text() or "diverged" in section.message.text()


def test_nan_pixels_are_refused_with_a_message(qtbot, make_section, synthetic_data):
    section = make_section(data=synthetic_data(nan=True))
    with qtbot.waitSignal(section.run.failed, timeout=TIMEOUT):
        section.panel.start_button.click()
    wait_finished(qtbot, section)
    assert "NaN" in section.message.text() and section.message.level == "error"
    assert section.state == "finished" and section.panel.start_button.isEnabled()


def test_nan_loss_stops_the_run_with_a_message(qtbot, make_section, monkeypatch):
    original = engine_training.Trainer.__next__

    def poisoned(self):
        step = original(self)
        return dataclasses.replace(step, loss=float("nan")) if step.iteration == 4 else step

    monkeypatch.setattr(engine_training.Trainer, "__next__", poisoned)
    section = make_section(iters=100)
    with qtbot.waitSignal(section.run.diverged, timeout=TIMEOUT):
        section.panel.start_button.click()
    wait_finished(qtbot, section)
    assert "diverged at iteration 4" in section.message.text()
    assert section.state == "finished" and len(shown_losses(section)) == 4
    assert section.panel.start_button.isEnabled()
