"""The playground section driven like a person: keys, buttons, typing, clicks and hovering."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from engine.playground import MAX_LAYERS, PlaygroundTrainer, make_points
from gui import export


@pytest.fixture
def section(window):
    return window.show_section("playground")


def focus_section_list(window, qtbot):
    """As a lecturer who just picked the section in the list: the window active, the list focused."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.nav.setFocus()


def plane_pixels(section):
    return section.plane.image.image.copy()


def wait_iterations(qtbot, section, n, timeout=10000):
    qtbot.waitUntil(lambda: section.iteration() >= n, timeout=timeout)


def headless(config, steps, train=None, test=None):
    points = make_points(config) if train is None else (train, test)
    trainer = PlaygroundTrainer(config, *points)
    for _ in range(steps):
        trainer.step()
    return trainer


def test_opens_on_xor_with_the_untrained_boundary_and_a_hint(section):
    pixels = plane_pixels(section)
    assert pixels.shape == (100, 100) and len(np.unique(pixels)) > 20      # a map, not an empty plot
    assert section._config.dataset == "xor" and section.iteration() == 0
    x, y = section.plane.train_points.getData()
    assert len(x) == len(section._train[0]) > 0
    assert "Play" in section.message.text() and not section.is_playing()
    columns = [c for c in section.graph.columns if c.isVisible()]
    assert len(columns) == 3 and columns[1].image.shape[0] > columns[2].image.shape[0]   # 4 neurons, 1 output


def test_space_plays_and_the_boundary_forms(window, section, qtbot):
    before = plane_pixels(section)
    image = section.plane.image
    focus_section_list(window, qtbot)
    qtbot.keyClick(window.nav, Qt.Key_Space)
    assert section.is_playing() and section.playbar.play.isChecked()
    wait_iterations(qtbot, section, 300)
    qtbot.keyClick(window.nav, Qt.Key_Space)
    assert not section.is_playing()
    assert section.plane.image is image and not np.array_equal(plane_pixels(section), before)
    train, test = section.losses()
    assert len(train) == section.epoch() + 1 and train[-1] < train[0]
    assert section.loss_plot.train.getData()[1][-1] == train[-1]


def test_each_step_is_one_update_and_matches_the_run_made_headless(window, section, qtbot):
    focus_section_list(window, qtbot)
    for k in range(1, 26):
        qtbot.keyClick(window.nav, Qt.Key_Right)
        wait_iterations(qtbot, section, k)
        assert section.iteration() == k
    reference = headless(section._config, 25)
    train, test = section.losses()
    np.testing.assert_array_equal(train, reference.train_loss)
    np.testing.assert_array_equal(test, reference.test_loss)
    np.testing.assert_array_equal(section._latest.params["W1"], reference.network.params["W1"])


def test_reset_goes_back_to_the_untrained_network(window, section, qtbot):
    start = plane_pixels(section)
    section.playbar.play.click()
    wait_iterations(qtbot, section, 100)
    section.playbar.reset_button.click()
    assert section.iteration() == 0 and not section.is_playing()
    np.testing.assert_array_equal(plane_pixels(section), start)
    assert len(section.losses()[0]) == 1


@pytest.mark.parametrize("text", ["0", "-0.5", "nan", "inf"])
def test_a_learning_rate_that_cannot_train_is_refused_inline(section, qtbot, text):
    lr = section.panel.lr
    lr.edit.setText(text)
    lr.edit.editingFinished.emit()
    assert lr.error.isVisible() and lr.error.text()
    assert section._config.lr == 0.1 and lr.value() == 0.1


def test_a_typed_learning_rate_reaches_the_running_network(section, qtbot):
    lr = section.panel.lr
    lr.edit.setText("0.5")
    lr.edit.editingFinished.emit()
    assert not lr.error.isVisible() and section._config.lr == 0.5
    section.step()
    wait_iterations(qtbot, section, 1)
    reference = headless(section._config, 1)           # lr 0.5 from the first step
    np.testing.assert_array_equal(section._latest.params["W1"], reference.network.params["W1"])


