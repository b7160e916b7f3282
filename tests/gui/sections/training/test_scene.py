"""The training section's scene (.glab): every hyperparameter under TrainConfig's names, checked
before anything is set."""
import dataclasses
import json

import pytest

from engine.scene_values import SceneError
from engine.training import TrainConfig
from gui.sections.training import TrainingSection
from gui.sections.training.controls import BOOK, SPEEDS


@pytest.fixture
def make_section(qtbot, synthetic_data):
    made = []

    def make():
        section = TrainingSection(data=synthetic_data())
        qtbot.addWidget(section)
        made.append(section)
        return section
    yield make
    for section in made:
        section.shutdown()


def lab_scene(section):
    """Change every kind of control through its widget and return the captured scene."""
    panel, lab = section.panel, section.panel.lab
    panel.iters.setValue(1234)
    panel.batch.setValue(32)
    panel.lr.setValue(0.002)
    panel.hidden.setValue(64)
    panel.seed.setValue(7)
    panel.train_size.setValue(5000)
    panel.sampling.setCurrentIndex(panel.sampling.findData("shuffle"))
    panel.dtype.setCurrentIndex(panel.dtype.findData("float32"))
    panel.speed.setValue(SPEEDS.index(50))
    panel.smooth.setChecked(False)
    lab.layers.setValue(4)
    lab.activation.setCurrentIndex(lab.activation.findData("relu"))
    lab.init.setCurrentIndex(lab.init.findData("he"))
    lab.optimizer.setCurrentIndex(lab.optimizer.findData("adam"))
    lab.settings["beta1"].setValue(0.85)
    lab.decay.setText("0.0005")
    return section.capture_scene()


def test_the_scene_is_train_configs_fields_and_round_trips(make_section):
    section = make_section()
    scene = lab_scene(section)
    text = json.dumps(scene, allow_nan=False)            # plain JSON values only
    assert scene["speed"] == 50 and scene["smooth"] is False and "section" not in scene
    assert scene["optimizer_params"] == {"beta1": 0.85, "beta2": 0.999}
    assert (scene["hidden_layers"], scene["activation"], scene["weight_init_std"]) == (4, "relu", "he")
    fields = {f.name for f in dataclasses.fields(TrainConfig)}
    assert set(scene) - {"speed", "smooth", "tab", "layers"} <= fields
    config = TrainConfig(**{k: v for k, v in scene.items() if k in fields})
    assert config.hidden_layers == 4 and config.optimizer_params == (("beta1", 0.85), ("beta2", 0.999))
    assert config.weight_decay == 0.0005 and config.learning_rate == 0.002

    other = make_section()
    other.restore_scene(json.loads(text))
    assert other.capture_scene() == scene
    assert json.dumps(other.capture_scene(), allow_nan=False) == text
    assert other.panel.values()["optimizer_params"] == {"beta1": 0.85, "beta2": 0.999}
    assert not other.panel.smooth.isChecked() and other.panel.max_rate() == 50
    # the initial network shown is that of the restored settings: five affine layers of 64
    assert sorted(other.params)[:5] == ["W1", "W2", "W3", "W4", "W5"]
    # and back to the book's run
    book = dict(scene, **BOOK, speed=None, smooth=True)
    other.restore_scene(book)
    assert other.capture_scene() == book
    assert TrainConfig(**dict(other.panel.values(), train_size=None)) == TrainConfig()


def test_a_scene_without_the_labs_values_is_the_books_network(make_section):
    section = make_section()
    scene = section.capture_scene()
    lab_keys = ("hidden_layers", "activation", "optimizer", "optimizer_params", "weight_decay")
    old = {k: v for k, v in scene.items() if k not in lab_keys}
    lab_scene(section)
    section.restore_scene(old)
    assert section.capture_scene() == scene


