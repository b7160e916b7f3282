"""Functions typed by a student, e.g. "0.01*x^2 + 0.1*x" or "x0**2 + x1**2".

The text is parsed with Python's ``ast`` module and every node is checked
against a short whitelist; the accepted tree is then turned into NumPy
closures. Nothing is ever evaluated as Python, so "__import__('os')" or
"().__class__" is an error message, not code that runs. Arithmetic is float
arithmetic, so 10**10**10 is inf, never a giant integer.
"""
import ast
import difflib
import operator
from dataclasses import dataclass, field

import numpy as np

from engine.messages import Message
from engine.syntax_messages import parser_message, statement, too_deep, where

MAX_LENGTH = 1000   # characters: a 100 kB paste is refused at once, before parsing
# Real nesting of the accepted tree: calls, powers, signs, brackets around a different operator.
# A flat chain such as x + x + ... + x (or a*b/c*d) counts as one level: it is compiled into a
# loop, so its length never reaches Python's recursion limit.
MAX_DEPTH = 100


class ExpressionError(ValueError):
    """The text is not an allowed function; the message (a Message) says what to change."""

    def __init__(self, message, position=None):
        super().__init__(message)
        self.position = position  # 0-based character offset in the typed text, when known


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
    "sigmoid": _sigmoid, "relu": lambda x: np.maximum(x, x.dtype.type(0)),
    "step": lambda x: (x > 0).astype(x.dtype),
    "softplus": lambda x: np.logaddexp(x.dtype.type(0), x),
}
CONSTANTS = {"pi": np.pi, "e": np.e}

# The operators, not the ufuncs: ndarray ** 2 takes NumPy's fast path (a square), np.power
# does not (~8x slower); the results are the same correctly rounded numbers.
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.Pow: operator.pow}
# Operators of one precedence that Python groups to the left: a - b + c is ((a - b) + c).
_CHAINS = ((ast.Add, ast.Sub), (ast.Mult, ast.Div))
# What a refused construct is called at the start of "... is not allowed in a function."
# Phrases are Messages (translated); bare Python syntax stays as it is.
_COMPREHENSION = Message("A comprehension")
_DESCRIBE = {
    ast.Attribute: Message("Attribute access ('.')"), ast.Subscript: Message("Indexing ('[...]')"),
    ast.Lambda: Message("A lambda"), ast.ListComp: _COMPREHENSION, ast.GeneratorExp: _COMPREHENSION,
    ast.SetComp: _COMPREHENSION, ast.DictComp: _COMPREHENSION,
    ast.Compare: Message("A comparison"), ast.BoolOp: "'and'/'or'", ast.IfExp: "'if ... else'",
    ast.List: Message("A list"), ast.Tuple: Message("A tuple (a stray comma?)"),
    ast.Dict: Message("A dict"), ast.Set: Message("A set"),
    ast.JoinedStr: Message("A string"), ast.NamedExpr: "':='", ast.Starred: Message("'*' unpacking"),
    ast.Await: "'await'", ast.Yield: "'yield'", ast.YieldFrom: "'yield'",
}
_OPERATOR_NAMES = {"MatMult": "@", "Mod": "%", "FloorDiv": "//", "LShift": "<<", "RShift": ">>",
                   "BitOr": "|", "BitAnd": "&", "BitXor": "^", "Invert": "~", "Not": "not"}


@dataclass(frozen=True)
class Expression:
    """A parsed function: call it with one array per variable; text is the normalised input.

    dtype is the precision every step is computed in (float32 when all
    arguments are float32, else float64), so float32 rounding can be shown honestly.
    """
    text: str
    variables: tuple
    _evaluate: object = field(repr=False)
    tree: object = field(default=None, repr=False, compare=False)  # the checked ast node

    def __call__(self, *args, dtype=None):
        if len(args) != len(self.variables):
            raise TypeError(f"expected {len(self.variables)} arguments ({', '.join(self.variables)})")
        if dtype is None:
            # float32 in, float32 out (the rounding demos); everything else is float64.
            kinds = {np.asarray(a).dtype for a in args}
            dtype = np.float32 if kinds == {np.dtype(np.float32)} else np.float64
        dtype = np.dtype(dtype)
        arrays = tuple(np.broadcast_arrays(*(np.asarray(a, dtype=dtype) for a in args)))
        with np.errstate(all="ignore"):
            result = np.asarray(self._evaluate(arrays, dtype.type), dtype=dtype)
        if arrays and arrays[0].ndim:
            return np.broadcast_to(result, arrays[0].shape).copy()
        return dtype.type(result)


