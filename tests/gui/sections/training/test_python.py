"""Copy as Python for the training section: the exported script, run with NumPy alone on the app's
MNIST files, prints the accuracies per epoch the section plots for the same run."""
import re

import numpy as np
import pytest

from engine.mnist import BUNDLED_DIR
from engine.training import TrainConfig, train
from gui.sections.training import TrainingSection
from gui.sections.training.python import script
from tests.gui.sections.exported import run_script

TIMEOUT = 60000
SMALL = dict(iters_num=30, batch_size=100, learning_rate=0.1, hidden_size=50, weight_init_std=0.01,
             gradient="backprop", seed=0, dtype="float64", train_size=300, sampling="choice", hidden_layers=1,
             activation="sigmoid", optimizer="sgd", optimizer_params={}, weight_decay=0.0, speed=None,
             smooth=True)
DEEP_ADAM = dict(SMALL, hidden_layers=3, hidden_size=40, activation="relu", weight_init_std="he",
                 optimizer="adam", optimizer_params={"beta1": 0.9, "beta2": 0.999}, learning_rate=0.001,
                 seed=3, batch_size=64, train_size=500, iters_num=40)
LINE = re.compile(r"epoch (\d+) iteration (\d+) \| train acc = (\S+) \| test acc = (\S+) \| loss = (\S+)")


@pytest.fixture
def section(qtbot):
    widget = TrainingSection()            # the bundled MNIST, as the app reads it
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def printed(values, tmp_path, *args):
    """[(epoch, iteration, train acc, test acc, loss)] as the script prints them."""
    out = run_script(script(values), tmp_path, *args, timeout=600)
    rows = [(int(e), int(i), float(a), float(b), float(loss)) for e, i, a, b, loss in LINE.findall(out)]
    assert rows, out
    return rows


def engine_run(values):
    """The same run made by the app's engine: [(epoch, iteration, train acc, test acc, loss)]."""
    config = TrainConfig(**{k: v for k, v in values.items() if k not in ("speed", "smooth")})
    return [(s.epoch, s.iteration, s.train_acc, s.test_acc, s.loss) for s in train(config) if s.epoch_end]


def run_in_section(section, qtbot, values):
    """Restore the scene, press Start, wait for the end; the accuracy curves' points."""
    section.restore_scene(values)
    qtbot.waitUntil(lambda: section.available() > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(section.run_ended, timeout=TIMEOUT):
        section.panel.start_button.click()
    epochs, train_acc = (np.asarray(a) for a in section.accuracy.train.getData())
    _, test_acc = (np.asarray(a) for a in section.accuracy.test.getData())
    return epochs, train_acc, test_acc


@pytest.mark.parametrize("values", [SMALL, DEEP_ADAM], ids=["book-network", "deep-adam"])
def test_the_script_prints_the_accuracies_the_section_plots(section, qtbot, tmp_path, values):
    epochs, train_acc, test_acc = run_in_section(section, qtbot, values)
    # the scene adds what is on screen (the tab, the Layers tab's picture) to the run's values
    assert {k: v for k, v in section.capture_scene().items() if k not in ("tab", "layers")} == values
    rows = printed(section.capture_scene(), tmp_path)
    assert len(rows) == len(epochs) == values["iters_num"] * values["batch_size"] // values["train_size"]
    np.testing.assert_array_equal([r[0] for r in rows], epochs)
    np.testing.assert_allclose([r[2] for r in rows], train_acc, rtol=0, atol=1e-12)
    np.testing.assert_allclose([r[3] for r in rows], test_acc, rtol=0, atol=1e-12)
    # and the loss at each epoch's last iteration, as the engine reports it
    np.testing.assert_allclose([r[4] for r in rows], [r[4] for r in engine_run(values)], rtol=1e-12)


@pytest.mark.parametrize("changes", [
    dict(sampling="shuffle", seed=5),
    dict(dtype="float32"),
    dict(weight_init_std="xavier", hidden_layers=2, activation="tanh", optimizer="momentum",
         optimizer_params={"momentum": 0.8}, weight_decay=0.01, dtype="float32"),
    dict(hidden_layers=0, optimizer="nesterov", optimizer_params={"momentum": 0.9}),
    dict(hidden_layers=2, activation="identity", optimizer="adagrad", weight_init_std=0.05),
    dict(hidden_layers=1, activation="sigmoid", optimizer="rmsprop", optimizer_params={"decay_rate": 0.9},
         learning_rate=0.01, sampling="shuffle"),
], ids=["shuffle", "float32", "tanh-momentum-decay", "softmax-regression", "identity-adagrad", "rmsprop"])
def test_other_configurations_match_the_engine(tmp_path, changes):
    values = dict(SMALL, iters_num=12, **changes)
    rows, expected = printed(values, tmp_path), engine_run(values)
    assert [r[:2] for r in rows] == [r[:2] for r in expected]
    np.testing.assert_allclose([r[2:4] for r in rows], [r[2:4] for r in expected], rtol=0, atol=1e-12)
    precision = 1e-6 if values["dtype"] == "float32" else 1e-12
    np.testing.assert_allclose([r[4] for r in rows], [r[4] for r in expected], rtol=precision)


def test_the_books_numerical_gradient(tmp_path):
    # the book's loop is slow: a tiny network (784-2-10) and batches of 5
    values = dict(SMALL, gradient="numerical-loop", hidden_size=2, batch_size=5, train_size=10, iters_num=4,
                  weight_init_std=0.5)
    rows, expected = printed(values, tmp_path), engine_run(values)
    assert [r[:4] for r in rows] == [r[:4] for r in expected]
    np.testing.assert_allclose([r[4] for r in rows], [r[4] for r in expected], rtol=1e-12)


def test_the_mnist_folder_is_the_apps_or_the_first_argument(tmp_path):
    text = script(SMALL)
    assert f"Path({str(BUNDLED_DIR)!r})" in text and "sys.argv[1]" in text
    assert "import numpy as np" in text and "engine" not in text and "PySide6" not in text
    (tmp_path / "copy").mkdir()
    for path in BUNDLED_DIR.glob("*.gz"):
        (tmp_path / "copy" / path.name).symlink_to(path)
    values = dict(SMALL, iters_num=3)
    assert printed(values, tmp_path, str(tmp_path / "copy")) == printed(values, tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(AssertionError, match="No such file"):
        run_script(script(values), tmp_path, str(tmp_path / "empty"))