@pytest.mark.parametrize("change, words", [
    ({"hidden_layers": 99}, "hidden_layers is 99, outside"),
    ({"hidden_layers": 2.5}, "hidden_layers must be a whole number"),
    ({"iters_num": -5}, "iters_num is -5"),
    ({"learning_rate": 0}, "learning_rate is 0"),
    ({"learning_rate": "fast"}, "learning_rate must be a finite number"),
    ({"weight_init_std": "lecun"}, "weight_init_std must be one of 'xavier', 'he', not 'lecun'"),
    ({"weight_init_std": -1}, "weight_init_std is -1, outside 0 … 10"),
    ({"weight_init_std": None}, "weight_init_std must be a finite number"),
    ({"weight_decay": -0.1}, "weight_decay is -0.1"),
    ({"activation": "softplus"}, "activation must be one of"),
    ({"optimizer": "lion"}, "optimizer must be one of"),
    ({"optimizer_params": {"beta1": 1.0}}, "beta1 must lie in [0, 1)"),
    ({"optimizer_params": {"momentum": 0.9}}, "optimizer_params has unknown values: momentum"),
    ({"optimizer_params": [0.9]}, "optimizer_params must be a JSON object"),
    ({"speed": 3}, "speed must be one of"),
    ({"smooth": "yes"}, "smooth must be true or false"),
    ({"sampling": "random"}, "sampling must be one of"),
    ({"momentum": 0.9}, "unknown values: momentum"),
    ({"dtype": None}, "dtype must be one of"),
    ({"tab": "weights"}, "tab must be one of"),
    ({"layers": {"page": "digit", "source": "network", "case": "tanh-he", "digit": 0}},
     "layers.case must be one of"),
    ({"layers": {"page": "digit", "source": "network", "case": "sigmoid-std1", "digit": 10000}},
     "layers.digit is 10000, outside 0 … 9999"),
    ({"layers": {"page": "digit"}}, "The scene has no value for layers.source"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, change, words):
    section = make_section()
    scene = lab_scene(section)             # adam: beta1 and beta2
    other = make_section()
    before, params = other.capture_scene(), dict(other.params)
    with pytest.raises(SceneError) as error:
        other.restore_scene(dict(scene, **change))
    assert words in str(error.value)
    assert other.capture_scene() == before and other.params.keys() == params.keys()
    assert all(other.params[k] is params[k] for k in params)


def test_a_scene_that_is_not_an_object_is_refused(make_section):
    section = make_section()
    with pytest.raises(SceneError, match="JSON object"):
        section.restore_scene([1, 2])


def test_restoring_a_scene_ends_the_current_run_and_sets_the_controls(qtbot, make_section):
    section = make_section()
    section.panel.set_values(dict(iters_num=10**6, batch_size=20))
    with qtbot.waitSignal(section.run.rested, timeout=20000):
        section.step()
    assert section.state == "paused" and not section.panel.lab.isEnabled()
    scene = dict(section.capture_scene(), hidden_layers=2, activation="tanh", optimizer="momentum",
                 optimizer_params={"momentum": 0.5})
    section.restore_scene(scene)
    assert section.state == "idle" and section.run.thread is None and section.history.n == 0
    assert section.panel.lab.isEnabled() and section.capture_scene() == scene


def test_the_layers_tab_comes_back_with_its_picture_case_and_digit(make_section):
    """The tab on screen, the Layers tab's picture, the book's experiment and its case, the digit."""
    from engine.layer_stats import CASES
    from gui.sections.training.layer_page import OVER_TIME
    from gui.sections.training.layers import EXPERIMENT

    section = make_section()
    section.apply_preset("activation-histograms")
    case = list(CASES)[4]
    section.layers.controls.case_buttons.button(4).click()
    section.layers.digit_spin.setValue(7)
    scene = section.capture_scene()
    assert scene["tab"] == "layers"
    assert scene["layers"] == {"page": "histograms", "source": EXPERIMENT, "case": case, "digit": 7}

    other = make_section()
    assert other.capture_scene()["tab"] == "curves"
    other.restore_scene(json.loads(json.dumps(scene)))
    assert other.capture_scene() == scene
    assert other.tabs.currentIndex() == other.layers.index
    assert (other.layers.source, other.layers.case) == (EXPERIMENT, case)
    assert other.layers.controls.case_buttons.button(4).isChecked()
    other.restore_scene(dict(scene, layers=dict(scene["layers"], page="over-time")))
    assert other.layers.stack.currentIndex() == OVER_TIME
