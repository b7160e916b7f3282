"""Copy as Python for the gradient section: the book's numerical_gradient (4.4) at its three
points for the book's function, and at the read-out point for any function.

script(values) takes the scene (gui.sections.gradient.scene.capture); it needs no Qt.
"""
from engine.expression_code import function_source
from engine.expressions import parse

VARIABLES = ("x0", "x1")
BOOK_FUNCTION = "x0**2 + x1**2"
BOOK_POINTS = ((3.0, 4.0), (0.0, 2.0), (3.0, 0.0))

HEADER = '''"""Deep Learning from Scratch, 4.4: the gradient.

Written by Gradient Lab from its gradient section; needs NumPy alone.
"""
import numpy as np


def numerical_gradient(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)  # an array of the shape of x

    for idx in range(x.size):
        tmp_val = x[idx]
        # f(x+h)
        x[idx] = tmp_val + h
        fxh1 = f(x)

        # f(x-h)
        x[idx] = tmp_val - h
        fxh2 = f(x)

        grad[idx] = (fxh1 - fxh2) / (2*h)
        x[idx] = tmp_val  # restore the value

    return grad


'''


def script(values):
    text = values["function"]
    parts = [HEADER]
    parts.append(function_source("function_2", text, VARIABLES, argument="x",
                                 names={"x0": "x[0]", "x1": "x[1]"}) + "\n\n")
    if parse(text, VARIABLES).text == BOOK_FUNCTION:
        parts.append("# The book's three gradients (4.4): [6, 8], [0, 4] and [6, 0], "
                     "with every digit.\n")
        for x0, x1 in BOOK_POINTS:
            call = f"numerical_gradient(function_2, np.array([{x0!r}, {x1!r}]))"
            parts.append(f'print("{call} =", {call}.tolist())\n')
        parts.append("\n")
    x0, x1 = (float(v) for v in values["point"])
    parts.append("# The point of the read-outs under the plot.\n")
    parts.append(f"x = np.array([{x0!r}, {x1!r}])\n")
    parts.append('print("x =", x.tolist())\n')
    parts.append('print("function_2(x) =", float(function_2(x)))\n')
    parts.append('print("numerical_gradient(function_2, x) =", numerical_gradient(function_2, x).tolist())\n')
    parts.append('print("-grad (the arrow\'s direction) =", (-numerical_gradient(function_2, x)).tolist())\n')
    return "".join(parts)
