"""Activation functions of the book's networks (ch. 3), used by chapter 4."""
import numpy as np


def step_function(x):
    """1 where x > 0, else 0; its derivative is 0 almost everywhere (fig 4-4)."""
    return (np.asarray(x) > 0).astype(np.float64)


def sigmoid(x):
    """1 / (1 + exp(-x)), elementwise; exp overflow for x << 0 correctly gives 0."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


def sigmoid_grad(x):
    """d sigmoid / dx = sigmoid(x) * (1 - sigmoid(x))."""
    s = sigmoid(x)
    return s * (1.0 - s)


def softmax(x):
    """Softmax over the last axis; (n,) or (batch, n)."""
    x = np.asarray(x)
    # Overflow guard: subtracting the row maximum leaves softmax unchanged
    # but keeps exp() finite for large logits.
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)
