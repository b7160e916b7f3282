"""The analytic derivative of a typed function, via sympy, to set beside the numerical one.

The sympy expression is built node by node from the tree that
engine.expressions has already checked: the user's text is never given to
sympify or eval. sympy is imported inside the functions (it takes ~0.3 s),
so importing this module costs nothing at start-up.
"""
import ast
from dataclasses import dataclass, field

import numpy as np

from engine.expressions import Expression, ExpressionError, parse
from engine.messages import Message

MAX_TEXT = 300          # characters of the derivative shown; longer ones end with "…"
SMALL_INTEGER = 10**6   # integral literals up to this stay exact sympy Integers


@dataclass(frozen=True)
class Derivative:
    """∂f/∂wrt as text and as a vectorised callable; or, when available is False, the reason why not
    (a Message: a sentence to follow "No analytic derivative: "; "" when available)."""
    variables: tuple
    wrt: str
    text: str = ""
    reason: object = ""
    _evaluate: object = field(default=None, repr=False)
    _kinks: tuple = field(default=(), repr=False)   # callables g(*args): no derivative where g == 0
    _exact: object = field(default=None, repr=False)  # point -> float, evaluated at 30 digits

    @property
    def available(self):
        return self._evaluate is not None

    def __call__(self, *args):
        """Values of the derivative (float64, broadcast like args); nan where it does not exist."""
        if not self.available:
            raise ValueError(self.reason)
        arrays = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64) for a in args))
        with np.errstate(all="ignore"):
            raw = np.asarray(self._evaluate(*arrays))
            if np.iscomplexobj(raw):   # sqrt/log of negatives: no real derivative there
                raw = np.where(raw.imag == 0, raw.real, np.nan)
            value = np.array(np.broadcast_to(raw.astype(np.float64), arrays[0].shape))
            for kink in self._kinks:
                value[np.asarray(np.broadcast_to(kink(*arrays), arrays[0].shape)) == 0] = np.nan
        return value

    def kink_at(self, *point):
        """True where an abs/sign/step/relu argument is exactly 0: a corner or jump, no derivative."""
        with np.errstate(all="ignore"):
            return any(float(kink(*(np.float64(p) for p in point))) == 0 for kink in self._kinks)

    def at(self, *point):
        """(slope, "") at one point, or (None, reason) where there is no derivative there (a Message)."""
        if not self.available:
            return None, self.reason
        if self.kink_at(*point):
            where = ", ".join(f"{v} = {p:g}" for v, p in zip(self.variables, point))
            return None, Message("f has a corner or a jump at {point} (abs, sign, step or relu "
                                         "of 0): there is no derivative there.", point=where)
        value = self._exact(point) if self._exact is not None else float(self(*point))
        if not np.isfinite(value):
            where = ", ".join(f"{v} = {p:g}" for v, p in zip(self.variables, point))
            return None, Message("The derivative is not finite at {point} (the slope is "
                                         "vertical or f is undefined).", point=where)
        return value, ""


def derivative(expression, variables=("x",), wrt=None):
    """The Derivative of expression (an Expression or text) with respect to wrt (default: the first variable)."""
    if not isinstance(expression, Expression):
        expression = parse(expression, variables)
    variables = expression.variables
    wrt = variables[0] if wrt is None else wrt
    if wrt not in variables:
        raise ValueError(f"{wrt!r} is not one of the variables {variables}")
    try:
        import sympy
    except ImportError:
        return Derivative(variables, wrt, reason=Message("sympy is not installed."))
    try:
        return _differentiate(sympy, expression, wrt)
    except Exception as exc:  # sympy raises many types (KeyError from its printers, ...); none may escape
        return Derivative(variables, wrt, reason=Message(
            "sympy could not differentiate this function ({error}).", error=str(exc)))


def _differentiate(sympy, expression, wrt):
    symbols = {name: sympy.Symbol(name, real=True) for name in expression.variables}
    builder = _Builder(sympy, symbols)
    f = builder.build(expression.tree)
    d = sympy.diff(f, symbols[wrt])
    # step and sign have derivative 0 except at their jump, which the kinks mark as "no derivative".
    d = d.replace(sympy.DiracDelta, lambda *args: sympy.S.Zero)
    if f.has(sympy.zoo, sympy.nan) or d.has(sympy.zoo, sympy.nan):
        return Derivative(expression.variables, wrt, reason=Message(
            "f divides by zero or is undefined everywhere."))
    if d.has(sympy.I):
        return Derivative(expression.variables, wrt, reason=Message(
            "f takes complex values (a square root or logarithm of a negative number), "
            "so it has no real derivative."))
    if d.has(sympy.Derivative, sympy.Subs):
        return Derivative(expression.variables, wrt, reason=Message(
            "sympy left it unevaluated."))
    ordered = [symbols[v] for v in expression.variables]
    evaluate = sympy.lambdify(ordered, d, modules="numpy")
    kinks = tuple(sympy.lambdify(ordered, g, modules="numpy") for g in builder.kinks
                  if g.has(symbols[wrt]))
    text = _Printer().doprint(d)
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + "…"
    return Derivative(expression.variables, wrt, text=text, _evaluate=evaluate, _kinks=kinks,
                      _exact=_exact_evaluator(sympy, d, ordered, evaluate))


