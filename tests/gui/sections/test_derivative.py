"""The derivative section (4.3.1–4.3.2) driven through its widgets."""
import math

import numpy as np
import pytest

from gui.sections.derivative import DerivativeSection


@pytest.fixture
def section(qtbot):
    widget = DerivativeSection()
    qtbot.addWidget(widget)
    return widget


def number(text):
    return float(text.replace("−", "-"))


def slope_of(item):
    x, y = item.getData()
    return (y[-1] - y[0]) / (x[-1] - x[0])


def type_h(section, text):
    section.h.edit.setText(text)
    section.h.edit.editingFinished.emit()


def test_book_preset_shows_both_tangents_and_the_books_slopes(section):
    section.apply_preset("book")
    assert section.readouts.text("numeric") == "0.1999999999990898"
    assert section.readouts.text("analytic") == "0.2"
    assert "0.2999999999986347" in section.pinned_label.text()
    assert "x = 10" in section.pinned_label.text()
    # Both tangents drawn: the point's own at x = 5 and the pinned one at x = 10.
    assert slope_of(section.figures.numeric_tangent) == pytest.approx(0.1999999999990898, abs=1e-12)
    px, py = section.figures.pinned_tangents.getData()
    assert len(px) == 2
    assert (py[1] - py[0]) / (px[1] - px[0]) == pytest.approx(0.2999999999986347, abs=1e-12)
    cx, cy = section.figures.curve.getData()
    assert cx[0] == 0 and cx[-1] == 20
    np.testing.assert_allclose(cy, 0.01 * cx**2 + 0.1 * cx)


def test_dragging_x_moves_the_tangent_in_place(section, qtbot):
    section.apply_preset("book")
    tangent = section.figures.numeric_tangent
    before = tangent.getData()[1].copy()
    section.figures.x_line.setValue(10.0)   # what a mouse drag does
    assert section.figures.numeric_tangent is tangent
    assert not np.allclose(tangent.getData()[1], before)
    assert section.x_box.value() == 10.0
    assert section.readouts.text("numeric") == "0.2999999999986347"
    assert section.readouts.text("analytic") == "0.3"
    assert slope_of(tangent) == pytest.approx(0.3, abs=1e-9)
    px, py = section.figures.points.getData()
    assert px[0] == 10.0 and py[0] == pytest.approx(0.01 * 100 + 1.0)


def test_setting_x_in_the_box_moves_line_and_tangent(section):
    section.set_x(15.0)
    assert section.figures.x_line.value() == 15.0
    assert slope_of(section.figures.analytic_tangent) == pytest.approx(0.4)


def errors(section, h):
    section.h.setValue(h)
    return abs(number(section.readouts.text("difference")))


def test_forward_error_is_order_h_and_central_order_h_squared(section):
    assert section.function.setText("sin(x)")
    section.set_x(1.0)
    section.scheme.setCurrentIndex(section.scheme.findData("forward"))
    ratio = errors(section, 1e-3) / errors(section, 1e-4)
    assert 8 < ratio < 12          # O(h): ten times smaller h, ten times smaller error
    section.scheme.setCurrentIndex(section.scheme.findData("central"))
    ratio = errors(section, 1e-2) / errors(section, 1e-3)
    assert 80 < ratio < 120        # O(h²)


def test_rounding_error_grows_for_tiny_h(section):
    section.function.setText("sin(x)")
    section.set_x(1.0)
    assert errors(section, 1e-13) > 100 * errors(section, 1e-5)
    assert "Rounding" in section.diagnosis.text()


def test_float32_with_tiny_h_breaks(section):
    section.precision.setCurrentIndex(section.precision.findData("float32"))
    section.h.setValue(1e-10)
    text = section.readouts.text("numeric")
    assert text in ("0.0", "nan") or abs(number(text) - 0.2) > 0.01
    assert "x + h == x in float32" in section.diagnosis.text()
    section.h.setValue(1e-2)   # float32 with a sensible h is fine again
    assert abs(number(section.readouts.text("numeric")) - 0.2) < 1e-3


def test_bad_implementation_preset_gives_zero_with_the_reason(section):
    section.apply_preset("bad-implementation")
    assert section.h.value() == 10e-50
    assert section.scheme.currentData() == "forward"
    assert section.readouts.text("numeric") == "0.0"
    assert "x + h == x in float64" in section.diagnosis.text()
    assert "underflows" in section.message.text()
    section.precision.setCurrentIndex(section.precision.findData("float32"))
    assert section.readouts.text("numeric") == "nan"
    assert "underflows to 0 in float32" in section.diagnosis.text()


@pytest.mark.parametrize("typed", ["0", "-1e-4", "abc", "nan"])
def test_bad_h_is_refused_with_a_message(section, typed):
    section.h.setValue(1e-3)
    numeric = section.readouts.text("numeric")
    type_h(section, typed)
    assert section.h.value() == 1e-3
    assert not section.h.error.isHidden()
    if typed == "0":
        assert "0/0" in section.h.error.text()
    assert section.readouts.text("numeric") == numeric


