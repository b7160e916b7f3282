"""Measuring a TwoLayerNet: fast predictions on whole data sets, accuracy, confusion matrix,
and the book's gradient check (backprop against numerical gradients)."""
from typing import NamedTuple

import numpy as np

from engine.labels import as_labels
from engine.networks import PARAM_KEYS

_EVAL_CHUNK = 512    # rows per block: the block and its activations stay in cache


def _logit_blocks(params, x, chunk=_EVAL_CHUNK):
    """Yield (start, a2) for consecutive blocks of x (N, D): the logits, in W1's dtype.

    a2 is a fresh array; the blocks the hidden layer works in are reused.
    """
    W1, b1, W2, b2 = (params[k] for k in PARAM_KEYS)
    x = np.asarray(x)
    chunk = max(1, min(chunk, x.shape[0]))
    # Reused blocks: converting float32 pixels into one buffer costs less than a fresh array each time.
    block = np.empty((chunk, x.shape[1]), dtype=W1.dtype) if x.dtype != W1.dtype else None
    hidden = np.empty((chunk, W1.shape[1]), dtype=W1.dtype)
    for start in range(0, x.shape[0], chunk):
        xc = x[start:start + chunk]
        n = xc.shape[0]
        if block is not None:
            np.copyto(block[:n], xc)
            xc = block[:n]
        a1 = np.dot(xc, W1, out=hidden[:n])
        a1 += b1
        # sigmoid in place: 1 / (1 + exp(-a1))
        np.negative(a1, out=a1)
        with np.errstate(over="ignore"):
            np.exp(a1, out=a1)
        a1 += 1
        np.reciprocal(a1, out=a1)
        a2 = np.dot(a1, W2)
        a2 += b2
        yield start, a2


def predict_labels(params, x, chunk=_EVAL_CHUNK):
    """argmax of the logits for x (N, D), in blocks, in W1's dtype (softmax keeps the argmax)."""
    out = np.empty(np.shape(x)[0], dtype=np.intp)
    for start, a2 in _logit_blocks(params, x, chunk):
        out[start:start + len(a2)] = a2.argmax(axis=1)
    return out


def loss_and_accuracy(params, x, t, chunk=_EVAL_CHUNK):
    """(cross-entropy loss, accuracy) of the whole data set x (N, D), t (labels or one-hot).

    The book's loss, -mean(log(y[t] + 1e-7)) with y = softmax, in one pass of blocks.
    """
    t = as_labels(t)
    if len(t) == 0:
        return float("nan"), float("nan")
    total, right = 0.0, 0
    for start, a2 in _logit_blocks(params, x, chunk):
        rows = np.arange(len(a2))
        labels = t[start:start + len(a2)]
        right += int(np.count_nonzero(a2.argmax(axis=1) == labels))
        a2 = a2 - a2.max(axis=1, keepdims=True)     # softmax overflow guard
        np.exp(a2, out=a2)
        y = a2[rows, labels] / a2.sum(axis=1)
        total += float(-np.log(y.astype(np.float64) + 1e-7).sum())
    return total / len(t), right / len(t)


def accuracy(params, x, t):
    """Fraction of x whose predicted class is t (labels or one-hot)."""
    if len(x) == 0:
        return float("nan")
    return float(np.mean(predict_labels(params, x) == as_labels(t)))


def confusion_matrix(predicted, labels, n_classes=10):
    """counts[true, predicted] (n_classes, n_classes) from label arrays (or one-hot labels)."""
    predicted = as_labels(predicted)
    labels = as_labels(labels)
    if predicted.shape != labels.shape:
        raise ValueError(f"predicted has {predicted.size} entries but labels has {labels.size}; "
                         "pass one prediction per label.")
    for name, values in (("predicted", predicted), ("labels", labels)):
        if values.size and (values.min() < 0 or values.max() >= n_classes):
            raise ValueError(f"{name} must be class numbers 0..{n_classes - 1}, "
                             f"found {int(values.min())}..{int(values.max())}.")
    counts = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(counts, (labels, predicted), 1)
    return counts


class GradientDifference(NamedTuple):
    """How far backprop is from the numerical gradient for one parameter."""
    max_abs: float   # max |backprop - numerical|
    max_rel: float   # max |backprop - numerical| / max(|backprop|, |numerical|, 1e-8)


def gradient_check(network, x, t):
    """The book's gradient_check: {key: GradientDifference(max_abs, max_rel)} for W1 b1 W2 b2.

    The numerical gradient is the fast one (same values as the book's loop).
    Relative difference: |a - b| / max(|a|, |b|, 1e-8) element by element.
    """
    backprop = network.gradient(x, t)
    numerical = network.numerical_gradient(x, t, method="fast")
    result = {}
    for key in PARAM_KEYS:
        a = np.asarray(backprop[key], dtype=np.float64)
        b = np.asarray(numerical[key], dtype=np.float64)
        diff = np.abs(a - b)
        scale = np.maximum(np.maximum(np.abs(a), np.abs(b)), 1e-8)
        result[key] = GradientDifference(float(diff.max(initial=0.0)),
                                         float((diff / scale).max(initial=0.0)))
    return result


