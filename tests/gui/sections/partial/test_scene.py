"""The partial section's scene: every control, changed through its widget, comes back in a fresh section."""
import json

import numpy as np
import pytest

from engine.scene_values import SceneError
from gui.sections.partial.surface import SurfaceView


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def data(item):
    x, y = item.getData()
    return [] if x is None else [[None if np.isnan(v) else v for v in np.asarray(a, dtype=float)]
                                 for a in (x, y)]


def shown(section):
    """What the heatmap, the slices and the read-outs hold."""
    slices = [data(item) for s in (section.slice0, section.slice1)
              for item in (s.curve, s.numeric, s.analytic, s.point)]
    image = section.heatmap.image.image
    return (slices, None if image is None else np.nan_to_num(image, nan=-1e300).tolist(),
            {key: label.text() for key, label in section.readouts.values.items()},
            section.function.edit.text(), section.derivative_label.text(), section.tabs.currentIndex(),
            tuple(section.heatmap.target.pos()))


def change_everything(section):
    type_into(section.function.edit, "x0^2 * sin(x1) + exp(x0/3)")
    section.range_input.range_from.setValue(-2.5)
    section.range_input.range_to.setValue(4.0)
    section.x0_box.setValue(1.75)
    section.x1_box.setValue(-0.5)
    type_into(section.h.edit, "1e-3")


def test_every_control_round_trips_into_a_fresh_section(make_section):
    section = make_section()
    change_everything(section)
    scene = json.loads(json.dumps(section.capture_scene()))
    assert scene == {"function": "x0^2 * sin(x1) + exp(x0/3)", "range": [-2.5, 4.0],
                     "point": [1.75, -0.5], "h": 1e-3, "view": "heatmap"}
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)


def test_the_surface_view_is_kept_where_opengl_works(make_section, monkeypatch):
    section = make_section()
    scene = {**section.capture_scene(), "view": "surface"}
    with monkeypatch.context() as patch:   # as if the 3-D view had been built
        patch.setattr(SurfaceView, "build", lambda self: True)
        section.restore_scene(scene)
        assert section.capture_scene()["view"] == "surface"
    # Without OpenGL the heatmap shows the same function, and a note says why.
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene()["view"] == "heatmap"
    assert "OpenGL" in fresh.message.text()


@pytest.mark.parametrize("change, problem", [
    ({"function": "x0 + y"}, "function"),
    ({"function": "open('x')"}, "function"),
    ({"range": [1.0, 1.0]}, "range"),
    ({"point": [9.0, 0.0]}, "point"),
    ({"point": [1.0]}, "point"),
    ({"h": 0}, "h"),
    ({"view": "3d"}, "view"),
    ({"camera": [1, 2]}, "camera"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, change, problem):
    section = make_section()
    change_everything(section)
    before, pictures = section.capture_scene(), shown(section)
    with pytest.raises(SceneError) as refused:
        section.restore_scene({**before, **change})
    assert problem in str(refused.value.args[0])
    assert section.capture_scene() == before and shown(section) == pictures
