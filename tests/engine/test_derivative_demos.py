"""Where numerical derivatives go wrong (engine.derivative_demos): the numbers behind section 4.3."""
import numpy as np
import pytest

from engine.derivative_demos import diagnose, difference_quotient, error_model, error_vs_h, regime
from engine.expressions import parse


def book_f():
    return parse("0.01*x^2 + 0.1*x")


def test_difference_quotient_reproduces_the_book():
    f = book_f()
    assert difference_quotient(f, 5.0, 1e-4) == 0.1999999999990898
    assert difference_quotient(f, 10.0, 1e-4) == 0.2999999999986347
    assert difference_quotient(f, 5.0, 10e-50, "forward") == 0.0
    assert np.isnan(difference_quotient(f, 5.0, 10e-50, "forward", "float32"))
    assert difference_quotient(f, 5.0, 1e-3, dtype="float32").dtype == np.float32
    with pytest.raises(ValueError):
        difference_quotient(f, 5.0, 1e-4, "backward")


def test_diagnose_names_each_trap():
    f = book_f()
    assert diagnose(f, 5.0, 1e-4).kind == ""
    assert diagnose(f, 5.0, 0.0).kind == "zero-h"
    assert diagnose(f, 5.0, 1e-49, "forward").kind == "x-plus-h"
    assert diagnose(f, 5.0, 1e-49, "forward", "float32").kind == "underflow"
    assert "x + h == x in float64" in diagnose(f, 5.0, 1e-49, "forward").message
    assert diagnose(parse("x^2"), 1e8, 1e-9, dtype="float64").kind == "x-plus-h"
    assert diagnose(parse("1e8 + x"), 1.0, 1e-9).kind == "same-f"    # 1e8 + 1 ± 1e-9 rounds away
    assert diagnose(parse("0*x + 1"), 5.0, 1e-3).kind == ""           # flat: 0 is the true slope
    assert diagnose(parse("abs(x - 5)"), 5.0, 1e-4).kind == ""        # a corner, not rounding


def test_error_model_has_the_textbook_optimum():
    f = parse("sin(x)")
    hs = np.logspace(-16, 0, 161)
    forward = error_model(f, 1.0, hs, "forward")
    central = error_model(f, 1.0, hs, "central")
    assert 1e-9 < forward.best_h < 1e-7       # ≈ sqrt(eps)
    assert 1e-6 < central.best_h < 1e-4       # ≈ eps ** (1/3)
    measured = error_vs_h(f, 1.0, np.cos(1.0), hs, "central")
    assert 1e-7 < hs[np.nanargmin(measured)] < 1e-3
    assert regime(f, 1.0, 1e-12, "forward") == "rounding"
    assert regime(f, 1.0, 1e-2, "forward") == "truncation"
    assert np.isnan(error_model(book_f(), 5.0, hs, "central").best_h)   # f''' = 0: no truncation


@pytest.mark.parametrize("text, x, h, scheme, dtype, kind, words", [
    # nan slopes: f is ±inf or nan at x ± h, so the slope is lost before any rounding
    ("1/0", 5.0, 1e-4, "central", "float64", "overflow",
     ["f(x + h) = inf, f(x − h) = inf in float64", "slope is nan", "no h helps"]),
    ("x**1e9", 5.0, 1e-4, "central", "float64", "overflow",
     ["f(x + h) = inf", "overflows there (beyond 1.8e+308)", "slope is nan", "not rounding error"]),
    ("exp(x)", 100.0, 1e-3, "central", "float32", "overflow", ["in float32", "3.4e+38"]),
    ("1/(x - 5.0001)", 5.0, 1e-4, "central", "float64", "overflow",
     ["f(x + h) = inf in float64", "slope is inf", "a smaller h may keep both points"]),
    ("sqrt(x)", 5e-5, 1e-4, "central", "float64", "undefined",
     ["f(x − h) = nan in float64", "not defined", "slope is nan", "a smaller h"]),
    ("log(x)", -1.0, 1e-4, "forward", "float64", "undefined", ["f(x + h) = nan, f(x) = nan", "no h helps"]),
    ("step(x)", 0.0, 1e-320, "forward", "float64", "quotient-overflow", ["f is finite", "slope is inf"]),
    # h itself
    ("x^2", 5.0, 0.0, "central", "float64", "zero-h", ["divides by zero (0/0)"]),
    ("x^2", 5.0, float("inf"), "central", "float64", "bad-h", ["not a finite number"]),
    ("x^2", 5.0, -1.0, "central", "float64", "negative-h", ["still works with the sign flipped",
                                                          "same slope as h = 1"]),
    ("x^2", 5.0, -0.5, "forward", "float64", "negative-h", ["backward difference (f(x) − f(x − 0.5)) / 0.5"]),
])
def test_diagnose_says_what_actually_happened(text, x, h, scheme, dtype, kind, words):
    f = parse(text)
    d = diagnose(f, x, h, scheme, dtype)
    assert d.kind == kind
    said = str(d.message)
    for word in words:
        assert word in said
    slope = difference_quotient(f, x, h, scheme, dtype)
    if kind in ("overflow", "undefined", "quotient-overflow"):
        assert not np.isfinite(slope) and f"slope is {float(slope):g}" in said
        assert "round to the same" not in said and not d.rounding
    if kind == "negative-h":    # the numbers behind the sentence
        size = difference_quotient(f, x, -h, scheme, dtype)
        if scheme == "central":
            assert slope == size
        else:
            assert slope == (f(x) - f(x + h)) / -h


def test_only_the_books_traps_count_as_rounding():
    f = book_f()
    assert diagnose(f, 5.0, 1e-49, "forward").rounding
    assert diagnose(f, 5.0, 1e-49, "forward", "float32").rounding
    assert not diagnose(parse("1/0"), 5.0, 1e-4).rounding
