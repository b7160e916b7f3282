"""The gradient section's scene: every control, changed through its widget, comes back in a fresh section."""
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
    return [] if x is None else [np.asarray(x, dtype=float).tolist(), np.asarray(y, dtype=float).tolist()]


def shown(section):
    """What the plot and the read-outs hold."""
    items = (section.contour_curve, section.shaft_curve, section.head_curve)
    marker = [list(v) for v in section.hover_marker.getData()]
    return ([data(item) for item in items], marker,
            {key: label.text() for key, label in section.readouts.values.items()},
            section.function.edit.text(), section.normalise.isChecked(), section.density.value())


def change_everything(section, qtbot):
    section.apply_preset("rosenbrock")          # its own grid range
    type_into(section.function.edit, "(1 - x0)^2 + 10*(x1 - x0^2)^2 + sin(3*x0)")
    qtbot.mouseClick(section.normalise, Qt.LeftButton)
    section.density.setValue(23)
    section.hover_at(0.625, 1.875)


def test_every_control_round_trips_into_a_fresh_section(make_section, qtbot):
    section = make_section()
    change_everything(section, qtbot)
    scene = json.loads(json.dumps(section.capture_scene()))
    assert scene == {"function": "(1 - x0)^2 + 10*(x1 - x0^2)^2 + sin(3*x0)",
                     "grid_range": [[-2.0, 2.0], [-1.0, 3.0]], "arrows": 23, "same_length": False,
                     "point": [0.625, 1.875]}
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)


def test_the_book_preset_round_trips(make_section):
    section = make_section()
    section.apply_preset("book")
    scene = section.capture_scene()
    fresh = make_section()
    fresh.apply_preset("saddle")
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene and shown(fresh) == shown(section)


@pytest.mark.parametrize("change, problem", [
    ({"function": "x0 + x2"}, "function"),
    ({"function": "lambda: 1"}, "function"),
    ({"grid_range": [[2.0, -2.0], [-1.0, 1.0]]}, "grid_range"),
    ({"grid_range": [[-2.0, 2.0]]}, "grid_range"),
    ({"arrows": 61}, "arrows"),
    ({"arrows": 3}, "arrows"),
    ({"same_length": "yes"}, "same_length"),
    ({"point": [1.0, float("inf")]}, "point"),
    ({"legend": True}, "legend"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, qtbot, change, problem):
    section = make_section()
    change_everything(section, qtbot)
    before, pictures = section.capture_scene(), shown(section)
    with pytest.raises(SceneError) as refused:
        section.restore_scene({**before, **change})
    assert problem in str(refused.value.args[0])
    assert section.capture_scene() == before and shown(section) == pictures
