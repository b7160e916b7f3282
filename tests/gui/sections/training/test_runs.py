"""Runs compared: each run that ends stays as a faded curve on the loss and accuracy plots, named by
what differed from the run before; up to eight, clearable, exported as one CSV table each."""
import csv
import io

import numpy as np
import pytest

from engine.comparison import smooth_curve
from engine.training import TrainConfig, TrainStep
from gui.export import csv_text
from gui.sections.training import TrainingSection
from gui.sections.training.history import RunHistory
from gui.sections.training.runs import MAX_KEPT, keep
from tests.gui.test_colour_vision import too_close

TIMEOUT = 60000    # ms: the machine may be busy


@pytest.fixture
def section(qtbot, synthetic_data):
    made = TrainingSection(data=synthetic_data())
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.panel.set_values(dict(iters_num=30, batch_size=20))
    yield made
    made.shutdown()


def run_once(qtbot, section, **values):
    """One whole run with these control values; its losses and accuracies as the section shows them."""
    section.panel.set_values(values)
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT) as ended:
        assert section.start()
    assert ended.args == ["finished"]
    h = section.history
    return section.losses(), np.array(h.train_acc), np.array(h.test_acc)


def legend_texts(legend):
    return [label.text for _sample, label in legend.items]


def kept_entries(legend):
    return [text for text in legend_texts(legend) if text.startswith("#")]


def visible_data(curves):
    return [c.getData() for c in curves if c.isVisible()]


def test_two_runs_leave_two_kept_curves_named_by_what_differed(qtbot, section):
    first = run_once(qtbot, section, learning_rate=0.1)
    second = run_once(qtbot, section, learning_rate=0.5)
    kept = section.kept
    assert [run.number for run in kept.runs] == [1, 2]
    # the first run is named by its optimizer and lr, the second by the one thing that changed
    assert kept_entries(section.loss_plots.legend) == ["#1 SGD, lr 0.1", "#2 lr 0.5"]
    # two kept runs: train and test of each named (fig 6-20); more: their numbers (see below)
    assert kept_entries(section.accuracy.legend) == ["#1 train", "#1 test", "#2 train", "#2 test"]
    # smoothed as the book smooths (the "Smoothed loss" box is on) ...
    shown = visible_data(kept.loss_curves)
    assert len(shown) == 2
    for (x, y), (losses, _train, _test) in zip(shown, (first, second)):
        np.testing.assert_array_equal(x, np.arange(1, 31))
        np.testing.assert_allclose(y, smooth_curve(losses), rtol=0, atol=1e-12)
    # ... and the mini-batch losses themselves when it is off (30 iterations: none decimated away)
    section.panel.smooth.setChecked(False)
    for (x, y), (losses, _train, _test) in zip(visible_data(kept.loss_curves), (first, second)):
        np.testing.assert_array_equal(y, losses)
    # each run's accuracies per epoch (200 images / batch 20: an epoch every 10 iterations)
    for curves, column in ((kept.train_curves, 1), (kept.test_curves, 2)):
        data = visible_data(curves)
        assert len(data) == 2
        for (epochs, acc), run in zip(data, (first, second)):
            np.testing.assert_array_equal(epochs, [1, 2, 3])
            np.testing.assert_array_equal(acc, run[column])
    # a run's test curve: its colour, dotted and thinner than its train curve, □ for ○
    train, test = kept.train_curves[0], kept.test_curves[0]
    assert train.opts["pen"].color() == test.opts["pen"].color()
    assert train.opts["pen"].dashPattern() != test.opts["pen"].dashPattern()
    assert test.opts["pen"].widthF() < train.opts["pen"].widthF()
    assert (train.opts["symbol"], test.opts["symbol"]) == ("o", "s")
    assert all(curve.opts["symbol"] is None for curve in kept.loss_curves)    # lines alone
    # the current run is still drawn as before, in front of the kept ones
    np.testing.assert_array_equal(section.loss_plots.curve.getData()[1], second[0])
    assert all(c.zValue() < section.loss_plots.curve.zValue() for c in kept.loss_curves)
    assert kept.clear_button.isEnabled() and "2" in kept.clear_button.text()


