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


ROUNDING_KINDS = ("underflow", "x-plus-h", "same-f")   # the book's traps: a larger h cures them


@dataclass(frozen=True)
class Diagnosis:
    """What went wrong with a quotient, for the message; kind "" when nothing did.

    kind: "zero-h", "bad-h" (h not finite), "underflow", "overflow" or "undefined" (f is
    ±inf or nan at a point the quotient uses), "quotient-overflow", "x-plus-h", "same-f",
    or "negative-h" (nothing wrong: what a negative h means).
    """
    kind: str
    h: float = 0.0
    x: float = 0.0
    dtype: str = "float64"
    scheme: str = "central"
    gap: float = 0.0        # spacing of dtype numbers near x
    smallest: float = 0.0   # smallest positive dtype number
    largest: float = 0.0    # largest finite dtype number
    values: str = ""        # the non-finite f values, e.g. "f(x + h) = inf, f(x − h) = inf"
    slope: float = 0.0      # the quotient it gave
    finite_at_x: bool = True   # whether f(x) is finite (then a smaller h may avoid the bad points)

    @property
    def rounding(self):
        """True for the rounding traps of the book's bad implementation (a larger h helps)."""
        return self.kind in ROUNDING_KINDS

    @property
    def _advice(self):
        if self.finite_at_x:
            return Message("f(x) is finite: a smaller h may keep both points where f is finite.")
        return Message("f(x) is not finite either, so no h helps: move x or change f.")

    @property
    def message(self):
        """The sentence as a Message (str() gives the English), or "" when kind is ""."""
        slope = f"{self.slope:g}"
        if self.kind == "zero-h":
            return Message("h = 0: the difference quotient divides by zero (0/0), which is not a "
                           "number. Choose h > 0, e.g. 1e-4.")
        if self.kind == "bad-h":
            return Message("h = {h:g} is not a finite number, so the quotient is nan. Choose h > 0, "
                           "e.g. 1e-4.", h=self.h)
        if self.kind == "underflow":
            return Message("h = {h:.3g} underflows to 0 in {dtype} (the smallest {dtype} is "
                           "{smallest:.2g}), so the quotient is 0/0 = nan.",
                           h=self.h, dtype=self.dtype, smallest=self.smallest)
        if self.kind == "overflow":
            return Message("{values} in {dtype}: f overflows there (beyond {largest:.3g}) or divides "
                           "by zero, so the slope is {slope}. This is not rounding error. {advice}",
                           values=self.values, dtype=self.dtype, largest=self.largest, slope=slope,
                           advice=self._advice)
        if self.kind == "undefined":
            return Message("{values} in {dtype}: f is not defined there (e.g. log or sqrt of a negative "
                           "number), so the slope is {slope}. This is not rounding error. {advice}",
                           values=self.values, dtype=self.dtype, slope=slope, advice=self._advice)
        if self.kind == "quotient-overflow":
            return Message("f is finite at both points, but the quotient is larger than the largest "
                           "{dtype} number ({largest:.3g}): h = {h:.3g} is tiny and f jumps, so the "
                           "slope is {slope}.", dtype=self.dtype, largest=self.largest, h=self.h,
                           slope=slope)
        if self.kind == "x-plus-h":
            return Message("x + h == x in {dtype}: h = {h:.3g} is below half the gap between {dtype} "
                           "numbers near x = {x:g} (gap {gap:.2g}), so f(x + h) − f(x) = 0 and the "
                           "slope comes out as 0.", dtype=self.dtype, h=self.h, x=self.x, gap=self.gap)
        if self.kind == "same-f":
            return Message("f(x + h) and the other point round to the same {dtype} number: the change "
                           "of f is lost in rounding, so the slope is 0.", dtype=self.dtype)
        if self.kind == "negative-h" and self.scheme == "central":
            return Message("h = {h:.3g} is negative, and the formula still works with the sign "
                           "flipped: (f(x + h) − f(x − h)) / 2h gives the same slope as h = {size:.3g}.",
                           h=self.h, size=-self.h)
        if self.kind == "negative-h":
            return Message("h = {h:.3g} is negative, and the formula still works with the sign "
                           "flipped: (f(x + h) − f(x)) / h is then the backward difference "
                           "(f(x) − f(x − {size:.3g})) / {size:.3g}.", h=self.h, size=-self.h)
        if self.kind:
            raise KeyError(self.kind)
        return ""


def diagnose(f, x, h, scheme="central", dtype="float64"):
    """The Diagnosis of the quotient at (x, h); kind "" when nothing is degenerate.

    Checked in the order the quotient fails: h itself, f at the points it uses
    (inf or nan: no h helps), the division, then the book's "bad implementation"
    traps: x + h rounding back to x, or f(x + h) and f(x) rounding to the same number.
    """
    name = np.dtype(dtype).name
    t = np.dtype(dtype).type
    h = float(h)
    finfo = np.finfo(t)
    info = dict(h=h, x=float(x), dtype=name, scheme=scheme, smallest=float(finfo.smallest_subnormal),
                largest=float(finfo.max))
    if h == 0:
        return Diagnosis("zero-h", **info)
    if not np.isfinite(h):
        return Diagnosis("bad-h", **info)
    with np.errstate(all="ignore"):
        th, tx = t(h), t(x)
        info["gap"] = float(np.spacing(tx))
        info["slope"] = float(difference_quotient(f, x, h, scheme, dtype))
        if th == 0:
            return Diagnosis("underflow", **info)
        lo, lo_name = (tx - th, "x − h") if scheme == "central" else (tx, "x")
        f_hi, f_lo = f(tx + th), f(lo)
        bad = [(p, v) for p, v in (("x + h", f_hi), (lo_name, f_lo)) if not np.isfinite(v)]
        if bad:
            info["values"] = ", ".join(f"f({p}) = {float(v):g}" for p, v in bad)
            info["finite_at_x"] = bool(np.isfinite(f(tx)))
            return Diagnosis("overflow" if any(np.isinf(v) for _, v in bad) else "undefined", **info)
        if not np.isfinite(info["slope"]):
            return Diagnosis("quotient-overflow", **info)
        if tx + th == tx and (scheme == "forward" or tx - th == tx):
            return Diagnosis("x-plus-h", **info)
        if f_hi == f_lo:
            # Rounding only if f does change near x: abs(x) at its corner (central) or a flat f
            # gives equal values for every h, and that is no rounding trap.
            k = 1e-3 * max(1.0, abs(float(x)))
            far = f(np.float64(x) + k) - f(np.float64(x) - k if scheme == "central" else np.float64(x))
            if far != 0:
                return Diagnosis("same-f", **info)
    if h < 0:
        return Diagnosis("negative-h", **info)
    return Diagnosis("", **info)


def regime(f, x, h, scheme="central", dtype="float64"):
    """'rounding' or 'truncation': which error term the model says dominates at h ('' if neither)."""
    model = error_model(f, x, np.array([h]), scheme, dtype)
    r, tr = float(model.rounding[0]), float(model.truncation[0])
    if not (np.isfinite(r) and np.isfinite(tr)) or (r == 0 and tr == 0):
        return ""
    return "rounding" if r > tr else "truncation"