def test_layers_grow_with_plus_up_to_six_then_the_button_stops(section, qtbot):
    panel = section.panel
    for _ in range(MAX_LAYERS + 2):
        if panel.layer_plus.isEnabled():
            qtbot.mouseClick(panel.layer_plus, Qt.LeftButton)
    assert len(section._config.hidden) == MAX_LAYERS and not panel.layer_plus.isEnabled()
    assert sum(c.isVisible() for c in section.graph.columns) == MAX_LAYERS + 2
    qtbot.mouseClick(panel.layer_rows[0][2], Qt.LeftButton)        # layer 1: one neuron more
    assert section._config.hidden[0] == 5 and section.graph.sizes[1] == 5
    while panel.layer_minus.isEnabled():
        qtbot.mouseClick(panel.layer_minus, Qt.LeftButton)
    assert section._config.hidden == () and section.graph.sizes == [2, 1]


@pytest.mark.parametrize("typed, words", [("8, 8, 8, 8, 8, 8, 8", "at most 6"), ("4, 0", "got 0"),
                                          ("9", "got 9"), ("four", "four")])
def test_typed_layers_the_playground_cannot_draw_are_refused(section, typed, words):
    edit = section.panel.hidden_edit
    edit.setText(typed)
    edit.editingFinished.emit()
    assert section.panel.hidden_error.isVisible() and words in section.panel.hidden_error.text()
    assert section._config.hidden == (4,) and section.graph.sizes == [2, 4, 1]
    edit.setText("3, 2")
    edit.editingFinished.emit()
    assert not section.panel.hidden_error.isVisible() and section.graph.sizes == [2, 3, 2, 1]


def view_to_widget(widget, x, y):
    scene = widget.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return widget.mapFromScene(scene)


def test_a_click_on_the_plane_adds_a_training_point_of_the_chosen_class(section, qtbot):
    n = len(section._train[0])
    section.panel.click_class.setCurrentIndex(1)           # an orange point (class 0)
    qtbot.mouseClick(section.plane.viewport(), Qt.LeftButton, pos=view_to_widget(section.plane, 2.0, 3.0))
    x, t = section._train
    assert len(x) == n + 1 and t[-1] == 0
    np.testing.assert_allclose(x[-1], [2.0, 3.0], atol=0.1)
    assert len(section.plane.train_points.getData()[0]) == n + 1
    section.step()
    qtbot.waitUntil(lambda: section.iteration() == 1)
    reference = headless(section._config, 1, section._train, section._test)
    np.testing.assert_array_equal(section._latest.params["W1"], reference.network.params["W1"])
    rows = section.export_tables()[0][2]
    assert len(rows) == len(x) + len(section._test[0])
    assert rows[n][1:] == (repr(float(x[-1][0])), repr(float(x[-1][1])), 0)


def test_a_click_on_a_neuron_shows_its_map_large_and_again_goes_back(section, qtbot):
    output = plane_pixels(section)
    left, bottom, side = section.graph.node_rect(1, 2)
    at = view_to_widget(section.graph, left + side / 2, bottom + side / 2)
    qtbot.mouseClick(section.graph.viewport(), Qt.LeftButton, pos=at)
    assert section._selected == (1, 2) and "neuron 3" in section.plane.plot_item.titleLabel.text
    assert not np.array_equal(plane_pixels(section), output)
    line, _ = section.plane.boundary.getData()
    assert line is None or len(line) == 0              # a neuron's map has no boundary drawn on it
    qtbot.mouseClick(section.graph.viewport(), Qt.LeftButton, pos=at)
    assert section._selected is None
    np.testing.assert_array_equal(plane_pixels(section), output)


