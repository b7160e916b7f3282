"""The correct answer t in the book's two forms: a label (class index) or a one-hot vector."""
import numpy as np


def as_labels(t):
    """Class indices (N,) from labels (N,) or one-hot rows (N, n) (the index of each row's largest entry)."""
    t = np.asarray(t)
    return t.argmax(axis=-1) if t.ndim == 2 else t.astype(np.intp)


def label_of(t):
    """The class index of one sample: from a one-hot vector (n,) or from a label."""
    t = np.asarray(t)
    return int(np.argmax(t)) if t.ndim == 1 and t.size > 1 else int(t)


def one_hot(labels, n_classes=10, dtype=np.float64):
    """One-hot rows (N, n_classes) for labels (N,); one vector (n_classes,) for a single label."""
    labels = np.asarray(labels, dtype=np.intp)
    t = np.zeros(labels.shape + (n_classes,), dtype=dtype)
    np.put_along_axis(t, labels[..., None], 1, axis=-1)
    return t
