"""A typed function as NumPy source code, for the scripts Copy as Python writes.

Only text the parser of engine.expressions accepts is translated, and it is
translated from the parser's own checked tree (never by editing the text), so a
script holds exactly the function the app computes: x^2 becomes x**2, ln
becomes np.log, sigmoid/relu/step/softplus become functions defined in the
script as the app defines them, and every constant is a float (or a float32
when the app computes in float32), as the app's evaluator makes it.
"""
import ast
import math

from engine.expressions import CONSTANTS, FUNCTIONS, check

# Names of NumPy for the functions the parser knows; the others are defined in the script.
NUMPY_NAMES = {
    "sin": "np.sin", "cos": "np.cos", "tan": "np.tan",
    "asin": "np.arcsin", "acos": "np.arccos", "atan": "np.arctan",
    "arcsin": "np.arcsin", "arccos": "np.arccos", "arctan": "np.arctan",
    "sinh": "np.sinh", "cosh": "np.cosh", "tanh": "np.tanh",
    "exp": "np.exp", "log": "np.log", "ln": "np.log", "log2": "np.log2", "log10": "np.log10",
    "sqrt": "np.sqrt", "abs": "np.abs", "sign": "np.sign",
}
# The helpers as engine.expressions computes them (the dtype of x is kept).
HELPERS = {
    "sigmoid": "def sigmoid(x):\n    return 1 / (1 + np.exp(-x))\n",
    "relu": "def relu(x):\n    return np.maximum(x, 0)\n",
    "step": "def step(x):\n    x = np.asarray(x)\n    return (x > 0).astype(x.dtype)\n",
    "softplus": "def softplus(x):\n    return np.logaddexp(0, x)\n",
}
assert set(NUMPY_NAMES) | set(HELPERS) == set(FUNCTIONS), "a function of the parser has no translation"


def _constant(node):
    """A number, pi or e, with any signs in front: an operation on two of them has no array in it."""
    while isinstance(node, ast.UnaryOp):
        node = node.operand
    return isinstance(node, ast.Constant) or (isinstance(node, ast.Name) and node.id in CONSTANTS)


class _ToNumpy(ast.NodeTransformer):
    def __init__(self, names, dtype):
        self.names = names          # variable -> source, e.g. {"x0": "x[0]"}
        self.dtype = dtype
        self.helpers = []

    def _source(self, text):
        return ast.parse(text, mode="eval").body

    def _float(self, value):
        try:
            number = ast.Constant(float(value))
        except OverflowError:         # an integer literal beyond float64: inf, as the parser reads it
            number = ast.Constant(math.inf)
        if self.dtype == "float64":
            return number
        return ast.Call(func=self._source(f"np.{self.dtype}"), args=[number], keywords=[])

    def visit_Constant(self, node):
        return self._float(node.value)

    def visit_Name(self, node):
        if node.id in self.names:
            return self._source(self.names[node.id])
        if node.id in CONSTANTS:
            return self._float(CONSTANTS[node.id])
        return node

    def visit_BinOp(self, node):
        constants = _constant(node.left) and _constant(node.right)
        self.generic_visit(node)
        if constants and self.dtype == "float64":
            # NumPy's float arithmetic, as the app's: in Python's, (-8)**(1/3) would be a complex
            # number and 10.0**400 an OverflowError instead of nan and inf
            node.left = ast.Call(func=self._source("np.float64"), args=[node.left], keywords=[])
        return node

    def visit_Call(self, node):
        name = node.func.id
        node.args = [self.visit(arg) for arg in node.args]
        if name in NUMPY_NAMES:
            node.func = self._source(NUMPY_NAMES[name])
        elif name not in self.helpers:
            self.helpers.append(name)
        return node


def numpy_source(text, variables=("x",), names=None, dtype="float64"):
    """(expression source, [helper names used]) for text, which must parse with variables.

    names maps a variable to the code that stands for it (default: its own name);
    dtype "float32" writes constants as np.float32(...), as the app computes them.
    Raises engine.expressions.ExpressionError for text the parser refuses.
    """
    _, tree = check(text, tuple(variables))
    translator = _ToNumpy(dict(names or {}), dtype)
    translated = translator.visit(ast.parse(ast.unparse(tree), mode="eval").body)
    return ast.unparse(translated), translator.helpers


def function_source(name, text, variables=("x",), argument=None, names=None, dtype="float64"):
    """A `def name(argument): return ...` block (after the helper functions it needs)."""
    body, helpers = numpy_source(text, variables, names, dtype)
    argument = argument or ", ".join(variables)
    parts = [HELPERS[h] for h in helpers]
    parts.append(f"def {name}({argument}):\n    # {name}({argument}) = {' '.join(text.split())}\n"
                 f"    return {body}\n")
    return "\n\n".join(parts)