# --- smoothing a noisy loss series without lag -------------------------------------------------

SMOOTH_HALF_WIDTH = 50    # the centred mean spans 2 * 50 + 1 = 101 iterations


def _edge_decay(half_width):
    """β of the edge's exponential weights β**lag: α = 2 / (half_width + 1), an EMA of span half_width."""
    return 1.0 - 2.0 / (half_width + 1.0)


class LossSmoother:
    """A growing series y (one value per iteration) smoothed with no lag, updated incrementally.

    Where iterations i - h .. i + h exist (h = half_width), the value at i is their
    centred mean (the window shrinks symmetrically near iteration 0), so a straight
    line is not shifted. The newest h iterations have no data after them: there the
    value at i is an exponential average with its lag corrected, the level at i of
    the straight line fitted to y[:i + 1] by least squares with weights β**(i - k)
    (Brown's double exponential smoothing, exact for the data so far). A straight
    line is followed with no lag at all; a bend y'' biases it by
    edge_curvature_bias(h) * y'' (about -600 y'' for h = 50; a trailing mean of
    100 iterations is off by 50 times the slope). Non-finite values are left out.
    extend() costs O(new values); at() costs O(len(at) + h * MEMORY).
    """

    def __init__(self, half_width=SMOOTH_HALF_WIDTH):
        self.h = int(half_width)
        self.beta = _edge_decay(self.h)
        # beyond this many iterations back the weights are below 1e-6: cut there
        self.memory = int(np.ceil(np.log(1e-6) / np.log(self.beta))) if self.beta > 0 else 1
        self.n = 0
        self._y = np.empty(1024)
        self._sum = np.zeros(1025)     # _sum[i]: sum of the finite values among the first i
        self._count = np.zeros(1025)   # _count[i]: how many of the first i are finite

    def extend(self, values):
        """Append new values (1-D)."""
        values = np.asarray(values, dtype=np.float64).ravel()
        need = self.n + len(values)
        if need > len(self._y):
            size = max(need, 2 * len(self._y))
            self._y = np.resize(self._y, size)
            self._sum = np.resize(self._sum, size + 1)
            self._count = np.resize(self._count, size + 1)
        finite = np.isfinite(values)
        self._y[self.n:need] = values
        self._sum[self.n + 1:need + 1] = self._sum[self.n] + np.cumsum(np.where(finite, values, 0.0))
        self._count[self.n + 1:need + 1] = self._count[self.n] + np.cumsum(finite)
        self.n = need
        return self

    def at(self, index=None):
        """The smoothed values at these iterations (0-based indices; default: all of them)."""
        index = np.arange(self.n) if index is None else np.asarray(index, dtype=np.intp)
        out = np.empty(len(index))
        interior = index + self.h <= self.n - 1
        i = index[interior]
        r = np.minimum(i, self.h)
        count = self._count[i + r + 1] - self._count[i - r]
        with np.errstate(invalid="ignore", divide="ignore"):
            out[interior] = np.where(count > 0, (self._sum[i + r + 1] - self._sum[i - r]) / count, np.nan)
        out[~interior] = self._edge(index[~interior])
        return out

    def _edge(self, index):
        """The exponentially weighted least-squares level at each i from y[:i + 1] (len(index) <= h)."""
        if len(index) == 0:
            return np.empty(0)
        lag = np.arange(self.memory)
        at = index[:, None] - lag[None, :]
        inside = at >= 0
        y = self._y[np.where(inside, at, 0)]
        w = np.where(inside & np.isfinite(y), self.beta ** lag, 0.0)
        y = np.where(w > 0, y, 0.0)
        W0, W1, W2 = w.sum(axis=1), (w * lag).sum(axis=1), (w * lag * lag).sum(axis=1)
        Y0, Y1 = (w * y).sum(axis=1), (w * lag * y).sum(axis=1)
        det = W0 * W2 - W1 * W1
        with np.errstate(invalid="ignore", divide="ignore"):
            line = (Y0 * W2 - Y1 * W1) / det
            mean = Y0 / W0          # one value only: no line to fit
        return np.where(det > 1e-9 * np.maximum(W0 * W2, 1e-300), line, mean)


def smooth_loss(y, half_width=SMOOTH_HALF_WIDTH):
    """y (n,) smoothed without lag (LossSmoother): centred mean, lag-corrected EMA at the end."""
    return LossSmoother(half_width).extend(y).at()


def edge_curvature_bias(half_width=SMOOTH_HALF_WIDTH):
    """The live edge's error for y = y'' k² / 2, per unit y'' (steady state): its stated bias bound."""
    beta = _edge_decay(half_width)
    lag = np.arange(int(np.ceil(np.log(1e-12) / np.log(beta))), dtype=np.float64)
    w = beta ** lag
    W0, W1, W2, W3, W4 = ((w * lag ** k).sum() for k in range(5))
    return float((W2 * W2 - W3 * W1) / (W0 * W2 - W1 * W1) / 2)
