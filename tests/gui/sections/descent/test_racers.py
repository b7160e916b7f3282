"""Optimizers racing in the descent section (6.1, fig 6-8): racers, their settings, bad values, presets."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.expressions import parse
from engine.optimizer_race import MAX_RACERS, SURFACES, race


def apply(section, qtbot, name):
    """A preset, and the racers' rows on screen (a layout shows new rows on the next event loop pass)."""
    section.apply_preset(name)
    qtbot.waitUntil(lambda: all(row.isVisible() for row in section.racer_list.rows), timeout=2000)


def type_into(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def curve(section, i):
    x, y = section.layers[i].curve.getData()
    return np.column_stack((x, y))


def engine_points(surface, racer):
    f = parse(surface.text, ("x0", "x1"))
    return race(f, surface.start, [racer], surface.steps, surface.gradient)[0].points


@pytest.mark.parametrize("name", ["optimizers", "saddle-escape", "plateau"])
def test_presets_race_the_engines_optimizers_with_exact_gradients(section, name):
    section.apply_preset(name)
    surface = SURFACES[name]
    assert [(n, h["lr"]) for n, h in section.racers()] == [(n, h["lr"]) for n, h in surface.racers]
    assert section.lr.value() == surface.racers[0][1]["lr"]
    assert section._step_num == surface.steps
    for i, racer in enumerate(surface.racers):
        expected = engine_points(surface, racer)
        np.testing.assert_allclose(section._runs[i][1], expected, rtol=0, atol=1e-12)
        assert section.layers[i].curve.isVisible()
    assert not section.layers[len(surface.racers)].curve.isVisible()


def test_fig_6_8_sgd_zigzags_and_adagrad_settles(section):
    """Fig 6-8: SGD zigzags across the narrow y direction; AdaGrad's shrinking steps settle in."""
    section.apply_preset("optimizers")
    names = [section.status.names[i].text() for i in range(4)]
    assert names == ["SGD, lr = 0.95", "Momentum, lr = 0.1", "AdaGrad, lr = 1.5", "Adam, lr = 0.3"]
    assert section.current_step() == 30
    travel_y = [np.abs(np.diff(curve(section, i)[:, 1])).sum() for i in range(4)]
    assert travel_y[0] > 2 * max(travel_y[1:])
    values = [section._runs[i][2][-1] for i in range(4)]
    assert values[2] < 1e-3 < min(values[0], values[1], values[3])


def test_adding_a_racer_and_choosing_its_optimizer(section, qtbot):
    section.apply_preset("book")
    racers = section.racer_list
    qtbot.mouseClick(racers.add, Qt.LeftButton)
    qtbot.waitUntil(lambda: racers.rows[0].isVisible(), timeout=2000)
    assert section.racers() == [("sgd", {"lr": 0.1}), ("momentum", {"lr": 0.1, "momentum": 0.9})]
    assert section.layers[1].curve.isVisible()
    momentum_path = curve(section, 1).copy()
    row = racers.rows[0]
    assert set(row.edits) == {"lr", "momentum"}
    row.optimizer.setFocus()
    qtbot.keyClick(row.optimizer, Qt.Key_End)       # the last optimizer: Adam
    assert row.racer() == ("adam", {"lr": 0.1, "beta1": 0.9, "beta2": 0.999})
    assert set(row.edits) == {"lr", "beta1", "beta2"}
    assert not np.array_equal(curve(section, 1), momentum_path)
    type_into(qtbot, row.edits["lr"], "0.5")
    assert section.racers()[1] == ("adam", {"lr": 0.5, "beta1": 0.9, "beta2": 0.999})
    f = lambda x0, x1: x0 ** 2 + x1 ** 2   # noqa: E731
    expected = race(f, (-3.0, 4.0), [section.racers()[1]], 100)[0].points
    np.testing.assert_array_equal(section._runs[1][1], expected)
    qtbot.mouseClick(row.remove, Qt.LeftButton)
    assert section.racers() == [("sgd", {"lr": 0.1})] and not section.layers[1].curve.isVisible()


@pytest.mark.parametrize("key, text", [("momentum", "1"), ("momentum", "-0.1"), ("lr", "0"), ("lr", "-1"),
                                       ("lr", "inf"), ("lr", "nan"), ("lr", "abc")])
def test_bad_settings_are_explained_and_the_previous_values_stay(section, qtbot, key, text):
    apply(section, qtbot, "optimizers")
    row = section.racer_list.rows[0]                # Momentum, lr = 0.1
    before, path = section.racers(), curve(section, 1).copy()
    type_into(qtbot, row.edits[key], text)
    assert row.error.isVisibleTo(section) and row.error.text()
    assert section.racers() == before
    assert row.edits[key].text() == {"lr": "0.1", "momentum": "0.9"}[key]
    np.testing.assert_array_equal(curve(section, 1), path)
    type_into(qtbot, row.edits[key], "0.5")        # a good value clears the explanation
    assert not row.error.isVisibleTo(section) and section.racers()[1][1][key] == 0.5


@pytest.mark.parametrize("key, text", [("beta1", "1"), ("beta2", "1.5"), ("beta2", "-0.001")])
def test_adams_betas_must_lie_in_0_1(section, qtbot, key, text):
    apply(section, qtbot, "optimizers")
    row = section.racer_list.rows[2]                # Adam
    type_into(qtbot, row.edits[key], text)
    assert row.error.isVisibleTo(section)
    assert section.racers()[3] == ("adam", {"lr": 0.3, "beta1": 0.9, "beta2": 0.999})


def test_a_seventh_racer_is_refused(section, qtbot):
    section.apply_preset("race")                    # three learning rates
    racers = section.racer_list
    for _ in range(3):
        qtbot.mouseClick(racers.add, Qt.LeftButton)
    assert len(section.racers()) == MAX_RACERS and not racers.error.isVisibleTo(section)
    assert all(layer.curve.isVisible() for layer in section.layers)
    qtbot.mouseClick(racers.add, Qt.LeftButton)
    assert racers.error.isVisibleTo(section) and len(section.racers()) == MAX_RACERS
    # Nor may the race field crowd the optimizers out: its previous rates stay.
    type_into(qtbot, section.race_edit, "10, 1e-10, 0.5")
    assert section.race_error.isVisible() and section.rates() == [0.1, 10.0, 1e-10]
    assert section.race_edit.text() == "10, 1e-10"
    qtbot.mouseClick(racers.rows[-1].remove, Qt.LeftButton)
    assert not racers.error.isVisibleTo(section) and len(section.racers()) == MAX_RACERS - 1


def test_a_typed_function_uses_the_numerical_gradient(section, qtbot):
    apply(section, qtbot, "optimizers")
    type_into(qtbot, section.function.edit, "x0**2 + x1**2")
    assert section._gradient is None and len(section.racers()) == 4
    f = section.function.expression()
    expected = race(f, (-7.0, 2.0), [section.racers()[1]], 30)[0].points    # central differences
    np.testing.assert_array_equal(section._runs[1][1], expected)


def test_a_refused_setting_is_said_again_in_the_new_language(section, qtbot, translations):
    apply(section, qtbot, "optimizers")
    row = section.racer_list.rows[0]
    type_into(qtbot, row.edits["momentum"], "1")
    english = row.error.text()
    assert "[0, 1)" in english and "0.9" in english
    translations.set_language("ja")
    assert row.error.text() != english and "[0, 1)" in row.error.text() and "0.9" in row.error.text()
    assert section.racer_list.add.text() == "走者を追加"
    assert row.edits["momentum"].toolTip() == "モーメンタム"


@pytest.mark.parametrize("language", ["en", "ja", "zh_CN"])
def test_nine_presets_still_fit_a_1024_pixel_window(window, qtbot, translations, language):
    translations.set_language(language)
    descent = window.show_section("descent")
    buttons = descent._preset_buttons
    qtbot.waitUntil(lambda: buttons["plateau"].isVisible(), timeout=2000)
    assert buttons["optimizers"].y() > buttons["book"].y() + buttons["book"].height() // 2
    assert window.minimumSizeHint().width() <= 1024
