import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import fast_gradient
from engine.fast_gradient import two_layer_numerical_gradient
from engine.networks import PARAM_KEYS, TwoLayerNet


def _max_difference(a, b):
    return max(float(np.abs(a[k] - b[k]).max()) for k in PARAM_KEYS)


@settings(max_examples=60, deadline=None)
@given(input_size=st.integers(1, 9), hidden_size=st.integers(1, 6), output_size=st.integers(2, 6),
       batch=st.integers(1, 7), std=st.sampled_from([0.01, 0.3, 1.0, 4.0]),
       zero_inputs=st.integers(0, 3), one_hot=st.booleans(), seed=st.integers(0, 2 ** 16))
def test_fast_equals_the_books_loop(input_size, hidden_size, output_size, batch, std,
                                    zero_inputs, one_hot, seed):
    rng = np.random.default_rng(seed)
    net = TwoLayerNet(input_size, hidden_size, output_size, weight_init_std=std, seed=seed)
    net.params["b1"] += rng.normal(0, std, hidden_size)
    net.params["b2"] += rng.normal(0, std, output_size)
    x = rng.random((batch, input_size))
    x[:, :zero_inputs] = 0                      # inputs that are 0 in the whole batch
    labels = rng.integers(0, output_size, batch)
    t = np.eye(output_size)[labels] if one_hot else labels
    fast = net.numerical_gradient(x, t, method="fast")
    loop = net.numerical_gradient(x, t, method="loop")
    for key in PARAM_KEYS:
        assert fast[key].shape == net.params[key].shape
        assert fast[key].dtype == net.params[key].dtype
    assert _max_difference(fast, loop) <= 1e-9
    # a zero input's gradient is exactly what the loop computes: (f - f) / 2h = 0
    assert np.all(fast["W1"][:zero_inputs] == 0) and np.all(loop["W1"][:zero_inputs] == 0)


def _loop_at(net, x, t, key, idx, h=1e-4):
    """The book's loop for one element (the same arithmetic as engine.gradient)."""
    param = net.params[key]
    tmp_val = param[idx]
    param[idx] = tmp_val + h
    fxh1 = net.loss(x, t)
    param[idx] = tmp_val - h
    fxh2 = net.loss(x, t)
    param[idx] = tmp_val
    return (fxh1 - fxh2) / (2 * h)


@pytest.mark.parametrize("std", [0.01, 1.0])
def test_mnist_sized_layers_agree_with_the_loop_elementwise(std):
    # The whole loop over 784-50-10 takes half a minute: check 60 elements of each
    # parameter against it, and everything against backprop for the small weights.
    rng = np.random.default_rng(1)
    net = TwoLayerNet(784, 50, 10, weight_init_std=std, seed=2)
    x = rng.random((20, 784)) * (rng.random((20, 784)) < 0.2)
    x[:, :28] = 0                                  # the top row of pixels, blank as in MNIST
    t = rng.integers(0, 10, 20)
    fast = net.numerical_gradient(x, t, method="fast")
    for key in PARAM_KEYS:
        shape = net.params[key].shape
        for flat in rng.choice(net.params[key].size, min(60, net.params[key].size), replace=False):
            idx = np.unravel_index(flat, shape)
            assert abs(fast[key][idx] - _loop_at(net, x, t, key, idx)) <= 1e-9
    assert np.all(fast["W1"][:28] == 0)
    if std < 0.1:
        backprop = net.gradient(x, t)
        for key in PARAM_KEYS:  # the 1e-7 in the loss moves the numerical value by ~1e-7 at most
            np.testing.assert_allclose(fast[key], backprop[key], atol=1e-6)


def test_both_paths_series_and_full_logits(monkeypatch):
    # Forcing the full-logit path must give the same values as the power series.
    rng = np.random.default_rng(3)
    net = TwoLayerNet(6, 4, 3, weight_init_std=0.5, seed=3)
    x, t = rng.random((5, 6)), rng.integers(0, 3, 5)
    series = two_layer_numerical_gradient(net.params, x, t)
    monkeypatch.setattr(fast_gradient, "_series_terms", lambda r: None)
    full = two_layer_numerical_gradient(net.params, x, t)
    assert _max_difference(series, full) <= 1e-10
    loop = net.numerical_gradient(x, t, method="loop")
    assert _max_difference(full, loop) <= 1e-9


def test_single_sample_and_float32_network():
    rng = np.random.default_rng(4)
    net = TwoLayerNet(5, 3, 4, weight_init_std=0.5, seed=5)
    x, t = rng.random(5), np.eye(4)[2]
    one = net.numerical_gradient(x, t, method="fast")
    loop = net.numerical_gradient(x, t, method="loop")
    assert _max_difference(one, loop) <= 1e-9
    net32 = TwoLayerNet(5, 3, 4, weight_init_std=0.5, seed=5, dtype=np.float32)
    grad32 = net32.numerical_gradient(x.astype(np.float32), t, method="fast")
    assert all(grad32[k].dtype == np.float32 for k in PARAM_KEYS)
    for key in PARAM_KEYS:
        np.testing.assert_allclose(grad32[key], one[key], atol=1e-6)


def test_parameters_are_left_untouched():
    net = TwoLayerNet(4, 3, 2, weight_init_std=0.5, seed=6)
    before = {k: v.copy() for k, v in net.params.items()}
    net.numerical_gradient(np.ones((2, 4)), np.array([0, 1]), method="fast")
    assert all(np.array_equal(before[k], net.params[k]) for k in PARAM_KEYS)


def test_saturated_network_warns_nothing_and_matches_the_loop():
    # Huge inputs saturate the sigmoid (exp overflows); warnings are errors in pytest.
    rng = np.random.default_rng(7)
    net = TwoLayerNet(4, 3, 3, weight_init_std=2.0, seed=7)
    x, t = rng.random((5, 4)) * 800 - 400, rng.integers(0, 3, 5)
    fast = net.numerical_gradient(x, t, method="fast")
    with np.errstate(over="ignore"):
        loop = net.numerical_gradient(x, t, method="loop")
    assert _max_difference(fast, loop) <= 1e-9
