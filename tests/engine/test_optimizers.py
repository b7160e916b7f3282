"""The book's optimizers (6.1): each rule against steps worked out by hand, any shape, fig 6-8."""
import math

import numpy as np
import pytest

from engine.optimizers import (EPSILON, OPTIMIZERS, SGD, AdaGrad, Adam, Momentum, Nesterov, RMSprop,
                               make_optimizer)

# Two updates of one scalar weight W = 1 with the gradients 2 and then 1.
GRADS = (2.0, 1.0)


def two_steps(optimizer):
    params = {"W": np.array([1.0])}
    seen = []
    for g in GRADS:
        optimizer.update(params, {"W": np.array([g])})
        seen.append(float(params["W"][0]))
    return seen


def test_sgd_by_hand():
    # W ← W − η g: 1 − 0.1·2 = 0.8, then 0.8 − 0.1·1 = 0.7
    assert two_steps(SGD(lr=0.1)) == pytest.approx([0.8, 0.7], abs=1e-15)


def test_momentum_by_hand():
    # v = −0.1·2 = −0.2, W = 0.8; v = 0.9·(−0.2) − 0.1·1 = −0.28, W = 0.52
    assert two_steps(Momentum(lr=0.1, momentum=0.9)) == pytest.approx([0.8, 0.52], abs=1e-15)


def test_nesterov_by_hand_uses_the_velocity_before_it_is_updated():
    # step 1: W = 1 + 0.81·0 − 1.9·0.1·2 = 0.62, v = −0.2
    # step 2: W = 0.62 + 0.81·(−0.2) − 1.9·0.1·1 = 0.268, v = −0.28
    optimizer = Nesterov(lr=0.1, momentum=0.9)
    assert two_steps(optimizer) == pytest.approx([0.62, 0.268], abs=1e-15)
    assert optimizer.v["W"][0] == pytest.approx(-0.28, abs=1e-15)


def test_adagrad_by_hand():
    # h = 4, W = 1 − 0.1·2/(2 + ε); h = 5, W −= 0.1·1/(√5 + ε)
    first = 1 - 0.1 * 2 / (2 + EPSILON)
    second = first - 0.1 * 1 / (math.sqrt(5) + EPSILON)
    assert two_steps(AdaGrad(lr=0.1)) == pytest.approx([first, second], abs=1e-15)


def test_rmsprop_by_hand():
    # h = 0.01·4 = 0.04, W = 1 − 0.1·2/(0.2 + ε); h = 0.99·0.04 + 0.01·1 = 0.0496
    first = 1 - 0.1 * 2 / (0.2 + EPSILON)
    second = first - 0.1 * 1 / (math.sqrt(0.0496) + EPSILON)
    assert two_steps(RMSprop(lr=0.1, decay_rate=0.99)) == pytest.approx([first, second], abs=1e-14)


def test_adam_by_hand_with_the_bias_correction_folded_into_the_step_size():
    lr, b1, b2 = 0.1, 0.9, 0.999
    W, m, v = 1.0, 0.0, 0.0
    expected = []
    for t, g in enumerate(GRADS, start=1):
        lr_t = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        m += (1 - b1) * (g - m)
        v += (1 - b2) * (g * g - v)
        W -= lr_t * m / (math.sqrt(v) + EPSILON)
        expected.append(W)
    optimizer = Adam(lr=lr, beta1=b1, beta2=b2)
    assert two_steps(optimizer) == expected          # the same operations, so the same bits
    assert optimizer.iter == 2
    # The first step of Adam moves every weight by about lr whatever the gradient's size.
    assert abs(expected[0] - 1.0) == pytest.approx(lr, rel=1e-5)   # ε makes it a hair less


def test_the_book_defaults():
    assert SGD().lr == Momentum().lr == Nesterov().lr == AdaGrad().lr == RMSprop().lr == 0.01
    assert Momentum().momentum == Nesterov().momentum == 0.9
    assert RMSprop().decay_rate == 0.99
    assert Adam().hyperparameters() == {"lr": 0.001, "beta1": 0.9, "beta2": 0.999}
    assert list(OPTIMIZERS) == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_array_of_any_shape_is_changed_in_place(name):
    rng = np.random.default_rng(0)
    params = {"W1": rng.standard_normal((3, 4)), "b1": np.zeros(4), "W2": rng.standard_normal((4, 2, 2)),
              "s": np.array(0.5)}
    grads = {key: rng.standard_normal(value.shape) for key, value in params.items()}
    arrays = {key: value for key, value in params.items()}
    before = {key: value.copy() for key, value in params.items()}
    optimizer = make_optimizer(name)
    optimizer.update(params, grads)
    for key in params:
        assert params[key] is arrays[key]                     # the same array objects
        assert params[key].shape == before[key].shape
        assert not np.array_equal(params[key], before[key])
        np.testing.assert_allclose(optimizer.last_step[key], params[key] - before[key])
    for state in optimizer.state().values():
        assert set(state) == set(params)
        assert all(state[key].shape == params[key].shape for key in params)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_stays_float32(name):
    params = {"W": np.ones((2, 2), dtype=np.float32)}
    make_optimizer(name).update(params, {"W": np.full((2, 2), 0.5, dtype=np.float32)})
    assert params["W"].dtype == np.float32


