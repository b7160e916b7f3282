"""Copy as Python for the descent section: the book's gradient_descent (4.4.1) and the optimizers
of 6.1 from the scene's start, printing each racer's final x with every digit.

script(values) takes the values of scene.capture(). A typed function is written as
NumPy code from the expression parser's checked tree (engine.expression_code), never
copied as text: only what the parser accepts can reach the script. No Qt here.
"""
from engine.expression_code import HELPERS, numpy_source
from engine.expressions import parse
from gui.kit.script_parts import CLASS_NAMES, OPTIMIZER_CLASSES

VARIABLES = ("x0", "x1")
# The exact gradients of the optimizer race's surfaces, as engine.optimizer_race computes them.
EXACT_GRADIENTS = {
    "optimizers": "    return np.array([x0 / 10.0, 2.0 * x1])\n",
    "saddle-escape": "    return np.array([x0, x1 ** 3 - x1])\n",
    "plateau": ("    slope = math.exp(-(x0 * x0 + 2 * x1 * x1) / 8)\n"
                "    return np.array([slope * x0 / 4, slope * x1 / 2])\n"),
}
BOOK_FUNCTION = "x0**2 + x1**2"
# What the book prints for function_2 from init_x = (-3.0, 4.0) after 100 steps (4.4.1).
BOOK_RESULTS = {0.1: "[-6.11110793e-10  8.14814391e-10]", 10.0: "[-2.58983747e+13 -1.29524862e+12]",
                1e-10: "[-2.99999994  3.99999992]"}


NUMERICAL_GRADIENT = '''\
def numerical_gradient(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)  # f(x+h)
        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val  # restore the value
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for i in range(step_num):
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x
'''


def racers_of(values):
    """Every racer (optimizer, settings) on the plot, as the section lists them."""
    rates = list(dict.fromkeys([values["lr"]] + list(values["race"])))[:4]
    racers = [("sgd", {"lr": lr}) for lr in rates]
    for racer in values["racers"]:
        racers.append((racer["optimizer"], {k: v for k, v in racer.items() if k != "optimizer"}))
    return racers[:6]


def _call(name, hyper):
    return f"{CLASS_NAMES[name]}(" + ", ".join(f"{k}={v!r}" for k, v in hyper.items()) + ")"


def script(values):
    """The standalone script for values (a captured descent scene)."""
    expression, helpers = numpy_source(values["function"], VARIABLES)
    exact = values["surface"] is not None
    racers = racers_of(values)
    lines = ['# Gradient descent from "Deep Learning from Scratch", 4.4.1, and the optimizers of 6.1,',
             "# with the values of Gradient Lab's descent section. Needs NumPy only: python3 this_file.py",
             "import math" if exact or any(n == "adam" for n, _ in racers) else None,
             "import numpy as np", "",
             'np.set_printoptions(floatmode="unique")   # every digit, as the app keeps them',
             'np.seterr(over="ignore", invalid="ignore")   # a diverging racer runs on to inf or nan', "", ""]
    for name in helpers:
        lines += [HELPERS[name], ""]
    lines += ["def f(x0, x1):",
              "    # NumPy arrays, as the app computes f (x**2 is NumPy's exact square)",
              "    x0, x1 = np.asarray(x0, dtype=np.float64), np.asarray(x1, dtype=np.float64)",
              f"    return {expression}", "", "",
              "def function(x):", '    """f of a point x = (x0, x1), as the book\'s function_2(x)."""',
              "    return f(x[0], x[1])", "", ""]
    if exact:
        lines += ["def gradient(x):", f'    """The exact gradient of f (preset "{values["surface"]}")."""',
                  "    x0, x1 = x[0], x[1]", EXACT_GRADIENTS[values["surface"]], ""]
    else:
        lines += [NUMERICAL_GRADIENT, ""]
    for name in dict.fromkeys(n for n, _ in racers if exact or n != "sgd"):
        lines += [OPTIMIZER_CLASSES[name], ""]
    start = ", ".join(repr(float(v)) for v in values["start"])
    lines += [f"init_x = np.array([{start}])", f"step_num = {int(values['steps'])}", ""]
    book = (not exact and parse(values["function"], VARIABLES).text == BOOK_FUNCTION
            and list(values["start"]) == [-3.0, 4.0] and values["steps"] == 100)
    for i, (name, hyper) in enumerate(racers, 1):
        settings = ", ".join(f"{k} = {v!r}" for k, v in hyper.items())
        lines.append(f"# racer {i}: {CLASS_NAMES[name]}, {settings}")
        if name == "sgd" and not exact:
            lines.append(f"x = gradient_descent(function, init_x.copy(), lr={hyper['lr']!r}, "
                         "step_num=step_num)")
            if book and hyper["lr"] in BOOK_RESULTS:
                lines.append(f"# the book prints {BOOK_RESULTS[hyper['lr']]}")
        else:
            grad = "gradient(x)" if exact else "numerical_gradient(function, x.copy())"
            lines += [f"optimizer = {_call(name, hyper)}", 'params = {"x": init_x.copy()}',
                      "for i in range(step_num):", '    x = params["x"]',
                      f'    optimizer.update(params, {{"x": {grad}}})', 'x = params["x"]']
        lines += [f'print("racer {i}: {CLASS_NAMES[name]}, lr = {hyper["lr"]!r}")',
                  f'print("x_{i} =", x)', f'print("f(x_{i}) =", repr(float(function(x))))', ""]
    return "\n".join(line for line in lines if line is not None)
