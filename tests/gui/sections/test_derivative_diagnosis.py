"""The derivative section says what actually went wrong, keeps pinned tangents, and speaks the
user's language after a switch: driven through its widgets like a person."""
import re

import numpy as np
import pytest

from engine.derivative_demos import difference_quotient
from engine.expressions import parse
from gui.sections.derivative import DerivativeSection

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def section(qtbot):
    widget = DerivativeSection()
    qtbot.addWidget(widget)
    return widget


def type_function(section, text):
    section.function.edit.setText(text)
    section.function.edit.editingFinished.emit()


def type_h(section, text):
    section.h.edit.setText(text)
    section.h.edit.editingFinished.emit()


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.parametrize("typed, x, words", [
    ("1/0", 5.0, ["f(x + h) = inf, f(x − h) = inf in float64", "divides by zero", "slope is nan",
                  "no h helps"]),
    ("x**1e9", 5.0, ["f(x + h) = inf", "overflows", "slope is nan"]),
    ("sqrt(x)", 0.00005, ["f(x − h) = nan in float64", "not defined", "slope is nan", "smaller h"]),
])
def test_a_nan_slope_is_explained_by_f_not_by_rounding(section, typed, x, words):
    type_function(section, typed)
    section.set_x(x)
    assert section.readouts.text("numeric") == "nan"
    said = section.diagnosis.text()
    for word in words:
        assert word in said
    assert "round to the same" not in said and "Rounding error dominates" not in said


def test_a_quotient_too_large_for_float64_says_so(section):
    type_function(section, "step(x)")
    section.set_x(0.0)
    choose(section.scheme, "forward")
    type_h(section, "1e-320")
    assert section.h.value() == 1e-320 and section.readouts.text("numeric") == "inf"
    assert "larger than the largest float64 number" in section.diagnosis.text()


def test_the_no_analytic_slope_note_and_the_error_plot_fit_a_1024_pixel_window(section, qtbot):
    section.resize(800, 560)     # what a 1024 × 700 window leaves for the section
    section.show()
    qtbot.waitExposed(section)
    assert section.minimumSizeHint().width() <= 800
    # The error plot's legend-title must not make the plot wider than its view (it was cut off).
    plot = section.figures.error_plot
    qtbot.waitUntil(lambda: plot.width() <= section.figures.error_widget.width())
    type_function(section, "abs(x - 5)")      # no analytic slope at the corner: the fallback note
    section.set_x(5.0)
    note = section.figures.error_note
    view = section.figures.error_plot.getViewBox()
    qtbot.waitUntil(lambda: note.isVisible())
    assert "No analytic slope here" in note.toPlainText()
    right = note.mapRectToParent(note.boundingRect()).right()
    assert 0 < right <= view.width()
    # Nothing to compare with when f is not finite: the note says that instead.
    type_function(section, "1/0")
    assert "f is not finite near x" in note.toPlainText()
    assert note.mapRectToParent(note.boundingRect()).right() <= view.width()
    type_function(section, "x^2")
    assert not note.isVisible()


@pytest.mark.parametrize("typed, words, not_words", [
    ("-1", ["h = -1 is negative", "sign flipped", "same slope as h = 1",
            "backward difference (f(x) − f(x − 1)) / 1"], ["h = 0:"]),
    ("−0.5", ["h = -0.5 is negative", "type 0.5"], ["h = 0:"]),
    ("0", ["h = 0", "divide by zero (0/0"], ["negative"]),
])
def test_a_refused_h_gets_the_explanation_for_its_own_sign(section, typed, words, not_words):
    section.h.setValue(1e-3)
    numeric = section.readouts.text("numeric")
    type_h(section, typed)
    assert section.h.value() == 1e-3 and not section.h.error.isHidden()
    for word in words:
        assert word in section.h.error.text()
    for word in not_words:
        assert word not in section.h.error.text()
    assert section.readouts.text("numeric") == numeric


def pinned_slopes(section):
    px, py = section.figures.pinned_tangents.getData()
    return [(py[i + 1] - py[i]) / (px[i + 1] - px[i]) for i in range(0, len(px), 2)]


def test_pinned_tangents_stay_pinned_and_follow_h_scheme_and_precision(section):
    section.set_x(2.0)
    section.pin_button.click()
    section.set_x(8.0)
    section.pin_button.click()
    section.set_x(12.0)
    item = section.figures.pinned_tangents
    f = section.function.expression()
    for change in (lambda: type_h(section, "0.5"), lambda: choose(section.scheme, "forward"),
                   lambda: section.h.setValue(1e-9), lambda: choose(section.precision, "float32")):
        change()
        h, scheme, dtype = section.h.value(), section.scheme.currentData(), section.precision.currentData()
        assert section.figures.pinned_tangents is item
        expected = [float(difference_quotient(f, px, h, scheme, dtype)) for px in (2.0, 8.0)]
        np.testing.assert_allclose(pinned_slopes(section), expected, rtol=1e-9, atol=1e-12)
        assert list(section.figures.pinned_points.getData()[0]) == [2.0, 8.0]
        label = section.pinned_label.text()
        assert not section.pinned_label.isHidden()
        assert "x = 2" in label and "x = 8" in label and f"h = {h:.3g}" in label
    assert section.figures.points.getData()[0][0] == 12.0   # the moving point is not pinned


def test_a_new_function_clears_the_pins_and_a_preset_sets_its_own(section):
    section.set_x(3.0)
    section.pin_button.click()
    assert len(section.figures.pinned_tangents.getData()[0]) == 2
    type_function(section, "sin(x)")
    data = section.figures.pinned_tangents.getData()[0]
    assert data is None or len(data) == 0
    assert section.pinned_label.isHidden()
    type_function(section, "sin(x) +")            # refused: the function (and nothing else) stays
    section.pin_button.click()
    type_function(section, " sin(x) ")            # the same function again: the pin stays
    assert len(section.figures.pinned_tangents.getData()[0]) == 2
    section.apply_preset("book")
    assert list(section.figures.pinned_points.getData()[0]) == [10.0]


def test_messages_on_screen_follow_a_language_switch(section, translations):
    translations.set_language("en")
    section.apply_preset("bad-implementation")
    type_h(section, "-1")
    type_function(section, "import os")
    shown = {"message": section.message, "h": section.h.error, "function": section.function.error,
             "diagnosis": section.diagnosis}
    english = {key: label.text() for key, label in shown.items()}
    assert "bad implementation" in english["message"]
    assert "negative" in english["h"] and "statements are not allowed" in english["function"]
    assert "x + h == x" in english["diagnosis"]
    for language in ("zh_CN", "ja"):
        translations.set_language(language)
        for key, label in shown.items():
            assert label.text() != english[key] and CJK.search(label.text()), (language, key)
        assert "-1" in section.h.error.text() and "import" in section.function.error.text()
        assert "float64" in section.diagnosis.text()
    translations.set_language("en")
    assert {key: label.text() for key, label in shown.items()} == english


def test_a_flat_sum_of_many_terms_is_a_function_like_any_other(section):
    text = "+".join(["x"] * 301)
    type_function(section, text)
    assert section.function.error.isHidden()
    assert section.figures.curve.getData()[1][-1] == pytest.approx(301 * 20)
    assert float(section.readouts.text("analytic")) == 301
    assert section.function.expression().text == parse(text).text
