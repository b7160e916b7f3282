"""Export ▸ Plotted data as CSV from the training section: named curves, and the Predictions
tab's predictions and confusion matrix as tables."""
import csv
import io

import numpy as np
import pytest

from engine.labels import as_labels
from engine.metrics import smooth_loss
from engine.networks import TwoLayerNet
from gui import export
from gui.sections.training import TrainingSection

TIMEOUT = 30000


@pytest.fixture
def trained(qtbot, synthetic_data):
    data = synthetic_data()
    section = TrainingSection(data=data)
    qtbot.addWidget(section)
    section.resize(1100, 700)
    section.show()
    section.panel.set_values(dict(iters_num=40, batch_size=20))
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    return section, data


def blocks(text):
    """The CSV as blocks separated by blank lines: [[row, ...], ...]."""
    out, block = [], []
    for row in csv.reader(io.StringIO(text)):
        if row:
            block.append(row)
        elif block:
            out.append(block)
            block = []
    return out + ([block] if block else [])


def test_learning_curves_export_named_series(trained):
    section, _ = trained
    section.tabs.setCurrentIndex(0)
    parts = blocks(export.csv_text(section.plots))
    # the run ended and is kept: its table comes first (test_runs.py reads it), then the curves
    assert len(parts) == 2 and parts[0][0] == ["Kept run #1 SGD, lr 0.1 · 40 iterations"]
    rows = parts[1]
    assert rows[0] == ["plot", "series", "index", "x", "y"]
    series = {(row[0], row[1]) for row in rows[1:]}
    names = {name for _, name in series}
    assert names == {"mini-batch loss", "smoothed loss", "train acc", "test acc"}
    assert not any(name.startswith("series") for name in names)
    losses = [float(r[4]) for r in rows[1:]
              if r[0].startswith("Loss per iteration") and r[1] == "mini-batch loss"]
    np.testing.assert_array_equal(losses, section.losses())
    # the orange line is the engine's lag-free smoothing of those losses, up to the last iteration
    x, y = section.loss_plots.smooth.getData()
    assert x[-1] == len(losses)
    np.testing.assert_allclose(y, smooth_loss(section.losses())[x.astype(int) - 1], rtol=1e-12)


def test_predictions_tab_exports_predictions_and_the_confusion_matrix(trained, translations):
    section, data = trained
    section.tabs.setCurrentIndex(1)
    text = export.csv_text(section.plots)
    assert "red = wrong" not in text           # the frames are outlines, not data
    predictions, matrix = blocks(text)[:2]
    assert predictions[0][0].startswith("Test digits")
    assert predictions[1] == ["index", "label", "predicted", "correct"]
    (_, _), (x_test, t_test) = data
    shown = section.digits.n
    y = TwoLayerNet.from_params(section.params).predict(np.asarray(x_test[:shown]))
    expected = [[str(k), str(t), str(p), str(int(t == p))]
                for k, (t, p) in enumerate(zip(as_labels(t_test[:shown]), y.argmax(axis=1)))]
    assert predictions[2:] == expected
    # 40 iterations of 200 images / 20 = 10 per epoch: the matrix of the 4th epoch's end
    assert matrix[0][0].startswith("Confusion matrix") and "epoch 4" in matrix[0][0]
    assert matrix[1] == ["true label"] + [str(k) for k in range(10)]
    counts = np.array([[int(v) for v in row[1:]] for row in matrix[2:]])
    np.testing.assert_array_equal(counts, section.confusion.matrix)
    assert counts.sum() == len(t_test)
    # the titles and columns are in the user's language
    translations.set_language("ja")
    predictions, matrix = blocks(export.csv_text(section.plots))[:2]
    assert predictions[1][1] == "ラベル" and matrix[1][0] == "正解ラベル"
