"""The network section (4.4.2): the book's numbers, nudges, gradient steps and bad input."""
import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from engine import simple_net_demos as demos
from engine.networks import BOOK_W, BOOK_X
from gui.sections.network import NetworkSection


@pytest.fixture
def section(qtbot):
    widget = NetworkSection()
    qtbot.addWidget(widget)
    widget.resize(1020, 740)
    yield widget
    widget.shutdown()


def _curve(item):
    x, y = item.getData()
    return np.array(x), np.array(y)


def number(text):
    return float(text.replace("−", "-"))


def shown_W(section):
    """W as the editable grid holds it (every digit; the cells show 7 significant ones)."""
    return section.net_box.W_grid.values()


def shown_loss(section):
    return number(section.readouts.text("loss"))


def loss_history(section):
    """The loss after each gradient step, as the descent plot draws it."""
    return _curve(section.descent_plots.loss_curve)[1]


def W_history(section):
    """W after each gradient step (k, 2, 3), from the six weight curves."""
    ys = [_curve(curve)[1] for curve in section.descent_plots.weight_curves]
    return np.array(ys).T.reshape(-1, 2, 3)


def chosen_weight(section):
    return section.nudge_box.weight.currentText()


def test_book_numbers_in_readouts_and_heatmap(section):
    assert section.p_readout.text("p") == "[1.05414809  0.63071653  1.13280740]"
    assert section.readouts.text("argmax").startswith("2")   # np.argmax(p) in the book
    loss = float(section.readouts.text("loss"))
    assert abs(loss - demos.BOOK_LOSS) < 1e-6
    # the 1e-7 guard is explained where the loss is shown
    assert "1e-7" in section.readouts.values["loss"].toolTip()
    assert "0.92806853663411326" in section.loss_note.text()
    np.testing.assert_allclose(section.heatmap.values, demos.BOOK_DW, atol=1e-6)
    printed = [[f"{v:.6g}".replace("-", "−") for v in row] for row in demos.BOOK_DW]
    shown = [[section.heatmap.texts[i, j].textItem.toPlainText() for j in range(3)] for i in range(2)]
    assert shown == printed
    image = section.heatmap.image.image
    np.testing.assert_allclose(image, demos.BOOK_DW, atol=1e-6)
    # the colour scale is centred on 0: levels are symmetric
    low, high = section.heatmap.image.getLevels()
    assert low == -high
    assert "0.6" in section.diagram.box_x.value.text()


def test_nudge_small_delta_matches_dW_times_delta(section):
    section.nudge_box.weight.setCurrentIndex(1)  # w12
    assert chosen_weight(section) == "w12"
    marker = section.nudge_plot.marker
    section.nudge_box.delta.setValue(0.001)
    assert section.nudge_box.delta.value() == pytest.approx(0.001)
    actual = float(section.nudge_readouts.text("actual").replace("−", "-"))
    predicted = float(section.nudge_readouts.text("predicted").replace("−", "-"))
    assert predicted == pytest.approx(demos.BOOK_DW[0, 1] * 0.001, rel=1e-5)
    assert actual == pytest.approx(predicted, rel=1e-3)
    assert section.nudge_plot.marker is marker
    assert marker.getData()[0].tolist() == pytest.approx([0.001, 0.001])
    # ±h buttons move δ by h; the slider follows
    section.nudge_box.h.setValue(0.05)
    section.nudge_box.plus.click()
    assert section.nudge_box.delta.value() == pytest.approx(0.051)
    assert section.nudge_box.slider.value() == 5
    section.nudge_box.minus.click()
    section.nudge_box.minus.click()
    assert section.nudge_box.delta.value() == pytest.approx(-0.049)


def test_large_delta_parts_from_the_line(section):
    section.apply_preset("far_nudge")
    assert (chosen_weight(section), section.nudge_box.delta.value()) == ("w23", 2.5)
    readouts = section.nudge_readouts
    actual, predicted = number(readouts.text("actual")), number(readouts.text("predicted"))
    error = number(readouts.text("error"))
    assert abs(error) > 0.1 and actual > predicted
    expected = demos.nudge(BOOK_W, BOOK_X, 2, 1, 2, 2.5, demos.numerical_gradient(BOOK_W, BOOK_X, 2))
    assert actual == pytest.approx(expected.actual, rel=1e-5)
    assert error == pytest.approx(expected.error, rel=1e-2)
    gap = section.nudge_plot.gap.getData()[1]
    assert abs(gap[0] - gap[1]) == pytest.approx(abs(expected.error))


