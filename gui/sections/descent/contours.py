"""The contour lines under the descent paths, over the whole region the plot shows."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem

from gui.kit.contours import contour_levels, contour_segments

POINTS = 81     # grid points along the shorter side of the region
LEVELS = 14


def grid(region, points=POINTS):
    """x and y of a grid over region ((x0 lo, hi), (x1 lo, hi)) with square-ish cells."""
    (lo0, hi0), (lo1, hi1) = region
    span0, span1 = hi0 - lo0, hi1 - lo1
    short = min(span0, span1) or 1.0
    n0 = int(np.clip(round(points * span0 / short), points, 4 * points))
    n1 = int(np.clip(round(points * span1 / short), points, 4 * points))
    return np.linspace(lo0, hi0, n0), np.linspace(lo1, hi1, n1)


def values_on(f, region, points=POINTS):
    """(x, y, Z) with Z[j, i] = f(x[i], y[j]); non-finite values stay as they are."""
    x, y = grid(region, points)
    with np.errstate(all="ignore"):
        Z = np.broadcast_to(f(*np.meshgrid(x, y)), (len(y), len(x)))
    return x, y, Z


class ContourLayer:
    """One curve of dashed level lines (connect="pairs"), named for the CSV export."""

    def __init__(self, plot_item):
        self.curve = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#9aa3b5", width=1.2, style=Qt.DashLine))
        # Contours only change with f and the region: cached as a pixmap, they cost nothing per frame.
        self.curve.curve.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        plot_item.addItem(self.curve)
        self.region = None

    def draw(self, f, view, region, top=np.inf):
        """Levels from f over the preset view (they stay put when the window is resized),
        lines over the region shown; levels above top are left out (fig 6-8 rings f ≤ 7 only)."""
        values = values_on(f, view)[2]
        with np.errstate(invalid="ignore"):
            levels = contour_levels(np.where(values <= top, values, np.nan), LEVELS)
        self.curve.setData(*contour_segments(*values_on(f, region), levels))
        # The cached pixmap survives setData after a resize of the plot (the old lines stayed,
        # shifted); dropping the cache makes the next paint draw the new ones.
        self.curve.curve.setCacheMode(QGraphicsItem.NoCache)
        self.curve.curve.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.region = region

    def set_name(self, name):
        self.curve.opts["name"] = name
