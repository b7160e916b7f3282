"""The network section's scene: every control saved, restored exactly, and bad values refused."""
import json

import numpy as np
import pytest

from engine.networks import BOOK_W
from engine.scene_values import SceneError
from gui.sections.network.scene import MAX_HISTORY


def shown(section):
    """What the section shows: read-outs, the dW heatmap, the nudge plot and the next step."""
    plots = section.nudge_plot
    return {
        "p": section.p_readout.text("p"),
        "loss": section.readouts.text("loss"),
        "argmax": section.readouts.text("argmax"),
        "nudge": [section.nudge_readouts.text(k) for k in ("new_loss", "actual", "predicted", "error")],
        "dW": section.heatmap.image.image.tolist(),
        "W cells": [[section.net_box.W_grid.item(i, j).text() for j in range(3)] for i in range(2)],
        "curve": [np.asarray(a).tolist() for a in plots.actual.getData()],
        "marker": [np.asarray(a).tolist() for a in plots.marker.getData()],
        "weight": section.nudge_box.weight.currentText(),
        "delta box": section.nudge_box.delta.value(),
        "slider": section.nudge_box.slider.value(),
        "t": section.net_box.t_combo.currentIndex(),
        "lr box": section.descent_box.lr.edit.text(),
        "steps box": section.descent_box.steps.edit.text(),
        "losses": [np.asarray(a).tolist() for a in section.descent_plots.loss_curve.getData()],
        "weights": [[np.asarray(a).tolist() for a in curve.getData()]
                    for curve in section.descent_plots.weight_curves],
        "current": [np.asarray(a).tolist() for a in section.descent_plots.current.getData()],
        "next": [np.asarray(a).tolist() for a in section.descent_plots.next_step.getData()],
        "status": section.descent_box.status.text(),
        "tab": section.tabs.currentIndex(),
    }


def change_everything(section):
    """Change the controls through their widgets, as a lecturer would before saving."""
    box = section.net_box
    box.seed.setValue(7)
    box.randomise.click()
    box.W_grid.type_value(0, 1, "0.25")
    box.x_grid.type_value(0, 0, "−1.3")
    box.t_combo.setCurrentIndex(1)
    section.descent_box.lr.edit.setText("0.7")
    section.descent_box.lr.edit.editingFinished.emit()
    section.descent_box.steps.edit.setText("12")
    section.descent_box.steps.edit.editingFinished.emit()
    section.descent_box.step_button.click()          # a gradient step (a kept nudge starts afresh)
    section.nudge_box.weight.setCurrentIndex(4)      # w22
    section.nudge_box.h.setValue(0.05)
    section.nudge_box.plus.click()
    section.nudge_box.plus.click()
    section.nudge_box.keep.click()                   # W ← W + δ, δ back to 0
    section.nudge_box.minus.click()                  # δ = −0.05
    section.descent_box.step_button.click()          # two steps from there: the descent plot's history
    section.descent_box.step_button.click()
    section.tabs.setCurrentIndex(1)


def test_capture_holds_every_control(section):
    change_everything(section)
    values = section.capture_scene()
    assert set(values) == {"W", "x", "t", "seed", "weight", "delta", "h", "lr", "steps", "tab", "history"}
    assert len(values["history"]) == 2 and values["history"][1]["W"] != values["W"]
    assert values["x"] == [-1.3, 0.9] and values["t"] == 1 and values["seed"] == 7
    assert values["W"] == section.net_box.W_grid.values().tolist()
    assert values["W"][0][1] != 0.25            # the step moved it after it was typed
    assert (values["weight"], values["h"], values["lr"], values["steps"]) == ("w22", 0.05, 0.7, 12)
    assert values["delta"] == pytest.approx(-0.05) and values["tab"] == "descent"
    assert json.loads(json.dumps(values)) == values


def test_restore_into_a_fresh_section_shows_the_same(section, fresh):
    change_everything(section)
    values = json.loads(json.dumps(section.capture_scene()))   # as read back from a file
    before = shown(fresh)
    fresh.restore_scene(values)
    assert fresh.capture_scene() == values
    assert shown(fresh) == shown(section)
    assert shown(fresh) != before
    # the steps came back too: Reset goes to the W before them, in both
    section.reset()
    fresh.reset()
    assert fresh.capture_scene() == section.capture_scene()
    assert fresh.capture_scene()["W"] == values["history"][0]["W"]


def test_a_long_history_is_left_out(section, fresh):
    section.descent_box.steps.setValue(MAX_HISTORY + 1)
    section.descent_box.run_button.click()
    section.finish_run()
    values = section.capture_scene()
    assert values["history"] == [] and values["W"] != BOOK_W.tolist()
    fresh.restore_scene(values)
    assert fresh.capture_scene() == values
    assert len(fresh.descent_plots.loss_curve.getData()[0]) == 1      # step 0 at the W reached


def test_every_preset_round_trips(section, fresh):
    for name in section.PRESETS:
        section.apply_preset(name)
        values = section.capture_scene()
        fresh.restore_scene(values)
        assert fresh.capture_scene() == values, name
        assert shown(fresh) == shown(section), name      # "descend": its 50 steps too


def test_missing_optional_values_take_the_defaults(section):
    values = section.capture_scene()
    for key in ("seed", "h", "tab"):
        del values[key]
    section.nudge_box.h.setValue(0.3)
    section.restore_scene(values)
    got = section.capture_scene()
    assert (got["seed"], got["h"], got["tab"]) == (0, 0.01, "nudge")


@pytest.mark.parametrize("key, value, named", [
    ("W", [[1, 2, 3]], "W"),
    ("W", [[1, 2, "3"], [4, 5, 6]], "W.0.2"),
    ("W", [[-1e308, -1e308, -1e308], [1e308, 1e308, 1e308]], "overflows"),
    ("x", [0.6], "x"),
    ("x", [0.6, True], "x.1"),
    ("t", 3, "t"),
    ("weight", "w31", "weight"),
    ("delta", 3.5, "delta"),
    ("h", 0.0, "h"),
    ("lr", 0.0, "lr"),
    ("lr", 1e4, "lr"),
    ("steps", 0, "steps"),
    ("steps", 2.5, "steps"),
    ("tab", "loss", "tab"),
    ("colour", "red", "colour"),
    ("history", [{"W": [[1, 2, 3], [4, 5, float("nan")]]}], "history[0].W.1.2"),
    ("history", [{"W": [[-1e308] * 3, [1e308] * 3]}], "history[0].W"),
    ("history", [{"W": BOOK_W.tolist()}] * (MAX_HISTORY + 1), "history"),
    ("history", [BOOK_W.tolist()], "history[0]"),
])
def test_a_bad_value_is_refused_and_nothing_changes(section, key, value, named):
    change_everything(section)
    values = section.capture_scene()
    before = shown(section)
    bad = dict(values, **{key: value})
    with pytest.raises(SceneError) as refused:
        section.restore_scene(bad)
    assert named in str(refused.value)
    assert section.capture_scene() == values
    assert shown(section) == before


def test_a_scene_that_is_not_an_object_is_refused(section):
    with pytest.raises(SceneError):
        section.restore_scene([1, 2, 3])
    assert section.capture_scene()["W"] == BOOK_W.tolist()
