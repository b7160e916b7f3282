"""The descent section's scene: every control saved, restored exactly, and bad values refused."""
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.scene_values import SceneError
from gui.sections.descent import DescentSection
from gui.sections.descent.inner import KINDS
from gui.sections.descent.view import RESIZE_MS


@pytest.fixture
def fresh(qtbot):
    """A second section, as a window that opens a scene file starts with."""
    widget = DescentSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    yield widget
    widget.shutdown()


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def data(item):
    return [np.asarray(a).tolist() for a in item.getData()]


def shown(section):
    """What the section shows: contours, start, paths, pictures, read-outs, the card and the chooser."""
    n = len(section._runs)
    return {
        "contours": data(section.contour_curve),
        "start": data(section.start_marker),
        "paths": [data(section.layers[i].curve) for i in range(n)],
        "path shown": [section.layers[i].curve.isVisible() for i in range(n)],
        "pictures": [{kind: item.isVisible() for kind, item in section.view.inner[i].items.items()}
                     for i in range(n)],
        "x": [section.status.xs[i].text() for i in range(n)],
        "f": [section.status.fs[i].text() for i in range(n)],
        "names": [section.status.names[i].text() for i in range(n)],
        "step": section.status.step.text(),
        "boxes": [box.isChecked() for box in section.race_panel.boxes.values()],
        "card": section.race_panel.card.text(),
        "function": section.function.edit.text(),
        "lr": section.lr.edit.text(),
        "steps": section.steps_edit.text(),
        "race": section.race_edit.text(),
        "table": section.step_table.isVisible(),
        "table rows": section.step_table.rows_shown(),
    }


def settle(qtbot, *sections):
    """Let the plots settle on the region they show (contours follow it after a resize)."""
    qtbot.wait(2 * RESIZE_MS)
    for section in sections:
        qtbot.waitUntil(lambda s=section: s.view.contours.region == s.view.region(), timeout=5000)


def change_everything(section, qtbot):
    """Change the controls through their widgets, as a lecturer would before saving."""
    type_into(qtbot, section.function.edit, "x0^2/4 + sin(x1)^2 + x1^2/2")
    section.set_start(-2.345, 1.5)                       # what a click on the plot does
    type_into(qtbot, section.lr.edit, "0.3")
    type_into(qtbot, section.steps_edit, "40")
    type_into(qtbot, section.race_edit, "0.05")
    section.racer_list.add.click()                        # Momentum, lr = 0.1
    section.racer_list.add.click()
    row = section.racer_list.rows[1]
    row.optimizer.setCurrentIndex(row.optimizer.findData("adam"))
    type_into(qtbot, row.edits["beta1"], "0.8")
    panel = section.race_panel
    panel.target.setCurrentIndex(3)                       # the Momentum racer alone
    panel.boxes["velocity"].click()
    panel.boxes["path"].click()
    panel.target.setCurrentIndex(4)                       # Adam's boxes, untouched
    panel.racer.setCurrentIndex(2)
    section.table_button.click()
    section.step_table.racer.setCurrentIndex(1)
    section.playbar.speed.setValue(31)
    section.playbar.reset_button.click()
    for _ in range(7):
        section.playbar.step_button.click()


def test_capture_holds_every_control(section, qtbot):
    change_everything(section, qtbot)
    values = section.capture_scene()
    assert values["function"] == "x0^2/4 + sin(x1)^2 + x1^2/2" and values["surface"] is None
    assert values["start"] == [-2.35, 1.5] and values["lr"] == 0.3 and values["steps"] == 40
    assert values["race"] == [0.05]
    assert values["racers"] == [{"optimizer": "momentum", "lr": 0.1, "momentum": 0.9},
                                {"optimizer": "adam", "lr": 0.1, "beta1": 0.8, "beta2": 0.999}]
    assert values["pictures"][2] == dict(dict.fromkeys(KINDS, True), velocity=False, path=False)
    assert all(all(p.values()) for i, p in enumerate(values["pictures"]) if i != 2)
    assert (values["draw_for"], values["step_card"], values["table_racer"]) == (4, 2, 1)
    assert values["step_table"] is True and values["step"] == 7 and values["speed"] == 31
    assert values["view"] == [[-4.5, 4.5], [-4.5, 4.5]]
    assert json.loads(json.dumps(values)) == values


def test_restore_into_a_fresh_section_shows_the_same(section, fresh, qtbot):
    change_everything(section, qtbot)
    values = json.loads(json.dumps(section.capture_scene()))    # as read back from a file
    before = shown(fresh)
    fresh.restore_scene(values)
    assert fresh.capture_scene() == values
    settle(qtbot, section, fresh)
    assert shown(fresh) == shown(section)
    assert shown(fresh) != before
    assert not section.layers[2].curve.isVisible() and section.layers[3].curve.isVisible()


