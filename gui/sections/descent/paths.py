"""The drawing of one descent path: its curve, current point, and a marker where it left the view.

clip_to_view is pure NumPy; PathLayer owns the plot items of one learning rate,
created once and updated with setData.
"""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

# Okabe-Ito colours: distinguishable for colour-blind viewers and on a projector.
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
MAX_SYMBOLS = 400   # longer paths are drawn as a line only, thinned to visible moves
THIN_CELL = 1e-3    # of the view's span: moves smaller than this are not drawn


def visible_moves(points, view):
    """Indices of the points that move to another cell of a fine grid over the view (first kept).

    A converged or stalled path piles thousands of points onto one pixel; a wide
    pen strokes every one of them, so long paths draw only the points that move.
    """
    if len(points) == 0:
        return np.empty(0, dtype=int)
    span = max(view[0][1] - view[0][0], view[1][1] - view[1][0])
    cells = np.floor(np.asarray(points) / (THIN_CELL * span))
    moved = np.any(cells[1:] != cells[:-1], axis=1)
    return np.concatenate(([0], 1 + np.flatnonzero(moved)))


def clip_to_view(history, view):
    """Points of history to draw inside view ((x0 lo, hi), (x1 lo, hi)).

    Returns (points, exit_step, exit_point): points (k, 2) are history[:exit_step]
    (all of it when the path stays inside), exit_step is the first step that is
    outside or not finite (None if none), exit_point is where the segment into
    that step crosses the border (None if that step is not finite).
    """
    history = np.asarray(history, dtype=np.float64)
    (lo0, hi0), (lo1, hi1) = view
    with np.errstate(invalid="ignore"):
        inside = (np.all(np.isfinite(history), axis=1)
                  & (history[:, 0] >= lo0) & (history[:, 0] <= hi0)
                  & (history[:, 1] >= lo1) & (history[:, 1] <= hi1))
    outside = np.flatnonzero(~inside)
    if outside.size == 0:
        return history, None, None
    k = int(outside[0])
    points = history[:k]
    if k == 0 or not np.all(np.isfinite(history[k])):
        return points, k, None
    p, q = history[k - 1], history[k]
    d = q - p
    t = 1.0
    for axis, (lo, hi) in enumerate(view):
        if q[axis] > hi:
            t = min(t, (hi - p[axis]) / d[axis])
        elif q[axis] < lo:
            t = min(t, (lo - p[axis]) / d[axis])
    return points, k, p + t * d


class PathLayer:
    """The plot items of one learning rate: path (line + points), current point, exit arrow and text."""

    def __init__(self, plot_item, index):
        colour = COLOURS[index]
        self.colour = colour
        self.curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=7,
                                     symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(colour))
        self.current = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(colour), pen=pg.mkPen("k", width=1.5))
        self.exit_arrow = pg.ArrowItem(headLen=26, headWidth=20, tailLen=0, brush=pg.mkBrush(colour),
                                       pen=pg.mkPen("k", width=1))
        self.exit_text = pg.TextItem(color=colour, fill=pg.mkBrush(255, 255, 255, 220))
        font = self.exit_text.textItem.font()
        font.setPointSize(12)
        font.setBold(True)
        self.exit_text.setFont(font)
        for item in (self.curve, self.current, self.exit_arrow, self.exit_text):
            plot_item.addItem(item)
            item.setZValue(10 + index)
        self.points = np.empty((0, 2))
        self.kept = np.empty(0, dtype=int)
        self.exit_step = None
        self.exit_point = None
        self.has_exit_text = False
        self.set_visible(False)

    def set_path(self, history, view, exit_label):
        """A new precomputed path; the exit marker is placed but shown from exit_step on.

        exit_label is the translated "left the view at step %d"; set_exit_label says it
        again in another language without recomputing anything.
        """
        self.points, self.exit_step, self.exit_point = clip_to_view(history, view)
        short = len(history) <= MAX_SYMBOLS
        self.curve.setSymbol("o" if short else None)
        self.kept = np.arange(len(self.points)) if short else visible_moves(self.points, view)
        # The text stands beside the exit arrow, or at the last point when the next one is
        # not finite; a path with no point to draw has no text (and keeps no stale one).
        self.has_exit_text = (self.exit_step is not None
                              and (self.exit_point is not None or len(self.points) > 0))
        if self.exit_point is not None:
            p = self.points[-1]
            angle = math.degrees(math.atan2(self.exit_point[1] - p[1], self.exit_point[0] - p[0]))
            # ArrowItem points left at angle 0 and turns clockwise on screen (y down).
            self.exit_arrow.setStyle(angle=180 - angle)
            self.exit_arrow.setPos(QPointF(*self.exit_point))
            self.exit_text.setAnchor(self._label_anchor(p, view))
            self.exit_text.setPos(QPointF(*self._label_pos(p, view)))
        elif self.has_exit_text:
            self.exit_text.setAnchor((0.0, 1.0))
            self.exit_text.setPos(QPointF(*self.points[-1]))
        self.set_exit_label(exit_label)

    def set_exit_label(self, exit_label):
        self.exit_text.setText(exit_label % self.exit_step if self.has_exit_text else "")

    def _label_pos(self, p, view):
        """Beside the exit arrow, on the side of the view's centre, so neither hides the other."""
        (lo0, hi0), (lo1, hi1) = view
        span = max(hi0 - lo0, hi1 - lo1)
        d = self.exit_point - p
        d = d / (np.hypot(*d) or 1.0)
        n = np.array([-d[1], d[0]])
        centre = np.array([(lo0 + hi0) / 2, (lo1 + hi1) / 2])
        if np.dot(centre - self.exit_point, n) < 0:
            n = -n
        return self.exit_point - 0.08 * span * d + 0.06 * span * n

    def _label_anchor(self, p, view):
        """The text grows from its position towards the view's centre."""
        pos = self._label_pos(p, view)
        return (0.0 if pos[0] < (view[0][0] + view[0][1]) / 2 else 1.0,
                1.0 if pos[1] < (view[1][0] + view[1][1]) / 2 else 0.0)

    def show_step(self, k):
        """Draw the path up to step k (only setData and visibility)."""
        if self.exit_step is None or k < self.exit_step:
            # The kept points up to step k, then step k itself, so the end is always exact.
            n = np.searchsorted(self.kept, k, side="right")
            shown = self.points[self.kept[:n]]
            if n == 0 or self.kept[n - 1] != k:
                shown = np.vstack((shown, self.points[k:k + 1]))
            left = False
        else:
            shown = self.points if self.exit_point is None else np.vstack((self.points, self.exit_point))
            left = True
        self.curve.setData(shown[:, 0], shown[:, 1])
        if len(shown) and not (left and self.exit_point is not None):
            self.current.setData([shown[-1, 0]], [shown[-1, 1]])
        else:
            self.current.setData([], [])
        self.exit_arrow.setVisible(left and self.exit_point is not None)
        self.exit_text.setVisible(left and self.has_exit_text)

    def set_visible(self, visible):
        for item in (self.curve, self.current):
            item.setVisible(visible)
        if not visible:
            self.exit_arrow.setVisible(False)
            self.exit_text.setVisible(False)
