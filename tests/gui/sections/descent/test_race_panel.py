"""The optimizer race's pictures (gradient, velocity, √h squares, step), step card and end table."""
import numpy as np
from PySide6.QtCore import Qt

from engine.expressions import parse
from engine.optimizer_race import SURFACES, race, step_card


def engine_traces(name="optimizers"):
    surface = SURFACES[name]
    f = parse(surface.text, ("x0", "x1"))
    return race(f, surface.start, surface.racers, surface.steps, surface.gradient)


def arrow(curve):
    """(origin, tip) of an arrow item: its shaft is the first segment."""
    x, y = curve.getData()
    return np.array([x[0], y[0]]), np.array([x[1], y[1]])


def press_step(section, qtbot, times):
    qtbot.mouseClick(section.playbar.reset_button, Qt.LeftButton)
    for _ in range(times):
        qtbot.mouseClick(section.playbar.step_button, Qt.LeftButton)


def test_pictures_follow_each_optimizers_state(section, qtbot):
    section.apply_preset("optimizers")
    traces = engine_traces()
    items = [dict(layer.items) for layer in section.view.inner]
    press_step(section, qtbot, 3)
    assert section.current_step() == 3
    momentum, adagrad, adam = (section.view.inner[i].items for i in (1, 2, 3))
    # Momentum: v after update 3 starts at x_3; the step taken ends at x_4.
    origin, tip = arrow(momentum["velocity"])
    np.testing.assert_allclose(origin, traces[1].points[3])
    np.testing.assert_allclose(tip, traces[1].points[3] + traces[1].states["v"][3])
    np.testing.assert_allclose(arrow(momentum["step"])[1], traces[1].points[4])
    assert not momentum["squares"].isVisible()
    # AdaGrad: a rectangle of sides η·√h around x_3; no velocity.
    x, y = adagrad["squares"].getData()
    np.testing.assert_allclose([x.max() - x.min(), y.max() - y.min()],
                               1.5 * np.sqrt(traces[2].states["h"][3]))
    assert adagrad["squares"].isVisible() and not adagrad["velocity"].isVisible()
    # Adam: both its moments; the gradient arrow is −η∇f.
    np.testing.assert_allclose(arrow(adam["velocity"])[1] - traces[3].points[3],
                               -traces[3].lr_t[3] * traces[3].states["m"][3])
    np.testing.assert_allclose(arrow(adam["gradient"])[1] - traces[3].points[3], -0.3 * traces[3].grads[3])
    assert adam["squares"].isVisible()
    sgd = section.view.inner[0].items
    assert not sgd["velocity"].isVisible() and not sgd["squares"].isVisible()
    np.testing.assert_allclose(arrow(sgd["step"])[1], section._runs[0][1][4])
    # Each picture can be switched off, and on again; the items are never replaced.
    box = section.race_panel.boxes["velocity"]
    box.click()
    assert not momentum["velocity"].isVisible() and not adam["velocity"].isVisible()
    box.click()
    assert momentum["velocity"].isVisible()
    section.race_panel.boxes["path"].click()
    assert not section.layers[0].curve.isVisible() and section.layers[0].current.isVisible()
    assert [dict(layer.items) for layer in section.view.inner] == items


def test_step_card_writes_out_the_chosen_racers_update(section, qtbot):
    section.apply_preset("optimizers")
    traces = engine_traces()
    panel = section.race_panel
    panel.racer.setCurrentIndex(1)                  # Momentum
    press_step(section, qtbot, 2)
    lines = panel.card.text().splitlines()
    assert lines[0] == "update 3: x_2 → x_3"
    assert lines[1:] == step_card(traces[1], 2)
    assert lines[2].startswith("v ← α·v − η·∇f = 0.9·")
    qtbot.mouseClick(section.playbar.step_button, Qt.LeftButton)
    assert panel.card.text().splitlines()[1:] == step_card(traces[1], 3)
    panel.racer.setCurrentIndex(3)                  # Adam, same step
    assert panel.card.text().splitlines()[1:] == step_card(traces[3], 3)
    panel.racer.setCurrentIndex(0)                  # SGD: x ← x − η∇f with this step's numbers
    assert panel.card.text().splitlines()[2].startswith("x ← x − η·∇f = ")


def test_the_end_table_says_when_f_fell_below_1e_3(section, qtbot):
    section.apply_preset("optimizers")
    traces = engine_traces()
    press_step(section, qtbot, 29)
    assert not section.race_panel.table.isVisible()
    qtbot.mouseClick(section.playbar.step_button, Qt.LeftButton)
    assert section.current_step() == 30 and section.race_panel.table.isVisible()
    rows = section.race_panel.final_rows()
    assert [first for *_, first in rows] == [t.first_below() for t in traces]
    assert rows[2][3] is not None and rows[0][3] is None     # AdaGrad gets there, SGD never
    text = section.race_panel.table.text()
    assert "never" in text and f"step {rows[2][3]}" in text
    tables = section.export_tables()
    assert len(tables) == 2
    final = tables[1][2]
    assert [row[-1] for row in final] == ["never" if t.first_below() is None else t.first_below()
                                          for t in traces]
    np.testing.assert_allclose([[float(v) for v in row[1:3]] for row in final],
                               [t.points[-1] for t in traces], atol=1e-12)
    qtbot.mouseClick(section.playbar.reset_button, Qt.LeftButton)
    assert not section.race_panel.table.isVisible() and len(section.export_tables()) == 1


def test_a_diverging_racer_gets_its_badge_and_no_broken_pictures(section, qtbot):
    section.apply_preset("optimizers")
    row = section.racer_list.rows[0]                # Momentum
    qtbot.waitUntil(row.isVisible, timeout=2000)
    row.edits["lr"].selectAll()
    qtbot.keyClicks(row.edits["lr"], "1e300")      # overflows to inf, then nan
    qtbot.keyClick(row.edits["lr"], Qt.Key_Return)
    assert section.racers()[1] == ("momentum", {"lr": 1e300, "momentum": 0.9})
    assert section._runs[1][3].status == "diverged"
    assert "DIVERGED" in section.status.badge_text(1)
    for k in range(0, 31, 5):
        section.seek(k)
        for curve in section.view.inner[1].items.values():
            x, y = curve.getData()
            if curve.isVisible():
                assert np.all(np.isfinite(x)) and np.all(np.isfinite(y))


def test_each_racer_has_its_own_pictures(section, qtbot):
    section.apply_preset("optimizers")
    press_step(section, qtbot, 3)
    panel = section.race_panel
    momentum, adam = section.view.inner[1].items, section.view.inner[3].items
    panel.target.setCurrentIndex(2)                 # Momentum alone (0 is "all racers")
    panel.boxes["velocity"].click()
    assert not momentum["velocity"].isVisible() and adam["velocity"].isVisible()
    panel.boxes["path"].click()
    assert not section.layers[1].curve.isVisible() and section.layers[3].curve.isVisible()
    panel.target.setCurrentIndex(4)                 # Adam: its boxes show its own choice
    assert panel.boxes["velocity"].isChecked() and panel.boxes["path"].isChecked()
    panel.target.setCurrentIndex(2)
    assert not panel.boxes["velocity"].isChecked()
    panel.target.setCurrentIndex(0)                 # all racers: unticked, as not all draw it
    assert not panel.boxes["velocity"].isChecked()
    panel.boxes["velocity"].click()                 # one click sets every racer
    assert momentum["velocity"].isVisible() and adam["velocity"].isVisible()
    press_step(section, qtbot, 1)                   # the choice holds while the race moves on
    assert not section.layers[1].curve.isVisible() and section.layers[3].curve.isVisible()
