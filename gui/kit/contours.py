"""Contour lines of f on a grid as one connect="pairs" curve (marching squares in NumPy).

Pure NumPy, no Qt: one curve item holds every level, so redrawing is one setData.
"""
import numpy as np


def contour_levels(Z, n=12):
    """n levels at evenly spaced quantiles of the finite values of Z.

    Quantiles follow the surface: they ring a bowl evenly and still find the
    floor of Rosenbrock's valley, where evenly spaced values would all sit on the walls.
    """
    values = np.asarray(Z, dtype=np.float64)
    values = values[np.isfinite(values)]
    if values.size == 0 or values.min() == values.max():
        return np.empty(0)
    levels = np.quantile(values, np.linspace(0.02, 0.98, int(n)) ** 1.5)
    return np.unique(levels)


def _level_segments(x, y, Z, level):
    """(x, y) points of the segments of one level, 2 points per segment."""
    z00, z10, z11, z01 = Z[:-1, :-1], Z[:-1, 1:], Z[1:, 1:], Z[1:, :-1]
    x0, x1 = np.meshgrid(x[:-1], y[:-1])[0], np.meshgrid(x[1:], y[:-1])[0]
    y0, y1 = np.meshgrid(x[:-1], y[:-1])[1], np.meshgrid(x[:-1], y[1:])[1]
    # Edges: 0 bottom (z00-z10), 1 right (z10-z11), 2 top (z01-z11), 3 left (z00-z01).
    ends = ((z00, z10), (z10, z11), (z01, z11), (z00, z01))
    px, py, crossed = [], [], []
    with np.errstate(invalid="ignore", divide="ignore"):
        for e, (za, zb) in enumerate(ends):
            cross = np.isfinite(za) & np.isfinite(zb) & ((za > level) != (zb > level))
            t = np.where(cross, (level - za) / np.where(zb != za, zb - za, 1.0), 0.0)
            if e == 0:
                px.append(x0 + t * (x1 - x0)); py.append(y0)
            elif e == 1:
                px.append(x1); py.append(y0 + t * (y1 - y0))
            elif e == 2:
                px.append(x0 + t * (x1 - x0)); py.append(y1)
            else:
                px.append(x0); py.append(y0 + t * (y1 - y0))
            crossed.append(cross)
    px = np.stack([a.ravel() for a in px], axis=1)
    py = np.stack([a.ravel() for a in py], axis=1)
    crossed = np.stack([a.ravel() for a in crossed], axis=1)
    count = crossed.sum(axis=1)
    # Two crossings: one segment between them.
    two = np.flatnonzero(count == 2)
    order = np.argsort(~crossed[two], axis=1, kind="stable")[:, :2]
    seg_x = [np.take_along_axis(px[two], order, axis=1)]
    seg_y = [np.take_along_axis(py[two], order, axis=1)]
    # Four crossings (a saddle cell): pair the edges by the value at the cell centre.
    four = np.flatnonzero(count == 4)
    if four.size:
        centre = (z00.ravel()[four] + z10.ravel()[four] + z11.ravel()[four] + z01.ravel()[four]) / 4
        joined = (centre > level) == (z00.ravel()[four] > level)
        pairs = np.where(joined[:, None], [[0, 1, 2, 3]], [[0, 3, 1, 2]])
        for k in (0, 2):
            seg_x.append(np.take_along_axis(px[four], pairs[:, k:k + 2], axis=1))
            seg_y.append(np.take_along_axis(py[four], pairs[:, k:k + 2], axis=1))
    return np.concatenate(seg_x).ravel(), np.concatenate(seg_y).ravel()


def contour_segments(x, y, Z, levels):
    """All levels' segments as flat (xs, ys) for connect="pairs"; Z[j, i] is f(x[i], y[j]).

    Cells touching a non-finite value are left out.
    """
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    Z = np.asarray(Z, dtype=np.float64)
    xs, ys = [np.empty(0)], [np.empty(0)]
    for level in levels:
        sx, sy = _level_segments(x, y, Z, level)
        xs.append(sx)
        ys.append(sy)
    return np.concatenate(xs), np.concatenate(ys)
