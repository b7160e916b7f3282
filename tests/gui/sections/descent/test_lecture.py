"""Section 4.4.1 driven as a lecturer drove it: long races with a moved start, refused inputs,
language switches, small windows, the CSV and the step table."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt

from engine.descent import gradient_descent
from gui import export
from gui.kit.numbers import format_number
from gui.sections.descent.steps import DIGITS


def type_into(qtbot, edit, text):
    """Select the field's text, type over it and press Return, as a person does."""
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def click_plot(section, qtbot, x0, x1):
    vb = section.plot_item.getViewBox()
    pos = section.plot.mapFromScene(vb.mapViewToScene(QPointF(x0, x1)))
    qtbot.mouseClick(section.plot.viewport(), Qt.LeftButton, pos=QPoint(pos.x(), pos.y()))


def curve(section, i):
    x, y = section.layers[i].curve.getData()
    return np.column_stack((x, y)) if x is not None else np.empty((0, 2))


def engine_history(section, lr):
    f = section.function.expression()
    return gradient_descent(lambda x: f(x[0], x[1]), section._start.copy(), lr=lr,
                            step_num=section._step_num)[1]


@pytest.fixture
def descent(window, qtbot):
    section = window.show_section("descent")
    qtbot.waitUntil(lambda: section.isVisible())
    return section


def long_race_from(section, window, qtbot, x0, x1):
    """Steps 10000, race 10, 1e-10, Play, Space, click the plot at (x0, x1)."""
    type_into(qtbot, section.steps_edit, "10000")
    type_into(qtbot, section.race_edit, "10, 1e-10")
    qtbot.waitUntil(lambda: not section.computing(), timeout=30000)
    section.playbar.play.click()
    qtbot.wait(100)
    qtbot.keyClick(window, Qt.Key_Space)
    assert not section.is_playing()
    click_plot(section, qtbot, x0, x1)
    qtbot.waitUntil(lambda: not section.computing(), timeout=30000)


def test_a_start_beside_the_preset_view_still_draws_every_path(descent, window, qtbot):
    (lo0, _), _ = descent.plot_item.viewRange()
    assert lo0 < -4.6 < descent._view[0][0]         # visible, but outside the preset's ±4.5
    items = [layer.curve for layer in descent.layers]
    long_race_from(descent, window, qtbot, -4.6, -0.9)
    assert abs(descent._start[0] + 4.6) < 0.1 and abs(descent._start[1] + 0.9) < 0.1
    assert descent.status.step.text() == "step 10000 of 10000"
    assert [layer.curve for layer in descent.layers] == items
    for i, lr in enumerate(descent.rates()):
        points = curve(descent, i)
        assert len(points) >= 2, f"lr = {lr}: no path drawn"
        np.testing.assert_array_equal(points[0], descent._start)
    np.testing.assert_array_equal(curve(descent, 0)[-1], engine_history(descent, 0.1)[-1])
    stalled = curve(descent, 2)
    assert np.abs(stalled - descent._start).max() < 1e-5          # lr = 1e-10 barely moves, but is drawn
    assert descent.layers[1].exit_text.isVisible() and descent.layers[1].exit_step == 1

    qtbot.keyClick(window, Qt.Key_R)
    assert descent.current_step() == 0 and len(curve(descent, 0)) == 1
    qtbot.keyClick(window, Qt.Key_Space)
    qtbot.waitUntil(lambda: descent.current_step() >= 3, timeout=5000)
    qtbot.keyClick(window, Qt.Key_Space)
    k = descent.current_step()
    np.testing.assert_array_equal(curve(descent, 0)[-1], engine_history(descent, 0.1)[k])

    text = export.csv_text(descent.plots)
    assert "lr = 0.1" in text and "lr = 10" in text and "lr = 1e−10" in text


def test_a_stale_exit_label_never_stays(descent, qtbot):
    """A path with nothing to draw leaves no label of an earlier path behind."""
    descent.apply_preset("race")
    assert descent.layers[1].exit_text.isVisible()          # lr = 10: "left the view at step 1"
    descent.set_start(60.0, 0.0)                             # far outside anything the plot shows
    for layer in descent.layers:
        assert not layer.exit_text.isVisible() or layer.exit_text.textItem.toPlainText() == \
            "left the view at step %d" % layer.exit_step


def test_the_exit_label_follows_the_language(descent, window, qtbot, translations):
    long_race_from(descent, window, qtbot, -4.6, -0.9)
    playing_before = descent.is_playing()
    translations.set_language("zh_CN")
    label = descent.layers[1].exit_text
    assert label.isVisible() and label.textItem.toPlainText() == "在第 1 步离开了视野"
    assert descent.is_playing() == playing_before and not descent.computing()   # nothing restarted
    translations.set_language("ja")
    assert label.textItem.toPlainText() == "ステップ 1 で表示範囲の外に出ました"


