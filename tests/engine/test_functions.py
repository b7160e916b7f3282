"""Engine behaviour beyond the printed numbers: shapes, restoring, backprop vs numerical."""
import numpy as np
import pytest

from engine.functions import sigmoid, softmax, step_function
from engine.gradient import numerical_gradient, numerical_gradient_grid
from engine.losses import cross_entropy_error, cross_entropy_per_sample
from engine.networks import PARAM_KEYS, TwoLayerNet


def test_softmax_overflow_guard():
    y = softmax(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y)) and y.sum() == pytest.approx(1.0)
    batch = softmax(np.array([[0.3, 2.9, 4.0], [1000.0, 0.0, -1000.0]]))
    np.testing.assert_allclose(batch.sum(axis=1), 1.0)
    np.testing.assert_allclose(batch[0], np.exp([0.3, 2.9, 4.0]) / np.exp([0.3, 2.9, 4.0]).sum())


def test_step_and_sigmoid():
    assert step_function(np.array([-1.0, 0.0, 2.0])).tolist() == [0.0, 0.0, 1.0]
    assert sigmoid(0.0) == 0.5
    assert sigmoid(np.array([-1000.0]))[0] == 0.0


def test_cross_entropy_batch_is_mean_of_samples():
    rng = np.random.default_rng(1)
    y = softmax(rng.standard_normal((5, 10)))
    t = rng.integers(0, 10, 5)
    assert cross_entropy_error(y, t) == pytest.approx(cross_entropy_per_sample(y, t).mean())


def test_numerical_gradient_any_shape_and_in_place_idiom():
    W = np.arange(6, dtype=float).reshape(2, 3)
    grad = numerical_gradient(lambda _w: np.sum(W ** 2), W)   # reads W itself, like the book
    np.testing.assert_allclose(grad, 2 * W, rtol=1e-6)
    assert W.tolist() == np.arange(6, dtype=float).reshape(2, 3).tolist()


def test_numerical_gradient_restores_even_when_f_raises():
    x = np.array([1.0, 2.0, 3.0])
    calls = []

    def f(v):
        calls.append(v.copy())
        if len(calls) == 4:
            raise RuntimeError("boom")
        return v.sum()

    with pytest.raises(RuntimeError):
        numerical_gradient(f, x)
    assert x.tolist() == [1.0, 2.0, 3.0]
    assert calls[-1].tolist() == [1.0, 2.0 - 1e-4, 3.0]   # it was perturbed when f raised


def test_gradient_grid_matches_elementwise():
    X0, X1 = np.meshgrid(np.arange(-2, 2.5, 0.25), np.arange(-2, 2.5, 0.25))
    d0, d1 = numerical_gradient_grid(lambda a, b: a ** 2 + b ** 2, X0, X1)
    g = numerical_gradient(lambda v: v[0] ** 2 + v[1] ** 2, np.array([X0[3, 5], X1[3, 5]]))
    assert (d0[3, 5], d1[3, 5]) == pytest.approx(tuple(g), abs=1e-12)


@pytest.mark.parametrize("one_hot", [False, True])
def test_backprop_agrees_with_numerical_gradient(one_hot):
    rng = np.random.default_rng(0)
    net = TwoLayerNet(6, 5, 4, weight_init_std=0.5, seed=3)
    x = rng.standard_normal((7, 6))
    labels = rng.integers(0, 4, 7)
    t = np.eye(4)[labels] if one_hot else labels
    backprop = net.gradient(x, t)
    numerical = net.numerical_gradient(x, t, method="loop")
    for key in PARAM_KEYS:
        assert backprop[key].shape == net.params[key].shape
        # the 1e-7 guard in the loss shifts the numerical value by ~1e-7 at most
        np.testing.assert_allclose(backprop[key], numerical[key], atol=1e-6)


def test_two_layer_net_accuracy_and_seed():
    a, b = TwoLayerNet(4, 3, 2, seed=5), TwoLayerNet(4, 3, 2, seed=5)
    assert all(np.array_equal(a.params[k], b.params[k]) for k in a.params)
    x = np.eye(4)
    assert 0.0 <= a.accuracy(x, np.array([0, 1, 0, 1])) <= 1.0
    with pytest.raises(ValueError):
        a.numerical_gradient(x, np.array([0, 1, 0, 1]), method="nope")
