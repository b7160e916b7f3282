"""engine.simple_net_demos against the book's simpleNet and its own definitions."""
import numpy as np
import pytest

from engine import simple_net_demos as demos
from engine.networks import BOOK_T, BOOK_W, BOOK_X, SimpleNet


def test_vectorised_gradient_equals_the_books_loop():
    net = SimpleNet()
    reference = net.numerical_gradient(BOOK_X, BOOK_T)
    np.testing.assert_allclose(demos.numerical_gradient(BOOK_W, BOOK_X, BOOK_T), reference,
                               rtol=0, atol=1e-10)
    np.testing.assert_allclose(reference, demos.BOOK_DW, atol=1e-6)


def test_forward_matches_the_book():
    p, y, loss = demos.forward(BOOK_W, BOOK_X, BOOK_T)
    np.testing.assert_allclose(p, demos.BOOK_P, atol=5e-9)
    assert y.sum() == pytest.approx(1.0)
    assert loss == pytest.approx(SimpleNet().loss(BOOK_X, BOOK_T), abs=1e-15)
    # The 1e-7 guard in the log moves the loss by ~2.5e-7 from the book's print.
    assert abs(loss - demos.BOOK_LOSS) < 1e-6
    assert demos.losses(np.stack([BOOK_W, BOOK_W]), BOOK_X, 2).shape == (2,)


def test_nudge_first_order_and_parting():
    dW = demos.numerical_gradient(BOOK_W, BOOK_X, BOOK_T)
    small = demos.nudge(BOOK_W, BOOK_X, BOOK_T, 0, 0, 1e-3, dW)
    assert small.actual == pytest.approx(small.predicted, rel=1e-3)
    assert small.predicted == pytest.approx(0.21924763e-3, rel=1e-5)
    big = demos.nudge(BOOK_W, BOOK_X, BOOK_T, 0, 0, 2.0, dW)
    # The loss is convex in one weight: the line dW·δ stays below the curve, and parts from it.
    assert big.actual > big.predicted and abs(big.error) > 100 * abs(small.error)
    deltas = np.linspace(-3, 3, 61)
    curve = demos.nudge_curve(BOOK_W, BOOK_X, BOOK_T, 1, 2, deltas)
    assert curve[30] == 0.0 and np.all(curve >= dW[1, 2] * deltas - 1e-12)
    assert curve[40] == pytest.approx(demos.nudge(BOOK_W, BOOK_X, BOOK_T, 1, 2, deltas[40], dW).actual)
    assert BOOK_W[0, 0] == 0.47355232  # the inputs are never changed


def test_descent_lowers_the_loss():
    result = demos.descend(BOOK_W, BOOK_X, BOOK_T, lr=1.0, step_num=50)
    assert result.stopped is None
    assert result.W_history.shape == (51, 2, 3) and result.losses.shape == (51,)
    assert np.all(np.diff(result.losses) < 0)
    step = result.W_history[1] - result.W_history[0]
    np.testing.assert_allclose(step, -1.0 * result.grads[0])


def test_random_W_is_the_books_randn():
    np.random.seed(3)
    np.testing.assert_array_equal(demos.random_W(3), np.random.randn(2, 3))
    assert not np.array_equal(demos.random_W(3), demos.random_W(4))


@pytest.mark.parametrize("W, x", [
    (np.full((2, 3), np.nan), BOOK_X),
    (BOOK_W, np.array([np.inf, 0.9])),
    (np.full((2, 3), 1.5e308), BOOK_X),
])
def test_bad_inputs_are_rejected(W, x):
    with pytest.raises(demos.BadInput):
        demos.check_inputs(W, x)


def test_huge_but_finite_values_stay_finite():
    W = np.array([[1e300, 0, 0], [0, 0, 0]])
    demos.check_inputs(W, BOOK_X)
    p, y, loss = demos.forward(W, BOOK_X, BOOK_T)
    assert np.all(np.isfinite(y)) and np.isfinite(loss)
    assert loss == pytest.approx(-np.log(1e-7))


@pytest.mark.parametrize("lr", [0.0, -0.1, np.nan])
def test_bad_learning_rates(lr):
    with pytest.raises(demos.BadInput):
        demos.descend(BOOK_W, BOOK_X, BOOK_T, lr=lr, step_num=3)


def test_step_counts_are_checked_and_capped():
    with pytest.raises(demos.BadInput):
        demos.capped_steps(0)
    assert demos.capped_steps(10) == (10, False)
    assert demos.capped_steps(10**9) == (demos.MAX_STEPS, True)


def test_huge_lr_overflows_and_keeps_the_last_finite_W():
    # x so large that the first step's W (−lr·dW, dW ~ 1e5 from the saturated loss) makes x·W overflow
    result = demos.descend(np.zeros((2, 3)), np.array([1e305, 1e305]), BOOK_T, lr=0.1, step_num=10)
    assert result.stopped == "overflow"
    assert np.all(np.isfinite(result.W_history)) and len(result.losses) >= 1


def test_flat_loss_stalls():
    W = np.array([[0.0, 0.0, 1e6], [0.0, 0.0, 0.0]])  # the correct class already wins by far
    result = demos.descend(W, BOOK_X, BOOK_T, lr=0.1, step_num=10)
    assert result.stopped == "stalled" and len(result.losses) == 1


def test_descent_gradients_are_the_books():
    result = demos.descend(BOOK_W, BOOK_X, BOOK_T, lr=0.5, step_num=5)
    for W, grad, loss in zip(result.W_history, result.grads, result.losses):
        net = SimpleNet(W)
        np.testing.assert_allclose(grad, net.numerical_gradient(BOOK_X, BOOK_T), atol=1e-10)
        assert loss == pytest.approx(net.loss(BOOK_X, BOOK_T), abs=1e-14)


@pytest.mark.parametrize("lr", [1e-13, 1e6, 1000.5])
def test_learning_rates_outside_the_range_are_refused(lr):
    with pytest.raises(demos.BadInput) as info:
        demos.check_lr(lr)
    assert "1e-12 ≤ lr ≤ 1000" in str(info.value)


@pytest.mark.parametrize("lr", [demos.LR_MIN, 0.1, 1.0, demos.LR_MAX])
def test_learning_rates_inside_the_range_are_accepted(lr):
    demos.check_lr(lr)
    result = demos.descend(BOOK_W, BOOK_X, BOOK_T, lr=lr, step_num=1)
    assert len(result.losses) == 2


@pytest.mark.parametrize("steps", [2.5, np.nan, np.inf])
def test_step_counts_must_be_whole(steps):
    with pytest.raises(demos.BadInput):
        demos.capped_steps(steps)


def test_a_big_step_count_in_e_notation_is_capped_not_mangled():
    assert demos.capped_steps(1e9) == (demos.MAX_STEPS, True)
    assert demos.capped_steps(1.9e1) == (19, False)


def test_y_of_one_gives_the_guards_negative_loss():
    # y_t rounds to 1 in float64, so −log(y_t + 1e-7) = −log(1 + 1e-7) ≈ −1e-7 < 0
    W = np.array([[0.0, 0.0, 100.0], [0.0, 0.0, 0.0]])
    _, y, loss = demos.forward(W, BOOK_X, BOOK_T)
    assert y[2] == 1.0
    assert loss == pytest.approx(-np.log1p(1e-7)) and loss < 0
