"""The comparison presets (figs 6-9, 6-15, 6-20): a preset shows what will run, Start runs its set one
run after another (each kept and drawn in its own colour), Stop ends the set, Reset forgets it.

The sets run with their book settings on a synthetic data set, with far fewer iterations."""
import numpy as np
import pytest

from engine import comparison
from engine.comparison import comparison_configs
from engine.training import Trainer
from gui.sections.training import TrainingSection
from gui.sections.training.controls import SPEEDS
from tests.gui.test_colour_vision import too_close

TIMEOUT = 120000    # ms: the machine may be busy


def shorten(monkeypatch, name, **values):
    named, shared, runs = comparison.COMPARISONS[name]
    monkeypatch.setitem(comparison.COMPARISONS, name, (named, dict(shared, **values), runs))


@pytest.fixture
def section(qtbot, synthetic_data):
    made = TrainingSection(data=synthetic_data())
    qtbot.addWidget(made)
    made.resize(1280, 800)
    yield made
    made.shutdown()


def kept_entries(legend):
    return [label.text for _sample, label in legend.items if label.text.startswith("#")]


def wait_for_set(qtbot, section, runs):
    qtbot.waitUntil(lambda: len(section.kept.runs) == runs and not section.comparison.active
                    and section.state == "finished", timeout=TIMEOUT)


def test_optimizers_mnist_runs_sgd_momentum_adagrad_and_adam_and_draws_them_together(
        qtbot, monkeypatch, section, synthetic_data):
    shorten(monkeypatch, "optimizers-mnist", iters_num=20)
    section.apply_preset("optimizers-mnist")
    # the controls hold the first run, the message says what Start will run, nothing runs yet
    values = section.panel.values()
    assert (values["hidden_layers"], values["hidden_size"], values["activation"], values["weight_init_std"],
            values["batch_size"], values["optimizer"], values["learning_rate"]) == \
        (4, 100, "relu", "he", 128, "sgd", 0.01)
    assert section.message.text() == ("4 runs × 20 iterations: SGD, lr 0.01; Momentum, lr 0.01; AdaGrad, "
                                      "lr 0.01; Adam, lr 0.001 — press Start")
    assert section.state == "idle" and section.comparison.armed
    section.panel.start_button.click()
    wait_for_set(qtbot, section, 4)
    names = ["#1 SGD, lr 0.01", "#2 Momentum, lr 0.01", "#3 AdaGrad, lr 0.01", "#4 Adam, lr 0.001"]
    assert kept_entries(section.loss_plots.legend) == names
    assert kept_entries(section.accuracy.legend) == ["#1", "#2", "#3", "#4"]
    # fig 6-9's y range (the book's ylim(0, 1)), where the four differ
    assert section.loss_plots.full.getPlotItem().viewRange()[1][1] < 1.1
    assert section.message.text().startswith("All 4 runs done")
    # the last run is kept (#4): the set is drawn alone, as the book's figure, legends and all
    loss_plots, accuracy = section.loss_plots, section.accuracy
    assert not loss_plots.curve.isVisible() and not loss_plots.smooth.isVisible()
    assert not accuracy.train.isVisible() and not accuracy.test.isVisible()
    assert [label.text for _sample, label in loss_plots.legend.items] == names
    # each kept curve is that configuration's run: the same numbers as the engine alone gives
    section.panel.smooth.setChecked(False)
    shown = [curve.getData()[1] for curve in section.kept.loss_curves if curve.isVisible()]
    assert len(shown) == 4
    for config, losses in zip(comparison_configs("optimizers-mnist"), shown):
        expected = [step.loss for step in Trainer(config, synthetic_data())]
        np.testing.assert_allclose(losses, expected, rtol=1e-12)
    assert [run.config.optimizer for run in section.kept.runs] == ["sgd", "momentum", "adagrad", "adam"]
    # the controls show the run on screen (the last), and the four stay apart for colour vision
    assert section.panel.values()["optimizer"] == "adam" and section.panel.values()["learning_rate"] == 0.001
    assert too_close(section) == []
    # Start again is an ordinary run of the controls: the four stay, a fifth is kept after it
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT):
        section.panel.start_button.click()
    assert len(section.kept.runs) == 5 and not section.comparison.active
    assert loss_plots.curve.isVisible() and accuracy.train.isVisible()
    assert [label.text for _sample, label in loss_plots.legend.items][:2] == ["mini-batch loss",
                                                                             "smoothed, centred (no lag)"]


