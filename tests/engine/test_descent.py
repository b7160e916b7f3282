"""Gradient descent of section 4.4.1: the book's runs, path classification, the example surfaces."""
import numpy as np
import pytest

from engine.descent import classify_path, gradient_descent, race_paths
from engine.expressions import parse
from engine.surfaces import SURFACES


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def book_run(lr):
    return gradient_descent(function_2, np.array([-3.0, 4.0]), lr=lr, step_num=100)


def test_book_lr_01_converges():
    x, history = book_run(0.1)
    status = classify_path(history)
    assert status.status == "converged"
    assert status.diverged_step is None and status.first_nonfinite_step is None
    np.testing.assert_allclose(x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)


def test_book_lr_10_diverges_with_last_finite_value():
    x, history = book_run(10.0)
    status = classify_path(history)
    assert status.status == "diverged"
    assert status.first_nonfinite_step is None          # the book's run stays finite ...
    assert 0 < status.diverged_step < 10                # ... but passes the bound early
    np.testing.assert_allclose(status.last_finite, [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)


def test_book_lr_1e10_stalls():
    x, history = book_run(1e-10)
    status = classify_path(history)
    assert status.status == "stalled"
    np.testing.assert_allclose(status.last_finite, [-2.99999994, 3.99999992], rtol=1e-8)
    assert status.movement < 1e-6


def test_overflow_to_nan_reports_last_finite_and_first_nonfinite_step():
    history = np.array([[1.0, 1.0], [10.0, -10.0], [1e300, 1e300], [np.inf, np.nan], [np.nan, np.nan]])
    status = classify_path(history, bound=1e6)
    assert status.status == "diverged"
    assert status.diverged_step == 2 and status.first_nonfinite_step == 3
    assert status.last_finite == (1e300, 1e300) and status.last_finite_step == 2


def test_start_at_the_minimum_is_not_stalled():
    history = np.zeros((11, 2))
    assert classify_path(history).status == "stalled"
    assert classify_path(history, start_grad_norm=0.0).status == "converged"


def test_moving_path_is_neither():
    history = np.cumsum(np.full((50, 2), 0.1), axis=0)
    assert classify_path(history).status == "moving"














@pytest.mark.parametrize("name", sorted(SURFACES))
def test_surfaces_parse_and_start_in_view(name):
    surface = SURFACES[name]
    f = parse(surface.text, ("x0", "x1"))
    assert np.isfinite(f(*surface.start))
    (lo0, hi0), (lo1, hi1) = surface.view
    assert lo0 < surface.start[0] < hi0 and lo1 < surface.start[1] < hi1


def test_rosenbrock_descent_reaches_the_valley_floor():
    s = SURFACES["rosenbrock"]
    f = parse(s.text, ("x0", "x1"))
    x, history = gradient_descent(lambda x: f(x[0], x[1]), s.start, lr=s.lr, step_num=s.step_num)
    assert f(*x) < 0.05 < f(*s.start)


def test_chunked_race_paths_equal_one_gradient_descent_call():
    f = parse("(1 - x0)**2 + 100*(x1 - x0**2)**2", ("x0", "x1"))
    items = list(race_paths(f, np.array([-1.5, 2.0]), [0.001, 0.002], 1234, chunk=500))
    assert [(i, h is None, done) for i, _, h, done in items] == [
        (0, True, 500), (0, True, 1000), (0, False, 1234), (1, True, 500), (1, True, 1000), (1, False, 1234)]
    for (_, lr, history, _) in (items[2], items[5]):
        _, reference = gradient_descent(lambda x: f(x[0], x[1]), np.array([-1.5, 2.0]), lr=lr, step_num=1234)
        np.testing.assert_array_equal(history, reference)
