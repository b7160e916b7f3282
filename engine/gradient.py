"""The gradient of section 4.4: central differences, one element at a time."""
import numpy as np


def numerical_gradient(f, x, h=1e-4):
    """grad[i] = (f(x + h e_i) - f(x - h e_i)) / 2h for every element of x (any shape).

    Like the book, x is perturbed in place, so f may ignore its argument and
    read x itself (``lambda w: net.loss(x, t)``). The element is restored in
    a ``finally``: an exception in f leaves no perturbed value behind.
    """
    grad = np.zeros_like(x, dtype=np.float64 if x.dtype.kind != "f" else x.dtype)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    for _ in it:
        idx = it.multi_index
        tmp_val = x[idx]
        try:
            x[idx] = tmp_val + h
            fxh1 = f(x)
            x[idx] = tmp_val - h
            fxh2 = f(x)
        finally:
            x[idx] = tmp_val
        grad[idx] = (fxh1 - fxh2) / (2 * h)
    return grad


def numerical_gradient_grid(f, X0, X1, h=1e-4):
    """Gradient of a vectorised f(x0, x1) at every grid point at once: (dX0, dX1).

    The same central differences as numerical_gradient, applied to whole
    arrays, so a quiver field of thousands of arrows costs four calls of f.
    """
    with np.errstate(all="ignore"):
        d0 = (f(X0 + h, X1) - f(X0 - h, X1)) / (2 * h)
        d1 = (f(X0, X1 + h) - f(X0, X1 - h)) / (2 * h)
    return d0, d1
