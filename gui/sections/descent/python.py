"""Copy as Python for the descent section: the book's gradient_descent (4.4.1) and the optimizers
of 6.1 from the scene's start, printing each racer's final x with every digit.

script(values) takes the values of scene.capture(). A typed function is written as
NumPy code from the expression parser's checked tree (numpy_source), never copied
as text: only what the parser accepts can reach the script. No Qt here.
"""
import ast
import copy
import math

from engine.expressions import parse
from gui.kit.script_parts import CLASS_NAMES, OPTIMIZER_CLASSES

VARIABLES = ("x0", "x1")
# The parser's functions as NumPy writes them; the last four are defined in the script.
FUNCTIONS = {
    "sin": "np.sin", "cos": "np.cos", "tan": "np.tan", "asin": "np.arcsin", "acos": "np.arccos",
    "atan": "np.arctan", "arcsin": "np.arcsin", "arccos": "np.arccos", "arctan": "np.arctan",
    "sinh": "np.sinh", "cosh": "np.cosh", "tanh": "np.tanh", "exp": "np.exp", "log": "np.log",
    "ln": "np.log", "log2": "np.log2", "log10": "np.log10", "sqrt": "np.sqrt", "abs": "np.abs",
    "sign": "np.sign", "sigmoid": "sigmoid", "relu": "relu", "step": "step", "softplus": "softplus",
}
HELPERS = {
    "sigmoid": "def sigmoid(x):\n    return 1 / (1 + np.exp(-x))\n",
    "relu": "def relu(x):\n    return np.maximum(x, 0.0)\n",
    "step": "def step(x):\n    return np.where(x > 0, 1.0, 0.0)\n",
    "softplus": "def softplus(x):\n    return np.logaddexp(0.0, x)   # log(1 + exp(x)) without overflow\n",
}
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
EXACT_INT = 2 ** 53


def _is_constant(node):
    while isinstance(node, ast.UnaryOp):
        node = node.operand
    return isinstance(node, ast.Constant)


class _ToNumPy(ast.NodeTransformer):
    """The parser's tree as NumPy code that computes the same numbers in the same order."""

    def __init__(self):
        self.helpers = []

    def visit_Name(self, node):
        if node.id in VARIABLES:
            return node
        return ast.Attribute(ast.Name("np", ast.Load()), node.id, ast.Load())   # pi, e

    def visit_Call(self, node):
        name = FUNCTIONS[node.func.id]
        if name in HELPERS and name not in self.helpers:
            self.helpers.append(name)
        node.func = ast.parse(name, mode="eval").body
        node.args = [self.visit(arg) for arg in node.args]
        return node

    def visit_Constant(self, node):
        try:
            value = float(node.value)
        except OverflowError:      # an integer literal too large for a float: inf, as the parser reads it
            value = math.inf
        if not math.isfinite(value):
            return ast.Attribute(ast.Name("np", ast.Load()), "inf", ast.Load())
        if value == int(value) and abs(value) < EXACT_INT:
            return ast.Constant(int(value))
        return ast.Constant(value)

    def visit_BinOp(self, node):
        both = _is_constant(node.left) and _is_constant(node.right)
        self.generic_visit(node)
        if both:
            # The app computes in NumPy floats: 2**0.5 or (-8)**(1/3) must not become Python's
            # exact integers or complex numbers.
            node.left = ast.Call(ast.parse("np.float64", mode="eval").body, [node.left], [])
        return node


def numpy_source(text):
    """(expression, helper names) for a function of x0, x1 the parser accepts (ExpressionError otherwise)."""
    tree = copy.deepcopy(parse(text, VARIABLES).tree)
    converter = _ToNumPy()
    tree = ast.fix_missing_locations(converter.visit(tree))
    return ast.unparse(tree), converter.helpers


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
    expression, helpers = numpy_source(values["function"])
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
