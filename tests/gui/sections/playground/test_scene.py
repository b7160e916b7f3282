"""The playground's scene: data, added points, network and settings come back in a fresh section."""
import json

import numpy as np
import pytest

from engine.scene_values import SceneError


def points(item):
    x, y = item.getData()
    return np.column_stack([x, y]).tolist()


def shown(section):
    """What the plane, the graph and the loss plot hold (the untrained network of the scene)."""
    return (points(section.plane.train_points), points(section.plane.test_points),
            section.plane.image.image.tolist(), [list(v) for v in section.losses()],
            section.panel.values(), section.panel.clicked_class(), section._selected,
            section.playbar.speed.value(), section.plane.plot_item.titleLabel.text)


def change_everything(section, qtbot):
    section.apply_preset("spiral")
    section.panel.noise.setValue(15)                        # new points
    section.panel.ratio.setValue(70)
    section.panel.feature_boxes["x0·x1"].setChecked(True)  # a new network
    section.panel.feature_boxes["sin x1"].setChecked(True)
    section.panel.hidden_edit.setText("5, 3, 2")
    section.panel.hidden_edit.editingFinished.emit()
    section.panel.activation.setCurrentIndex(section.panel.activation.findData("relu"))
    section.panel.optimizer.setCurrentIndex(section.panel.optimizer.findData("momentum"))
    section.panel.decay.setCurrentIndex(section.panel.decay.findData(1e-3))
    section.panel.batch.setValue(16)
    section.panel.lr.setValue(0.02)
    section.panel.click_class.setCurrentIndex(1)            # class 0 (orange)
    section.add_point(1.234, -2.345)
    section.panel.click_class.setCurrentIndex(0)
    section.add_point(-4.5, 0.25)
    section.playbar.speed.setValue(33)
    section.select_node((2, 1))
    section.reset()                                         # the untrained network, points kept
    section.select_node((2, 1))


def test_every_control_and_the_added_points_round_trip(make_section, qtbot):
    section = make_section()
    change_everything(section, qtbot)
    scene = json.loads(json.dumps(section.capture_scene()))
    assert scene["added_points"] == [[1.23, -2.35, 0], [-4.5, 0.25, 1]]
    assert (scene["dataset"], scene["noise"], scene["test_ratio"]) == ("spiral", 0.15, 1 - 0.7)
    assert scene["features"] == ["x0", "x1", "x0·x1", "sin x1"] and scene["hidden"] == [5, 3, 2]
    assert (scene["activation"], scene["optimizer"], scene["weight_decay"], scene["batch_size"],
            scene["lr"], scene["click_class"], scene["shown"], scene["speed"]) == \
        ("relu", "momentum", 1e-3, 16, 0.02, 1, [2, 1], 33)
    fresh = make_section()
    fresh.restore_scene(scene)
    assert fresh.capture_scene() == scene
    assert shown(fresh) == shown(section)
    assert fresh.iteration() == 0 and not fresh.is_playing()


def test_every_preset_round_trips(make_section):
    section, fresh = make_section(), make_section()
    for name in section.PRESETS:
        section.apply_preset(name)
        scene = section.capture_scene()
        fresh.restore_scene(scene)
        assert fresh.capture_scene() == scene and shown(fresh) == shown(section), name


@pytest.mark.parametrize("change, problem", [
    ({"dataset": "moons"}, "dataset"),
    ({"n_samples": 1}, "n_samples"),
    ({"noise": 0.9}, "noise"),
    ({"test_ratio": 0.0}, "test_ratio"),
    ({"added_points": [[1.0, 2.0, 2]]}, "added_points[0]"),
    ({"added_points": [[1.0, 99.0, 1]]}, "added_points"),
    ({"added_points": "many"}, "added_points"),
    ({"features": []}, "features"),
    ({"features": ["x0", "x0"]}, "features"),
    ({"features": ["x2"]}, "features"),
    ({"hidden": [4, 9]}, "hidden"),
    ({"hidden": [1, 1, 1, 1, 1, 1, 1]}, "hidden"),
    ({"hidden": [2.5]}, "hidden"),
    ({"activation": "softmax"}, "activation"),
    ({"optimizer": "lbfgs"}, "optimizer"),
    ({"lr": 0}, "lr"),
    ({"weight_decay": 0.5}, "weight_decay"),
    ({"batch_size": -1}, "batch_size"),
    ({"shown": [1, 7]}, "shown"),
    ({"speed": 41}, "speed"),
    ({"weights": [[1.0]]}, "weights"),
])
def test_a_bad_value_is_refused_and_nothing_changes(make_section, change, problem):
    section = make_section()
    section.apply_preset("circle")
    section.add_point(0.5, -0.75)
    section.select_node((1, 2))
    before, pictures = section.capture_scene(), shown(section)
    with pytest.raises(SceneError) as refused:
        section.restore_scene({**before, **change})
    assert problem in str(refused.value.args[0])
    assert section.capture_scene() == before and shown(section) == pictures