def _exact_evaluator(sympy, d, ordered, evaluate):
    """point -> the derivative at 30 significant digits (mpmath), rounded once to float64.

    So the read-out says 0.3 for f'(10) of 0.01x² + 0.1x, where float64
    arithmetic (0.02*10 + 0.1) would say 0.30000000000000004. Falls back to
    float64 where mpmath lacks a function (e.g. the step in relu's derivative).
    """
    import mpmath
    try:
        precise = sympy.lambdify(ordered, d, modules="mpmath")
    except (TypeError, ValueError, NameError, SyntaxError, KeyError):
        precise = None

    def exact(point):
        if precise is not None:
            try:
                with mpmath.workdps(30):
                    value = precise(*(mpmath.mpf(float(p)) for p in point))
                    return float(value) if not isinstance(value, mpmath.mpc) else float("nan")
            except (TypeError, ValueError, ArithmeticError, NameError, AttributeError):
                pass
        with np.errstate(all="ignore"):
            raw = np.asarray(evaluate(*(np.float64(p) for p in point)))
            return float(raw.real) if not np.iscomplexobj(raw) or raw.imag == 0 else float("nan")
    return exact


class _Builder:
    """Checked ast node -> sympy expression; records the arguments g of abs/sign/step/relu."""

    def __init__(self, sympy, symbols):
        self.sp = sympy
        self.symbols = symbols
        self.kinks = []
        sp = sympy
        self.functions = {
            "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
            "asin": sp.asin, "acos": sp.acos, "atan": sp.atan,
            "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan,
            "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
            "exp": sp.exp, "log": sp.log, "ln": sp.log,
            "log2": lambda g: sp.log(g) / sp.log(2), "log10": lambda g: sp.log(g) / sp.log(10),
            "sqrt": sp.sqrt,
            "abs": self._kink(sp.Abs), "sign": self._kink(sp.sign),
            "step": self._kink(sp.Heaviside),
            "relu": self._kink(lambda g: g * sp.Heaviside(g)),
            "sigmoid": lambda g: 1 / (1 + sp.exp(-g)),
            "softplus": lambda g: sp.log(1 + sp.exp(g)),
        }

    def _kink(self, make):
        def build(g):
            self.kinks.append(g)
            return make(g)
        return build

    def number(self, value):
        sp = self.sp
        value = float(value)
        if np.isnan(value):
            return sp.nan
        if np.isinf(value):
            return sp.oo if value > 0 else -sp.oo
        if value.is_integer() and abs(value) <= SMALL_INTEGER:
            return sp.Integer(int(value))
        return sp.Float(value)

    def build(self, node):
        sp = self.sp
        if isinstance(node, ast.Constant):
            return self.number(node.value if not isinstance(node.value, int) or abs(node.value) < 2**1000
                               else np.inf)
        if isinstance(node, ast.Name):
            if node.id in self.symbols:
                return self.symbols[node.id]
            return {"pi": sp.pi, "e": sp.E}[node.id]
        if isinstance(node, ast.UnaryOp):
            operand = self.build(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp):
            left, right = self.build(node.left), self.build(node.right)
            if isinstance(node.op, ast.Pow):
                if left.is_Number and right.is_Number:
                    # Fold number ** number in floats: sympy would build 10**10**10 digit by digit.
                    with np.errstate(all="ignore"):
                        return self.number(np.power(float(left), float(right)))
                return left ** right
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            return left / right
        if isinstance(node, ast.Call):
            return self.functions[node.func.id](self.build(node.args[0]))
        raise ExpressionError(f"unexpected node {type(node).__name__}")


def _printer_class():
    from sympy.printing.str import StrPrinter

    class Printer(StrPrinter):
        """Shortest float text, and the app's own names (abs, step) so the result can be typed back."""

        def _print_Float(self, expr):
            text = repr(float(expr))
            return text[:-2] if text.endswith(".0") else text

        def _print_Infinity(self, expr):
            return "∞"

        def _print_NegativeInfinity(self, expr):
            return "−∞"

        def _print_Heaviside(self, expr):
            return f"step({self._print(expr.args[0])})"

        def _print_Abs(self, expr):
            return f"abs({self._print(expr.args[0])})"

    return Printer


def _Printer():
    return _printer_class()()
