"""Compiled inner loops of the backprop SGD step (numba), used when numba is installed.

The two big products of a step (x W1 and x.T da1) stay in BLAS, which runs
them near the CPU's peak. What these loops replace is everything between
them, which NumPy can only do as ~35 separate passes over small arrays and as
gathers of whole 784-pixel rows:

* the mini-batch is read from the images' non-zero pixels only (about 150 of
  784 per MNIST digit, stored row by row: ``PixelRows``), straight into the
  columns the batch uses, with a column of ones that folds b1 into the product;
* the output layer (softmax, cross-entropy, dL/da2) and the updates of W2, b2,
  W1 and b1 are single loops.

Each kernel is plain Python that numba compiles on first use (cached on disk
next to this file). Without numba, engine.training runs the same step in NumPy.
"""
import sys

import numpy as np

try:
    import numba
except ImportError:          # the NumPy step is used instead
    numba = None

AVAILABLE = numba is not None

# The on-disk cache needs this file's source path; a frozen bundle has none.
_CACHE = not getattr(sys, "frozen", False)


def _jit(function):
    if numba is None:
        return function
    # nogil: a training step never blocks the GUI thread; "contract" lets
    # a * b + c become one fused multiply-add (no reordering of sums).
    return numba.njit(nogil=True, cache=_CACHE, fastmath={"contract"})(function)


class PixelRows:
    """The non-zero pixels of every image, row by row (compressed sparse rows).

    Pixels of row r are indices[indptr[r]:indptr[r + 1]] with their values in
    values[...] (the image's dtype). Reading a batch this way touches ~1 KB per
    MNIST image instead of 3 KB, in one sequential run.
    """

    def __init__(self, x):
        x = np.ascontiguousarray(x)
        counts = _count_nonzero_rows(x)
        self.indptr = np.zeros(x.shape[0] + 1, dtype=np.int64)
        np.cumsum(counts, out=self.indptr[1:])
        index_type = np.int16 if x.shape[1] <= np.iinfo(np.int16).max else np.int32
        self.indices = np.empty(self.indptr[-1], dtype=index_type)
        self.values = np.empty(self.indptr[-1], dtype=x.dtype)
        _fill_rows(x, self.indptr, self.indices, self.values)
        self.n_pixels = x.shape[1]


@_jit
def _count_nonzero_rows(x):
    counts = np.zeros(x.shape[0], dtype=np.int64)
    for r in range(x.shape[0]):
        c = 0
        for k in range(x.shape[1]):
            if x[r, k] != 0:
                c += 1
        counts[r] = c
    return counts


@_jit
def _fill_rows(x, indptr, indices, values):
    for r in range(x.shape[0]):
        q = indptr[r]
        for k in range(x.shape[1]):
            if x[r, k] != 0:
                indices[q] = k
                values[q] = x[r, k]
                q += 1


@_jit
def gather_batch(indptr, indices, values, batch, W1, b1, dense_min, position, cols, x, w1,
                 rare_row, rare_col, rare_value):
    """Lay out the batch for the forward and backward products; return (m, n_rare, touched).

    A pixel non-zero in at least dense_min images of the batch goes to the
    dense block: cols[:m] are those pixels in increasing order, x (n, m + 1)
    holds their values and a last column of ones, w1 (m + 1, hidden) holds
    -W1[cols] and -b1, so x @ w1 = -(x W1 + b1) is one BLAS product. The other
    non-zero pixels (rare in this batch: near the digits' edges) are listed
    as n_rare entries (image, pixel, value): a BLAS column for each would cost
    more than the handful of rows they touch. x and w1 are flat buffers.
    touched is a sum of the prefetched values, returned only so that the
    compiler keeps those loads.
    """
    n = batch.size
    n_pixels, hidden = W1.shape
    # Touch every cache line of the batch's rows first. These loads do not
    # depend on each other, so the CPU fetches them in parallel; the passes
    # below would otherwise wait for memory row after row.
    touched = 0.0
    for i in range(n):
        r = batch[i]
        for q in range(indptr[r], indptr[r + 1], 16):
            touched += values[q] + indices[q]
    for k in range(n_pixels):
        position[k] = 0
    for i in range(n):
        r = batch[i]
        for q in range(indptr[r], indptr[r + 1]):
            position[indices[q]] += 1
    m = 0
    for k in range(n_pixels):
        if position[k] >= dense_min:
            position[k] = m
            cols[m] = k
            m += 1
        else:
            position[k] = -1
    width = m + 1
    for e in range(n * width):
        x[e] = 0
    n_rare = 0
    for i in range(n):
        r = batch[i]
        row = i * width
        for q in range(indptr[r], indptr[r + 1]):
            k = indices[q]
            if position[k] >= 0:
                x[row + position[k]] = values[q]
            else:
                rare_row[n_rare] = i
                rare_col[n_rare] = k
                rare_value[n_rare] = values[q]
                n_rare += 1
        x[row + m] = 1
    for c in range(m):
        source = cols[c]
        for j in range(hidden):
            w1[c * hidden + j] = -W1[source, j]
    for j in range(hidden):
        w1[m * hidden + j] = -b1[j]
    return m, n_rare, touched


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
def update_used_rows(W1, b1, cols, m, dW1, lr, da1, rare_row, rare_col, rare_value, n_rare):
    """W1 -= lr dW1 on the rows the batch touched, and b1 -= lr db1.

    dW1 (m + 1, hidden) holds x.T da1 of the dense block, its last row (the
    ones column's) being db1; a rare entry adds value * da1[image] to its
    pixel's row of the gradient, subtracted here directly.
    """
    hidden = W1.shape[1]
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


def warm_up():
    """Compile (or load from the disk cache) every kernel for the types training uses.

    Pixels are float32 (load_mnist's) or the network's dtype. Run by `make
    run` and `make test`, so that the first Start in the app does not wait ~2 s per type
    for the compiler.
    """
    from engine.training import TrainConfig, Trainer
    rng = np.random.default_rng(0)
    x = rng.random((40, 12)) * (rng.random((40, 12)) < 0.5)
    for pixels, dtype in ((np.float32, "float64"), (np.float32, "float32"), (np.float64, "float64")):
        images = x.astype(pixels)
        data = ((images, rng.integers(0, 10, 40)), (images[:10], rng.integers(0, 10, 10)))
        for _ in Trainer(TrainConfig(iters_num=2, batch_size=10, hidden_size=4, dtype=dtype,
                                     evaluate=False), data):
            pass


if __name__ == "__main__":
    if AVAILABLE:
        warm_up()
        print("engine.kernels: compiled for float64 and float32 networks")
    else:
        print("engine.kernels: numba is not installed; training uses the NumPy step")
