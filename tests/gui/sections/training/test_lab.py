"""The training lab's controls (6.1–6.4) driven through their widgets, on synthetic data.

Each run is compared with the same configuration trained headless by the engine:
the section must have trained exactly the network the controls describe.
"""
import numpy as np
import pytest

from engine.training import TrainConfig, Trainer
from gui.sections.training import TrainingSection
from gui.sections.training.controls import BOOK
from gui.sections.training.plots import tile_mosaic

TIMEOUT = 30000


@pytest.fixture
def make_section(qtbot, synthetic_data):
    made = []

    def make(iters=40, batch=20, data=None, **values):
        section = TrainingSection(data=synthetic_data() if data is None else data)
        qtbot.addWidget(section)
        made.append(section)
        section.panel.set_values(dict(iters_num=iters, batch_size=batch, **values))
        return section
    yield make
    for section in made:
        section.shutdown()


def set_lab(panel, layers=None, activation=None, init=None, optimizer=None, settings=(), decay=None):
    """Set the lab's controls as a user would: spin boxes, combo boxes, the λ field."""
    lab = panel.lab
    if layers is not None:
        lab.layers.setValue(layers)
    for combo, data in ((lab.activation, activation), (lab.init, init), (lab.optimizer, optimizer)):
        if data is not None:
            combo.setCurrentIndex(combo.findData(data))
    for key, value in dict(settings).items():
        lab.settings[key].setValue(value)
    if decay is not None:
        lab.decay.setText(decay)
        lab.decay.editingFinished.emit()


def run_to_end(qtbot, section):
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)


def headless(section, data):
    trainer = Trainer(TrainConfig(**dict(section.panel.values(), train_size=None)), data)
    return [step.loss for step in trainer], trainer


def test_values_are_train_configs_fields_and_set_values_takes_them(make_section):
    section = make_section()
    panel = section.panel
    set_lab(panel, layers=3, activation="tanh", init="xavier", optimizer="rmsprop",
            settings={"decay_rate": 0.95}, decay="0.001")
    values = panel.values()
    lab_keys = {"hidden_layers", "activation", "weight_init_std", "optimizer", "optimizer_params",
                "weight_decay"}
    assert lab_keys <= set(values)
    assert {k: values[k] for k in lab_keys} == dict(
        hidden_layers=3, activation="tanh", weight_init_std="xavier", optimizer="rmsprop",
        optimizer_params={"decay_rate": 0.95}, weight_decay=0.001)
    assert not panel.init_std.isEnabled()           # a named scale: the number box does not count
    config = TrainConfig(**dict(values, train_size=None))
    assert (config.hidden_layers, config.optimizer, config.optimizer_params) == (3, "rmsprop",
                                                                             (("decay_rate", 0.95),))
    # only the chosen optimizer's settings are shown
    form = panel.lab.form
    shown = {key for key, box in panel.lab.settings.items() if form.isRowVisible(box)}
    assert shown == {"decay_rate"}
    panel.lab.optimizer.setCurrentIndex(panel.lab.optimizer.findData("adam"))
    assert {key for key, box in panel.lab.settings.items() if form.isRowVisible(box)} == {"beta1", "beta2"}
    assert panel.values()["optimizer_params"] == {"beta1": 0.9, "beta2": 0.999}   # the book's defaults
    # set_values takes values() back, a number for the std picks "std" again
    other = make_section()
    other.panel.set_values(values)
    assert other.panel.values() == values
    other.panel.set_values(dict(weight_init_std=0.05))
    assert other.panel.values()["weight_init_std"] == 0.05 and other.panel.init_std.isEnabled()


def test_the_book_preset_is_exactly_todays_run_again(make_section):
    section = make_section()
    set_lab(section.panel, layers=4, activation="relu", init="he", optimizer="adam", decay="0.1")
    section.apply_preset("book")
    values = section.panel.values()
    assert values == {**BOOK, "optimizer_params": {}}
    config = TrainConfig(**dict(values, train_size=None))
    assert config == TrainConfig() and config.is_book_network


