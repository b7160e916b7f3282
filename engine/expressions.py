"""Functions typed by a student, e.g. "0.01*x^2 + 0.1*x" or "x0**2 + x1**2".

The text is parsed with Python's ``ast`` module and every node is checked
against a short whitelist; the accepted tree is then turned into NumPy
closures. Nothing is ever evaluated as Python, so "__import__('os')" or
"().__class__" is an error message, not code that runs.
"""
import ast
from dataclasses import dataclass

import numpy as np

MAX_LENGTH = 1000   # characters: a 100 kB paste is refused at once
MAX_DEPTH = 60      # nesting of the accepted tree


class ExpressionError(ValueError):
    """The text is not an allowed function; the message says what to change."""

    def __init__(self, message, position=None):
        super().__init__(message)
        self.position = position  # 0-based character offset, when known


def _sigmoid(x):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


FUNCTIONS = {
    "sin": np.sin, "cos": np.cos, "tan": np.tan,
    "asin": np.arcsin, "acos": np.arccos, "atan": np.arctan,
    "arcsin": np.arcsin, "arccos": np.arccos, "arctan": np.arctan,
    "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh,
    "exp": np.exp, "log": np.log, "ln": np.log, "log2": np.log2, "log10": np.log10,
    "sqrt": np.sqrt, "abs": np.abs, "sign": np.sign,
    "sigmoid": _sigmoid, "relu": lambda x: np.maximum(x, 0.0),
    "step": lambda x: (x > 0).astype(np.float64),
    "softplus": lambda x: np.logaddexp(0.0, x),
}
CONSTANTS = {"pi": np.pi, "e": np.e}

_BINARY = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply,
           ast.Div: np.divide, ast.Pow: np.power}
_SYMBOLS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_DESCRIBE = {
    ast.Attribute: "attribute access ('.')", ast.Subscript: "indexing ('[...]')",
    ast.Lambda: "lambda", ast.ListComp: "a comprehension", ast.GeneratorExp: "a comprehension",
    ast.SetComp: "a comprehension", ast.DictComp: "a comprehension",
    ast.Compare: "a comparison", ast.BoolOp: "'and'/'or'", ast.IfExp: "'if ... else'",
    ast.List: "a list", ast.Tuple: "a tuple (a stray comma?)", ast.Dict: "a dict", ast.Set: "a set",
    ast.JoinedStr: "a string", ast.NamedExpr: "':='", ast.Starred: "'*' unpacking",
    ast.Await: "'await'", ast.Yield: "'yield'", ast.YieldFrom: "'yield'",
}


@dataclass(frozen=True)
class Expression:
    """A parsed function: call it with one array per variable; text is the normalised input."""
    text: str
    variables: tuple
    _evaluate: object

    def __call__(self, *args):
        if len(args) != len(self.variables):
            raise TypeError(f"expected {len(self.variables)} arguments ({', '.join(self.variables)})")
        arrays = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64) for a in args)) if args else ()
        with np.errstate(all="ignore"):
            result = self._evaluate(arrays)
        if arrays:
            return np.broadcast_to(np.asarray(result, dtype=np.float64), arrays[0].shape).copy() \
                if np.ndim(result) < arrays[0].ndim else np.asarray(result, dtype=np.float64)
        return np.float64(result)


def _column(node):
    return getattr(node, "col_offset", None)


def _fail(node, what):
    col = _column(node)
    where = f" at position {col + 1}" if col is not None else ""
    raise ExpressionError(f"{what}{where} is not allowed here.", col)


def _compile(node, variables, depth):
    """A closure args -> ndarray for one checked node."""
    if depth > MAX_DEPTH:
        raise ExpressionError(f"The expression is nested more than {MAX_DEPTH} levels deep; "
                              "simplify it.", _column(node))
    depth += 1
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            kind = "a string" if isinstance(node.value, (str, bytes)) else repr(node.value)
            _fail(node, kind[0].upper() + kind[1:] if kind != repr(node.value) else f"The value {kind}")
        try:
            value = float(node.value)
        except OverflowError:
            value = np.inf  # an integer literal too large for a float
        return lambda args: value
    if isinstance(node, ast.Name):
        if node.id in variables:
            i = variables.index(node.id)
            return lambda args: args[i]
        if node.id in CONSTANTS:
            value = CONSTANTS[node.id]
            return lambda args: value
        if node.id in FUNCTIONS:
            raise ExpressionError(f"'{node.id}' is a function: write {node.id}(...) with its "
                                  "argument in parentheses.", _column(node))
        raise ExpressionError(f"Unknown name '{node.id}' at position {node.col_offset + 1}. "
                              f"Use the variable{'s' if len(variables) > 1 else ''} "
                              f"{', '.join(variables)}, or the constants pi and e.", _column(node))
    if isinstance(node, ast.BinOp):
        op = _BINARY.get(type(node.op))
        if op is None:
            _fail(node, f"The operator '{type(node.op).__name__}'")
        left = _compile(node.left, variables, depth)
        right = _compile(node.right, variables, depth)
        return lambda args: op(left(args), right(args))
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = _compile(node.operand, variables, depth)
            if isinstance(node.op, ast.UAdd):
                return operand
            return lambda args: np.negative(operand(args))
        _fail(node, f"The operator '{type(node.op).__name__}'")
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name is None:
            _fail(node, "Calling something other than a named function")
        if name not in FUNCTIONS:
            raise ExpressionError(f"Unknown function '{name}' at position {node.col_offset + 1}. "
                                  f"Known functions: {', '.join(sorted(FUNCTIONS))}.", _column(node))
        if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
            raise ExpressionError(f"{name}() takes exactly one argument, e.g. {name}(x).", _column(node))
        func = FUNCTIONS[name]
        arg = _compile(node.args[0], variables, depth)
        return lambda args: func(np.asarray(arg(args), dtype=np.float64))
    _fail(node, _DESCRIBE.get(type(node), f"'{type(node).__name__}'").capitalize()
          if type(node) in _DESCRIBE else f"The construct '{type(node).__name__}'")


def _syntax_tree(text):
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError as exc:
        col = (exc.offset - 1) if exc.offset else None
        where = f" at position {exc.offset}" if exc.offset else ""
        msg = (exc.msg or "invalid syntax").replace("Perhaps you forgot a comma?", "").strip()
        raise ExpressionError(f"Syntax error{where}: {msg}. Check brackets and operators "
                              "(multiplication needs '*', as in 2*x).", col) from None
    except (ValueError, MemoryError, RecursionError, OverflowError) as exc:
        raise ExpressionError(f"The expression cannot be read: {exc}.") from None


def check(text, variables):
    """The checked syntax tree of text; raises ExpressionError. variables: names like ("x0", "x1")."""
    if not isinstance(text, str):
        raise ExpressionError("The function must be text.")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"The expression is {len(text)} characters long; "
                              f"the limit is {MAX_LENGTH}.")
    text = text.strip().replace("^", "**").replace("\u2212", "-").replace("\u00d7", "*")
    if not text:
        raise ExpressionError("Type a function, for example " +
                              (" + ".join(f"{v}**2" for v in variables) or "2") + ".")
    return text, _syntax_tree(text)


def parse(text, variables=("x",)):
    """A vectorised callable f(*arrays) for text; raises ExpressionError on anything not allowed."""
    variables = tuple(variables)
    text, tree = check(text, variables)
    try:
        evaluate = _compile(tree, variables, 0)
    except RecursionError:
        raise ExpressionError(f"The expression is nested too deeply; simplify it.") from None
    return Expression(text=text, variables=variables, _evaluate=evaluate)
