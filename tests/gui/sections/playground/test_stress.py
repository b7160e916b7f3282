"""Thread stress on the playground: 200 random user actions while its worker trains.

After each action the controls must agree with the section's state: the Play
button with playing, the graph with the layers, the points on the plane with the
data, the drawn network with a finite one. At the end, a reset and 40 single steps
must reproduce the same run made headless on the same points, and closing the
window mid-training stops the worker.
"""
import random

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from engine.playground import MAX_LAYERS, PlaygroundTrainer

ACTIONS = ("play_pause", "step", "reset", "lr", "bad_lr", "layer_plus", "layer_minus", "neuron_plus",
           "neuron_minus", "click", "feature", "optimizer", "batch", "dataset", "preset", "switch")


def check(section):
    assert section.playbar.play.isChecked() == section.is_playing()
    config = section._config
    assert section.graph.sizes == [len(config.features), *config.hidden, 1]
    assert section.panel.hidden == config.hidden and section.panel.features() == config.features
    assert len(section.plane.train_points.getData()[0]) == len(section._train[0])
    assert all(np.isfinite(v).all() for v in section._latest.params.values())
    train, _ = section.losses()
    assert len(train) >= 1 and np.isfinite(train[0])


@pytest.mark.parametrize("seed", [0, 1])
def test_random_actions_keep_the_playground_consistent(window, qtbot, seed):
    section = window.show_section("playground")
    panel = section.panel
    rng = random.Random(seed)
    counts = dict.fromkeys(ACTIONS, 0)
    for _ in range(200):
        action = rng.choice(ACTIONS)
        counts[action] += 1
        if window.current_name() != "playground":
            window.show_section("playground")
        if action in ("play_pause", "step", "reset"):
            getattr(section, action)()
        elif action in ("lr", "bad_lr"):
            panel.lr.edit.setText(rng.choice(("0.01", "0.1", "0.3")) if action == "lr"
                                  else rng.choice(("0", "-1", "nan")))
            panel.lr.edit.editingFinished.emit()
        elif action == "layer_plus" and panel.layer_plus.isEnabled():
            qtbot.mouseClick(panel.layer_plus, Qt.LeftButton)
        elif action == "layer_minus" and panel.layer_minus.isEnabled():
            qtbot.mouseClick(panel.layer_minus, Qt.LeftButton)
        elif action in ("neuron_plus", "neuron_minus") and panel.hidden:
            _, minus, plus = panel.layer_rows[rng.randrange(len(panel.hidden))]
            button = plus if action == "neuron_plus" else minus
            if button.isEnabled():
                qtbot.mouseClick(button, Qt.LeftButton)
        elif action == "click":
            vb = section.plane.plot_item.getViewBox()
            point = QPointF(rng.uniform(-5, 5), rng.uniform(-5, 5))
            at = section.plane.mapFromScene(vb.mapViewToScene(point))
            qtbot.mouseClick(section.plane.viewport(), Qt.LeftButton, pos=at)
        elif action == "feature":
            rng.choice(list(panel.feature_boxes.values())).click()
        elif action == "optimizer":
            panel.optimizer.setCurrentIndex(rng.randrange(panel.optimizer.count()))
        elif action == "batch":
            panel.batch.setValue(rng.choice((0, 1, 10, 30)))
        elif action == "dataset":
            panel.dataset.setCurrentIndex(rng.randrange(panel.dataset.count()))
        elif action == "preset":
            section.apply_preset(rng.choice(list(section.PRESETS)))
        elif action == "switch":
            window.show_section(rng.choice(("loss", "descent", "training", "playground")))
        qtbot.wait(rng.choice((0, 5, 30)))
        check(section)
        assert len(section._config.hidden) <= MAX_LAYERS
    assert min(counts.values()) > 0

    window.show_section("playground")
    section.reset()
    for k in range(1, 41):
        section.step()
        qtbot.waitUntil(lambda: section.iteration() == k, timeout=5000)
    reference = PlaygroundTrainer(section._config, section._train, section._test)
    for _ in range(40):
        reference.step()
    train, test = section.losses()
    np.testing.assert_array_equal(train, reference.train_loss)
    np.testing.assert_array_equal(test, reference.test_loss)

    section.play_pause()
    qtbot.waitUntil(lambda: section.iteration() > 40, timeout=5000)
    thread = section.run.thread
    window.close()
    assert thread is None or not thread.isRunning()
