"""Training section helpers: decimation, W1 tiles, MNIST-like preprocessing, the drawing pad,
gradient check and race, save / load / CSV."""
import numpy as np
from PySide6.QtCore import QPoint, Qt

from gui.digit_canvas import DigitCanvas, mnist_preprocess
from gui.sections.training import Section
from gui.series import decimate_minmax, moving_average
from gui.training_plots import tile_mosaic
from test_training_section import TIMEOUT, synthetic_data


def test_decimation_keeps_order_spikes_and_a_bounded_size():
    y = np.random.default_rng(0).random(25000)
    y[12345] = 50.0
    y[777] = -3.0
    x, d = decimate_minmax(y, max_points=2000)
    assert len(d) <= 2100 and np.all(np.diff(x) > 0)
    assert d.max() == 50.0 and d.min() == -3.0
    np.testing.assert_array_equal(d, y[(x - 1).astype(int)])
    x_short, d_short = decimate_minmax(y[:100])
    np.testing.assert_array_equal(d_short, y[:100])


def test_moving_average_is_a_trailing_mean():
    y = np.arange(10, dtype=float)
    np.testing.assert_allclose(moving_average(y, 3)[2:], [1, 2, 3, 4, 5, 6, 7, 8])
    assert moving_average(y, 3)[0] == 0.0


def test_tile_mosaic_puts_each_neuron_in_its_own_tile():
    W1 = np.zeros((784, 12))
    W1[0, 11] = -2.0      # neuron 11: top-left pixel, second row of tiles (cols=10)
    mosaic = tile_mosaic(W1, cols=10)
    assert mosaic.shape == (2 * 30 - 2, 10 * 30 - 2)
    assert mosaic[30, 30] == -1.0 and np.count_nonzero(mosaic) == 1


def test_preprocessing_scales_to_20_pixels_and_centres_by_mass():
    ink = np.zeros((280, 280))
    ink[10:110, 200:250] = 1.0   # a tall bar in the top-right corner
    x = mnist_preprocess(ink).reshape(28, 28)
    rows, cols = np.nonzero(x > 0.05)
    assert rows.max() - rows.min() + 1 in (20, 21)
    total = x.sum()
    cy = (x.sum(axis=1) * np.arange(28)).sum() / total
    cx = (x.sum(axis=0) * np.arange(28)).sum() / total
    assert abs(cy - 13.5) <= 0.6 and abs(cx - 13.5) <= 0.6
    assert mnist_preprocess(np.zeros((280, 280))) is None


def test_drawing_on_the_pad_gives_live_probabilities(qtbot):
    canvas = DigitCanvas()
    qtbot.addWidget(canvas)
    canvas.retranslate()
    section = Section(data=synthetic_data())
    qtbot.addWidget(section)
    canvas.set_network(section.canvas.network)
    heights = canvas.bars.opts["height"]
    assert np.all(np.asarray(heights) == 0)
    pad = canvas.pad
    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(140, 40))
    for y in range(40, 240, 10):
        qtbot.mouseMove(pad, QPoint(140, y))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(140, 240))
    probabilities = np.asarray(canvas.bars.opts["height"])
    assert abs(probabilities.sum() - 1.0) < 1e-6 and canvas.answer.text() != "—"
    assert canvas.seen_image.image.max() > 0.5
    canvas.clear_button.click()
    assert np.all(np.asarray(canvas.bars.opts["height"]) == 0) and canvas.answer.text() == "—"


def test_gradient_check_on_the_current_network(qtbot):
    section = Section(data=synthetic_data())
    qtbot.addWidget(section)
    tools = section.tools
    with qtbot.waitSignal(tools.check_done, timeout=60000) as blocker:
        tools.check_button.click()
    result = blocker.args[0]
    assert set(result) == {"W1", "b1", "W2", "b2"}
    assert all(abs_diff < 1e-6 for abs_diff, _ in result.values())
    assert tools.cells["W1", 1].text() != "—" and "agree" in tools.check_text.text()
    qtbot.waitUntil(lambda: tools.check_button.isEnabled(), timeout=TIMEOUT)


def test_race_backprop_does_more_iterations_in_the_same_time(qtbot):
    section = Section(data=synthetic_data())
    qtbot.addWidget(section)
    tools = section.tools
    tools.seconds.setValue(0.5)
    curve = tools.curves["backprop"]
    with qtbot.waitSignal(tools.race_done, timeout=60000) as blocker:
        tools.race_button.click()
    done = blocker.args[0]
    assert done["backprop"][0] > done["numerical"][0] >= 1
    assert tools.curves["backprop"] is curve and len(curve.getData()[0]) >= 1
    assert "iterations" in tools.race_text.text()


def test_save_load_and_export(qtbot, tmp_path):
    section = Section(data=synthetic_data())
    qtbot.addWidget(section)
    section.panel.set_values(dict(iters_num=30, batch_size=20, hidden_size=7))
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.start()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    trained = {k: v.copy() for k, v in section._params.items()}
    assert section.files.save_weights(str(tmp_path / "w.npz"))
    assert section.files.export_csv(str(tmp_path / "run.csv"))
    lines = (tmp_path / "run.csv").read_text().splitlines()
    assert lines[0].startswith("iteration,loss") and len(lines) == 31
    assert float(lines[5].split(",")[1]) == section._loss[4]
    assert lines[10].split(",")[3] != ""    # epoch end (200 / 20 = 10 iterations)

    other = Section(data=synthetic_data())
    qtbot.addWidget(other)
    assert other.files.load_weights(str(tmp_path / "w.npz"))
    for key in trained:
        np.testing.assert_array_equal(other._params[key], trained[key])
    assert other.panel.values()["hidden_size"] == 7
    # training continues from the loaded weights
    other.panel.set_values(dict(iters_num=5, batch_size=20))
    with qtbot.waitSignal(other.run.rested, timeout=TIMEOUT):
        other.step()
    assert other._loss[0] < section._loss[0]

    (tmp_path / "bad.npz").write_bytes(b"not a zip file")
    before = {k: v.copy() for k, v in other._params.items()}
    assert not other.files.load_weights(str(tmp_path / "bad.npz"))
    assert "Could not load" in other.message.text() and other.message.level == "error"
    np.testing.assert_array_equal(other._params["W1"], before["W1"])
    other.stop()
