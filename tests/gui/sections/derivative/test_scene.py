"""The derivative section's scene: every control, changed through its widget, returns in a fresh section."""
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.scene_values import SceneError


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def data(item):
    x, y = item.getData()
    # nan (no error to draw at that h) as None, so that equal pictures compare equal
    return [] if x is None else [[None if np.isnan(v) else v for v in np.asarray(a, dtype=float)]
                                 for a in (x, y)]


def shown(section):
    """What the plots and read-outs hold."""
    figures = section.figures
    return ([data(item) for item in (figures.curve, figures.numeric_tangent, figures.analytic_tangent,
                                     figures.pinned_tangents, figures.error, figures.other_error)],
            {key: label.text() for key, label in section.readouts.values.items()},
            section.pinned_label.text(), section.function.edit.text(), section.derivative_label.text())


def change_everything(section, qtbot):
    type_into(section.function.edit, "sin(x)^2 + 0.5*x")
    section.range_input.range_from.setValue(-3.0)
    section.range_input.range_to.setValue(6.5)
    section.x_box.setValue(1.25)
    qtbot.mouseClick(section.pin_button, Qt.LeftButton)
    section.x_box.setValue(-2.5)
    qtbot.mouseClick(section.pin_button, Qt.LeftButton)
    section.x_box.setValue(0.75)
    type_into(section.h.edit, "3e-7")
    section.scheme.setCurrentIndex(section.scheme.findData("forward"))
    section.precision.setCurrentIndex(section.precision.findData("float32"))


def test_every_control_round_trips_into_a_fresh_section(make_section, qtbot):
    section = make_section()
    change_everything(section, qtbot)
    scene = json.loads(json.dumps(section.capture_scene()))
    assert scene == {"function": "sin(x)^2 + 0.5*x", "range": [-3.0, 6.5], "x": 0.75, "h": 3e-7,
                     "scheme": "forward", "precision": "float32", "pinned": [1.25, -2.5]}
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)


def test_the_book_preset_round_trips(make_section):
    section = make_section()
    section.apply_preset("bad-implementation")
    scene = section.capture_scene()
    assert scene["h"] == 10e-50 and scene["scheme"] == "forward"
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene and shown(fresh) == shown(section)
    assert fresh.readouts.values["numeric"].text() == "0.0"


@pytest.mark.parametrize("change, problem", [
    ({"function": "__import__('os')"}, "function"),
    ({"function": "x +"}, "function"),
    ({"range": [5.0, 1.0]}, "range"),
    ({"x": 30.0}, "x"),
    ({"h": 0.0}, "h"),
    ({"h": -1e-4}, "h"),
    ({"scheme": "backward"}, "scheme"),
    ({"precision": "float16"}, "precision"),
    ({"pinned": [1.0, "two"]}, "pinned"),
    ({"pinned": [0.5] * 51}, "pinned"),
    ({"zoom": 2}, "zoom"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, qtbot, change, problem):
    section = make_section()
    change_everything(section, qtbot)
    before, pictures = section.capture_scene(), shown(section)
    with pytest.raises(SceneError) as refused:
        section.restore_scene({**before, **change})
    assert problem in str(refused.value.args[0])
    assert section.capture_scene() == before and shown(section) == pictures


def test_a_missing_pin_list_means_no_pins(make_section):
    section = make_section()
    section.apply_preset("book")
    scene = section.capture_scene()
    del scene["pinned"]
    section.restore_scene(scene)
    assert section.capture_scene()["pinned"] == [] and section.pinned_label.text() == ""