def test_h_marker_follows_h_on_the_error_plot(section):
    marker = section.figures.h_line
    error_curve = section.figures.error
    section.h.setValue(1e-7)
    assert marker.value() == pytest.approx(-7)
    # getData() of a log-mode item gives log10 values.
    assert section.figures.h_point.getData()[0][0] == pytest.approx(-7)
    first = error_curve.getData()[1].copy()
    section.set_x(12.0)
    assert section.figures.error is error_curve
    assert not np.array_equal(np.nan_to_num(first), np.nan_to_num(error_curve.getData()[1]))


def test_error_curve_falls_then_rises(section):
    section.function.setText("exp(x)")
    section.set_x(1.0)
    section.scheme.setCurrentIndex(section.scheme.findData("forward"))
    item = section.figures.error
    hs, err = item.xData, item.yData     # the data as given (getData() is log10 in log mode)
    assert hs[0] == pytest.approx(1e-20) and hs[-1] == 1.0
    best = np.nanargmin(err)
    assert 1e-10 < hs[best] < 1e-6          # forward: best h near sqrt(eps) ≈ 1e-8
    assert err[np.searchsorted(hs, 1e-14)] > 100 * err[best]   # rounding side
    assert err[-1] > 100 * err[best]                           # truncation side


def test_typed_function_error_is_inline_and_the_last_good_curve_stays(section):
    curve = section.figures.curve
    before = curve.getData()[1].copy()
    assert not section.function.setText("0.01*x^2 + y")
    assert not section.function.error.isHidden()
    assert "'y'" in section.function.error.text()
    np.testing.assert_array_equal(curve.getData()[1], before)
    assert section.function.setText("x^3")
    assert section.figures.curve is curve
    assert curve.getData()[1][-1] == pytest.approx(8000)
    assert section.readouts.text("analytic") == "75.0"


def test_no_analytic_derivative_is_said_plainly(section):
    section.function.setText("abs(x - 5)")
    section.set_x(5.0)
    assert section.readouts.text("analytic") == "—"
    assert section.readouts.text("difference") == "—"
    assert "no analytic derivative" in section.derivative_label.text()
    assert section.figures.analytic_tangent.getData()[0] is None or \
        len(section.figures.analytic_tangent.getData()[0]) == 0
    section.set_x(6.0)
    assert section.readouts.text("analytic") == "1.0"


def test_range_must_be_increasing(section):
    section.range_input.range_to.setValue(-5.0)
    assert not section.range_input.error.isHidden()
    assert section.figures.curve.getData()[0][-1] == 20
    section.range_input.range_from.setValue(-10.0)
    assert section.range_input.error.isHidden()
    assert section.figures.curve.getData()[0][0] == -10


def test_pin_and_clear(section):
    section.set_x(2.0)
    section.pin_button.click()
    section.set_x(8.0)
    section.pin_button.click()
    assert len(section.figures.pinned_tangents.getData()[0]) == 4
    section.clear_button.click()
    assert section.pinned_label.isHidden()
    data = section.figures.pinned_tangents.getData()[0]
    assert data is None or len(data) == 0


def test_reset_returns_to_the_book(section):
    section.set_x(3.0)
    assert section.reset()
    assert section.readouts.text("numeric") == "0.1999999999990898"
    assert math.isclose(section.x_box.value(), 5.0)












def test_keyboard_rolls_the_tangent_along_the_curve(section, qtbot):
    tangent = section.figures.numeric_tangent
    assert section.step()
    assert section.x_box.value() == pytest.approx(6.0)
    assert section.readouts.text("analytic") == "0.22"
    assert section.play_pause() and section._timer.isActive()
    qtbot.waitUntil(lambda: section.x_box.value() > 6.2, timeout=5000)
    assert section.play_pause() and not section._timer.isActive()
    assert section.figures.numeric_tangent is tangent
    section.set_x(20.0)
    section.step()                     # wraps round to the start of the range
    assert section.x_box.value() == 0.0
    section.play_pause()
    section.shutdown()
    assert not section._timer.isActive()


def test_slope_table_compares_schemes_and_precisions(section):
    section.apply_preset("bad-implementation")
    assert section.table.text("forward", "float64") == "0.0"
    assert section.table.text("forward", "float32") == "nan"
    section.h.setValue(1e-4)
    assert section.table.text("central", "float64") == "0.1999999999990898"
    assert section.table.text("forward", "float64") == section.readouts.text("numeric")
    assert abs(float(section.table.text("central", "float32")) - 0.2) > 1e-5   # float32 is coarse here


@pytest.mark.parametrize("text, words", [
    ("x/0", ["No analytic derivative", "divides by zero"]),
    ("sqrt(x*(-x))", ["No analytic derivative", "complex values"]),
    ("sqrt(-x^2 - 1) + x", ["no analytic derivative at x = 5", "undefined"]),
])
def test_functions_without_a_derivative_say_why(section, text, words):
    assert section.function.setText(text)
    for word in words:
        assert word in section.derivative_label.text()
    assert section.readouts.text("analytic") == "—"


def test_a_typed_h_beyond_the_slider_stays_on_the_error_plot(section):
    type_h(section, "10")
    assert section.h.value() == 10.0 and section.h.error.isHidden()
    assert section.figures.error.xData[-1] == pytest.approx(10.0)
    type_h(section, "1e-49")
    assert section.figures.error.xData[0] == pytest.approx(1e-49)
