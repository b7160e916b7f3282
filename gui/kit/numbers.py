"""Numbers as a projector shows them: each formatter says what it is for.

Every one writes a real minus sign (−), spells out inf and nan, and never
raises on a value a computation can produce.
"""
import math

import numpy as np

MINUS = "−"


def _minus(text):
    return text.replace("-", MINUS)


def format_number(value, digits=6):
    """A compact, honest rendering: `digits` significant digits, tiny and huge values in
    e-notation, inf/nan spelled out; None is "—"."""
    if value is None:
        return "—"
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else MINUS + "inf"
    return _minus(f"{value:.{digits}g}")


def fixed(value, decimals=4):
    """A fixed number of decimals, as the book prints its 4-digit answers (0.0975, 2.3026).

    A non-zero value too small to show (|v| < 10^-decimals) goes to e-notation
    rather than reading as 0, and one of 10 000 or more to format_number's.
    """
    value = float(value)
    if not math.isfinite(value) or abs(value) >= 1e4:
        return format_number(value, 3)
    if value != 0 and abs(value) < 10 ** -decimals:
        return _minus(f"{value:.2e}")
    return _minus(f"{value:.{decimals}f}")


def full_precision(value):
    """The shortest text that reads back as exactly this number, in its own precision.

    float32 values print as float32 (0.2, not 0.20000000298023224); None is "—".
    """
    if value is None:
        return "—"
    if not isinstance(value, (np.floating, float)):
        value = np.asarray(value)[()]
    text = str(value) if isinstance(value, np.floating) else repr(float(value))
    return _minus(text)


def short(value):
    """A rate or a duration on a progress bar: whole numbers from 10 up, two digits below."""
    return "%d" % round(value) if value >= 10 else format_number(value, 2)


def point(x, digits=9):
    """A point (x0, x1) with format_number's digits."""
    return "(%s, %s)" % (format_number(x[0], digits), format_number(x[1], digits))