@pytest.mark.parametrize("optimizer, settings, lr", [
    ("adam", {"beta1": 0.8, "beta2": 0.99}, 0.001),
    ("momentum", {"momentum": 0.5}, 0.05),
    ("nesterov", {}, 0.05),
    ("adagrad", {}, 0.05),
])
def test_a_deep_run_trains_the_network_the_controls_describe(qtbot, make_section, synthetic_data,
                                                             optimizer, settings, lr):
    data = synthetic_data()
    section = make_section(data=data, hidden_size=16, learning_rate=lr)
    set_lab(section.panel, layers=3, activation="relu", init="he", optimizer=optimizer,
            settings=settings, decay="0.01")
    with qtbot.waitSignal(section.run_started, timeout=TIMEOUT) as started:
        run_to_end(qtbot, section)
    config = started.args[0]
    assert (config.hidden_layers, config.activation, config.weight_init_std) == (3, "relu", "he")
    assert config.optimizer == optimizer and dict(config.optimizer_params) == dict(
        {k: v for k, v in section.panel.values()["optimizer_params"].items()}, **settings)
    assert config.weight_decay == 0.01 and not config.is_book_network
    # four affine layers: W1 (784×16) … W4 (16×10), shown from the run's own copies
    assert sorted(section.params) == ["W1", "W2", "W3", "W4", "b1", "b2", "b3", "b4"]
    assert section.params["W1"].shape == (784, 16) and section.params["W4"].shape == (16, 10)
    losses, trainer = headless(section, data)
    np.testing.assert_allclose(section.loss_plots.curve.getData()[1], losses, rtol=0, atol=1e-12)
    for key, value in trainer.network.params.items():
        np.testing.assert_array_equal(section.params[key], value)
    np.testing.assert_array_equal(section.tiles.image.image, tile_mosaic(trainer.network.params["W1"]))
    predicted = trainer.network.predict(data[1][0][:section.digits.n]).argmax(axis=1)
    shown = [int(text.toPlainText().split(" ")[0]) for text in section.digits.labels]
    assert shown == predicted.tolist()
    epochs = section.accuracy.train.getData()[0]
    assert len(epochs) == 4             # 200 images / batch 20: an epoch every 10 iterations
    # the drawing pad asks the same network
    assert section.canvas.network.layer_count == 4 and section.canvas.network.activation == "relu"


def test_softmax_regression_shows_the_ten_class_templates(qtbot, make_section, synthetic_data):
    data = synthetic_data()
    section = make_section(data=data, learning_rate=0.5)
    set_lab(section.panel, layers=0)
    run_to_end(qtbot, section)
    assert sorted(section.params) == ["W1", "b1"] and section.params["W1"].shape == (784, 10)
    title = section.tiles.widget.getPlotItem().titleLabel.text
    assert "template per digit" in title
    losses, trainer = headless(section, data)
    np.testing.assert_allclose(section.losses(), losses, rtol=0, atol=1e-12)
    assert losses[-1] < losses[0]
    # back to one hidden layer: the tiles are neurons again
    section.panel.lab.layers.setValue(1)
    section.reset()
    assert "tile per neuron" in section.tiles.widget.getPlotItem().titleLabel.text
    assert sorted(section.params) == ["W1", "W2", "b1", "b2"]


@pytest.mark.parametrize("change, words", [
    (dict(layers=11), "11 hidden layers is too many"),
    (dict(width=1001), "1001 neurons is too wide"),
    (dict(decay="-0.1"), "Weight decay λ must be a number from 0"),
    (dict(decay="inf"), "Weight decay λ must be a number from 0"),
    (dict(decay="abc"), "not 'abc'"),
    (dict(optimizer="adam", settings={"beta2": 1.0}), "beta2 must lie in [0, 1)"),
    (dict(optimizer="momentum", settings={"momentum": 1.0}), "momentum must lie in [0, 1)"),
    (dict(layers=2, std=0.0), "Weight init std 0"),
    (dict(layers=2, gradient="numerical"), "numerical gradient is offered"),
])
def test_bad_lab_settings_are_refused_and_nothing_starts(qtbot, make_section, change, words):
    section = make_section()
    panel = section.panel
    set_lab(panel, layers=change.get("layers"), optimizer=change.get("optimizer"),
            settings=change.get("settings", ()), decay=change.get("decay"))
    if "width" in change:
        panel.hidden.setValue(change["width"])
    if "std" in change:
        panel.init_std.setValue(change["std"])
    if "gradient" in change:
        panel.gradient.setCurrentIndex(panel.gradient.findData(change["gradient"]))
    params = {k: v.copy() for k, v in section.params.items()}
    panel.start_button.click()
    assert section.state == "idle" and section.run.thread is None and section.history.n == 0
    assert section.message.level == "error" and words in section.message.text()
    assert all(np.array_equal(section.params[k], v) for k, v in params.items())


