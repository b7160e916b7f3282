"""engine.expressions: typed functions equal NumPy, bad or hostile text is a clear ExpressionError."""
import inspect
import operator
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.expressions import MAX_DEPTH, MAX_LENGTH, Expression, ExpressionError, check, parse

X = np.linspace(-3.0, 3.0, 61)
POS = np.linspace(0.1, 5.0, 50)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


@pytest.mark.parametrize("text, reference, xs", [
    ("0.01*x^2 + 0.1*x", lambda x: 0.01 * x**2 + 0.1 * x, X),
    ("0.01*x**2 + 0.1*x", lambda x: 0.01 * x**2 + 0.1 * x, X),
    ("-x^2", lambda x: -(x**2), X),
    ("2^3^2", lambda x: np.full_like(x, 512.0), X),
    ("sin(x) * cos(x) / (1 + x^2)", lambda x: np.sin(x) * np.cos(x) / (1 + x**2), X),
    ("exp(-x) + tanh(x) - sigmoid(x)", lambda x: np.exp(-x) + np.tanh(x) - sigmoid(x), X),
    ("log(x) + sqrt(x) + ln(x) + log10(x) + log2(x)",
     lambda x: 2 * np.log(x) + np.sqrt(x) + np.log10(x) + np.log2(x), POS),
    ("abs(x) + relu(x) + step(x) + sign(x)",
     lambda x: np.abs(x) + np.maximum(x, 0) + (x > 0) + np.sign(x), X),
    ("softplus(x) + atan(x) + sinh(x) - cosh(x)",
     lambda x: np.logaddexp(0, x) + np.arctan(x) + np.sinh(x) - np.cosh(x), X),
    ("pi*x + e", lambda x: np.pi * x + np.e, X),
    ("3 \u2212 2\u00d7x", lambda x: 3 - 2 * x, X),
    ("  (x)  ", lambda x: x, X),
    ("7", lambda x: np.full_like(x, 7.0), X),
])
def test_valid_expressions_equal_numpy(text, reference, xs):
    f = parse(text, ("x",))
    got = f(xs)
    assert got.shape == xs.shape and got.dtype == np.float64
    np.testing.assert_allclose(got, reference(xs), rtol=1e-13, atol=1e-15)


def test_two_variables_broadcast_like_numpy():
    f = parse("x0^2 + x1^2", ("x0", "x1"))
    X0, X1 = np.meshgrid(X, POS, indexing="ij")
    np.testing.assert_array_equal(f(X0, X1), X0**2 + X1**2)
    assert f(3.0, 4.0) == 25.0
    assert f(np.array([1.0, 2.0]), 1.0).tolist() == [2.0, 5.0]


def test_float32_in_float32_out():
    f = parse("0.01*x^2 + 0.1*x")
    x = np.float32(5.0)
    assert f(x).dtype == np.float32
    assert f(np.float64(5.0)).dtype == np.float64
    assert f(5.0, dtype=np.float32).dtype == np.float32
    # float32 rounding is real: x + 1e-10 == x in float32
    assert f(x + np.float32(1e-10)) == f(x)


def test_overflow_is_inf_not_an_error():
    f = parse("exp(x) + 10**10**10")
    assert np.isinf(f(1.0))
    assert np.isinf(parse("x^1000")(1e10))
    assert np.isnan(parse("log(x)")(-1.0))
    assert np.isinf(parse("1/x")(0.0))


@pytest.mark.parametrize("text, words, position", [
    ("x + y", ["'y'", "x"], 4),
    ("x^2 + q", ["'q'"], 6),
    ("sn(x)", ["'sn'", "sin"], 0),
    ("foo(x)", ["'foo'", "Known functions"], 0),
    ("2x", ["Syntax error", "2*x"], 0),
    ("(x + 1", ["Syntax error"], None),
    ("sin", ["function", "sin(...)"], 0),
    ("sin(x, 2)", ["one argument"], 0),
    ("", ["Type a function"], None),
    ("   ", ["Type a function"], None),
])
def test_errors_say_what_to_change(text, words, position):
    with pytest.raises(ExpressionError) as info:
        parse(text, ("x",))
    for word in words:
        assert word in str(info.value)
    if position is not None:
        assert info.value.position == position
        assert f"position {position + 1}" in str(info.value)


