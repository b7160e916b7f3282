"""The Layers tab driven like a user would: one digit layer by layer, the activation histograms
(of the network and of the book's figs 6-10 … 6-14), and the weights and gradients over a run.

What the tab shows is read from its plot items and compared with the engine's MultiLayerNet
on the same parameters and the same digits.
"""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.layer_history import LayerHistory, gradient_snapshot
from engine.layer_stats import CASES, case_activations, layer_histograms, network_view
from engine.multilayer import MultiLayerNet
from engine.training import Trainer
from gui.kit.numbers import format_number
from gui.sections.training import TrainingSection
from gui.sections.training.layer_page import DIGIT, HISTOGRAMS, OVER_TIME
from gui.sections.training.layer_plots import strip_image

TIMEOUT = 30000


@pytest.fixture
def make_section(qtbot, synthetic_data):
    made = []

    def make(**values):
        section = TrainingSection(data=synthetic_data())
        qtbot.addWidget(section)
        section.resize(1280, 800)
        section.panel.set_values(dict(dict(iters_num=40, batch_size=20), **values))
        section.show()
        qtbot.waitExposed(section)
        made.append(section)
        return section
    yield make
    for section in made:
        section.shutdown()


def open_layers(qtbot, section, page):
    section.tabs.setCurrentIndex(section.layers.index)
    qtbot.mouseClick(section.layers.controls.page_buttons.button(page), Qt.LeftButton)
    assert section.layers.stack.currentIndex() == page


def run_to_end(qtbot, section):
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.panel.start_button.click()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)


def engine_network(section):
    """The engine's own MultiLayerNet holding the section's weights (sizes read from them)."""
    params, config = section.params, section.layers._config
    count = len(params) // 2
    sizes = [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]
    net = MultiLayerNet(sizes[0], sizes[1:-1], sizes[-1], activation=config.activation,
                        weight_decay_lambda=config.weight_decay)
    net.params = {key: value.copy() for key, value in params.items()}
    return net


def test_the_layers_tab_comes_after_the_four(make_section):
    section = make_section()
    assert section.layers.index == 4 == section.tabs.indexOf(section.layers.page)
    assert section.tabs.tabText(4) == "Layers"


@pytest.mark.parametrize("activation,layers", [("relu", 2), ("sigmoid", 1), ("tanh", 3)])
def test_one_digit_layer_by_layer_holds_the_networks_activations(qtbot, make_section, activation,
                                                                   layers):
    section = make_section(hidden_layers=layers, activation=activation, hidden_size=30,
                           weight_init_std=0.3)
    open_layers(qtbot, section, DIGIT)
    run_to_end(qtbot, section)
    view, figure = section.layers, section.layers.digit_figure
    view.digit_spin.setValue(7)
    qtbot.waitUntil(lambda: figure.digit_title.text.startswith("test digit #7"), timeout=TIMEOUT)
    net = engine_network(section)
    (_, _), (x_test, t_test) = section._data
    expected = net.activations(x_test[7:8])
    assert figure.layers == layers and len(figure.strips) == layers
    for i, (image, text, z) in enumerate(zip(figure.strips, figure.strip_labels, expected), start=1):
        np.testing.assert_allclose(image.image, strip_image(z[0]), rtol=0, atol=1e-12)
        assert f"hidden layer {i} (30): min {format_number(z[0].min(), 3)}" in text.text
        assert f"max {format_number(z[0].max(), 3)}" in text.text
    np.testing.assert_allclose(figure.bars.opts["height"], net.predict(x_test[7:8])[0], rtol=0, atol=1e-12)
    np.testing.assert_array_equal(figure.digit_image.image, x_test[7].reshape(28, 28))
    assert f"label {int(t_test[7])}" in figure.digit_title.text