def hover(view, pos):
    """The mouse moving over view to pos with no button held, as the window system sends it."""
    event = QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)),
                        Qt.NoButton, Qt.NoButton, Qt.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_hovering_an_edge_shows_its_weight(section, qtbot):
    graph = section.graph
    qtbot.wait(200)                  # the window laid out: the graph's scale is final
    (x0, y0, x1, y1) = graph._edge_at[5]
    c, i, j = graph._edge_keys[5]
    # a place on the edge that no other edge passes close by (edges of a layer cross)
    at = next((x, y) for f in np.linspace(0.1, 0.9, 33)
              for x, y in [(x0 + f * (x1 - x0), y0 + f * (y1 - y0))] if graph.edge_at(x, y) == 5)
    hover(graph, view_to_widget(graph, *at))
    qtbot.waitUntil(graph.hover.isVisible, timeout=2000)
    weight = section._latest.params["W1"][i, j]
    assert f"W1[{i}, {j}]" in graph.hover.textItem.toPlainText()
    assert f"{weight:.4g}".replace("-", "−") in graph.hover.textItem.toPlainText()
    qtbot.wait(50)                   # pyqtgraph drops mouse moves that come faster than ~60 a second
    hover(graph, view_to_widget(graph, -1.5, 3.2))        # no edge, no node there
    qtbot.waitUntil(lambda: not graph.hover.isVisible(), timeout=2000)


def test_a_diverging_run_stops_with_a_badge_and_the_last_good_boundary_stays(section, qtbot):
    section.panel.activation.setCurrentIndex(section.panel.activation.findData("identity"))
    section.panel.lr.edit.setText("3")
    section.panel.lr.edit.editingFinished.emit()
    section.playbar.play.click()
    qtbot.waitUntil(section.badge.isVisible, timeout=10000)
    assert not section.is_playing() and not section.playbar.play.isChecked()
    assert "DIVERGED" in section.badge.text() and section.message.showing()
    shown = section._latest
    assert all(np.isfinite(v).all() for v in shown.params.values())
    assert np.isfinite(section.plane.image.image).all() and len(np.unique(plane_pixels(section))) > 1
    assert np.isnan(section.losses()[0][-1])
    section.playbar.play.click()                       # refused until Reset
    assert not section.is_playing() and "Reset" in section.message.text()
    section.playbar.reset_button.click()
    assert not section.badge.isVisible() and section.iteration() == 0


def test_features_are_the_network_inputs(section):
    section.panel.feature_boxes["x0²"].click()
    assert section._config.features == ("x0", "x1", "x0²") and section.graph.sizes[0] == 3
    for name in ("x0", "x1", "x0²"):
        section.panel.feature_boxes[name].click()
    assert section._config.features == ("x0²",)                  # the last input stays
    assert section.panel.feature_boxes["x0²"].isChecked() and section.panel.features_error.isVisible()


def test_changing_the_data_set_draws_new_points_and_keeps_playing(section, qtbot):
    section.playbar.play.click()
    section.panel.dataset.setCurrentIndex(section.panel.dataset.findData("circle"))
    assert section._config.dataset == "circle" and section.is_playing()
    wait_iterations(qtbot, section, 20)
    section.play_pause()
    x, t = section._train
    inner = np.hypot(x[:, 0], x[:, 1]) < 3
    assert (t[inner] == 1).all()


def test_csv_export_names_every_curve_and_tables_the_points_and_weights(window, section, tmp_path):
    assert window.export_menu.save("csv", str(tmp_path / "playground.csv"))
    text = (tmp_path / "playground.csv").read_text(encoding="utf-8")
    assert text.startswith("Points\nset,x0,x1,class\n")
    assert "Weights" in text and ",train loss,0," in text and ",test loss,0," in text
    assert "series " not in text                      # every curve has a name
    assert export.plot_data(section.plots)


def test_switching_language_retranslates_the_section(section, translations):
    translations.set_language("zh_CN")
    assert section.loss_plot.train.name() != "train loss"
    assert section.panel.data_box.title() != "Data"
    assert section.message.text() and "Play" not in section.message.text()
    translations.set_language("en")
    assert section.loss_plot.train.name() == "train loss"


def test_a_gif_records_the_boundary_forming(window, section, qtbot, tmp_path):
    from PIL import Image

    section.play_pause()
    path = tmp_path / "playground.gif"
    recorder = window.export_menu.record_gif(str(path), seconds=0.6)
    with qtbot.waitSignal(recorder.finished, timeout=15000):
        pass
    section.play_pause()
    with Image.open(path) as gif:
        assert gif.n_frames >= 3
        first = np.asarray(gif.convert("RGB"))
        gif.seek(gif.n_frames - 1)
        assert not np.array_equal(first, np.asarray(gif.convert("RGB")))
