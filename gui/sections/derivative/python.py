"""Copy as Python for the derivative section: the slopes at the tangent point and the pinned ones.

script(values) takes the scene (gui.sections.derivative.scene.capture); it needs no Qt.
The typed f becomes a NumPy function through engine.expression_code (from the parser's
checked tree); f' comes from engine.symbolic, as the app's analytic read-out does.
"""
from engine.expression_code import function_source
from engine.expressions import parse
from engine.symbolic import derivative

HEADER = '''"""Deep Learning from Scratch, 4.3.1-4.3.2: numerical differentiation.

Written by Gradient Lab from its derivative section; needs NumPy alone.
{detail}
"""
import numpy as np


'''


def _number(value, dtype):
    return f"np.{dtype}({float(value)!r})"


def script(values):
    text, dtype, scheme = values["function"], values["precision"], values["scheme"]
    x, h, pinned = values["x"], values["h"], values["pinned"]
    detail = (f"Slopes with the {scheme} difference, h = {h!r}, every step in {dtype}.")
    parts = [HEADER.format(detail=detail)]
    parts.append(function_source("f", text, dtype=dtype) + "\n\n")
    if scheme == "central":
        body = "    return (f(x + h) - f(x - h)) / (2 * h)\n"
        doc = "central difference: (f(x + h) - f(x - h)) / 2h"
    else:
        body = "    return (f(x + h) - f(x)) / h\n"
        doc = "forward difference: (f(x + h) - f(x)) / h (the book's first, 'bad' version)"
    parts.append(f"def numerical_diff(f, x, h):\n    # {doc}\n{body}\n\n")
    parts.append(f"h = {_number(h, dtype)}\n")
    analytic = _analytic(text)
    if analytic is not None:
        parts.append("\n\n" + analytic + "\n")
    parts.append("\n")
    for value in [x, *pinned]:
        shown = repr(float(value))
        parts.append(f"x = {_number(value, dtype)}\n")
        parts.append(f'print("numerical_diff(f, {shown}) =", numerical_diff(f, x, h))\n')
        if analytic is not None and derivative(parse(text)).at(float(value))[0] is not None:
            parts.append(f"print(\"df({shown}) =\", float(df(np.float64({shown}))))\n")
    return "".join(parts)


def _analytic(text):
    """def df(x) for f' (in float64), or None when there is no analytic derivative to write."""
    d = derivative(parse(text))
    if not d.available:
        return None
    try:
        source = function_source("df", d.text)
    except ValueError:   # a derivative too long to write back as a typed function
        return None
    return ("# The analytic derivative f'(x) = " + d.text + " (worked out symbolically).\n"
            "# The app evaluates it with 30 digits and rounds once; float64 here may differ in the "
            "last digit.\n" + source)