def test_histograms_of_the_network_over_the_test_digits(qtbot, make_section):
    section = make_section(hidden_layers=3, activation="relu", hidden_size=40, weight_init_std="he")
    open_layers(qtbot, section, HISTOGRAMS)
    run_to_end(qtbot, section)
    figure = section.layers.hist_figure
    net = engine_network(section)
    x_test = section._data[1][0]
    expected = net.activations(x_test[:1000])
    qtbot.waitUntil(lambda: (section.layers.shown_key or (None, None))[1] == section.layers._params_version,
                    timeout=TIMEOUT)
    assert figure.layers == 3
    lo, hi = figure.value_range
    assert lo == 0 and hi >= max(z.max() for z in expected) / 10
    for curve, note, z in zip(figure.curves, figure.notes, expected):
        edges, counts = curve.getData()
        np.testing.assert_allclose(edges, np.linspace(lo, hi, 31))
        np.testing.assert_array_equal(counts, np.histogram(np.clip(z[z != 0], lo, hi), 30, (lo, hi))[0])
        assert f"exactly 0: {format_number(100 * np.mean(z == 0), 3)} %" in note.text
    assert [plot.titleLabel.text for plot in figure.plots] == ["1-layer", "2-layer", "3-layer"]


def test_a_run_fills_the_heatmaps_with_one_column_per_snapshot(qtbot, make_section):
    section = make_section(iters_num=400, hidden_layers=2, activation="relu", hidden_size=20)
    open_layers(qtbot, section, OVER_TIME)
    run_to_end(qtbot, section)
    history = section.layers.history
    qtbot.waitUntil(lambda: len(history) > 0 and history.iterations[-1] == 400, timeout=TIMEOUT)
    def drawn():     # shown_counts is empty until the figure is first built for this network
        shown = section.layers.time_figure.shown_counts
        return bool(shown) and shown[0] is not None and shown[0].shape[0] == len(history)
    qtbot.waitUntil(drawn, timeout=TIMEOUT)
    figure = section.layers.time_figure
    assert history.iterations[0] == 0 and len(history) >= 2
    assert len(history) == section.layers.snapshots_taken          # every snapshot taken is a column
    assert figure.layers == 3 and len(figure.images) == 6
    sizes = [784 * 20, 20 * 20, 20 * 10]
    for k, image in enumerate(figure.images):
        counts = figure.shown_counts[k]
        assert counts.shape == image.image.shape == (len(history), 48)
        np.testing.assert_allclose(counts.sum(axis=1), sizes[k // 2])
        np.testing.assert_allclose(image.image, np.log10(1 + counts))      # colour: log scale
        rect = image.mapRectToParent(image.boundingRect())
        assert rect.left() == pytest.approx(0) and rect.right() == pytest.approx(400)
    # the last snapshot is the final weights: the bins span at least their 1st … 99th percentile
    lo, hi = history.value_range("W", 0)
    W1 = section.params["W1"]
    assert lo <= np.percentile(W1, 1) + 1e-12 and hi >= np.percentile(W1, 99) - 1e-12
    assert f"{len(history)} snapshots" in figure.header.text()
    assert [p.titleLabel.text for p in figure.plots[0]] == ["W1 (784×20)", "∂L/∂W1"]


def case_counts(name):
    return [c for c, _ in layer_histograms(case_activations(name), CASES[name][0])[1]]


def test_the_preset_shows_each_case_of_figs_6_10_to_6_14(qtbot, make_section):
    section = make_section()
    qtbot.mouseClick(section._preset_buttons["activation-histograms"], Qt.LeftButton)
    view, figure = section.layers, section.layers.hist_figure
    assert section.tabs.currentIndex() == view.index and view.stack.currentIndex() == HISTOGRAMS
    assert view.source == "experiment" and view.case == "sigmoid-std1"
    for index, name in enumerate(CASES):
        qtbot.mouseClick(view.controls.case_buttons.button(index), Qt.LeftButton)
        qtbot.waitUntil(lambda: getattr(view, "shown_key", None) == ("experiment", name), timeout=TIMEOUT)
        assert figure.layers == 5
        for curve, expected in zip(figure.curves, case_counts(name)):
            np.testing.assert_array_equal(curve.getData()[1], expected)
        assert "Fig. %s" % CASES[name][2] in figure.header.text()
    # fig 6-10 against 6-11 as the figures show them: at 0 and 1, or in the middle
    qtbot.mouseClick(view.controls.case_buttons.button(0), Qt.LeftButton)
    first = figure.curves[0].getData()[1]
    assert first[0] + first[-1] > 0.5 * first.sum()


def test_leaving_and_returning_mid_run(qtbot, make_section):
    section = make_section(iters_num=100000, hidden_layers=2, activation="relu", hidden_size=20)
    open_layers(qtbot, section, DIGIT)
    section.panel.start_button.click()
    view, figure = section.layers, section.layers.digit_figure
    qtbot.waitUntil(lambda: figure.probabilities is not None, timeout=TIMEOUT)
    section.tabs.setCurrentIndex(0)                      # another tab
    qtbot.wait(300)
    drawn = figure.probabilities
    snapshots = len(view.history)
    qtbot.wait(1500)
    assert figure.probabilities is drawn                 # nothing drawn while hidden …
    assert len(view.history) > snapshots                 # … but the run's history goes on
    section.tabs.setCurrentIndex(view.index)
    qtbot.waitUntil(lambda: figure.probabilities is not drawn, timeout=TIMEOUT)
    section.hide()                                       # another section
    qtbot.wait(300)
    drawn = figure.probabilities
    qtbot.wait(600)
    assert figure.probabilities is drawn
    section.show()
    qtbot.waitUntil(lambda: figure.probabilities is not drawn, timeout=TIMEOUT)
    # paused, the tab shows the weights the run rests at
    section.panel.pause_button.click()
    qtbot.waitUntil(lambda: section.state == "paused", timeout=TIMEOUT)
    qtbot.wait(400)
    x = section._data[1][0][:1]
    np.testing.assert_allclose(figure.bars.opts["height"], engine_network(section).predict(x)[0],
                               rtol=0, atol=1e-12)


def test_shutdown_stops_the_workers(qtbot, make_section):
    section = make_section(iters_num=100000, hidden_layers=2, activation="relu", hidden_size=20)
    open_layers(qtbot, section, HISTOGRAMS)
    section.panel.start_button.click()
    qtbot.waitUntil(lambda: len(section.layers.history) >= 2, timeout=TIMEOUT)
    section.shutdown()
    for job in (section.layers.gradients, section.layers.activations):
        assert not job.busy and job.thread.thread is None and not job.thread.lingering


def test_softmax_regression_has_no_hidden_layer_to_show(qtbot, make_section):
    section = make_section(hidden_layers=0)
    open_layers(qtbot, section, HISTOGRAMS)
    run_to_end(qtbot, section)
    figure = section.layers.hist_figure
    qtbot.waitUntil(lambda: figure.layers == 0, timeout=TIMEOUT)
    assert "no hidden layer" in figure.header.text()
    open_layers(qtbot, section, DIGIT)
    assert section.layers.digit_figure.layers == 0
    assert section.layers.digit_figure.probabilities.shape == (10,)


def test_the_layers_pictures_follow_presentation_mode(window, qtbot):
    """Figures made during a presentation (the preset's histograms) come out scaled, and back."""
    section = window.show_section("training")
    window.presentation.enter()
    scale = window.presentation.scale
    assert scale > 1
    section.apply_preset("activation-histograms")
    figure = section.layers.hist_figure
    qtbot.waitUntil(lambda: figure.layers == 5, timeout=TIMEOUT)
    curve, plot = figure.curves[0], figure.plots[0]
    qtbot.waitUntil(lambda: curve.opts["pen"].widthF() == pytest.approx(1.5 * scale), timeout=TIMEOUT)
    assert plot.titleLabel.opts["size"] == "%.1fpt" % (13 * scale)
    assert figure.notes[0].opts["size"] == "%.1fpt" % (10 * scale)
    window.presentation.leave()
    assert curve.opts["pen"].widthF() == pytest.approx(1.5)
    assert plot.titleLabel.opts["size"] == "13pt"


def test_each_snapshot_is_measured_with_its_own_runs_activation(qtbot, make_section):
    """A sigmoid run, then a ReLU run: the ReLU run's first gradients are the ReLU network's."""
    section = make_section(iters_num=20, hidden_layers=2, activation="sigmoid", hidden_size=20,
                           weight_init_std="he")
    open_layers(qtbot, section, OVER_TIME)
    run_to_end(qtbot, section)
    section.panel.set_values(dict(activation="relu"))
    run_to_end(qtbot, section)
    view = section.layers
    qtbot.waitUntil(lambda: len(view.history) > 0 and view.history.iterations[-1] == 20, timeout=TIMEOUT)
    assert view.history.iterations[0] == 0
    start = Trainer(view._config, section._data).network.params       # the run's initial weights
    x, t = view._fixed_batch()
    expected = {}
    for activation in ("relu", "sigmoid"):
        weights, grads = gradient_snapshot(network_view(start, activation), x, t)
        expected[activation] = LayerHistory.quantiles(weights, grads)
    np.testing.assert_allclose(view.history.columns[0], expected["relu"], rtol=1e-9, atol=1e-15)
    assert not np.allclose(view.history.columns[0][1], expected["sigmoid"][1])


@pytest.mark.parametrize("seed", [0, 1])
def test_random_clicks_on_the_layers_tab_during_runs_leave_it_whole(qtbot, make_section, seed):
    """Pages, sources, cases, digits, tabs, starts, stops, resets and deeper networks in a random
    order: the tab keeps drawing the section's current network, and shutdown leaves no thread."""
    import random
    rng = random.Random(seed)
    section = make_section(iters_num=3000, hidden_layers=2, activation="relu", hidden_size=20)
    view = section.layers
    open_layers(qtbot, section, DIGIT)
    actions = ["page", "source", "case", "digit", "tab", "start", "stop", "reset", "depth", "wait"]
    for _ in range(40):
        action = rng.choice(actions)
        if action == "page":
            qtbot.mouseClick(view.controls.page_buttons.button(rng.randrange(3)), Qt.LeftButton)
        elif action == "source":
            view.controls.source_box.setCurrentIndex(rng.randrange(2))
        elif action == "case":
            view.controls.case_buttons.button(rng.randrange(len(CASES))).click()
        elif action == "digit":
            view.digit_spin.setValue(rng.randrange(50))
        elif action == "tab":
            section.tabs.setCurrentIndex(rng.choice([0, view.index]))
        elif action == "start":
            section.start()
        elif action == "stop":
            section.stop()
        elif action == "reset":
            section.reset()
        elif action == "depth" and section.state not in ("running", "paused"):
            section.panel.set_values(dict(hidden_layers=rng.randrange(0, 4)))
        qtbot.wait(rng.choice([0, 20, 120]))
    section.stop()
    section.tabs.setCurrentIndex(view.index)
    qtbot.mouseClick(view.controls.page_buttons.button(DIGIT), Qt.LeftButton)
    qtbot.wait(400)
    figure = view.digit_figure
    network = network_view(section.params, view.network_setup()[0])
    index = view.digit_spin.value()
    x = section._data[1][0][index:index + 1]
    qtbot.waitUntil(lambda: figure.digit_title.text.startswith("test digit #%d " % index), timeout=TIMEOUT)
    assert figure.layers == network.layer_count - 1
    np.testing.assert_allclose(figure.bars.opts["height"], network.predict(x)[0], rtol=0, atol=1e-12)
    section.shutdown()
    for job in (view.gradients, view.activations):
        assert not job.busy and job.thread.thread is None


def test_next_mistake_goes_to_the_next_digit_the_network_gets_wrong(qtbot, make_section):
    section = make_section(iters_num=30, hidden_layers=1, activation="relu", hidden_size=20)
    open_layers(qtbot, section, DIGIT)
    run_to_end(qtbot, section)
    view = section.layers
    (_, _), (x_test, t_test) = section._data
    predicted = np.argmax(engine_network(section).predict(x_test), axis=1)
    wrong = np.flatnonzero(predicted != t_test)
    assert 0 < len(wrong) < len(t_test)          # after 30 iterations it knows some digits, not all
    view.digit_spin.setValue(int(wrong[-1]))
    for expected in [wrong[0], *wrong[1:3]]:         # from the last mistake, round to the first
        qtbot.mouseClick(view.controls.mistake_button, Qt.LeftButton)
        assert view.digit_spin.value() == expected                 # the next one, wrapping round
        qtbot.waitUntil(lambda: view.digit_figure.digit_title.text.startswith(f"test digit #{expected} "),
                        timeout=TIMEOUT)
        assert int(np.argmax(view.digit_figure.probabilities)) != int(t_test[expected])
