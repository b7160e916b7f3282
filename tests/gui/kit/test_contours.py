"""Contour lines as one connect="pairs" curve (gui.kit.contours, pure NumPy)."""
import numpy as np

from gui.kit.contours import contour_levels, contour_segments


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
