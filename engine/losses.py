"""Loss functions of section 4.2: mean squared error (4.1) and cross-entropy (4.2, 4.3)."""
import numpy as np

from engine.labels import as_labels

# The book adds delta inside the log so that y = 0 gives -log(1e-7) ≈ 16.1, not inf.
DELTA = 1e-7


def mean_squared_error(y, t):
    """E = 1/2 * sum_k (y_k - t_k)^2 for one sample (n,); summed over a batch."""
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    return 0.5 * np.sum((y - t) ** 2)


def _as_labels(y, t):
    """Batch-shaped y (N, n) and label t (N,) from one-hot or label targets."""
    y = np.asarray(y)
    t = np.asarray(t)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.ndim == 1 and t.size == y.size else t.reshape(1)
    return y, as_labels(t)


def cross_entropy_error(y, t):
    """E = -1/N * sum_n log(y_n[t_n] + 1e-7); y (n,) or (N, n), t one-hot or labels."""
    y, labels = _as_labels(y, t)
    batch_size = y.shape[0]
    picked = y[np.arange(batch_size), labels]
    return -np.sum(np.log(picked + DELTA)) / batch_size


def cross_entropy_per_sample(y, t):
    """The per-sample terms -log(y_n[t_n] + 1e-7), shape (N,)."""
    y, labels = _as_labels(y, t)
    return -np.log(y[np.arange(y.shape[0]), labels] + DELTA)