def test_clicking_a_heatmap_cell_selects_that_weight(section, qtbot):
    section.show()
    qtbot.waitExposed(section)
    section.tabs.setCurrentIndex(0)
    heatmap = section.heatmap
    scene_point = heatmap.plot_item.vb.mapViewToScene(QPointF(2.5, 1.5))  # cell w23
    qtbot.mouseClick(heatmap.viewport(), Qt.LeftButton, pos=heatmap.mapFromScene(scene_point))
    assert chosen_weight(section) == "w23"
    assert section.nudge_plot.widget.getPlotItem().titleLabel.text.startswith("ΔL when w23")
    xs, ys = heatmap.selection.getData()
    assert (min(xs), max(xs), min(ys), max(ys)) == (2, 3, 1, 2)


def test_editing_W_updates_everything_in_place(section):
    items = (section.heatmap.image, section.nudge_plot.actual, section.descent_plots.loss_curve,
             section.descent_plots.weight_curves[0], section.heatmap.texts[0, 0])
    old_curve = _curve(section.nudge_plot.actual)[1].copy()
    old_p = section.p_readout.text("p")
    section.net_box.W_grid.type_value(0, 0, "2")
    assert shown_W(section)[0, 0] == 2.0
    assert section.p_readout.text("p") != old_p
    assert section.diagram.box_W.value.text().startswith("2.000")
    assert not np.allclose(section.heatmap.image.image, demos.BOOK_DW)
    assert not np.allclose(_curve(section.nudge_plot.actual)[1], old_curve)
    assert _curve(section.descent_plots.weight_curves[0])[1].tolist() == [2.0]
    assert section.loss_note.text() == ""
    assert (section.heatmap.image, section.nudge_plot.actual, section.descent_plots.loss_curve,
            section.descent_plots.weight_curves[0], section.heatmap.texts[0, 0]) == items


def test_x_t_and_randomise(section):
    section.net_box.x_grid.type_value(0, 1, "−1.5")
    assert section.net_box.x_grid.values()[0].tolist() == [0.6, -1.5]
    assert section.diagram.box_x.value.text() == "0.600<br>−1.500"
    loss_before = shown_loss(section)
    section.net_box.t_combo.setCurrentIndex(0)
    assert shown_loss(section) != loss_before
    W, x = BOOK_W, np.array([0.6, -1.5])
    assert shown_loss(section) == pytest.approx(float(demos.losses(W, x, 0)), abs=1e-8)
    section.net_box.seed.setValue(3)
    section.net_box.randomise.click()
    np.random.seed(3)
    W = np.random.randn(2, 3)
    np.testing.assert_array_equal(shown_W(section), W)
    assert section.net_box.W_grid.item(0, 0).toolTip() == repr(float(W[0, 0]))


def test_steps_lower_the_loss(section):
    curve = section.descent_plots.loss_curve
    start = shown_loss(section)
    section.descent_box.step_button.click()
    assert shown_loss(section) < start
    assert len(curve.getData()[0]) == 2
    section.descent_box.steps.setValue(30)
    section.descent_box.run_button.click()
    assert section.descent_box.run_button.isChecked()
    section.finish_run()
    assert not section.descent_box.run_button.isChecked()
    xs, losses = _curve(curve)
    assert len(xs) == 32 and np.all(np.diff(losses) < 0)
    assert section.descent_plots.loss_curve is curve
    # W moved against dW: the first step is −lr·dW of the book's W
    lr = section.descent_box.lr.value()
    step = W_history(section)[1] - W_history(section)[0]
    np.testing.assert_allclose(step, -lr * demos.BOOK_DW, atol=1e-6)
    assert section.reset() is True
    np.testing.assert_array_equal(shown_W(section), BOOK_W)
    assert len(curve.getData()[0]) == 1


