"""Where numerical derivatives go wrong (4.3.1): rounding versus truncation error, float32 vs float64.

f is any vectorised callable that keeps the precision of its argument
(engine.expressions.Expression does; so does a NumPy lambda).
"""
from dataclasses import dataclass

import numpy as np

from engine.differentiate import SCHEMES  # noqa: F401 - the schemes the demos compare
from engine.messages import Message

PRECISIONS = ("float64", "float32")


def difference_quotient(f, x, h, scheme="central", dtype="float64"):
    """The numerical slope of f at x with every step in dtype: x, h, f(x ± h) and the division.

    x and h may be arrays (they broadcast); h == 0 gives nan (0/0), never an exception.
    """
    t = np.dtype(dtype).type
    x = np.asarray(x, dtype=t)
    h = np.asarray(h, dtype=t)
    with np.errstate(all="ignore"):
        if scheme == "central":
            result = (f(x + h) - f(x - h)) / (t(2) * h)
        elif scheme == "forward":
            result = (f(x + h) - f(x)) / h
        else:
            raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
    return np.asarray(result, dtype=t)[()]  # a NumPy scalar when x and h are scalars


def error_vs_h(f, x, exact, hs, scheme="central", dtype="float64"):
    """|numerical − exact| for each h in hs (float64 array, shape of hs); nan where the quotient is nan."""
    slopes = difference_quotient(f, x, np.asarray(hs, dtype=np.float64), scheme, dtype)
    with np.errstate(all="ignore"):
        return np.abs(slopes.astype(np.float64) - float(exact))


@dataclass(frozen=True)
class ErrorModel:
    """The two textbook error terms, for drawing beside the measured error.

    truncation ≈ |f''| h / 2 (forward) or |f'''| h² / 6 (central): falls as h shrinks.
    rounding ≈ eps |f(x)| / h: rises as h shrinks. The best h is where they meet.
    """
    truncation: np.ndarray
    rounding: np.ndarray
    best_h: float


def error_model(f, x, hs, scheme="central", dtype="float64"):
    """ErrorModel over hs; higher derivatives estimated in float64 with a moderate step."""
    hs = np.asarray(hs, dtype=np.float64)
    x = float(x)
    k = 1e-2 * max(1.0, abs(x))
    with np.errstate(all="ignore"):
        fx = float(f(np.float64(x)))
        if scheme == "forward":
            d2 = float((f(np.float64(x + k)) - 2 * fx + f(np.float64(x - k))) / k**2)
            coef, power = abs(d2) / 2, 1
        else:
            d3 = float((f(np.float64(x + 2 * k)) - 2 * f(np.float64(x + k))
                        + 2 * f(np.float64(x - k)) - f(np.float64(x - 2 * k))) / (2 * k**3))
            coef, power = abs(d3) / 6, 2
        # An estimate this close to zero is rounding noise: the true term is 0 (e.g. f''' of a quadratic).
        if not np.isfinite(coef) or coef < 1e-7 * max(1.0, abs(fx)):
            coef = 0.0
        eps = float(np.finfo(np.dtype(dtype)).eps)
        truncation = coef * hs**power
        rounding = eps * max(abs(fx), np.finfo(np.float64).tiny) / hs
        if coef > 0:
            best_h = float((eps * max(abs(fx), 1e-300) / (power * coef)) ** (1 / (power + 1)))
        else:
            best_h = float("nan")
    return ErrorModel(truncation=truncation, rounding=rounding, best_h=best_h)


@dataclass(frozen=True)
class Diagnosis:
    """Why a quotient failed: kind is "", "zero-h", "underflow", "x-plus-h" or "same-f"; numbers for the message."""
    kind: str
    h: float = 0.0
    x: float = 0.0
    dtype: str = "float64"
    gap: float = 0.0        # spacing of dtype numbers near x
    smallest: float = 0.0   # smallest positive dtype number

    @property
    def message(self):
        """The sentence as a Message (str() gives the English), or "" when kind is ""."""
        if self.kind == "zero-h":
            return Message("h = 0: the difference quotient is 0/0, which is not a number. "
                           "Choose h > 0, e.g. 1e-4.")
        if self.kind == "underflow":
            return Message("h = {h:.3g} underflows to 0 in {dtype} (the smallest {dtype} is "
                           "{smallest:.2g}), so the quotient is 0/0 = nan.",
                           h=self.h, dtype=self.dtype, smallest=self.smallest)
        if self.kind == "x-plus-h":
            return Message("x + h == x in {dtype}: h = {h:.3g} is below half the gap between {dtype} "
                           "numbers near x = {x:g} (gap {gap:.2g}), so f(x + h) − f(x) = 0 and the "
                           "slope comes out as 0.", dtype=self.dtype, h=self.h, x=self.x, gap=self.gap)
        if self.kind == "same-f":
            return Message("f(x + h) and the other point round to the same {dtype} number: the change "
                           "of f is lost in rounding, so the slope is 0.", dtype=self.dtype)
        if self.kind:
            raise KeyError(self.kind)
        return ""


def diagnose(f, x, h, scheme="central", dtype="float64"):
    """The Diagnosis of the quotient at (x, h); kind "" when nothing is degenerate.

    These are the book's "bad implementation" traps: h lost entirely, x + h
    rounding back to x, or f(x + h) and f(x) rounding to the same number.
    """
    name = np.dtype(dtype).name
    t = np.dtype(dtype).type
    h = float(h)
    info = dict(h=h, x=float(x), dtype=name, smallest=float(np.finfo(t).smallest_subnormal))
    if h == 0 or not np.isfinite(h):
        return Diagnosis("zero-h", **info)
    with np.errstate(all="ignore"):
        th, tx = t(h), t(x)
        info["gap"] = float(np.spacing(tx))
        if th == 0:
            return Diagnosis("underflow", **info)
        if tx + th == tx and (scheme == "forward" or tx - th == tx):
            return Diagnosis("x-plus-h", **info)
        lo = tx - th if scheme == "central" else tx
        if f(tx + th) == f(lo):
            # Rounding only if f does change near x: abs(x) at its corner (central) or a flat f
            # gives equal values for every h, and that is no rounding trap.
            k = 1e-3 * max(1.0, abs(float(x)))
            far = f(np.float64(x) + k) - f(np.float64(x) - k if scheme == "central" else np.float64(x))
            if far != 0:
                return Diagnosis("same-f", **info)
    return Diagnosis("", **info)


def regime(f, x, h, scheme="central", dtype="float64"):
    """'rounding' or 'truncation': which error term the model says dominates at h ('' if neither)."""
    model = error_model(f, x, np.array([h]), scheme, dtype)
    r, tr = float(model.rounding[0]), float(model.truncation[0])
    if not (np.isfinite(r) and np.isfinite(tr)) or (r == 0 and tr == 0):
        return ""
    return "rounding" if r > tr else "truncation"
