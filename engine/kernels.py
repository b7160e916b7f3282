"""Compiled inner loops of the backprop SGD step (numba), used when numba is installed.

The two big products of a step (x W1 and x.T da1) stay in BLAS, which runs
them near the CPU's peak. What these loops replace is everything between
them, which NumPy can only do as ~35 separate passes over small arrays and as
gathers of whole 784-pixel rows:

* the mini-batch is read from the images' non-zero pixels only (about 150 of
  784 per MNIST digit, stored row by row: ``PixelRows``): the pixels common in
  the training set go straight into the columns of a dense block, with a
  column of ones that folds b1 into the product; the rare ones (a few per
  image) are handled one by one;
* the output layer (softmax, cross-entropy, dL/da2) and the updates of W2, b2,
  W1 and b1 are single loops.

Each kernel is plain Python that numba compiles on first use (cached on disk
next to this file; `python -m engine.warm_up` compiles them ahead of time). Without
numba, engine.backprop_step runs the same step in NumPy.
"""
import os

import numpy as np

try:
    import numba
except ImportError:          # the NumPy step is used instead
    numba = None

AVAILABLE = numba is not None


def _jit(function):
    if numba is None:
        return function
    # nogil: a training step never blocks the GUI thread; "contract" lets
    # a * b + c become one fused multiply-add (no reordering of sums).
    options = {"nogil": True, "fastmath": {"contract"}}
    try:
        # compiled once, then loaded from a cache next to this file (or in ~/.cache)
        return numba.njit(cache=True, **options)(function)
    except RuntimeError:     # no writable cache directory: compile at each start instead
        return numba.njit(**options)(function)


class PixelRows:
    """The non-zero pixels of every image, row by row (compressed sparse rows), common ones first.

    A pixel is common when it is non-zero in at least common_share of the
    images; cols lists the common pixels in increasing order. Row r holds
    its common pixels in indices[indptr[r]:split[r]], as their place in cols
    (the column of the batch's dense block they go to), then its other
    pixels in indices[split[r]:indptr[r + 1]], as pixel numbers, with their
    values in values[...] (the image's dtype). Reading a batch this way
    touches ~1 KB per MNIST image instead of 3 KB, in one sequential run.
    """

    def __init__(self, x, common_share):
        x = np.ascontiguousarray(x)
        per_image, per_pixel = _count_non_zero(x)
        self.cols = np.flatnonzero(per_pixel >= common_share * x.shape[0])
        place = np.full(x.shape[1], -1, dtype=np.int64)
        place[self.cols] = np.arange(self.cols.size)
        self.indptr = np.zeros(x.shape[0] + 1, dtype=np.int64)
        np.cumsum(per_image, out=self.indptr[1:])
        index_type = np.int16 if x.shape[1] <= np.iinfo(np.int16).max else np.int32
        self.indices = np.empty(self.indptr[-1], dtype=index_type)
        self.values = np.empty(self.indptr[-1], dtype=x.dtype)
        self.split = np.empty(x.shape[0], dtype=np.int64)
        _fill_rows(x, place, self.indptr, self.split, self.indices, self.values)


@_jit
def _count_non_zero(x):
    """Non-zero pixels per image and per pixel."""
    per_image = np.zeros(x.shape[0], dtype=np.int64)
    per_pixel = np.zeros(x.shape[1], dtype=np.int64)
    for r in range(x.shape[0]):
        c = 0
        for k in range(x.shape[1]):
            if x[r, k] != 0:
                c += 1
                per_pixel[k] += 1
        per_image[r] = c
    return per_image, per_pixel


@_jit
def _fill_rows(x, place, indptr, split, indices, values):
    for r in range(x.shape[0]):
        q = indptr[r]
        for k in range(x.shape[1]):
            if x[r, k] != 0 and place[k] >= 0:
                indices[q] = place[k]
                values[q] = x[r, k]
                q += 1
        split[r] = q
        for k in range(x.shape[1]):
            if x[r, k] != 0 and place[k] < 0:
                indices[q] = k
                values[q] = x[r, k]
                q += 1


