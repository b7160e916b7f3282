"""Gradient descent of section 4.4.1: x <- x - lr * grad f(x)  (formula 4.7)."""
import numpy as np

from engine.gradient import numerical_gradient


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """Run step_num steps from init_x; returns (x, history) with history (step_num + 1, n).

    init_x is not modified (the book's version overwrites it). Overflow is not
    an error here: at lr = 10 the values run away to ~1e13 or inf, which the
    caller reports as divergence.
    """
    x = np.array(init_x, dtype=np.float64)
    history = np.empty((step_num + 1,) + x.shape)
    history[0] = x
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(step_num):
            grad = numerical_gradient(f, x)
            x -= lr * grad
            history[i + 1] = x
    return x, history


def descend(f, init_x, lr=0.01, step_num=100):
    """Generator form: yields (step, x copy) for step = 0 .. step_num."""
    x = np.array(init_x, dtype=np.float64)
    yield 0, x.copy()
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(step_num):
            x -= lr * numerical_gradient(f, x)
            yield i + 1, x.copy()
