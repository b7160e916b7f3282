"""Section 4.4.1: animated descent, race, badges, click-to-start and bad inputs."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from engine.descent import gradient_descent
from gui.kit.numbers import point
from gui.sections.descent.inputs import MAX_STEPS
from gui.sections.descent.paths import clip_to_view

BOOK_FINAL = {0.1: (-6.11110793e-10, 8.14814391e-10), 10.0: (-2.58983747e+13, -1.29524862e+12),
              1e-10: (-2.99999994, 3.99999992)}


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def type_into(qtbot, edit, text):
    """Select the field's text, type over it and press Return, as a person does."""
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def curve(section, i=0):
    x, y = section.layers[i].curve.getData()
    return np.column_stack((x, y))


def test_animation_reaches_the_engines_final_point(section, qtbot):
    section.apply_preset("book")
    x_engine, _ = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
    section.reset()
    assert section.current_step() == 0 and len(curve(section)) == 1
    section.playbar.speed.setValue(section.playbar.speed.maximum())   # 1000 steps/s
    item = section.layers[0].curve
    section.play_pause()
    assert section.is_playing()
    qtbot.waitUntil(lambda: not section.is_playing(), timeout=5000)
    assert section.current_step() == 100
    assert section.layers[0].curve is item
    np.testing.assert_array_equal(curve(section)[-1], x_engine)
    assert len(curve(section)) == 101
    assert section.status.xs[0].text() == point(x_engine, 8)
    assert not section.playbar.play.isChecked()


def test_step_and_reset_and_keyboard_overrides(section):
    section.apply_preset("book")
    assert section.reset() is True and section.current_step() == 0
    assert section.step() is True and section.current_step() == 1
    np.testing.assert_allclose(curve(section)[-1], [-2.4, 3.2], rtol=1e-6)    # x - 0.1 * 2x
    assert section.status.step.text() == "step 1 of 100"
    assert section.play_pause() is True and section.is_playing()
    assert section.play_pause() is True and not section.is_playing()


def test_autoplay_starts_from_the_beginning(section):
    section.apply_preset("book")
    assert section.current_step() == 100          # a preset shows the whole figure
    assert section.autoplay() is True
    assert section.is_playing() and section.current_step() <= 5


@pytest.mark.parametrize("preset, lr, kind", [("book", 0.1, None), ("book-lr-10", 10.0, "DIVERGED"),
                                              ("book-lr-1e-10", 1e-10, "STALLED")])
def test_badges_for_the_books_learning_rates(section, preset, lr, kind):
    section.apply_preset(preset)
    assert section.rates() == [lr]
    badge = section.status.badge_text(0)
    if kind is None:
        assert badge == "" and section.status.badges[0].isHidden()
    else:
        assert kind in badge
        a, b = BOOK_FINAL[lr]
        from gui.kit.numbers import format_number
        assert f"({format_number(a, 9)}, {format_number(b, 9)})" in badge
    section.reset()
    assert section.status.badge_text(0) == ""      # badges appear when the animation gets there


def test_diverged_path_stays_in_view_and_is_marked(section):
    section.apply_preset("book-lr-10")
    (lo0, hi0), (lo1, hi1) = section.plot_item.viewRange()      # what the plot shows
    points = curve(section)
    assert np.all((points[:, 0] >= lo0 - 1e-9) & (points[:, 0] <= hi0 + 1e-9))
    assert np.all((points[:, 1] >= lo1 - 1e-9) & (points[:, 1] <= hi1 + 1e-9))
    layer = section.layers[0]
    assert layer.exit_step == 1 and layer.exit_arrow.isVisible() and layer.exit_text.isVisible()
    assert "step 1" in layer.exit_text.textItem.toPlainText()
    (vx0, vx1), (vy0, vy1) = section.plot_item.viewRange()
    assert max(abs(vx0), abs(vx1), abs(vy0), abs(vy1)) < 20    # not autoscaled to 1e13
    section.reset()
    assert not layer.exit_arrow.isVisible()


