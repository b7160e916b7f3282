"""Measuring a TwoLayerNet: fast predictions on whole data sets, accuracy, confusion matrix,
and the book's gradient check (backprop against numerical gradients)."""
from typing import NamedTuple

import numpy as np

from engine.labels import as_labels
from engine.networks import PARAM_KEYS

_EVAL_CHUNK = 512    # rows per block: the block and its activations stay in cache


def predict_labels(params, x, chunk=_EVAL_CHUNK):
    """argmax of the logits for x (N, D), in blocks, in W1's dtype (softmax keeps the argmax)."""
    W1, b1, W2, b2 = (params[k] for k in PARAM_KEYS)
    x = np.asarray(x)
    out = np.empty(x.shape[0], dtype=np.intp)
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
        out[start:start + n] = a2.argmax(axis=1)
    return out


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