@pytest.mark.parametrize("name, values, names", [
    ("weight-init", dict(iters_num=12), ["#1 std 0.01", "#2 Xavier", "#3 He"]),
    ("weight-decay", dict(iters_num=12, train_size=60, batch_size=20), ["#1 λ 0", "#2 λ 0.1"]),
])
def test_each_comparison_names_its_runs_by_what_it_varies(qtbot, monkeypatch, section, name, values, names):
    shorten(monkeypatch, name, **values)
    section.apply_preset(name)
    assert section.message.text().startswith("%d runs × 12 iterations: " % len(names))
    assert section.start()
    wait_for_set(qtbot, section, len(names))
    assert kept_entries(section.loss_plots.legend) == names
    # train and test accuracy per epoch for every run (fig 6-20 shows both)
    for curves in (section.kept.train_curves, section.kept.test_curves):
        drawn = [curve.getData() for curve in curves if curve.isVisible()]
        assert len(drawn) == len(names)
        assert all(x is not None and len(x) >= 1 for x, _y in drawn)
    if name == "weight-decay":
        assert [run.config.weight_decay for run in section.kept.runs] == [0.0, 0.1]
        assert all(run.config.train_size == 60 for run in section.kept.runs)
        assert [len(run.epochs) for run in section.kept.runs] == [4, 4]      # 12 iterations of 3 per epoch


def test_stop_mid_set_ends_the_set_and_keeps_what_ran(qtbot, monkeypatch, section):
    shorten(monkeypatch, "optimizers-mnist", iters_num=60)
    section.apply_preset("optimizers-mnist")
    section.panel.speed.setValue(SPEEDS.index(200))      # a second per run: time to press Stop
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "running" and section.history.n > 3, timeout=TIMEOUT)
    section.panel.stop_button.click()
    assert section.state == "finished" and not section.comparison.active
    assert kept_entries(section.loss_plots.legend) == ["#1 SGD, lr 0.01", "#2 Momentum, lr 0.01 (stopped)"]
    assert section.message.text() == "Comparison stopped after 2 of 4 runs: those that ran are kept."
    qtbot.wait(300)
    assert section.state == "finished" and section.run.thread is None and len(section.kept.runs) == 2


def test_reset_forgets_an_armed_set(qtbot, monkeypatch, section):
    shorten(monkeypatch, "weight-init", iters_num=10)
    section.apply_preset("weight-init")
    section.panel.reset_button.click()
    assert not section.comparison.armed and section.message.text() == ""
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT):
        section.panel.start_button.click()
    assert len(section.kept.runs) == 1 and not section.comparison.active


def test_leaving_the_section_mid_set_and_coming_back(qtbot, monkeypatch, window):
    """On the bundled MNIST, in the window: the set goes on while another section is shown."""
    shorten(monkeypatch, "optimizers-mnist", iters_num=40)
    section = window.show_section("training")
    section.apply_preset("optimizers-mnist")
    section.start()
    qtbot.waitUntil(lambda: len(section.kept.runs) >= 1, timeout=TIMEOUT)
    window.show_section("descent")
    assert not section.isVisible()
    wait_for_set(qtbot, section, 4)
    window.show_section("training")
    qtbot.wait(50)
    assert kept_entries(section.loss_plots.legend)[-1] == "#4 Adam, lr 0.001"
    assert len([c for c in section.kept.loss_curves if c.isVisible()]) == 4
    # the last run, which ended while away, is drawn in full on the return
    np.testing.assert_array_equal(section.loss_plots.curve.getData()[1], section.losses())
    assert len(section.losses()) == 40
    section.shutdown()


def test_a_setting_changed_after_the_preset_applies_to_every_run_but_not_what_is_compared(
        qtbot, monkeypatch, section):
    shorten(monkeypatch, "optimizers-mnist", iters_num=30)
    section.apply_preset("optimizers-mnist")
    section.panel.set_values(dict(iters_num=8, seed=3, optimizer="momentum", learning_rate=0.5))
    section.panel.start_button.click()
    wait_for_set(qtbot, section, 4)
    configs = [run.config for run in section.kept.runs]
    assert [c.iters_num for c in configs] == [8] * 4 and {c.seed for c in configs} == {3}
    # the optimizers and their learning rates are what the set compares: the book's stay
    assert [(c.optimizer, c.learning_rate) for c in configs] == \
        [("sgd", 0.01), ("momentum", 0.01), ("adagrad", 0.01), ("adam", 0.001)]
    assert [len(run.x) for run in section.kept.runs] == [8] * 4


def test_each_run_of_a_set_is_named_even_when_start_waits_for_mnist(qtbot, monkeypatch, synthetic_data):
    """Autoplay right after the preset: the first run begins once MNIST is read, and says which it is."""
    import engine.mnist

    shorten(monkeypatch, "weight-decay", iters_num=6, train_size=None)
    monkeypatch.setattr(engine.mnist, "load_mnist", lambda **_options: synthetic_data())
    made = TrainingSection()               # reads its data in the background
    qtbot.addWidget(made)
    try:
        made.apply_preset("weight-decay")
        with qtbot.waitSignal(made.run_started, timeout=TIMEOUT):
            assert made.autoplay()
        assert made.message.text() == "Run 1 of 2: λ 0"
        qtbot.waitUntil(lambda: made.message.text().startswith(("Run 2 of 2", "All 2 runs done")),
                        timeout=TIMEOUT)
    finally:
        made.shutdown()