def test_clip_to_view_cuts_at_the_border():
    history = np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 1.0], [1e13, 0.0]])
    points, k, exit_point = clip_to_view(history, ((-2, 2), (-2, 2)))
    assert k == 2 and len(points) == 2
    np.testing.assert_allclose(exit_point, [2.0, 1.0])
    points, k, exit_point = clip_to_view(np.array([[0.0, 0.0], [np.nan, 1.0]]), ((-2, 2), (-2, 2)))
    assert k == 1 and exit_point is None
    points, k, exit_point = clip_to_view(np.zeros((3, 2)), ((-2, 2), (-2, 2)))
    assert k is None and len(points) == 3


def test_race_keeps_one_curve_per_rate(section, qtbot):
    layers = list(section.layers)
    curves = [layer.curve for layer in layers]
    section.apply_preset("race")
    assert section.rates() == [0.1, 10.0, 1e-10]
    shown = [layer.curve.isVisible() for layer in section.layers]
    assert shown == [True] * 3 + [False] * (len(section.layers) - 3)
    assert len(section.plot_item.legend.items) == 3
    labels = [label.text for _, label in section.plot_item.legend.items]
    assert labels == ["lr = 0.1", "lr = 10", "lr = 1e−10"]
    assert "DIVERGED" in section.status.badge_text(1) and "STALLED" in section.status.badge_text(2)
    assert section.status.badge_text(0) == ""
    type_into(qtbot, section.race_edit, "1, 0.5, 0.01")
    assert len(section.plot_item.legend.items) == 4
    assert all(layer.curve.isVisible() for layer in section.layers[:4])
    assert [layer.curve for layer in section.layers] == curves and section.layers == layers
    for curve_item in curves:
        assert section.plot_item.listDataItems().count(curve_item) == 1


def test_click_sets_the_start(section, qtbot):
    section.apply_preset("book")
    item = section.layers[0].curve
    vb = section.plot_item.getViewBox()
    pos = section.plot.mapFromScene(vb.mapViewToScene(QPointF(1.0, 2.0)))
    qtbot.mouseClick(section.plot.viewport(), Qt.LeftButton, pos=QPoint(pos.x(), pos.y()))
    x0, x1 = section._start
    assert abs(x0 - 1.0) < 0.2 and abs(x1 - 2.0) < 0.2 and (x0, x1) != (-3.0, 4.0)
    first = curve(section)[0]
    np.testing.assert_array_equal(first, section._start)
    assert section.layers[0].curve is item
    f = section.function.expression()
    x_engine, _ = gradient_descent(lambda x: f(x[0], x[1]), section._start.copy(), lr=0.1, step_num=100)
    section.seek(100)
    np.testing.assert_array_equal(curve(section)[-1], x_engine)
    assert "Click the plot" in section.start_label.text()


def test_lr_change_updates_the_same_item(section):
    section.apply_preset("book")
    item, before = section.layers[0].curve, curve(section).copy()
    section.lr.setValue(0.3)
    section.seek(100)
    assert section.layers[0].curve is item
    assert not np.array_equal(curve(section), before)


@pytest.mark.parametrize("text", ["0", "-0.1", "nan", "inf", "1e6", "abc"])
def test_bad_learning_rates_are_refused(section, text):
    section.apply_preset("book")
    before = curve(section).copy()
    section.lr.edit.setText(text)
    section.lr.edit.editingFinished.emit()
    assert section.lr.error.isVisibleTo(section) and section.lr.error.text()
    assert section.lr.value() == 0.1
    np.testing.assert_array_equal(curve(section), before)


