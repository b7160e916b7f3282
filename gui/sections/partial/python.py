"""Copy as Python for the partial section: ∂f/∂x0 and ∂f/∂x1 at the point (the book's problems 1 and 2).

script(values) takes the scene (gui.sections.partial.scene.capture); it needs no Qt. The typed
f becomes a NumPy function through engine.expression_code; the partial derivatives as
formulas come from engine.symbolic, as the app's analytic read-outs do.
"""
from engine.expression_code import function_source
from engine.expressions import parse
from engine.symbolic import derivative

VARIABLES = ("x0", "x1")

HEADER = '''"""Deep Learning from Scratch, 4.3.3: partial derivatives.

Written by Gradient Lab from its partial-derivatives section; needs NumPy alone.
Fix one variable, and f becomes a function of the other alone: its slope there is
the partial derivative (the book's problems 1 and 2), by the central difference.
"""
import numpy as np


def numerical_diff(f, x):
    h = {h}
    return (f(x + h) - f(x - h)) / (2 * h)


'''


def script(values):
    text = values["function"]
    x0, x1 = (float(v) for v in values["point"])
    parts = [HEADER.format(h=f"np.float64({float(values['h'])!r})")]
    parts.append(function_source("function_2", text, VARIABLES) + "\n\n")
    parts.append(f"x0 = np.float64({x0!r})\nx1 = np.float64({x1!r})\n\n\n")
    parts.append(f"def function_tmp1(x0):\n    # x1 fixed at {x1!r}\n    return function_2(x0, x1)\n\n\n")
    parts.append(f"def function_tmp2(x1):\n    # x0 fixed at {x0!r}\n    return function_2(x0, x1)\n\n\n")
    analytic = []
    expression = parse(text, VARIABLES)
    defined = bool(abs(expression(x0, x1)) < float("inf"))
    for name in VARIABLES:
        d = derivative(expression, VARIABLES, wrt=name)
        if not defined or d.at(x0, x1)[0] is None:
            continue
        try:
            analytic.append((name, function_source(f"df_d{name}", d.text, VARIABLES)))
        except ValueError:   # a derivative too long to write back as a typed function
            continue
    if analytic:
        parts.append("# The partial derivatives as formulas (worked out symbolically). The app "
                     "evaluates them with\n# 30 digits and rounds once; float64 here may differ in "
                     "the last digit.\n")
        parts.extend(source + "\n\n" for _, source in analytic)
    parts.append('print("x0 =", x0, " x1 =", x1)\n')
    parts.append("# problem 1: df/dx0 = numerical_diff(function_tmp1, x0); problem 2: df/dx1 likewise\n")
    parts.append('print("df/dx0 =", numerical_diff(function_tmp1, x0))\n')
    parts.append('print("df/dx1 =", numerical_diff(function_tmp2, x1))\n')
    for name, _ in analytic:
        parts.append(f'print("analytic df/d{name} =", float(df_d{name}(x0, x1)))\n')
    return "".join(parts)
