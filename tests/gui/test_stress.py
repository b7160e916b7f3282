"""Thread stress: 200 random user actions on the training and descent sections of one window.

Start / pause / step / resume / stop / reset / section switches in a random
(seeded) order, with the event loop running in between. After every action
the controls must agree with the section's state, the training losses on the
plot must be exactly the headless run's prefix (nothing lost, duplicated or
reordered), and at the end the window closes with no thread left running.
A "QThread: Destroyed while running" would abort the process; a deadlock trips
the faulthandler timeout.
"""
import random

import numpy as np
import pytest

import engine.mnist
from engine.training import TrainConfig, train
from gui.main_window import MainWindow

ACTIONS = ("t_start", "t_play_pause", "t_step", "t_stop", "t_reset",
           "d_play_pause", "d_step", "d_reset", "d_click", "switch", "wait")
TRAIN_VALUES = dict(iters_num=400, batch_size=20, learning_rate=0.1, hidden_size=16, seed=3)


def synthetic_mnist(**_options):
    """A small learnable stand-in for MNIST with the same shapes (so the stress runs fast)."""
    rng = np.random.default_rng(7)
    prototypes = rng.random((10, 784)).astype(np.float32)
    t_train, t_test = rng.integers(0, 10, 200), rng.integers(0, 10, 50)
    noise = lambda n: 0.3 * rng.standard_normal((n, 784)).astype(np.float32)  # noqa: E731
    x_train = np.clip(prototypes[t_train] + noise(200), 0, 1)
    x_test = np.clip(prototypes[t_test] + noise(50), 0, 1)
    return (x_train, t_train), (x_test, t_test)


def check_training(section, reference):
    state = section.state
    assert state in ("idle", "running", "paused", "finished")
    panel = section.panel
    active = state in ("running", "paused")
    assert panel.pause_button.isEnabled() == active
    assert panel.stop_button.isEnabled() == active
    assert panel.pause_button.isChecked() == (state == "paused")
    assert panel.step_button.isEnabled() == (state != "running")
    losses = section.losses()
    assert len(losses) <= len(reference)
    np.testing.assert_array_equal(losses, reference[:len(losses)])


def check_descent(section):
    assert section.is_playing() == section.playbar.play.isChecked()
    assert 0 <= section.current_step() <= section._run_steps


@pytest.mark.parametrize("seed", [0, 1])
def test_random_actions_keep_the_sections_consistent(qtbot, monkeypatch, seed):
    monkeypatch.setattr(engine.mnist, "load_mnist", synthetic_mnist)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    training = window.show_section("training")
    qtbot.waitUntil(lambda: training.available() > 0, timeout=10000)
    training.panel.set_values(TRAIN_VALUES)
    config = TrainConfig(**dict(training.panel.values(), train_size=None))
    reference = np.array([s.loss for s in train(config, synthetic_mnist())])
    descent = window.show_section("descent")
    descent.apply_preset("race")
    qtbot.waitUntil(lambda: not descent.computing(), timeout=10000)

    rng = random.Random(seed)
    counts = dict.fromkeys(ACTIONS, 0)
    for _ in range(200):
        action = rng.choice(ACTIONS)
        counts[action] += 1
        if action.startswith("t_"):
            window.show_section("training")
            {"t_start": training.start, "t_play_pause": training.play_pause, "t_step": training.step,
             "t_stop": training.stop, "t_reset": training.reset}[action]()
        elif action.startswith("d_"):
            window.show_section("descent")
            if action == "d_click":
                descent.set_start(rng.uniform(-4, 4), rng.uniform(-4, 4))
            else:
                {"d_play_pause": descent.play_pause, "d_step": descent.step,
                 "d_reset": descent.reset}[action]()
        elif action == "switch":
            window.show_section(rng.choice(("loss", "gradient", "network", "training", "descent")))
        qtbot.wait(rng.choice((0, 5, 30)))
        check_training(training, reference)
        check_descent(descent)

    assert min(counts[a] for a in ACTIONS) > 0
    # a last run to the end reproduces the headless run exactly
    window.show_section("training")
    training.start()
    qtbot.waitUntil(lambda: training.state == "finished", timeout=30000)
    np.testing.assert_array_equal(training.losses(), reference)
    window.close()
    thread = training.run.thread
    assert thread is None or not thread.isRunning()
    assert not descent.computing()
