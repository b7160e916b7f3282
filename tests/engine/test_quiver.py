"""The quiver field of section 4.4: the book's grid, the vectorised gradient, arrow segments."""
import numpy as np
import pytest

from engine.expressions import parse
from engine.gradient import numerical_gradient, numerical_gradient_grid
from engine.quiver import arrow_counts, arrow_lengths, arrow_segments, grid


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


def test_arrow_counts_account_for_every_grid_point_as_arrow_segments_draws_them():
    X0, X1 = grid((-2.0, 2.0), (-2.0, 2.0), 17)      # holds (0, 0): the saddle's stationary point
    with np.errstate(all="ignore"):
        U, V = -2 * X0, 2 * X1
        U[0, 0], V[1, 1] = np.nan, np.inf                # two points where the field is not finite
    drawn, flat, undefined = arrow_counts(U, V)
    assert (flat, undefined) == (1, 2)
    assert drawn + flat + undefined == 17 * 17
    *_, index = arrow_segments(X0, X1, U, V, spacing=0.25)
    assert index.size == drawn
    # The same grid without the stationary point: every finite vector gets its arrow.
    X0, X1 = grid((-2.0, 2.25), (-2.0, 2.25), 17)
    assert arrow_counts(-2 * X0, -2 * X1) == (289, 0, 0)