class _Source:
    """The normalised text and, for each of its characters, its index in the typed text."""

    REPLACE = {"^": "**", "\u2212": "-", "\u00d7": "*", "\u00b7": "*", "\n": " ", "\t": " ", "\r": " "}

    def __init__(self, typed):
        chars, origin = [], []
        start = len(typed) - len(typed.lstrip())  # Python's parser rejects a leading indent
        for i, ch in enumerate(typed[start:], start):
            for out in self.REPLACE.get(ch, ch):
                chars.append(out)
                origin.append(i)
        self.text = "".join(chars)
        self.origin = origin
        self.typed = typed

    def position(self, byte_col):
        """0-based index in the typed text of an ast column (a UTF-8 byte offset)."""
        if byte_col is None:
            return None
        char_col = len(self.text.encode("utf-8")[:max(byte_col, 0)].decode("utf-8", "ignore"))
        if char_col >= len(self.origin):
            return len(self.typed)
        return self.origin[char_col]


class _Compiler:
    def __init__(self, variables, source):
        self.variables = variables
        self.source = source

    def error(self, node_or_col, message):
        """ExpressionError for message, a new Message whose template has a {where} field."""
        col = node_or_col if isinstance(node_or_col, (int, type(None))) else \
            getattr(node_or_col, "col_offset", None)
        pos = self.source.position(col)
        message.fields["where"] = where(pos)
        return ExpressionError(message, pos)

    def not_allowed(self, node, what):
        """what: the construct, capitalised (a Message, or Python syntax such as "':='")."""
        return self.error(node, Message("{what}{where} is not allowed in a function.", what=what))

    def operator_not_allowed(self, node):
        name = type(node.op).__name__
        return self.not_allowed(node, Message("The operator '{operator}'",
                                              operator=_OPERATOR_NAMES.get(name, name)))

    def compile(self, node, depth=0):
        """A closure (args, scalar_type) -> array for one checked node."""
        if depth > MAX_DEPTH:
            raise self.error(node, too_deep(MAX_DEPTH))
        depth += 1
        if isinstance(node, ast.Constant):
            return self._constant(node)
        if isinstance(node, ast.Name):
            return self._name(node)
        if isinstance(node, ast.BinOp):
            op = _BINARY.get(type(node.op))
            if op is None:
                raise self.operator_not_allowed(node)
            chain = next((c for c in _CHAINS if isinstance(node.op, c)), None)
            if chain is not None:
                return self._chain(node, chain, depth)
            left = self.compile(node.left, depth)
            right = self.compile(node.right, depth)
            return lambda args, t: op(left(args, t), right(args, t))
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, (ast.USub, ast.UAdd)):
                operand = self.compile(node.operand, depth)
                if isinstance(node.op, ast.UAdd):
                    return operand
                return lambda args, t: np.negative(operand(args, t))
            raise self.operator_not_allowed(node)
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        what = _DESCRIBE.get(type(node))
        if what is None:
            what = Message("The construct '{name}'", name=type(node).__name__)
        raise self.not_allowed(node, what)

    def _chain(self, node, ops, depth):
        """a ∘ b ∘ c ... (one precedence, grouped to the left) as a loop, in Python's order."""
        terms = []
        while isinstance(node, ast.BinOp) and isinstance(node.op, ops):
            terms.append((_BINARY[type(node.op)], node.right))
            node = node.left
        first = self.compile(node, depth)
        rest = [(op, self.compile(term, depth)) for op, term in reversed(terms)]

        def evaluate(args, t):
            value = first(args, t)
            for op, term in rest:
                value = op(value, term(args, t))
            return value
        return evaluate

    def _constant(self, node):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            if isinstance(node.value, (str, bytes)):
                raise self.not_allowed(node, Message("A string"))
            raise self.not_allowed(node, Message("The value {value}", value=repr(node.value)))
        try:
            value = float(node.value)
        except OverflowError:
            value = np.inf  # an integer literal too large for a float
        return lambda args, t: t(value)

    def _name(self, node):
        if node.id in self.variables:
            i = self.variables.index(node.id)
            return lambda args, t: args[i]
        if node.id in CONSTANTS:
            value = CONSTANTS[node.id]
            return lambda args, t: t(value)
        if node.id in FUNCTIONS:
            raise self.error(node, Message("'{name}'{where} is a function: write {name}(...) "
                                           "with its argument in parentheses.", name=node.id))
        hint = _suggest(node.id, self.variables + tuple(CONSTANTS) + tuple(FUNCTIONS))
        if len(self.variables) > 1:
            message = Message("Unknown name '{name}'{where}.{hint} Use the variables {variables}, "
                              "or the constants pi and e.",
                              name=node.id, hint=hint, variables=", ".join(self.variables))
        elif self.variables:
            message = Message("Unknown name '{name}'{where}.{hint} Use the variable {variable}, "
                              "or the constants pi and e.",
                              name=node.id, hint=hint, variable=self.variables[0])
        else:
            message = Message("Unknown name '{name}'{where}.{hint} Use the variable (none), "
                              "or the constants pi and e.", name=node.id, hint=hint)
        raise self.error(node, message)

    def _call(self, node, depth):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name is None:
            raise self.not_allowed(node, Message("Calling something other than a named function"))
        if name not in FUNCTIONS:
            hint = _suggest(name, tuple(FUNCTIONS))
            raise self.error(node, Message("Unknown function '{name}'{where}.{hint} "
                                           "Known functions: {functions}.", name=name, hint=hint,
                                           functions=", ".join(sorted(FUNCTIONS))))
        if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
            raise self.error(node, Message("{name}(){where} takes exactly one argument, e.g. {name}(x).",
                                           name=name))
        func = FUNCTIONS[name]
        arg = self.compile(node.args[0], depth)
        return lambda args, t: func(np.asarray(arg(args, t), dtype=t))