def test_a_ninth_run_drops_the_oldest_and_clear_empties(qtbot, section):
    losses = [run_once(qtbot, section, seed=seed, iters_num=5)[0] for seed in range(MAX_KEPT + 1)]
    kept = section.kept
    assert [run.number for run in kept.runs] == list(range(2, MAX_KEPT + 2))
    entries = kept_entries(section.loss_plots.legend)
    assert len(entries) == MAX_KEPT and entries[0] == "#2 seed 1" and entries[-1] == "#9 seed 8"
    assert kept_entries(section.accuracy.legend) == ["#%d" % n for n in range(2, MAX_KEPT + 2)]
    section.panel.smooth.setChecked(False)
    shown = [y for _x, y in visible_data(kept.loss_curves)]
    assert len(shown) == MAX_KEPT
    for y, expected in zip(shown, losses[1:]):
        np.testing.assert_array_equal(y, expected)
    # kept runs drawn together stay apart for every kind of colour vision (colour and dashes)
    assert too_close(section) == []
    kept.clear_button.click()
    assert kept.runs == [] and visible_data(kept.loss_curves) == []
    assert visible_data(kept.train_curves) == [] and visible_data(kept.test_curves) == []
    assert kept_entries(section.loss_plots.legend) == [] and kept_entries(section.accuracy.legend) == []
    assert not kept.clear_button.isEnabled()
    # the current run stays; the next run after a Clear is named by its optimizer and lr again
    assert len(section.loss_plots.curve.getData()[1]) == 5
    run_once(qtbot, section, learning_rate=0.2)
    assert kept_entries(section.loss_plots.legend) == ["#1 SGD, lr 0.2"]


def test_a_stopped_run_and_one_interrupted_by_start_are_kept_and_say_so(qtbot, section):
    section.panel.set_values(dict(iters_num=1000))
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        section.start(paused=True, steps=7)
    section.panel.stop_button.click()
    assert kept_entries(section.loss_plots.legend) == ["#1 SGD, lr 0.1 (stopped)"]
    with qtbot.waitSignal(section.run.rested, timeout=TIMEOUT):
        section.start(paused=True, steps=4)
    section.panel.set_values(dict(iters_num=10))
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT):
        section.start()        # the paused run ends here, and is kept
    assert kept_entries(section.loss_plots.legend)[1] == "#2 same settings (stopped)"
    assert [run.iterations for run in section.kept.runs] == [7, 4]
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    assert kept_entries(section.loss_plots.legend)[2] == "#3 10 iterations"


def test_the_csv_export_has_one_table_per_kept_run(qtbot, section):
    first = run_once(qtbot, section, learning_rate=0.1)
    second = run_once(qtbot, section, learning_rate=0.5, batch_size=40)
    text = csv_text(section.plots)
    blocks = [list(csv.reader(io.StringIO(block))) for block in text.split("\n\n")]
    blocks = [block for block in blocks if block[0][0].startswith("Kept run")]
    assert len(blocks) == 2
    assert blocks[0][0] == ["Kept run #1 SGD, lr 0.1 · 30 iterations"]
    assert blocks[1][0] == ["Kept run #2 lr 0.5, batch 40 · 30 iterations"]
    for block, (losses, train_acc, test_acc) in zip(blocks, (first, second)):
        assert block[1] == ["iteration", "mini-batch loss", "smoothed loss (book)", "epoch", "train acc",
                            "test acc"]
        rows = block[2:]
        assert [int(r[0]) for r in rows] == list(range(1, 31))
        np.testing.assert_array_equal([float(r[1]) for r in rows], losses)
        np.testing.assert_allclose([float(r[2]) for r in rows], smooth_curve(losses), atol=1e-12)
        ends = [r for r in rows if r[3]]
        np.testing.assert_array_equal([float(r[4]) for r in ends], train_acc)
        np.testing.assert_array_equal([float(r[5]) for r in ends], test_acc)
    # the kept curves are not written twice (their tables say everything)
    assert "#1 SGD" not in text.split("plot,series,index,x,y")[1]


def test_a_kept_run_of_ten_thousand_iterations_is_at_most_two_thousand_points():
    history = RunHistory()
    rng = np.random.default_rng(0)
    losses = 2.3 * np.exp(-np.arange(10000) / 2000) + 0.1 * rng.random(10000)
    history.extend([TrainStep(i + 1, (i + 1) // 100, float(loss), 0.1, 0.0, 0.0,
                              *((0.5, 0.4) if (i + 1) % 100 == 0 else (None, None)))
                    for i, loss in enumerate(losses)])
    run = keep(history, TrainConfig(), 1, ("optimizer",), "finished", 0)
    assert len(run.x) <= 2000 and len(run.loss) == len(run.smoothed) == len(run.x)
    # the run's whole length, in order (each bucket's min and max where they were)
    assert run.x[0] <= 10 and run.x[-1] > 9990 and np.all(np.diff(run.x) > 0) and run.iterations == 10000
    # every bucket keeps its lowest and highest loss: the spikes survive
    assert run.loss.max() == losses.max() and run.loss.min() == losses.min()
    np.testing.assert_allclose(run.smoothed, smooth_curve(losses)[run.x.astype(int) - 1])
    assert len(run.epochs) == 100 and run.train_acc[0] == 0.5