def test_step_counts(section, qtbot):
    section.apply_preset("book")
    for text in ("0", "-5", "2.5", "many"):
        type_into(qtbot, section.steps_edit, text)
        assert section.steps_error.isVisibleTo(section)
        assert section._step_num == 100 and section.steps_edit.text() == "100"
    type_into(qtbot, section.steps_edit, "1e7")
    assert section._step_num == MAX_STEPS and section.steps_edit.text() == str(MAX_STEPS)
    assert "capped" in section.steps_error.text()
    qtbot.waitUntil(lambda: not section.computing(), timeout=20000)
    assert section._run_steps == MAX_STEPS
    assert section.layers[0].curve.opts["symbol"] is None     # a long path is a line only
    type_into(qtbot, section.steps_edit, "20")
    assert not section.steps_error.isVisibleTo(section) and section._step_num == 20


@pytest.mark.parametrize("text", ["x", "1, 2, 3, 4", "0", "-1"])
def test_bad_race_lists(section, qtbot, text):
    section.apply_preset("race")
    type_into(qtbot, section.race_edit, text)
    assert section.race_error.isVisibleTo(section)
    assert section.rates() == [0.1, 10.0, 1e-10]


def test_bad_functions_keep_the_last_surface(section):
    section.apply_preset("book")
    contours = section.contour_curve.getData()[0].copy()
    assert not section.function.setText("x0**2 +* x1")
    assert section.function.error.isVisibleTo(section)
    section.function.setText("log(-1 - x0**2 - x1**2)")
    assert section.message.level == "error"
    np.testing.assert_array_equal(section.contour_curve.getData()[0], contours)
    assert section.status.badge_text(0) == ""


def test_function_not_finite_at_the_start_is_explained(section):
    section.apply_preset("book")
    section.function.setText("log(x0) + x1**2")
    assert section.message.level in ("warning", "error")
    assert "DIVERGED" in section.status.badge_text(0)


def test_rosenbrock_and_saddle_presets(section):
    section.apply_preset("saddle")
    assert section.layers[0].exit_text.isVisible()                # slides off the view along x1
    section.apply_preset("rosenbrock")
    assert section._step_num == 5000 and section.rates() == [0.001]
    assert np.all(np.isfinite(curve(section)))


def test_long_runs_compute_in_the_background(section, qtbot):
    section.apply_preset("race")
    items = [layer.curve for layer in section.layers]
    type_into(qtbot, section.steps_edit, "3000")
    assert section.computing()                                  # 3 rates x 3000 steps: a worker thread
    assert section.message.level == "info"
    assert len(curve(section)) == 101                           # the previous paths stay meanwhile
    qtbot.waitUntil(lambda: not section.computing(), timeout=20000)
    assert section._run_steps == 3000 and section.current_step() == 3000
    f = section.function.expression()
    x_engine, _ = gradient_descent(lambda x: f(x[0], x[1]), np.array([-3.0, 4.0]), lr=0.1, step_num=3000)
    np.testing.assert_array_equal(curve(section)[-1], x_engine)
    assert "DIVERGED" in section.status.badge_text(1)
    assert [layer.curve for layer in section.layers] == items
    assert section.message.level is None


def test_a_replaced_background_run_is_dropped(section, qtbot):
    section.apply_preset("book")
    type_into(qtbot, section.steps_edit, "6000")
    assert section.computing()
    type_into(qtbot, section.steps_edit, "50")                 # replaces the running job at once
    assert not section.computing() and section._run_steps == 50
    qtbot.wait(200)
    assert section._run_steps == 50 and len(curve(section)) == 51


def test_a_change_while_playing_restarts_the_animation(section):
    section.apply_preset("book")
    section.play_pause()
    section.lr.setValue(0.05)
    assert section.is_playing() and section.current_step() == 0
    assert section.timer.interval() <= 20                      # >= 50 frames per second


def test_long_paths_draw_only_visible_moves():
    from gui.sections.descent.paths import visible_moves
    points = np.vstack((np.linspace([-3.0, 4.0], [0.0, 0.0], 50), np.full((5000, 2), 1e-9)))
    kept = visible_moves(points, ((-4.5, 4.5), (-4.5, 4.5)))
    assert kept[0] == 0 and len(kept) <= 52              # the pile at the minimum is one point
    np.testing.assert_array_equal(np.diff(kept) > 0, True)