def test_positions_count_characters_not_bytes():
    with pytest.raises(ExpressionError) as info:
        parse("x\u00b7x + \u00e9t\u00e9", ("x",))     # '·' is read as '*'
    assert info.value.position == 6


HOSTILE = [
    "__import__('os').system('echo hi')", "import os", "x.__class__", "().__class__.__bases__",
    "(lambda: 1)()", "lambda x: x", "[x for x in range(3)]", "{x: 1}", "{1, 2}", "(x, x)",
    "'abc'", "b'x'", "f'{x}'", "x[0]", "x if x else 1", "x and x", "x < 1", "~x", "not x",
    "x @ x", "x // 2", "x % 2", "x << 1", "x | 1", "...", "1j", "True", "None", "sin(x=1)",
    "sin(*x)", "eval('1')", "exec('1')", "open('f')", "globals()", "(y := 2)", "await x",
    "x; x", "x\ny", "sin(x)(2)", "\x00", "print(1)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_inputs_are_refused(text):
    with pytest.raises(ExpressionError):
        parse(text, ("x",))


def test_huge_powers_deep_nesting_and_big_pastes_are_refused_or_harmless():
    assert np.isinf(parse("9^9^9^9^9")(1.0))
    assert np.isinf(parse("(10**400)*x")(1.0))
    for text in ("(" * 300 + "x" + ")" * 300, "-" * 500 + "x", "sin(" * 150 + "x" + ")" * 150,
                 "x^" * 150 + "x"):
        with pytest.raises(ExpressionError, match=f"nested more than {MAX_DEPTH} levels"):
            parse(text, ("x",))
    paste = "x+" * 50_000 + "x"        # a 100 kB paste
    with pytest.raises(ExpressionError, match=str(MAX_LENGTH)) as info:
        parse(paste, ("x",))
    assert "characters long" in str(info.value) and "nested" not in str(info.value)
    with pytest.raises(ExpressionError):
        parse(12, ("x",))


@pytest.mark.parametrize("op", ["+", "-", "*", "/"])
def test_a_long_flat_chain_is_not_nesting(op):
    # 301 terms (and as many as the length limit allows) are one level deep, however long.
    for n in (301, (MAX_LENGTH + 1) // 2):
        text = op.join(["x"] * n)
        assert len(text) <= MAX_LENGTH
        f = parse(text)
        # Evaluated as a loop: far fewer stack frames than terms are enough.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(len(inspect.stack()) + 120)
        try:
            got = f(POS)
        finally:
            sys.setrecursionlimit(limit)
        expected = POS
        with np.errstate(all="ignore"):
            for _ in range(n - 1):      # Python's order: ((x op x) op x) ...
                expected = BINARY[op](expected, POS)
        np.testing.assert_array_equal(got, expected)


def test_mixed_chains_keep_pythons_grouping():
    for text, reference in [("1/x/x*x/3", lambda x: 1 / x / x * x / 3),
                            ("x - 1 + x*2/x - 3 - x", lambda x: x - 1 + x * 2 / x - 3 - x),
                            ("2^x^0.5 - x*x*x", lambda x: 2 ** x ** 0.5 - x * x * x)]:
        np.testing.assert_array_equal(parse(text)(POS), reference(POS))


@pytest.mark.parametrize("text, keyword, position", [
    ("import os", "'import'", 0), ("  import os", "'import'", 2), ("from os import path", "'from'", 0),
    ("def f(x): return x", "'def'", 0), ("return x", "'return'", 0), ("import", "'import'", 0),
    ("for i in x: pass", "'for'", 0), ("x^2; import os", "'import'", 5),
    ("while x: x", "'while'", 0), ("del x", "'del'", 0),
])
def test_statements_are_not_allowed_rather_than_syntax_errors(text, keyword, position):
    with pytest.raises(ExpressionError) as info:
        parse(text, ("x",))
    said = str(info.value)
    assert "Syntax error" not in said
    assert keyword in said and "statements are not allowed" in said
    assert "one expression in x" in said and "sqrt" in said      # what is allowed instead
    assert info.value.position == position
    assert f"position {position + 1}" in said


@pytest.mark.parametrize("text, position", [
    ("f(x) = x^2", 5), ("y = x^2", 2), ("x += 1", 2), ("x: float = 1", 9), ("f(x)=sin(x)", 4),
])
def test_an_assignment_says_to_type_only_the_expression(text, position):
    with pytest.raises(ExpressionError) as info:
        parse(text, ("x",))
    assert "An assignment ('=')" in str(info.value) and "instead of f(x) = x^2" in str(info.value)
    assert info.value.position == position


def test_two_expressions_are_refused_as_such():
    with pytest.raises(ExpressionError, match="A second expression at position 4") as info:
        parse("x; x", ("x",))
    assert info.value.position == 3
    with pytest.raises(ExpressionError, match="Syntax error"):   # a plain typo stays a syntax error
        parse("sin(x = 1", ("x",))


def test_check_returns_the_tree_and_parse_keeps_it():
    text, tree = check("x^2", ("x",))
    assert text == "x**2"
    f = parse("x^2")
    assert isinstance(f, Expression) and f.tree is not None
    with pytest.raises(ExpressionError):
        check("x.y", ("x",))


def test_wrong_argument_count_is_a_type_error():
    with pytest.raises(TypeError):
        parse("x0 + x1", ("x0", "x1"))(1.0)


# --- fuzzing ----------------------------------------------------------------------------
ALPHABET = "x0123456789.+-*/^() eEsincoxpqrtabhlgm_,[]{}'\"\\:;=<>!@#%&|~`"
FUZZ = settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(st.text(alphabet=ALPHABET, max_size=60), st.text(max_size=40)))
def test_random_text_only_ever_raises_expression_error(text):
    try:
        f = parse(text, ("x",))
    except ExpressionError as exc:
        assert str(exc)
        assert exc.position is None or 0 <= exc.position <= len(text)
        return
    values = f(X)
    assert values.shape == X.shape and values.dtype == np.float64


NUMPY_FUNCTIONS = {"sin": np.sin, "cos": np.cos, "exp": np.exp, "tanh": np.tanh,
                   "sqrt": np.sqrt, "abs": np.abs, "log": np.log, "sigmoid": sigmoid}
BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "**": operator.pow}


