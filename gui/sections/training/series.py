"""Long loss series drawn at a bounded cost: min/max decimation and a lag-free smoothed line.

decimate_minmax works on a whole series (O(n)); StreamSeries does the same for a
series that only grows, in O(new points) per update, and smooths it with
engine.metrics.LossSmoother, so a frame late in a 30 000-iteration run costs
what one early in it does.
"""
import math

import numpy as np

from engine.metrics import SMOOTH_HALF_WIDTH, LossSmoother

MAX_POINTS = 2000      # a series longer than this is decimated to about this many points


def _minmax_buckets(y, k, offset=0):
    """(x, y) of each complete bucket of k values: its min and max, in their order (x from 1)."""
    m = len(y) // k
    blocks = np.asarray(y[:m * k], dtype=np.float64).reshape(m, k)
    safe = np.where(np.isfinite(blocks), blocks, np.nan)
    all_nan = np.isnan(safe).all(axis=1)
    safe[all_nan, 0] = 0.0  # nanargmin needs one number per row; the row is masked below
    lo, hi = np.nanargmin(safe, axis=1), np.nanargmax(safe, axis=1)
    first, second = np.minimum(lo, hi), np.maximum(lo, hi)
    base = np.arange(m) * k
    index = np.column_stack([base + first, base + second]).ravel()
    out_y = blocks.ravel()[index].copy()
    out_y[np.repeat(all_nan, 2).nonzero()[0]] = np.nan
    return (index + offset + 1).astype(np.float64), out_y


def decimate_minmax(y, max_points=MAX_POINTS):
    """(x, y) with x = 1..len(y); beyond max_points each bucket keeps its min and max, in order.

    Spikes survive (unlike striding) and the cost is O(len(y)) with no Python loop.
    """
    y = np.asarray(y, dtype=np.float64)
    n = len(y)
    if n <= max_points:
        return np.arange(1, n + 1, dtype=np.float64), y
    k = math.ceil(n / (max_points // 2))
    x, out = _minmax_buckets(y, k)
    rest = np.arange(len(y) // k * k, n)
    return np.concatenate([x, rest + 1.0]), np.concatenate([out, y[rest]])


class StreamSeries:
    """A growing series of known final length, decimated and smoothed incrementally.

    The bucket size is fixed by the run's length, so finished buckets never
    change: each update reads only the values that arrived since the last one.
    """

    def __init__(self, length, half_width=SMOOTH_HALF_WIDTH, max_points=MAX_POINTS):
        self.k = 1 if length <= max_points else math.ceil(length / (max_points // 2))
        self.max_points = max_points
        self._n = 0
        self._buckets = 0
        capacity = 2 * (length // self.k + 1)
        self._x, self._y, self._m = np.empty(capacity), np.empty(capacity), 0
        self.smoother = LossSmoother(half_width)
        self._length = length

    def update(self, y):
        """Take in y, the whole series so far (only y[previous length:] is read)."""
        n = len(y)
        if n < self._n or n > self._length:
            raise ValueError("StreamSeries only grows, up to the length it was made for")
        self.smoother.extend(y[self._n:n])
        full = n // self.k
        if self.k > 1 and full > self._buckets:
            start = self._buckets * self.k
            x, out = _minmax_buckets(y[start:full * self.k], self.k, offset=start)
            self._x[self._m:self._m + len(x)] = x
            self._y[self._m:self._m + len(x)] = out
            self._m += len(x)
            self._buckets = full
        self._n = n

    def curve(self, y):
        """(x, y) to draw: the decimated finished buckets, then the raw values after them."""
        n = self._n
        if self.k == 1:
            return np.arange(1, n + 1, dtype=np.float64), np.asarray(y[:n], dtype=np.float64)
        start = self._buckets * self.k
        tail = np.asarray(y[start:n], dtype=np.float64)
        return (np.concatenate([self._x[:self._m], np.arange(start + 1, n + 1, dtype=np.float64)]),
                np.concatenate([self._y[:self._m], tail]))

    def smoothed(self, points=MAX_POINTS // 2):
        """(x, smoothed loss) at about `points` evenly spaced iterations and at the newest ones.

        Every one of the newest h iterations (the live edge, where the line is still
        settling) is drawn, so the line ends exactly at the latest iteration.
        """
        n = self._n
        step = max(1, n // points)
        edge = max(0, n - self.smoother.h)
        index = np.concatenate([np.arange(0, edge, step), np.arange(edge, n)])
        return index + 1.0, self.smoother.at(index)
