"""Numerical differentiation of section 4.3: central and forward differences."""
from dataclasses import dataclass

import numpy as np

SCHEMES = ("central", "forward")


def numerical_diff(f, x, h=1e-4, scheme="central"):
    """Slope of f at x: (f(x+h) - f(x-h)) / 2h (central) or (f(x+h) - f(x)) / h (forward).

    h == 0 returns nan rather than raising: the caller shows why (0/0).
    """
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if scheme == "central":
            return (f(x + h) - f(x - h)) / (2 * h)
        return (f(x + h) - f(x)) / h


@dataclass(frozen=True)
class Tangent:
    """The line y = slope * x + intercept touching f at x0 (fig 4-7)."""
    x0: float
    y0: float
    slope: float
    intercept: float

    def __call__(self, x):
        return self.slope * np.asarray(x) + self.intercept


def tangent_line(f, x, h=1e-4, scheme="central"):
    """Tangent of f at x from the numerical slope; the book's tangent_line, without printing."""
    slope = numerical_diff(f, x, h=h, scheme=scheme)
    y0 = f(x)
    return Tangent(x0=x, y0=y0, slope=slope, intercept=y0 - slope * x)
