"""Pure-NumPy parts of sections 4.4 and 4.4.1: path classification, quiver segments, contours."""
import numpy as np
import pytest

from engine.descent import classify_path, gradient_descent
from engine.expressions import parse
from engine.gradient import numerical_gradient, numerical_gradient_grid
from engine.quiver import arrow_lengths, arrow_segments, grid
from engine.surfaces import SURFACES
from gui.contours import contour_levels, contour_segments


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


def test_book_grid_is_arange():
    X0, X1 = grid((-2.0, 2.25), (-2.0, 2.25), 18)
    np.testing.assert_allclose(X0[0], np.arange(-2, 2.5, 0.25))
    np.testing.assert_allclose(X1[:, 0], np.arange(-2, 2.5, 0.25))


def test_vectorised_gradient_matches_the_books_per_point_gradient():
    f = parse("x0**2 + x1**2 + sin(x0*x1)", ("x0", "x1"))
    X0, X1 = grid((-2, 2), (-1, 3), 9)
    d0, d1 = numerical_gradient_grid(f, X0, X1)
    for x0, x1, g0, g1 in zip(X0.ravel(), X1.ravel(), d0.ravel(), d1.ravel()):
        grad = numerical_gradient(lambda x: f(x[0], x[1]), np.array([x0, x1]))
        np.testing.assert_allclose([g0, g1], grad, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("normalise", [False, True])
def test_arrow_segments_point_along_the_vector(normalise):
    X0, X1 = grid((-2.0, 2.25), (-2.0, 2.25), 18)
    U, V = -2 * X0, -2 * X1
    sx, sy, hx, hy, index = arrow_segments(X0, X1, U, V, 0.25, normalise=normalise)
    assert sx.size == 2 * index.size and hx.size == 4 * index.size
    assert index.size == 18 * 18 - 1                     # the zero arrow at the origin is left out
    np.testing.assert_array_equal(sx[0::2], X0.ravel()[index])
    dx, dy = sx[1::2] - sx[0::2], sy[1::2] - sy[0::2]
    u, v = U.ravel()[index], V.ravel()[index]
    np.testing.assert_allclose(dx * v - dy * u, 0, atol=1e-12)   # parallel ...
    assert np.all(dx * u + dy * v > 0)                            # ... and same direction
    length = np.hypot(dx, dy)
    if normalise:
        np.testing.assert_allclose(length, 0.9 * 0.25)
    else:
        np.testing.assert_allclose(length / np.hypot(u, v), length.max() / np.hypot(u, v).max())
    # Heads start at the tips.
    np.testing.assert_allclose(hx[0::4], sx[1::2])
    np.testing.assert_allclose(hx[2::4], sx[1::2])


def test_arrow_lengths_skip_non_finite():
    lengths = arrow_lengths(np.array([1.0, np.nan, np.inf, 0.0]), np.array([0.0, 1.0, 0.0, 0.0]), 1.0)
    np.testing.assert_array_equal(lengths, [0.9, 0, 0, 0])


def test_contours_lie_on_their_levels():
    x = y = np.linspace(-2, 2, 41)
    X, Y = np.meshgrid(x, y)
    Z = X ** 2 + Y ** 2
    levels = contour_levels(Z, 8)
    sx, sy = contour_segments(x, y, Z, levels)
    assert sx.size > 0 and sx.size % 2 == 0
    r2 = sx ** 2 + sy ** 2
    assert np.min(np.abs(r2[:, None] - levels[None, :]), axis=1).max() < 0.01


def test_contours_skip_nan_cells_and_handle_flat():
    x = y = np.linspace(-1, 1, 11)
    X, Y = np.meshgrid(x, y)
    with np.errstate(invalid="ignore"):
        Z = np.sqrt(X) + Y
    sx, sy = contour_segments(x, y, Z, contour_levels(Z))
    assert np.all(np.isfinite(sx)) and np.all(sx >= 0)
    assert contour_levels(np.ones((5, 5))).size == 0
    assert contour_levels(np.full((5, 5), np.nan)).size == 0


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
