"""The loss section (4.2): drive its controls, check read-outs and plot items against the engine."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt

from engine import loss_demos as ld
from engine.functions import softmax
from engine.labels import one_hot
from engine.losses import cross_entropy_error, mean_squared_error
from engine.mnist import MnistFileError
from engine.networks import TwoLayerNet
from gui.sections.loss import LossSection
from gui.sections.loss.output import LOGITS, NORMALISE
from gui.sections.loss.section import BATCH_TAB, CURVE_TAB
from tests.gui.sections.fits import assert_plots_fit, glyphs

TRAIN_SIZE = 300


def fake_mnist(calls=None):
    """A small stand-in for load_mnist: TRAIN_SIZE random images with labels 0-9."""
    def loader(normalize=True, flatten=True, one_hot_label=False):
        if calls is not None:
            calls.append(1)
        rng = np.random.default_rng(0)
        x = rng.random((TRAIN_SIZE, 784)).astype(np.float32)
        t = (np.arange(TRAIN_SIZE) % 10).astype(np.uint8)
        return (x, t), (x[:10], t[:10])
    return loader


@pytest.fixture
def section(qtbot):
    widget = LossSection()
    qtbot.addWidget(widget)
    widget.resize(1020, 700)
    return widget


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def heights(bar_item):
    return np.asarray(bar_item.opts["height"], dtype=float)


def assert_matches_engine(section):
    r = section.output.result
    t = one_hot(r.label)
    assert r.y.sum() == pytest.approx(1.0) and (r.y >= 0).all()
    assert r.mse == mean_squared_error(r.y, t)
    assert r.ce == cross_entropy_error(r.y, t)
    assert section.output.mse_value.text() == ld_fmt(r.mse)
    assert section.output.ce_value.text() == ld_fmt(r.ce)


def ld_fmt(value):
    from gui.kit.numbers import fixed as fmt
    return fmt(value)


def test_construction_does_not_read_mnist(qtbot):
    calls = []
    widget = LossSection()
    qtbot.addWidget(widget)
    widget.batch.loader = fake_mnist(calls)
    assert widget.batch._data is None and calls == []
    widget.show_tab(BATCH_TAB)
    assert calls == [1] and widget.batch.batch_mask is not None


@pytest.mark.parametrize("preset, y, mse, ce", [
    ("book-example-1", ld.BOOK_Y1, "0.0975", "0.5108"),
    ("book-example-2", ld.BOOK_Y2, "0.5975", "2.3026"),
])
def test_presets_show_the_books_numbers(section, preset, y, mse, ce):
    section.apply_preset(preset)
    out = section.output
    assert out.mse_value.text() == mse and out.ce_value.text() == ce
    printed = ld.BOOK_PRINTED[preset]
    assert printed["mse"] in out.mse_full.text() and printed["ce"] in out.ce_full.text()
    assert out.mse_full.text().count(printed["mse"]) == 2      # float64 and the book's line
    assert np.allclose(heights(out.y_bars), y) and out.label() == 2
    assert np.allclose(heights(out.t_bars), one_hot(2))
    assert "[0, 0, 1, 0, 0, 0, 0, 0, 0, 0]" in out.one_hot_label.text()


def test_typed_probability_renormalises_and_updates_items_in_place(section):
    out = section.output
    bars, sq, ce_bars, marker = out.y_bars, out.sq_bars, out.ce_bars, section.curve.marker
    before = heights(bars).copy()
    type_into(out.edits[2], "0.3")
    assert out.y()[2] == 0.3 and out.y().sum() == pytest.approx(1.0)
    assert out.y_bars is bars and out.sq_bars is sq and out.ce_bars is ce_bars
    assert not np.allclose(heights(bars), before) and heights(bars)[2] == 0.3
    assert np.allclose(heights(sq), 0.5 * (out.y() - one_hot(2)) ** 2)
    assert np.flatnonzero(heights(ce_bars)).tolist() == [2]
    assert_matches_engine(section)
    # the −log y tab follows y_t
    assert section.curve.marker is marker
    xs, ys = marker.getData()
    assert xs[0] == 0.3 and ys[0] == pytest.approx(-np.log(0.3 + 1e-7))
    assert out.book_printed is None and "book" not in out.mse_full.text()


def test_drag_sets_the_bar_under_the_pointer(section):
    out = section.output
    out.drag_box.edit_at(7.2, 0.8)
    assert out.y()[7] == 0.8 and out.y().sum() == pytest.approx(1.0)
    out.drag_box.edit_at(4.9, 1.7, k=4)   # dragged above the top: clipped to 1
    assert out.y()[4] == 1.0
    assert_matches_engine(section)


def test_yt_zero_shows_the_guarded_value(section):
    section.apply_preset("log-zero")
    out, curve = section.output, section.curve
    assert out.y()[2] == 0.0
    assert_matches_engine(section)
    assert out.ce_value.text() == "16.1181"
    xs, ys = curve.marker.getData()
    assert xs[0] == 0 and ys[0] == pytest.approx(16.118, abs=1e-3)
    assert "1e-7" in curve.note.text() and curve.loss_value.text() == "16.1181"
    assert section.tabs.currentIndex() == CURVE_TAB


def test_curve_tab_moves_yt_through_the_output(section):
    section.curve.slider.setValue(250)
    assert section.output.y()[2] == pytest.approx(0.25)
    assert_matches_engine(section)
    type_into(section.curve.edit, "1.5")
    assert section.message.showing() and "larger than 1" in section.message.text()
    assert section.output.y()[2] == pytest.approx(0.25)


def test_one_hot_output_and_label_click(section):
    out = section.output
    out.label_group.button(7).click()
    assert out.label() == 7 and "[0, 0, 0, 0, 0, 0, 0, 1, 0, 0]" in out.one_hot_label.text()
    assert_matches_engine(section)
    out.one_hot_button.click()
    assert out.y().tolist() == one_hot(7).tolist()
    assert out.result.mse == 0.0 and out.result.ce == pytest.approx(-1e-7)
    assert_matches_engine(section)


@pytest.mark.parametrize("text, words", [("-0.2", "negative"), ("nan", "NaN"), ("2", "larger than 1"),
                                         ("abc", "not a number")])
def test_bad_typed_probabilities_keep_the_previous_output(section, text, words):
    out = section.output
    before = out.y()
    type_into(out.edits[3], text)
    assert section.message.showing() and words in section.message.text()
    assert np.array_equal(out.y(), before)
    assert out.edits[3].text() == f"{before[3]:.6g}"
    type_into(out.edits[3], "0.2")   # a good value clears the message
    assert not section.message.showing()


def test_logit_mode_applies_softmax(section):
    out = section.output
    out.set_mode(LOGITS)
    assert out.mode() == LOGITS
    type_into(out.edits[5], "4")
    assert out._logits[5] == 4.0
    assert np.allclose(out.y(), softmax(out._logits))
    assert np.allclose(heights(out.y_bars), out._logits)   # the bars now show logits
    assert_matches_engine(section)
    out.drag_box.edit_at(1, -3.0)
    assert out._logits[1] == -3.0
    for bad in ("inf", "nan", "1e9"):
        before = out.y()
        type_into(out.edits[0], bad)
        assert section.message.showing() and np.array_equal(out.y(), before)
    out.set_mode(NORMALISE)
    assert np.allclose(heights(out.y_bars), out.y())


def test_minibatch_resample_changes_the_batch_and_keeps_the_size(section):
    panel = section.batch
    panel.loader = fake_mnist()
    section.apply_preset("mini-batch")
    image, bars, line = panel.image, panel.loss_bars, panel.mean_line
    first = panel.batch_mask.copy()
    assert first.size == 10
    np.random.seed(0)
    assert first.tolist() == np.random.choice(TRAIN_SIZE, 10).tolist()
    panel.resample_button.click()
    assert panel.batch_mask.size == 10 and panel.batch_mask.tolist() != first.tolist()
    assert panel.seed.value() == 1
    assert panel.image is image and panel.loss_bars is bars and panel.mean_line is line
    r = panel.result
    assert r.mean_label == r.mean_one_hot
    assert panel.label_mean.text() == panel.onehot_mean.text()
    assert np.allclose(heights(bars), r.per_sample) and line.value() == pytest.approx(r.per_sample.mean())
    assert image.image.shape == (2 * 29, 5 * 29)
    shown_labels = [t.toPlainText() for t in panel.tile_texts if t.isVisible()]
    assert shown_labels == [str(int(v)) for v in (np.arange(TRAIN_SIZE) % 10)[panel.batch_mask]]
    assert str(int(panel.batch_mask[0])) in panel.indices.text()
    panel.batch_size.setValue(25)
    assert panel.batch_mask.size == 25 and heights(panel.loss_bars).size == 25


@pytest.mark.parametrize("bad", [0, TRAIN_SIZE + 1])
def test_bad_batch_size_keeps_the_previous_batch(section, bad):
    panel = section.batch
    panel.loader = fake_mnist()
    section.show_tab(BATCH_TAB)
    before = panel.batch_mask.copy()
    panel.batch_size.setValue(bad)
    assert section.message.showing()
    assert ("at least 1" if bad == 0 else "larger than") in section.message.text()
    assert panel.batch_mask.tolist() == before.tolist()


def test_mnist_failure_is_reported_and_the_rest_keeps_working(section):
    def broken(**_kwargs):
        raise MnistFileError("MNIST file missing: /nowhere/train-images-idx3-ubyte.gz. Copy the files.")
    section.batch.loader = broken
    section.show_tab(BATCH_TAB)
    assert section.message.showing()
    assert "MNIST file missing: /nowhere" in section.message.text()
    assert section.batch.batch_mask is None
    section.apply_preset("book-example-2")
    assert section.output.ce_value.text() == "2.3026"
    section.batch.loader = fake_mnist()
    assert section.batch.draw() and section.batch.batch_mask.size == 10


def test_set_network_plugs_in_another_network(section):
    panel = section.batch
    panel.loader = fake_mnist()
    section.show_tab(BATCH_TAB)
    fresh = panel.result.mean_label
    trained = TwoLayerNet(784, 10, 10, weight_init_std=1.0, seed=7)
    section.set_network(trained, "trained")
    x, t = fake_mnist()()[0]
    expected = cross_entropy_error(trained.predict(x[panel.batch_mask]), t[panel.batch_mask])
    assert panel.result.mean_label == pytest.approx(expected) and panel.result.mean_label != fresh
    assert panel.network_combo.currentText() == "trained"


def test_why_not_accuracy_curves_update_in_place(section):
    section.apply_preset("why-not-accuracy")
    panel = section.accuracy
    acc, loss, d_acc = panel.acc_curve, panel.loss_curve, panel.d_acc_curve
    _, acc_before = acc.getData()
    panel.weight.setCurrentText("W2[0,0]")
    assert panel.acc_curve is acc and panel.loss_curve is loss and panel.d_acc_curve is d_acc
    w, acc_now = acc.getData()
    assert not np.array_equal(acc_now, acc_before)
    n = len(panel.t)
    counts = acc_now / 100 * n
    assert np.allclose(counts, np.round(counts), atol=1e-9)     # steps of 1/N
    _, d_acc_now = d_acc.getData()
    assert np.mean(d_acc_now == 0) > 0.9
    _, d_loss_now = panel.d_loss_curve.getData()
    assert np.mean(d_loss_now != 0) > 0.9
    zero_share = 100 * np.mean(d_acc_now == 0)
    assert f"{zero_share:.1f} %" in panel.flat_note.text() and "loss slope at 0.0 %" in panel.flat_note.text()
    panel.set_w(w[100])
    assert panel.readouts["w"].text() == f"{w[100]:.3f}"
    assert panel.w_line.value() == pytest.approx(w[100])


def test_real_mnist_minibatch(section):
    """The bundled data set: np.random.choice(60000, 10) and matching forms."""
    section.apply_preset("mini-batch")
    panel = section.batch
    assert panel.batch_mask.size == 10 and panel.batch_mask.max() < 60000
    np.random.seed(0)
    assert panel.batch_mask.tolist() == np.random.choice(60000, 10).tolist()
    assert panel.result.mean_label == panel.result.mean_one_hot
    panel.batch_size.setValue(60001)
    assert "larger than the 60000" in section.message.text()
    assert panel.batch_mask.size == 10


def test_mouse_click_and_drag_on_the_output_plot(section, qtbot):
    from PySide6.QtCore import QPointF, Qt
    section.show()
    qtbot.waitExposed(section)
    out = section.output
    bars = out.y_bars

    def widget_pos(x, y):
        return out.y_plot.mapFromScene(out.drag_box.mapViewToScene(QPointF(x, y)))

    qtbot.mouseClick(out.y_plot.viewport(), Qt.LeftButton, pos=widget_pos(3, 0.4))
    assert out.y()[3] == pytest.approx(0.4, abs=0.02) and out.y().sum() == pytest.approx(1.0)
    assert out.y_bars is bars and heights(bars)[3] == pytest.approx(0.4, abs=0.02)
    # a drag keeps the digit it started on, even when the pointer wanders sideways
    viewport = out.y_plot.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=widget_pos(8, 0.05))
    for y in (0.2, 0.4, 0.7):
        qtbot.mouseMove(viewport, widget_pos(8.7, y))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=widget_pos(8.7, 0.7))
    assert out.y()[8] == pytest.approx(0.7, abs=0.03) and out.y()[9] < 0.1
    assert_matches_engine(section)


def test_retranslate_keeps_the_state_and_labels_every_tab(section):
    section.apply_preset("book-example-2")
    section.retranslate()
    assert len(section.panels()) == 2   # mini-batch and accuracy tabs not built yet
    assert [section.tabs.tabText(i) for i in range(4)] == ["Output and loss", "−log y", "Mini-batch",
                                                          "Why not accuracy"]
    assert section.output.ce_value.text() == "2.3026"
    assert "0.59750000000000003" in section.output.mse_full.text()
    assert section.curve.loss_value.text() == "2.3026"
    assert not section.play_pause() and not section.reset()   # nothing animates here


@pytest.mark.parametrize("size, language", [((1280, 800), "en"), ((1024, 700), "en"),
                                            ((1024, 700), "zh_CN"), ((1024, 700), "ja")])
def test_why_not_accuracy_fits_with_its_loss_axis_and_titles(window, qtbot, translations, size, language):
    window.resize(*size)
    section = window.show_section("loss")
    translations.set_language(language)
    section.apply_preset("why-not-accuracy")
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size
    assert_plots_fit(window, section.accuracy)
    # The right axis label "loss" is drawn whole, beside (not over) the tick values.
    sweep = section.accuracy.sweep_plot
    axis = sweep.getPlotItem().getAxis("right")
    label = glyphs(axis.label)
    assert axis.label.isVisible() and label.right() <= sweep.width()
    tick_values_right = axis.mapToScene(QPointF(axis.textWidth, 0)).x()
    assert label.left() >= tick_values_right


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_bar_labels_never_overlap_and_the_cross_entropy_label_stays_inside(window, qtbot, size):
    window.resize(*size)
    section = window.show_section("loss")
    qtbot.waitExposed(window)
    output = section.output
    # Typed outputs with many digits: each edit rescales the others.
    for k, text in enumerate(("0.0123", "0.0456", "0.1789", "0.0321", "0.0654")):
        type_into(output.edits[k], text)
    for label in (0, 7):        # the label's bar on the left, then on the right
        qtbot.mouseClick(output.label_group.button(label), Qt.LeftButton)
        qtbot.wait(20)
        rects = [glyphs(text.textItem) for text in output.y_texts]
        for a, b in zip(rects, rects[1:]):
            assert a.right() <= b.left(), (a, b)
        # The −log y_t label is whole inside its plot, off the bar, or (a plot too short) not shown.
        box = output.ce_plot.getPlotItem().getViewBox()
        assert output.ce_text.toPlainText().startswith("−log y%s" % "₀₁₂₃₄₅₆₇₈₉"[label])
        if size == (1280, 800):
            assert output.ce_text.isVisible()
        if output.ce_text.isVisible():
            inside = box.mapRectToScene(box.boundingRect())
            text = glyphs(output.ce_text.textItem)
            assert inside.contains(text), (inside, text)
            bar = box.childGroup.mapRectToScene(QRectF(label - 0.35, 0, 0.7, output.result.ce_terms[label]))
            assert not text.intersects(bar)
    assert_plots_fit(window, output)


def test_logit_error_is_said_again_in_a_new_language(section, translations):
    output = section.output
    output.set_mode(LOGITS)
    type_into(output.edits[3], "1e308")
    english = section.message.text()
    assert "1e+308 is outside ±30" in english
    translations.set_language("ja")
    assert section.message.text() != english and "1e+308" in section.message.text()
    translations.set_language("en")
    assert section.message.text() == english


def test_batch_errors_are_said_again_in_a_new_language(section, translations):
    panel = section.batch
    panel.loader = fake_mnist()
    section.show_tab(BATCH_TAB)
    panel.batch_size.setValue(0)
    english = section.message.text()
    assert "The previous batch stays." in english
    translations.set_language("zh_CN")
    assert section.message.text() != english and "The previous batch stays." not in section.message.text()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_output_bars_keep_a_readable_height_in_a_short_window(window, qtbot, translations, language):
    window.resize(1024, 700)
    section = window.show_section("loss")
    translations.set_language(language)
    section.apply_preset("book-example-1")
    qtbot.waitExposed(window)
    qtbot.wait(50)
    output = section.output
    for plot, least in ((output.y_plot, 80), (output.sq_plot, 35), (output.ce_plot, 35)):
        assert plot.getPlotItem().getViewBox().height() >= least      # the bars' own area
