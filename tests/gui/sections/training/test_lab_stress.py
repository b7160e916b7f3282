"""The training lab under random use: controls, runs, kept runs, comparison presets, tabs and scenes.

Random actions a person might take in any order (change the network or the optimizer, start,
stop, step, pause, reset, a comparison preset, Clear, another tab, a scene saved and restored)
must leave the section consistent: at most eight kept runs each drawn once, buttons that
agree with the state, no error on screen; and a run started at the end is still exactly the
run the engine makes headless.
"""
import json

import numpy as np
import pytest

from engine import comparison
from engine.training import TrainConfig, train
from gui.sections.training import TrainingSection
from gui.sections.training.runs import MAX_KEPT

ACTIONS = ("layers", "activation", "init", "optimizer", "decay", "start", "stop", "step", "play_pause",
           "reset", "preset", "clear", "tab", "scene", "wait")
PRESETS = ("optimizers-mnist", "weight-init", "weight-decay", "activation-histograms")


@pytest.fixture
def section(qtbot, monkeypatch, synthetic_data):
    for name in ("optimizers-mnist", "weight-init", "weight-decay"):
        named, shared, runs = comparison.COMPARISONS[name]
        # the sets with the book's networks but a handful of iterations (synthetic data)
        monkeypatch.setitem(comparison.COMPARISONS, name,
                            (named, dict(shared, iters_num=8, train_size=None), runs))
    made = TrainingSection(data=synthetic_data())
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    yield made
    made.shutdown()


def act(section, rng, action):
    panel, lab = section.panel, section.panel.lab
    if action == "layers":
        lab.layers.setValue(int(rng.integers(0, 4)))
    elif action == "activation":
        lab.activation.setCurrentIndex(int(rng.integers(lab.activation.count())))
    elif action == "init":
        lab.init.setCurrentIndex(int(rng.integers(lab.init.count())))
    elif action == "optimizer":
        lab.optimizer.setCurrentIndex(int(rng.integers(lab.optimizer.count())))
    elif action == "decay":
        lab.decay.setText(str(rng.choice(["0", "0.01", "0.1", "-1", "abc"])))
        lab.decay.editingFinished.emit()
    elif action == "start":
        panel.iters.setValue(int(rng.integers(5, 40))) if section.state not in ("running", "paused") else None
        panel.start_button.click()
    elif action == "stop":
        if panel.stop_button.isEnabled():
            panel.stop_button.click()
    elif action == "step":
        if panel.step_button.isEnabled():
            panel.step_button.click()
    elif action == "play_pause":
        section.play_pause()
    elif action == "reset":
        panel.reset_button.click()
    elif action == "preset":
        section.apply_preset(str(rng.choice(PRESETS)))
    elif action == "clear":
        section.kept.clear_button.click()
    elif action == "tab":
        section.tabs.setCurrentIndex(int(rng.integers(section.tabs.count())))
    elif action == "scene":
        section.restore_scene(json.loads(json.dumps(section.capture_scene())))


def check(section):
    state = section.state
    assert state in ("idle", "running", "paused", "finished")
    panel = section.panel
    active = state in ("running", "paused")
    assert panel.pause_button.isEnabled() == active
    assert panel.stop_button.isEnabled() == active
    assert panel.pause_button.isChecked() == (state == "paused")
    kept = section.kept
    assert len(kept.runs) <= MAX_KEPT
    shown = [curve for curve in kept.loss_curves if curve.isVisible()]
    assert len(shown) == len(kept.runs)
    assert "error" not in section.message.text().lower() or "decay" in section.message.text()


@pytest.mark.parametrize("seed", [0, 1])
def test_random_lab_actions_leave_the_section_whole(qtbot, section, seed):
    rng = np.random.default_rng(seed)
    most_kept, states = 0, set()
    for _ in range(60):
        act(section, rng, str(rng.choice(ACTIONS)))
        qtbot.wait(int(rng.integers(0, 40)))
        check(section)
        most_kept, states = max(most_kept, len(section.kept.runs)), states | {section.state}
    assert most_kept >= 2 and {"running", "finished"} <= states     # the actions did reach the lab
    # whatever came before, a run now is exactly the engine's run of the controls' settings
    section.reset()
    panel, lab = section.panel, section.panel.lab
    panel.set_values(dict(iters_num=30, batch_size=20, learning_rate=0.01, hidden_size=16, seed=5,
                          train_size=200, hidden_layers=2, activation="relu", weight_init_std="he",
                          optimizer="adam", optimizer_params={}, weight_decay=0.01))
    assert lab.layers.value() == 2
    config = TrainConfig(**section.config_values())
    reference = np.array([s.loss for s in train(config, section._data)])
    with qtbot.waitSignal(section.run_ended, timeout=120000):
        panel.start_button.click()
    np.testing.assert_array_equal(section.losses(), reference)
    check(section)