def _suggest(name, known):
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
    return Message(" Did you mean '{name}'?", name=close[0]) if close else ""


def _syntax_tree(source, variables):
    try:
        return ast.parse(source.text, mode="eval").body
    except SyntaxError as exc:
        found = statement(source.text, variables, FUNCTIONS)
        if found is not None:
            pos = source.position(found[0])
            found[1].fields["where"] = where(pos)
            raise ExpressionError(found[1], pos) from None
        pos = source.position(exc.offset - 1) if exc.offset else None
        if exc.msg == "too many nested parentheses":   # Python's own limit (200 levels)
            raise ExpressionError(too_deep(MAX_DEPTH, pos), pos) from None
        # "invalid syntax. Perhaps you forgot a comma?" -> "invalid syntax" (the template adds the ".")
        msg = (exc.msg or "invalid syntax").replace("Perhaps you forgot a comma?", "").strip().rstrip(".")
        raise ExpressionError(Message("Syntax error{where}: {problem}. Check brackets and operators "
                                      "(multiplication needs '*', as in 2*x).",
                                      where=where(pos), problem=parser_message(msg)), pos) from None
    except (RecursionError, MemoryError):
        raise ExpressionError(too_deep(MAX_DEPTH)) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise ExpressionError(Message("The expression cannot be read: {error}.", error=str(exc))) from None


def _checked(text, variables):
    """(normalised text, checked tree, evaluator); raises ExpressionError."""
    if not isinstance(text, str):
        raise ExpressionError(Message("The function must be text."))
    if len(text) > MAX_LENGTH:
        raise ExpressionError(Message("The expression is {length} characters long; "
                                      "the limit is {limit}.", length=len(text), limit=MAX_LENGTH))
    stripped = text.strip()
    if not stripped:
        raise ExpressionError(Message("Type a function, for example {example}.",
                                      example=" + ".join(f"{v}^2" for v in variables) or "2"))
    source = _Source(text)
    tree = _syntax_tree(source, variables)
    try:
        evaluate = _Compiler(variables, source).compile(tree)
    except RecursionError:
        raise ExpressionError(too_deep(MAX_DEPTH)) from None
    return source.text.strip(), tree, evaluate


def check(text, variables=("x",)):
    """(normalised text, checked ast node) for text; raises ExpressionError. variables: e.g. ("x0", "x1")."""
    normalised, tree, _ = _checked(text, tuple(variables))
    return normalised, tree


def parse(text, variables=("x",)):
    """A vectorised callable f(*arrays, dtype=None) for text; raises ExpressionError on anything not allowed."""
    variables = tuple(variables)
    normalised, tree, evaluate = _checked(text, variables)
    return Expression(text=normalised, variables=variables, _evaluate=evaluate, tree=tree)