def leaves():
    numbers = st.floats(min_value=0, max_value=1e3, allow_nan=False).map(
        # Constants are float64 scalars, as in parse: NumPy's scalar fast paths (x ** 0.5 is a
        # sqrt) then match bit for bit.
        lambda v: (repr(v), lambda x, v=v: np.float64(v)))
    return st.one_of(numbers, st.just(("x", lambda x: x)))


def extend(children):
    binary = st.tuples(st.sampled_from(sorted(BINARY)), children, children).map(
        lambda t: (f"({t[1][0]}){t[0]}({t[2][0]})",
                   lambda x, t=t: BINARY[t[0]](t[1][1](x), t[2][1](x))))
    unary = children.map(lambda c: (f"-({c[0]})", lambda x, c=c: -c[1](x)))
    call = st.tuples(st.sampled_from(sorted(NUMPY_FUNCTIONS)), children).map(
        lambda t: (f"{t[0]}({t[1][0]})", lambda x, t=t: NUMPY_FUNCTIONS[t[0]](t[1][1](x))))
    return st.one_of(binary, unary, call)


TREES = st.recursive(leaves(), extend, max_leaves=25)


@FUZZ
@given(TREES)
def test_random_valid_trees_parse_and_equal_numpy(tree):
    text, reference = tree
    if len(text) > MAX_LENGTH:
        with pytest.raises(ExpressionError):
            parse(text, ("x",))
        return
    got = parse(text, ("x",))(X)
    with np.errstate(all="ignore"):
        expected = reference(X)
    np.testing.assert_array_equal(got, expected)