def test_a_scalar_slope_step_descends_each_weight_separately():
    # AdaGrad divides each weight's gradient by its own history: two weights with
    # gradients of very different size take the same first step η.
    params = {"W": np.array([1.0, 1.0])}
    AdaGrad(lr=0.5).update(params, {"W": np.array([100.0, 0.01])})
    np.testing.assert_allclose(params["W"], [0.5, 0.5], rtol=1e-5)


@pytest.mark.parametrize("make, words", [
    (lambda: SGD(lr=0), "above 0"), (lambda: SGD(lr=-1), "above 0"), (lambda: Adam(lr=float("nan")), "finite"),
    (lambda: Momentum(momentum=1.0), "momentum must lie in [0, 1)"),
    (lambda: Nesterov(momentum=-0.1), "momentum"), (lambda: RMSprop(decay_rate=1.5), "decay_rate"),
    (lambda: Adam(beta1=1), "beta1"), (lambda: Adam(beta2=-0.5), "beta2"),
    (lambda: make_optimizer("lbfgs"), "Unknown optimizer 'lbfgs'"),
])
def test_bad_hyperparameters_are_refused_with_a_sentence(make, words):
    with pytest.raises(ValueError) as error:
        make()
    assert words in str(error.value)


def race(optimizer, steps=30):
    """Fig 6-8: f = x²/20 + y², gradient (x/10, 2y) exact, from (−7, 2)."""
    params = {"x": np.array(-7.0), "y": np.array(2.0)}
    path = [(-7.0, 2.0)]
    for _ in range(steps):
        optimizer.update(params, {"x": params["x"] / 10.0, "y": 2.0 * params["y"]})
        path.append((float(params["x"]), float(params["y"])))
    return np.array(path)


def test_fig_6_8_each_optimizer_moves_as_the_book_draws_it():
    f = lambda path: path[:, 0] ** 2 / 20 + path[:, 1] ** 2   # noqa: E731
    sgd, momentum = race(SGD(lr=0.95)), race(Momentum(lr=0.1))
    adagrad, adam = race(AdaGrad(lr=1.5)), race(Adam(lr=0.3))
    # SGD zig-zags along y: y ← −0.9 y flips its sign at every step.
    assert np.all(np.sign(sgd[1:11, 1]) == -np.sign(sgd[:10, 1]))
    np.testing.assert_allclose(sgd[1, 1], -0.9 * 2.0)
    # Momentum rolls like a ball: it overshoots x = 0 and y swings across 0 and back.
    assert momentum[:, 0].max() > 0 and np.any(momentum[:, 1] < 0)
    # AdaGrad damps y quickly: |y| below 0.01 within 5 steps and it stays there.
    assert np.all(np.abs(adagrad[5:, 1]) < 0.011)
    # Adam rolls too, with damped swings: y crosses 0 and comes back by less than it started.
    assert np.any(adam[:, 1] < 0.1) and np.abs(adam[10:, 1]).max() < 2.0
    for path in (sgd, momentum, adagrad, adam):
        assert f(path)[-1] < 0.2 < f(path)[0]


def test_adam_on_arrays_gives_the_books_form_bit_for_bit_also_without_recording_steps():
    rng = np.random.default_rng(0)
    W = rng.standard_normal((50, 40))
    expected, m, v = W.copy(), np.zeros_like(W), np.zeros_like(W)
    adam = Adam(lr=0.01)
    adam.record_steps = False          # as in training: no copy of every weight per step
    for t in range(1, 6):
        g = rng.standard_normal(W.shape)
        adam.update({"W": W}, {"W": g})
        lr_t = 0.01 * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
        m += (1 - 0.9) * (g - m)
        v += (1 - 0.999) * (g ** 2 - v)
        expected -= lr_t * m / (np.sqrt(v) + 1e-7)
    np.testing.assert_array_equal(W, expected)
    assert adam.last_step == {}
