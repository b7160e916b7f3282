"""A quiver field as line segments: shafts and arrow heads for one connect="pairs" curve each.

Each arrow starts at its grid point (like matplotlib's default pivot="tail",
as in the book's fig 4-9) and points along (U, V).
"""
import numpy as np

HEAD_ANGLE = np.radians(25.0)   # each barb's angle to the shaft


def grid(x0_range, x1_range, n):
    """Grid points (X0, X1), each of shape (n, n), from linspace over both ranges.

    The book's arange(-2, 2.5, 0.25) is grid((-2, 2.25), (-2, 2.25), 18).
    """
    x0 = np.linspace(x0_range[0], x0_range[1], int(n))
    x1 = np.linspace(x1_range[0], x1_range[1], int(n))
    return np.meshgrid(x0, x1)


def arrow_lengths(U, V, spacing, normalise=False, fill=0.9):
    """Drawn length of each arrow: all fill * spacing (normalise) or proportional to |(U, V)|
    with the longest one fill * spacing. Non-finite or zero vectors get length 0."""
    norm = np.hypot(U, V)
    ok = np.isfinite(norm) & (norm > 0)
    lengths = np.zeros(np.shape(norm))
    if not ok.any():
        return lengths
    if normalise:
        lengths[ok] = fill * spacing
    else:
        lengths[ok] = fill * spacing * norm[ok] / norm[ok].max()
    return lengths


def arrow_counts(U, V):
    """(drawn, flat, undefined): how many grid points get an arrow, how many have none because
    the vector is exactly 0 (a stationary point), and how many because it is not finite.

    drawn + flat + undefined is the number of grid points.
    """
    norm = np.hypot(np.asarray(U, dtype=np.float64), np.asarray(V, dtype=np.float64))
    undefined = int(np.count_nonzero(~np.isfinite(norm)))
    flat = int(np.count_nonzero(norm == 0))
    return norm.size - flat - undefined, flat, undefined


def arrow_segments(X0, X1, U, V, spacing, normalise=False, fill=0.9, head=0.3):
    """Segments of the arrows (X0, X1) -> along (U, V) whose length is > 0 and finite.

    Returns (shaft_x, shaft_y, head_x, head_y, index): shafts as 2 points per arrow,
    heads as 4 points per arrow (two barbs), index = flat grid index of each arrow.
    """
    X0, X1, U, V = (np.asarray(a, dtype=np.float64).ravel() for a in (X0, X1, U, V))
    lengths = arrow_lengths(U, V, spacing, normalise, fill)
    index = np.flatnonzero(lengths > 0)
    x, y, length = X0[index], X1[index], lengths[index]
    norm = np.hypot(U[index], V[index])
    ux, uy = U[index] / norm, V[index] / norm
    tip_x, tip_y = x + length * ux, y + length * uy
    shaft_x = np.column_stack((x, tip_x)).ravel()
    shaft_y = np.column_stack((y, tip_y)).ravel()
    # Barbs: the reversed direction rotated by +-HEAD_ANGLE, a fixed fraction of the spacing
    # for normalised arrows, of the arrow itself otherwise (so short arrows stay arrows).
    barb = head * (spacing if normalise else np.minimum(length * 1.2, spacing))
    c, s = np.cos(HEAD_ANGLE), np.sin(HEAD_ANGLE)
    b1x, b1y = -(ux * c - uy * s), -(ux * s + uy * c)
    b2x, b2y = -(ux * c + uy * s), -(-ux * s + uy * c)
    head_x = np.column_stack((tip_x, tip_x + barb * b1x, tip_x, tip_x + barb * b2x)).ravel()
    head_y = np.column_stack((tip_y, tip_y + barb * b1y, tip_y, tip_y + barb * b2y)).ravel()
    return shaft_x, shaft_y, head_x, head_y, index