@pytest.mark.parametrize("preset", list(DescentSection.PRESETS))
def test_every_preset_round_trips(section, fresh, qtbot, preset):
    section.apply_preset(preset)
    section.seek(3)
    values = section.capture_scene()
    fresh.restore_scene(values)
    assert fresh.capture_scene() == values
    settle(qtbot, section, fresh)
    assert shown(fresh) == shown(section)
    # the race's surfaces keep their exact gradients (and their contours up to f = 7 for fig 6-8)
    assert fresh._gradient is section._gradient and fresh._contour_max == section._contour_max


def test_a_long_run_restored_in_the_background_lands_on_its_step(section, fresh, qtbot):
    section.apply_preset("rosenbrock")
    section.racer_list.add.click()                        # 2 racers × 5000 steps: the worker
    qtbot.waitUntil(lambda: not section.computing(), timeout=30000)
    section.seek(1234)
    section.race_panel.racer.setCurrentIndex(1)
    values = section.capture_scene()
    fresh.restore_scene(values)
    assert fresh.computing()
    assert fresh.capture_scene() == values                # the restored values, before the paths
    qtbot.waitUntil(lambda: not fresh.computing(), timeout=30000)
    qtbot.waitUntil(lambda: fresh.current_step() == 1234, timeout=2000)
    assert fresh.capture_scene() == values
    settle(qtbot, section, fresh)
    assert shown(fresh) == shown(section)


def test_missing_optional_values_take_the_defaults(section, fresh):
    section.apply_preset("optimizers")
    values = section.capture_scene()
    for key in ("race", "pictures", "draw_for", "step_card", "table_racer", "step_table", "step", "speed"):
        del values[key]
    del values["racers"][0]["momentum"]
    fresh.restore_scene(values)
    got = fresh.capture_scene()
    assert got["step"] == 30 and got["race"] == [] and got["racers"][0]["momentum"] == 0.9
    assert got["speed"] == section.capture_scene()["speed"]


BAD = [
    ("function", "__import__('os').system('true')", "function"),
    ("function", "x0 +", "function"),
    ("function", "log(-1 - x0**2)", "not finite anywhere"),
    ("surface", "optimizers", "surface"),            # the book's function has no such gradient
    ("surface", "ridge", "surface"),
    ("view", [[1.0, -1.0], [-4.5, 4.5]], "view.0 needs 'from' < 'to'"),
    ("view", [[-4.5, 4.5], [1.0, 1.0 + 1e-9]], "view.1.1"),
    ("view", [[-4.5, 4.5]], "view"),
    ("start", [0.0, float("nan")], "start.1"),
    ("start", [1e7, 0.0], "start.0"),
    ("lr", 0, "lr"),
    ("lr", 5000.0, "lr"),
    ("steps", 0, "steps"),
    ("steps", 10001, "steps"),
    ("race", [0.1, 0.2, 0.3, 0.4], "race"),
    ("race", ["10"], "race.0"),
    ("racers", [{"optimizer": "lion", "lr": 0.1}], "racers[0].optimizer"),
    ("racers", [{"optimizer": "momentum", "lr": 0.1, "momentum": 1.0}], "racers[0]"),
    ("racers", [{"optimizer": "sgd", "lr": -1.0}], "racers[0]"),
    ("racers", [{"optimizer": "sgd", "lr": 0.1, "beta1": 0.9}], "beta1"),
    ("racers", [{"optimizer": "sgd", "lr": 0.1}] * 6, "racers"),
    ("pictures", [{"path": True}, {"path": True}], "pictures"),
    ("pictures", [{"path": "yes"}], "pictures[0].path"),
    ("pictures", [{"arrows": False}], "arrows"),
    ("draw_for", 2, "draw_for"),
    ("step", 101, "step"),
    ("speed", 41, "speed"),
    ("step_table", 1, "step_table"),
    ("colour", "red", "colour"),
]


@pytest.mark.parametrize("key, value, named", BAD)
def test_a_bad_value_is_refused_and_nothing_changes(section, qtbot, key, value, named):
    section.apply_preset("book")
    section.seek(12)
    values = section.capture_scene()
    before = shown(section)
    with pytest.raises(SceneError) as refused:
        section.restore_scene(dict(values, **{key: value}))
    assert named in str(refused.value)
    assert section.capture_scene() == values
    assert shown(section) == before