def test_keyboard_hooks(section):
    assert section.step() is True and len(loss_history(section)) == 2
    assert section.play_pause() is True and section.descent_box.run_button.isChecked()
    assert section.animation.is_active()
    assert section.play_pause() is True and not section.animation.is_active()
    assert section.play_pause() is True and section.animation.is_active()  # resumes
    section.shutdown()


def test_keep_nudge_moves_the_weight(section):
    section.set_delta(0.5)
    section.nudge_box.keep.click()
    assert shown_W(section)[0, 0] == pytest.approx(BOOK_W[0, 0] + 0.5)
    assert section.nudge_box.delta.value() == 0.0


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "abc", ""])
def test_bad_W_text_keeps_the_last_good_state(section, text):
    before = section.p_readout.text("p")
    section.net_box.W_grid.type_value(1, 2, text)
    assert section.message.level == "error"
    np.testing.assert_array_equal(shown_W(section), BOOK_W)
    assert section.p_readout.text("p") == before
    assert section.net_box.W_grid.item(1, 2).text() == "0.6942209"


def test_bad_x_and_overflow(section):
    section.net_box.x_grid.type_value(0, 0, "nan")
    assert section.message.level == "error"
    assert section.net_box.x_grid.values()[0].tolist() == BOOK_X.tolist()
    # huge but finite: the softmax overflow guard keeps everything finite
    section.net_box.W_grid.type_value(0, 2, "1.7e308")
    assert section.message.level is None
    y = [number(v) for v in re.sub("<[^>]+>", " ", section.diagram.box_y.value.text()).split()]
    assert np.isfinite(shown_loss(section)) and len(y) == 3 and np.all(np.isfinite(y))
    # x·W would overflow: refused, the huge W stays
    section.net_box.W_grid.type_value(1, 2, "1.7e308")
    assert section.message.level == "error" and "overflow" in section.message.text()
    assert shown_W(section)[1, 2] == BOOK_W[1, 2]


@pytest.mark.parametrize("text", ["0", "-0.5", "nan"])
def test_bad_learning_rate_is_refused(section, text):
    lr = section.descent_box.lr
    lr.edit.setText(text)
    lr.edit.editingFinished.emit()
    assert lr.error.isVisibleTo(section) and lr.value() == 0.1


def test_divergence_keeps_the_last_finite_W(section):
    # x so large that the first step (dW ~ 1e5 from the saturated loss) makes x·W overflow
    for i in range(2):
        for j in range(3):
            section.net_box.W_grid.type_value(i, j, "0")
    section.net_box.x_grid.type_value(0, 0, "1e305")
    section.net_box.x_grid.type_value(0, 1, "1e305")
    section.step()
    assert section.message.level == "error" and "Diverged" in section.message.text()
    assert np.all(np.isfinite(shown_W(section))) and len(loss_history(section)) == 1


def test_step_counts_zero_and_absurd(section):
    steps = section.descent_box.steps
    steps.setValue(0)
    assert steps.error.isVisibleTo(section) and steps.value() == 100 and steps.edit.text() == "100"
    steps.setValue(10**9)
    assert steps.value() == demos.MAX_STEPS and str(demos.MAX_STEPS) in steps.error.text()
    section.descent_box.lr.setValue(0.001)
    section.descent_box.run_button.click()
    section.finish_run()
    assert len(loss_history(section)) == demos.MAX_STEPS + 1


@pytest.mark.parametrize("name", list(NetworkSection.PRESETS))
def test_presets(section, name):
    section.apply_preset(name)
    assert np.all(np.isfinite(shown_W(section)))
    if name == "book":
        np.testing.assert_array_equal(shown_W(section), BOOK_W)
        assert section.p_readout.text("p") == "[1.05414809  0.63071653  1.13280740]"
    if name == "descend":
        losses = loss_history(section)
        assert len(losses) == 51 and losses[-1] < losses[0]
        np.testing.assert_array_equal(W_history(section)[-1], shown_W(section))
    section.retranslate()


def test_reset_stays_on_the_descent_tab(section):
    section.step()
    assert section.tabs.currentIndex() == 1
    section.reset()
    assert section.tabs.currentIndex() == 1
    section.nudge_box.plus.click()
    assert section.tabs.currentIndex() == 0
