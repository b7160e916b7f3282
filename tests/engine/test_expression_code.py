"""engine.expression_code: the NumPy source of a typed function computes exactly what the app does."""
import numpy as np
import pytest

from engine.expression_code import function_source, numpy_source
from engine.expressions import ExpressionError, parse

TEXTS = [
    "0.01*x^2 + 0.1*x",
    "-x^2 + 3",
    "2^3^2 - x/7",
    "sin(x) * cos(x) / (1 + x^2)",
    "exp(-x) + tanh(x) - sigmoid(x) + softplus(x)",
    "log(abs(x) + 1) + sqrt(abs(x)) + ln(2) + log10(3) + log2(abs(x)+1)",
    "abs(x) + relu(x) + step(x) + sign(x) + step(2)",
    "asin(x/4) + arccos(x/4) + atan(x) + sinh(x) - cosh(x/2) + pi*e",
    "x − 1 × x · 2",
]
XS = np.linspace(-3.0, 3.0, 61)


def run(source, x):
    namespace = {"np": np}
    exec(source, namespace)   # the generated script's code, as the script itself runs it
    with np.errstate(all="ignore"):
        return namespace["f"](x)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_the_source_gives_the_same_bits_as_the_parser(text, dtype):
    x = XS.astype(dtype)
    expected = parse(text)(x)
    got = run(function_source("f", text, dtype=dtype), x)
    assert got.dtype == expected.dtype
    np.testing.assert_array_equal(got, expected)
    for value in x[::10]:   # one number at a time, as the scripts compute slopes
        assert run(function_source("f", text, dtype=dtype), value) == parse(text)(value) or \
            np.isnan(parse(text)(value))


def test_two_variables_become_the_books_array_argument():
    source = function_source("function_2", "x0^2 + x1^2", ("x0", "x1"), argument="x",
                             names={"x0": "x[0]", "x1": "x[1]"})
    assert "return x[0] ** 2.0 + x[1] ** 2.0" in source
    namespace = {"np": np}
    exec(source, namespace)
    assert namespace["function_2"](np.array([3.0, 4.0])) == 25.0


def test_only_accepted_text_is_translated():
    with pytest.raises(ExpressionError):
        numpy_source("__import__('os').system('true')")
    with pytest.raises(ExpressionError):
        numpy_source("x; import os")


def test_helpers_are_defined_once_and_only_when_used():
    source = function_source("f", "sigmoid(x) + sigmoid(2*x)")
    assert source.count("def sigmoid") == 1 and "def relu" not in source
    assert "np." not in numpy_source("x*x + 1")[0]


@pytest.mark.parametrize("text, expected", [("(-8)^(1/3) + 0*x", np.nan), ("10^400 + 0*x", np.inf),
                                            ("1" + "0" * 400 + " * x", np.inf), ("2^0.5 + x", 2 ** 0.5 + 1)])
def test_constants_alone_compute_in_numpy_floats(text, expected):
    # Python's own arithmetic would give a complex number, an OverflowError, or crash on the literal
    got = run(function_source("f", text), np.float64(1.0))
    assert got == parse(text)(1.0) or (np.isnan(got) and np.isnan(parse(text)(1.0)))
    assert got == expected or (np.isnan(got) and np.isnan(expected))
