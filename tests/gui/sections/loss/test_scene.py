"""The loss section's scene: captured after changes through the widgets, restored into a fresh section."""
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.scene_values import SceneError
from tests.gui.sections.test_loss import fake_mnist


def heights(bars):
    return np.asarray(bars.opts["height"], dtype=float)


def shown(section):
    """What the output tab shows: bars, read-outs and the −log y marker."""
    out = section.output
    return (heights(out.y_bars).tolist(), heights(out.t_bars).tolist(), out.mse_value.text(),
            out.ce_value.text(), out.mse_full.text(), out.ce_full.text(),
            [list(v) for v in section.curve.marker.getData()], section.tabs.currentIndex())


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def test_output_in_normalise_mode_round_trips(make_section, qtbot):
    section = make_section()
    out = section.output
    qtbot.mouseClick(out.label_group.button(7), Qt.LeftButton)
    type_into(out.edits[3], "0.25")
    type_into(out.edits[7], "0.4")
    section.show_tab(1)
    scene = section.capture_scene()
    assert scene["label"] == 7 and scene["mode"] == "normalise" and scene["tab"] == "curve"
    assert scene["y"][7] == 0.4 and abs(sum(scene["y"]) - 1) < 1e-12
    scene = json.loads(json.dumps(scene))   # through the file's JSON

    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)


def test_logits_and_the_batch_and_accuracy_tabs_round_trip(make_section, qtbot):
    section = make_section()
    section.batch.loader = fake_mnist()
    out = section.output
    qtbot.mouseClick(out.logits_radio, Qt.LeftButton)
    type_into(out.edits[4], "3.5")
    qtbot.mouseClick(out.label_group.button(4), Qt.LeftButton)
    section.show_tab(3)
    section.accuracy.weight.setCurrentIndex(2)
    section.accuracy.half_width.setValue(5.5)
    section.accuracy.slider.setValue(400)
    section.show_tab(2)
    section.batch.batch_size.setValue(25)
    section.batch.seed.setValue(11)
    section.batch.network_combo.setCurrentIndex(1)
    scene = json.loads(json.dumps(section.capture_scene()))
    assert scene["mode"] == "logits" and scene["logits"][4] == 3.5 and "y" not in scene
    assert (scene["batch_size"], scene["seed"], scene["network"], scene["tab"]) == (25, 11, "wild", "batch")
    assert scene["weight"] == "W1[0,1]" and scene["half_width"] == 5.5

    fresh = make_section()
    fresh.batch.loader = fake_mnist()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)
    assert np.array_equal(fresh.batch.batch_mask, section.batch.batch_mask)
    assert fresh.batch.label_mean.text() == section.batch.label_mean.text()
    assert heights(fresh.batch.loss_bars).tolist() == heights(section.batch.loss_bars).tolist()
    assert fresh.accuracy.readouts["w"].text() == section.accuracy.readouts["w"].text()
    assert fresh.accuracy.readouts["loss"].text() == section.accuracy.readouts["loss"].text()


def test_a_book_preset_keeps_the_books_printed_values(make_section):
    section = make_section()
    section.apply_preset("book-example-2")
    scene = section.capture_scene()
    assert scene["book_values"] == "book-example-2"
    fresh = make_section()
    fresh.restore_scene(scene)
    assert "book prints: 2.3025840929945458" in fresh.output.ce_full.text()
    assert fresh.capture_scene() == scene


@pytest.mark.parametrize("change, problem", [
    ({"label": 10}, "label"),
    ({"y": [0.5] * 10}, "add up to 1"),
    ({"y": [0.1] * 9}, "y"),
    ({"mode": "softmax"}, "mode"),
    ({"tab": "nowhere"}, "tab"),
    ({"batch_size": 0}, "batch_size"),
    ({"weight": "W9[0,0]"}, "weight"),
    ({"half_width": float("nan")}, "half_width"),
    ({"colour": "red"}, "colour"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, qtbot, change, problem):
    section = make_section()
    qtbot.mouseClick(section.output.label_group.button(5), Qt.LeftButton)
    before = section.capture_scene()
    pictures = shown(section)
    scene = {**before, **change}
    with pytest.raises(SceneError) as refused:
        section.restore_scene(scene)
    assert problem in str(refused.value.args[0])
    assert section.capture_scene() == before and shown(section) == pictures
