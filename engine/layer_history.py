"""Each layer's weights and gradients over a run, in bounded memory (TensorBoard's histogram view).

A snapshot keeps, per layer, QUANTILES quantiles of W and of ∂L/∂W (not the
arrays): from them the share of values in any bin is read back (the quantiles
are the inverse of the distribution function), so the bins can follow the
range the whole run covers, chosen when drawing. At most max_columns snapshots
are kept: when full, every second one is dropped (the latest stays), so a
10 000-iteration run costs the same few megabytes as a short one.
"""
import numpy as np

QUANTILES = 101          # 0 %, 1 %, …, 100 %
MAX_COLUMNS = 200
KINDS = ("W", "grad")
TAIL = 1                 # the bins span 1 % … 99 % of the values; the rest counts in the end bins


def weight_keys(params):
    """W1 … WL in order."""
    count = sum(1 for key in params if key.startswith("W"))
    return [f"W{i}" for i in range(1, count + 1)]


def gradient_snapshot(network, x, t):
    """(weights, gradients): W1 … WL and ∂L/∂W1 … ∂L/∂WL of network on the batch (x, t)."""
    if x.dtype != network.dtype:
        x = x.astype(network.dtype)
    _, grads = network.loss_and_gradient(x, t)
    keys = weight_keys(network.params)
    return [network.params[k] for k in keys], [grads[k] for k in keys]


class LayerHistory:
    """Quantiles of each layer's W and ∂L/∂W per snapshot: iterations[i] and columns[i] (2, L, Q)."""

    def __init__(self, max_columns=MAX_COLUMNS):
        self.max_columns = max_columns
        self.clear()

    def clear(self):
        self.iterations = []
        self.columns = []
        self.sizes = None      # values per layer (the counts' total)

    def __len__(self):
        return len(self.columns)

    @property
    def layer_count(self):
        return 0 if self.sizes is None else len(self.sizes)

    @property
    def nbytes(self):
        """Bytes held by the kept quantiles (what a long run costs)."""
        return sum(column.nbytes for column in self.columns) + 8 * len(self.iterations)

    @staticmethod
    def quantiles(weights, gradients):
        """The (2, L, Q) column of one snapshot (what a worker thread computes)."""
        probs = np.linspace(0.0, 1.0, QUANTILES)
        return np.array([[np.quantile(np.asarray(a, dtype=np.float64), probs) for a in arrays]
                         for arrays in (weights, gradients)], dtype=np.float64)

    def add(self, iteration, column, sizes):
        """Keep one snapshot's column; a network of other layer sizes starts the history anew."""
        sizes = tuple(int(n) for n in sizes)
        if sizes != self.sizes:
            self.clear()
            self.sizes = sizes
        if self.iterations and iteration <= self.iterations[-1]:
            # a repeated snapshot (paused, then shown again) replaces the one of that iteration
            while self.iterations and self.iterations[-1] >= iteration:
                self.iterations.pop()
                self.columns.pop()
        self.iterations.append(int(iteration))
        self.columns.append(np.asarray(column, dtype=np.float64))
        if len(self.columns) > self.max_columns:
            # keep every second snapshot counting back from the latest
            self.iterations = self.iterations[::-1][::2][::-1]
            self.columns = self.columns[::-1][::2][::-1]

    def value_range(self, kind, layer, tail=TAIL):
        """(lo, hi) spanning the tail-th … (100 − tail)-th percentile of every kept snapshot of that
        layer (never empty): a few far gradients would otherwise squeeze everything into one bin."""
        k = KINDS.index(kind)
        lo = min(float(c[k, layer, tail]) for c in self.columns)
        hi = max(float(c[k, layer, -1 - tail]) for c in self.columns)
        if not hi > lo:
            pad = max(abs(lo) * 1e-3, 1e-12)
            lo, hi = lo - pad, hi + pad
        return lo, hi

    def heatmap(self, kind, layer, bins=48):
        """(counts (columns, bins), (lo, hi), (first, last iteration)).

        Column j is the snapshot last taken at or before iteration first + j·(last − first)/(n − 1),
        so x is iteration even when older snapshots were thinned; counts[j, b] is how many of the
        layer's values fall in bin b (read from the quantiles, exact to 1 %); values beyond the
        range count in the end bins.
        """
        if not self.columns:
            return np.zeros((0, bins)), (0.0, 1.0), (0, 0)
        k = KINDS.index(kind)
        lo, hi = self.value_range(kind, layer)
        edges = np.linspace(lo, hi, bins + 1)
        iterations = np.asarray(self.iterations)
        n = len(iterations)
        grid = np.linspace(iterations[0], iterations[-1], n) if n > 1 else iterations.astype(float)
        picks = np.searchsorted(iterations, grid + 1e-9, side="right") - 1
        q = np.array([self.columns[pick][k, layer] for pick in picks])      # (n, Q), rows increasing
        cdf = distribution(q, edges)
        cdf[:, 0], cdf[:, -1] = 0.0, 1.0      # what lies beyond the range counts in the end bins
        counts = np.diff(cdf, axis=1) * self.sizes[layer]
        return counts, (lo, hi), (int(iterations[0]), int(iterations[-1]))


def distribution(q, x):
    """The distribution function at x (m,) of each row of quantiles q (n, Q): np.interp(x, q[j],
    linspace(0, 1, Q)) for every row j at once (a value equal to a quantile counts as below it)."""
    n_q = q.shape[1]
    below = (q[:, :, None] <= x[None, None, :]).sum(axis=1)          # (n, m): quantiles ≤ x
    i = np.clip(below - 1, 0, n_q - 2)
    left = np.take_along_axis(q, i, axis=1)
    right = np.take_along_axis(q, i + 1, axis=1)
    width = right - left
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(width > 0, (x[None, :] - left) / width, 1.0)
    return (i + np.clip(t, 0.0, 1.0)) / (n_q - 1)