def test_refused_step_counts_say_why_and_keep_the_value(descent, qtbot, translations):
    type_into(qtbot, descent.steps_edit, "0")
    error = descent.steps_error
    assert error.isVisibleTo(descent)
    assert "step_num = 0" in error.text() and "1 to 10000" in error.text()
    assert descent.steps_edit.text() == "100" and descent._step_num == 100
    descent.steps_edit.editingFinished.emit()       # Qt sends it again when the field loses focus
    assert error.isVisibleTo(descent) and "1 to 10000" in error.text()
    translations.set_language("ja")
    assert "step_num = 0" in error.text() and "1 to 10000" not in error.text()
    assert "10000" in error.text() and "。 " not in error.text()      # no English space between sentences
    translations.set_language("en")
    type_into(qtbot, descent.steps_edit, "50")
    assert not error.isVisibleTo(descent) and descent._run_steps == 50


def test_a_refused_race_says_why_and_keeps_the_race(descent, qtbot, translations):
    descent.apply_preset("race")
    type_into(qtbot, descent.race_edit, "abc, 5, 1, 2, 3")
    error = descent.race_error
    assert error.isVisibleTo(descent)
    assert "'abc' is not a number" in error.text() and "5 learning rates" in error.text()
    assert "e.g. 10, 1e-10" in error.text()
    assert descent.race_edit.text() == "10, 1e-10" and descent.rates() == [0.1, 10.0, 1e-10]
    descent.race_edit.editingFinished.emit()
    assert error.isVisibleTo(descent)
    translations.set_language("zh_CN")
    assert "abc" in error.text() and "is not a number" not in error.text()


@pytest.mark.parametrize("lang", ["en", "zh_CN", "ja"])
def test_read_outs_never_overlap_in_a_small_window(descent, window, qtbot, translations, lang):
    translations.set_language(lang)
    window.resize(1024, 700)
    descent.apply_preset("race")
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1024, 700)    # the section fits: no wider minimum
    type_into(qtbot, descent.steps_edit, "10000")
    qtbot.waitUntil(lambda: not descent.computing(), timeout=30000)
    qtbot.wait(200)
    status = descent.status

    def rect(label):
        return QRect(label.mapTo(status, QPoint(0, 0)), label.size())

    assert rect(status.step).width() >= status.step.sizeHint().width()  # 第 10000 步，共 10000 步
    for i in range(3):
        name, x, fx = rect(status.names[i]), rect(status.xs[i]), rect(status.fs[i])
        assert name.right() < x.left() and x.right() < fx.left()
        for label in (status.names[i], status.xs[i], status.fs[i]):
            assert label.width() >= label.sizeHint().width(), label.text()
        assert not rect(status.step).intersects(x)
    assert descent.plot.height() > 200


def test_csv_names_each_path_and_holds_every_step(descent, qtbot, tmp_path):
    descent.apply_preset("race")
    descent.seek(7)
    lines = export.csv_text(descent.plots).splitlines()
    assert lines[1] == "lr,k,x0,x1,f(x),|grad|,optimizer"
    rows = [line.split(",") for line in lines[2:lines.index("")]]
    assert len(rows) == 3 * 8                                   # three racers, steps 0 … 7
    for lr in (0.1, 10.0, 1e-10):
        mine = np.array([[float(v) for v in row[2:4]] for row in rows if float(row[0]) == lr])
        np.testing.assert_array_equal(mine, engine_history(descent, lr)[:8])
    series = {line.split(",")[1] for line in lines[lines.index("plot,series,index,x,y") + 1:]}
    assert {"lr = 0.1", "lr = 10", "lr = 1e−10"} <= series


def test_step_table_follows_the_animation(descent, qtbot):
    descent.apply_preset("race")
    table = descent.step_table
    assert not table.isVisible()
    qtbot.mouseClick(descent.table_button, Qt.LeftButton)
    assert table.isVisible()
    qtbot.waitUntil(lambda: table.view.height() > 150 and table.view.width() > 300)   # beside the plot
    table.racer.setCurrentIndex(1)                           # lr = 10
    descent.reset()
    assert table.model.rowCount() == 1
    descent.step()
    descent.step()
    rows = table.rows_shown()
    history = engine_history(descent, 10.0)
    assert len(rows) == 3 and rows[-1][0] == "2"
    assert rows[-1][1:3] == [format_number(v, DIGITS) for v in history[2]]
    f = descent.function.expression()
    assert rows[0][3] == format_number(f(*history[0]), DIGITS)
    assert float(rows[0][4]) == pytest.approx(10.0, rel=1e-9)   # |∇(x0² + x1²)| = |2·(−3, 4)|
    descent.playbar.speed.setValue(descent.playbar.speed.maximum())
    descent.play_pause()
    qtbot.waitUntil(lambda: not descent.is_playing(), timeout=5000)
    assert table.model.rowCount() == 101