def test_the_initial_network_follows_the_lab_settings(make_section):
    section = make_section(hidden_size=8)
    set_lab(section.panel, layers=2, activation="tanh", init="xavier")
    section.reset()
    assert sorted(section.params) == ["W1", "W2", "W3", "b1", "b2", "b3"]
    assert section.params_activation == "tanh"
    # Xavier: std √(1/784) for W1
    assert abs(section.params["W1"].std() - np.sqrt(1 / 784)) < 0.2 * np.sqrt(1 / 784)


def test_deep_weights_save_load_and_continue(qtbot, tmp_path, make_section, synthetic_data):
    data = synthetic_data()
    section = make_section(data=data, hidden_size=12, learning_rate=0.01)
    set_lab(section.panel, layers=2, activation="relu", init="he", optimizer="adam", decay="0.001")
    run_to_end(qtbot, section)
    path = str(tmp_path / "deep.npz")
    assert section.files.save_weights(path)
    trained = {k: v.copy() for k, v in section.params.items()}

    other = make_section(data=data)          # the book's settings
    assert other.files.load_weights(path)
    values = other.panel.values()
    assert (values["hidden_layers"], values["hidden_size"], values["activation"]) == (2, 12, "relu")
    assert (values["optimizer"], values["weight_decay"], values["weight_init_std"]) == ("adam", 0.001, "he")
    assert set(other.params) == set(trained)
    for key, value in trained.items():
        np.testing.assert_array_equal(other.params[key], value)
    predicted = [text.toPlainText() for text in other.digits.labels]
    assert predicted == [text.toPlainText() for text in section.digits.labels]
    qtbot.waitUntil(lambda: other.panel.readouts.text("test_acc") != "—", timeout=TIMEOUT)
    # the weights do not fit one hidden layer: refused, the loaded weights stay
    other.panel.lab.layers.setValue(1)
    other.panel.start_button.click()
    assert other.state == "idle" and "12-12-12-10" not in other.message.text()
    assert "784-12-12-10" in other.message.text() and other.message.level == "error"
    other.panel.lab.layers.setValue(2)
    with qtbot.waitSignal(other.run.rested, timeout=TIMEOUT):
        other.step()
    assert other.losses()[0] < section.losses()[0]     # it continued from the trained weights


def test_gradient_tools_refuse_a_deep_network_politely(qtbot, make_section):
    section = make_section()
    set_lab(section.panel, layers=2, activation="relu", init="he")
    section.reset()
    tools = section.tools
    tools.check_button.click()
    assert "book's network" in tools.check_text.text() and tools.check_button.isEnabled()
    tools.race_button.click()
    assert "book's network" in tools.race_text.text() and not tools.busy


def test_a_live_learning_rate_reaches_the_optimizer(qtbot, make_section, synthetic_data):
    """Adam's η is the lr slider: a change between two steps is the one the headless run makes."""
    data = synthetic_data()
    section = make_section(iters=1000, data=data, hidden_size=10, learning_rate=0.001)
    set_lab(section.panel, layers=2, activation="relu", init="he", optimizer="adam")
    for _ in range(3):
        with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
            section.step()
    # while a run is on, only lr and the speed stay live: the lab's settings wait for the next run
    assert section.state == "paused" and not section.panel.lab.isEnabled()
    section.panel.lr.setValue(0.05)
    for _ in range(2):
        with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
            section.step()
    shown = section.losses()
    config = TrainConfig(**dict(section.panel.values(), learning_rate=0.001, train_size=None))
    trainer = Trainer(config, data)
    expected = [next(trainer).loss for _ in range(3)]
    trainer.learning_rate = 0.05
    assert trainer.optimizer.lr == 0.05
    expected += [next(trainer).loss for _ in range(2)]
    np.testing.assert_allclose(shown, expected, rtol=0, atol=1e-12)
    unchanged = Trainer(config, data)
    assert [next(unchanged).loss for _ in range(5)][4] != shown[4]
    np.testing.assert_array_equal(section.history.learning_rates(), [0.001] * 3 + [0.05] * 2)


def test_a_diverging_deep_run_stops_at_its_iteration(qtbot, make_section):
    """Three linear layers at lr 10: the weights overflow within a few steps; the run stops there."""
    section = make_section(iters=300, hidden_size=16, learning_rate=10)
    set_lab(section.panel, layers=3, activation="identity", init="he")
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT) as ended:
        section.panel.start_button.click()
    assert ended.args == ["diverged"] and section.state == "finished"
    n = section.history.n
    assert 1 < n < 300 and not np.isfinite(section.losses()[-1])
    assert section.message.level == "error" and f"diverged at iteration {n}" in section.message.text()
