"""Every number chapter 4 prints, reproduced by the engine (the book is the oracle)."""
import numpy as np
import pytest

from engine.descent import gradient_descent
from engine.differentiate import numerical_diff, tangent_line
from engine.gradient import numerical_gradient
from engine.losses import cross_entropy_error, mean_squared_error
from engine.networks import BOOK_T, BOOK_X, SimpleNet

T = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
Y_GOOD = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]   # "2" most likely
Y_BAD = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]    # "7" most likely


def function_1(x):
    return 0.01 * x ** 2 + 0.1 * x


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def printed(values, digits=8):
    """The values as NumPy printed them in the book (8 significant digits, e-notation)."""
    return [f"{v:.{digits}e}" for v in np.ravel(values)]


# 4.2.1 / 4.2.2
def test_mean_squared_error_book_examples():
    assert mean_squared_error(np.array(Y_GOOD), np.array(T)) == 0.097500000000000031
    assert mean_squared_error(np.array(Y_BAD), np.array(T)) == 0.59750000000000003


def test_cross_entropy_error_book_examples():
    assert cross_entropy_error(np.array(Y_GOOD), np.array(T)) == 0.51082545709933802
    assert cross_entropy_error(np.array(Y_BAD), np.array(T)) == 2.3025840929945458


def test_cross_entropy_label_form_equals_one_hot_form():
    y = np.array([Y_GOOD, Y_BAD])
    one_hot = np.array([T, T])
    assert cross_entropy_error(y, one_hot) == cross_entropy_error(y, np.array([2, 2]))
    assert cross_entropy_error(y, one_hot) == pytest.approx((0.51082545709933802 + 2.3025840929945458) / 2)


def test_cross_entropy_guard_makes_zero_probability_finite():
    # -log(0 + 1e-7) = 16.118..., the reason for the book's delta
    y = np.zeros(10)
    y[0] = 1.0
    assert cross_entropy_error(y, np.array(T)) == pytest.approx(-np.log(1e-7))


# 4.3.2
def test_numerical_diff_book_values():
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347


def test_tangent_line_passes_through_the_point_with_the_numerical_slope():
    tangent = tangent_line(function_1, 5)
    assert tangent.slope == 0.1999999999990898
    assert tangent(5) == pytest.approx(function_1(5))
    assert tangent.intercept == pytest.approx(function_1(5) - 5 * tangent.slope)


def test_bad_implementation_gives_zero():
    # the book's forward difference with h = 10e-50: x + h == x in float64
    assert numerical_diff(function_1, 5, h=10e-50, scheme="forward") == 0.0
    assert np.float32(1e-50) == 0.0


# 4.3.3
def test_partial_derivative_book_problems():
    assert numerical_diff(lambda x0: x0 * x0 + 4.0 ** 2.0, 3.0) == 6.00000000000378
    assert numerical_diff(lambda x1: 3.0 ** 2.0 + x1 * x1, 4.0) == 7.999999999999119


# 4.4
def test_numerical_gradient_book_values():
    grad = numerical_gradient(function_2, np.array([3.0, 4.0]))
    assert grad.tolist() == [6.0000000000037801, 7.9999999999991189]
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([0.0, 2.0])), [0.0, 4.0], atol=1e-9)
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 0.0])), [6.0, 0.0], atol=1e-9)
    assert printed(numerical_gradient(function_2, np.array([0.0, 2.0]))) == printed([0.0, 4.0])


# 4.4.1
@pytest.mark.parametrize("lr, expected", [
    (0.1, ["-6.11110793e-10", "8.14814391e-10"]),
    (10.0, ["-2.58983747e+13", "-1.29524862e+12"]),
    (1e-10, ["-2.99999994e+00", "3.99999992e+00"]),
])
def test_gradient_descent_book_values(lr, expected):
    init_x = np.array([-3.0, 4.0])
    x, history = gradient_descent(function_2, init_x=init_x, lr=lr, step_num=100)
    assert printed(x) == expected
    assert history.shape == (101, 2)
    assert history[0].tolist() == [-3.0, 4.0] and np.array_equal(history[-1], x)
    assert init_x.tolist() == [-3.0, 4.0]


# 4.4.2
def test_simple_net_book_values():
    net = SimpleNet()
    p = net.predict(BOOK_X)
    # NumPy printed p with 8 decimals (from W also printed with 8 decimals)
    assert [f"{v:.8f}" for v in p] == ["1.05414809", "0.63071653", "1.13280740"]
    assert np.argmax(p) == 2
    # The book printed loss and dW from a cross-entropy without the 1e-7 guard;
    # with the guard they agree to ~1e-7, so compare at that precision.
    assert net.loss(BOOK_X, BOOK_T) == pytest.approx(0.92806853663411326, abs=1e-6)
    dW = net.numerical_gradient(BOOK_X, BOOK_T)
    np.testing.assert_allclose(dW, [[0.21924763, 0.14356247, -0.36281009],
                                    [0.32887144, 0.2153437, -0.54421514]], atol=1e-6)