@_jit
def gather_batch(indptr, split, indices, values, cols, batch, W1, b1, x, w1,
                 rare_row, rare_col, rare_value):
    """Lay out the batch for the forward and backward products; return (n_rare, touched).

    With m = cols.size common pixels, x (n, m + 1) gets the images' common
    pixels and a last column of ones, and w1 (m + 1, hidden) gets -W1[cols]
    and -b1, so x @ w1 = -(x W1 + b1) is one BLAS product. The other
    non-zero pixels (rare: near the digits' edges) are listed as n_rare
    entries (image, pixel, value): a BLAS column for each would cost more
    than the handful of rows they touch. x and w1 are flat buffers. touched
    is a sum of the prefetched values, returned only so that the compiler
    keeps those loads.
    """
    n = batch.size
    m = cols.size
    hidden = W1.shape[1]
    # Touch every cache line of the batch's rows first. These loads do not
    # depend on each other, so the CPU fetches them in parallel; the passes
    # below would otherwise wait for memory row after row.
    touched = 0.0
    for i in range(n):
        r = batch[i]
        for q in range(indptr[r], indptr[r + 1], 16):
            touched += values[q] + indices[q]
    width = m + 1
    for e in range(n * width):
        x[e] = 0
    n_rare = 0
    for i in range(n):
        r = batch[i]
        row = i * width
        for q in range(indptr[r], split[r]):
            x[row + indices[q]] = values[q]
        x[row + m] = 1
        for q in range(split[r], indptr[r + 1]):
            rare_row[n_rare] = i
            rare_col[n_rare] = indices[q]
            rare_value[n_rare] = values[q]
            n_rare += 1
    for c in range(m):
        source = cols[c]
        for j in range(hidden):
            w1[c * hidden + j] = -W1[source, j]
    for j in range(hidden):
        w1[m * hidden + j] = -b1[j]
    return n_rare, touched


@_jit
def subtract_rare_pixels(a1, W1, rare_row, rare_col, rare_value, n_rare):
    """a1[i] -= value * W1[pixel] for each rare entry: the rest of -(x W1 + b1)."""
    hidden = W1.shape[1]
    for e in range(n_rare):
        i, k, v = rare_row[e], rare_col[e], rare_value[e]
        for j in range(hidden):
            a1[i, j] -= v * W1[k, j]


@_jit
def softmax_cross_entropy(a2, b2, labels, delta):
    """a2 (n, classes) = z1 W2 becomes dL/da2 = (softmax(a2 + b2) - onehot(t)) / n; returns the loss.

    The loss is the book's cross_entropy_error: -sum(log(y[t] + delta)) / n.
    """
    n, classes = a2.shape
    loss = 0.0
    for i in range(n):
        y = a2[i]
        for c in range(classes):
            y[c] += b2[c]
        top = y[0]
        for c in range(1, classes):
            top = max(top, y[c])
        total = 0.0
        for c in range(classes):
            y[c] = np.exp(y[c] - top)
            total += y[c]
        for c in range(classes):
            y[c] /= total
        t = labels[i]
        loss -= np.log(y[t] + delta)
        y[t] -= 1
        for c in range(classes):
            y[c] /= n
    return loss / n


@_jit
def hidden_grad_and_output_update(da1, z1, dy, W2, b2, dW2, lr):
    """da1 *= sigmoid'(a1) = z1 (1 - z1); then W2 -= lr dW2 and b2 -= lr sum(dy)."""
    n, hidden = da1.shape
    for i in range(n):
        for j in range(hidden):
            z = z1[i, j]
            da1[i, j] *= z * (1 - z)
    for j in range(hidden):
        for c in range(W2.shape[1]):
            W2[j, c] -= lr * dW2[j, c]
    for c in range(b2.size):
        db2 = 0.0
        for i in range(n):
            db2 += dy[i, c]
        b2[c] -= lr * db2


@_jit
def update_common_and_rare_rows(W1, b1, cols, dW1, lr, da1, rare_row, rare_col, rare_value, n_rare):
    """W1 -= lr dW1 on the common pixels' rows and the batch's rare pixels' rows, and b1 -= lr db1.

    dW1 (m + 1, hidden) holds x.T da1 of the dense block, its last row (the
    ones column's) being db1; a common pixel that no image of the batch uses
    has a zero row there and keeps its weights. A rare entry adds
    value * da1[image] to its pixel's row of the gradient, subtracted here
    directly. Rows of other pixels are not touched: their gradient is 0.
    """
    hidden = W1.shape[1]
    m = cols.size
    for c in range(m):
        row = cols[c]
        for j in range(hidden):
            W1[row, j] -= lr * dW1[c * hidden + j]
    for j in range(hidden):
        b1[j] -= lr * dW1[m * hidden + j]
    for e in range(n_rare):
        i, k = rare_row[e], rare_col[e]
        v = lr * rare_value[e]
        for j in range(hidden):
            W1[k, j] -= v * da1[i, j]


def needs_compiling():
    """True when the first training step will compile these loops: numba is here, nothing is cached.

    Read from numba's cache index next to this file (or in ~/.cache); where that
    cannot be read (another numba, no cache), say False rather than guess.
    """
    if numba is None:
        return False
    kernels = [value for value in globals().values() if hasattr(value, "signatures")]
    try:
        return any(not k.signatures and not os.path.exists(k._cache._cache_file._index_path) for k in kernels)
    except AttributeError:
        return False
