"""The playground's presets show what BEYOND.md says a network can and cannot learn on the plane."""
import numpy as np
import pytest

from engine.playground import PlaygroundTrainer, make_points
from gui.sections.playground.section import PRESET_CONFIGS, PlaygroundSection


def trained(name, steps):
    config = PRESET_CONFIGS[name]
    trainer = PlaygroundTrainer(config, *make_points(config))
    for _ in range(steps):
        trainer.step()
    return trainer.accuracy("train"), trainer.accuracy("test")


def test_the_presets_are_the_sections_presets():
    names = {"xor", "circle", "spiral", "linear-fails", "features"}
    assert set(PRESET_CONFIGS) == set(PlaygroundSection.PRESETS) == names


def test_no_hidden_layer_cannot_separate_xor():
    assert PRESET_CONFIGS["linear-fails"].hidden == ()
    train, test = trained("linear-fails", 2000)
    assert train < 0.8 and test < 0.8


def test_x0_squared_and_x1_squared_separate_the_circle_without_a_hidden_layer():
    config = PRESET_CONFIGS["features"]
    assert config.hidden == () and {"x0²", "x1²"} <= set(config.features)
    train, test = trained("features", 1000)
    assert train > 0.97 and test > 0.97


def test_a_few_tanh_neurons_separate_xor():
    config = PRESET_CONFIGS["xor"]
    assert config.activation == "tanh" and len(config.hidden) == 1 and config.hidden[0] <= 4
    train, test = trained("xor", 1000)
    assert train > 0.95 and test > 0.9


def test_a_few_tanh_neurons_close_the_circle():
    train, test = trained("circle", 1000)
    assert train > 0.95 and test > 0.95


def test_two_layers_of_eight_separate_the_spiral():
    assert PRESET_CONFIGS["spiral"].hidden == (8, 8)
    train, test = trained("spiral", 3000)
    assert train > 0.95 and test > 0.9


@pytest.mark.parametrize("name", list(PRESET_CONFIGS))
def test_each_preset_button_sets_up_its_network(window, name, qtbot):
    section = window.show_section("playground")
    section._preset_buttons[name].click()
    config = PRESET_CONFIGS[name]
    assert section._config == config and section.iteration() == 0
    assert section.graph.sizes == [len(config.features), *config.hidden, 1]
    assert section.panel.features() == config.features and section.panel.hidden == config.hidden
    assert section.panel.lr.value() == config.lr
    assert section.panel.optimizer.currentData() == config.optimizer


def test_without_a_hidden_layer_the_boundary_on_screen_is_straight(window, qtbot):
    section = window.show_section("playground")
    section.apply_preset("linear-fails")
    section.play_pause()
    qtbot.waitUntil(lambda: section.iteration() >= 200, timeout=10000)
    section.play_pause()
    x, y = section.plane.boundary.getData()
    assert len(x) > 10
    # every point of the traced line p = 0.5 lies on one straight line (up to the grid's interpolation)
    centred = np.column_stack([x - x.mean(), y - y.mean()])
    assert np.linalg.svd(centred, compute_uv=False)[-1] / np.sqrt(len(x)) < 0.01
    section.apply_preset("xor")
    section.play_pause()
    qtbot.waitUntil(lambda: section.iteration() >= 600, timeout=15000)
    section.play_pause()
    x, y = section.plane.boundary.getData()
    centred = np.column_stack([x - x.mean(), y - y.mean()])
    assert np.linalg.svd(centred, compute_uv=False)[-1] / np.sqrt(len(x)) > 0.5     # it bends
