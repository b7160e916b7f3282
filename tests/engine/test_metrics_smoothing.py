"""The lag-free smoothing of a loss series (engine.metrics.LossSmoother) and the whole-data-set
loss and accuracy of a network (engine.metrics.loss_and_accuracy)."""
import numpy as np
import pytest

from engine.metrics import (SMOOTH_HALF_WIDTH, LossSmoother, accuracy, edge_curvature_bias,
                            loss_and_accuracy, smooth_loss)
from engine.networks import TwoLayerNet

H = SMOOTH_HALF_WIDTH


def trailing_mean(y, window=100):
    """What the loss plot drew before: the mean of the previous `window` iterations."""
    return np.array([y[max(0, i + 1 - window):i + 1].mean() for i in range(len(y))])


@pytest.mark.parametrize("n", [1, 2, 5, H, H + 1, 3 * H, 1000])
def test_a_constant_stays_constant(n):
    np.testing.assert_allclose(smooth_loss(np.full(n, 2.302585)), 2.302585, rtol=1e-12)


@pytest.mark.parametrize("n", [3, 40, 400, 5000])
def test_a_straight_line_is_not_shifted_anywhere(n):
    """Interior (centred mean) and live edge (lag-corrected exponential average) alike."""
    i = np.arange(n, dtype=np.float64)
    y = 2.3 - 0.0004 * i
    s = smooth_loss(y)
    np.testing.assert_allclose(s, y, rtol=0, atol=1e-9)
    # the trailing mean the plot drew before lags by half its window times the slope
    assert trailing_mean(y)[-1] - y[-1] == pytest.approx(0.0004 * (min(n, 100) - 1) / 2)


def test_the_interior_is_the_centred_mean_of_101_iterations():
    y = np.random.default_rng(1).random(500)
    s = smooth_loss(y)
    for i in (0, 1, 7, H, 200, 500 - H - 1):
        r = min(i, H)
        assert s[i] == pytest.approx(y[i - r:i + r + 1].mean(), rel=1e-12)


def test_the_live_edge_has_no_lag_bias_beyond_the_stated_bound():
    """On a bend y = c k² / 2 the edge is off by edge_curvature_bias() * c, and no more."""
    c = 2e-5
    k = np.arange(3000, dtype=np.float64)
    y = c * k ** 2 / 2
    edge = LossSmoother().extend(y).at([len(y) - 1])[0]
    bound = abs(edge_curvature_bias()) * c
    assert abs(edge - y[-1]) <= bound * 1.001
    assert abs(edge - y[-1]) >= bound * 0.99        # the bound is the actual error, not a guess
    # a trailing mean of 100 iterations is off by ~50 times the slope: far more
    assert abs(trailing_mean(y)[-1] - y[-1]) > 10 * bound


def test_the_live_edge_follows_a_falling_loss_on_average():
    """A loss falling like the overfit preset's, with mini-batch noise: at iteration 100 the
    smoothed value (then at the live edge) is near the true loss, the trailing mean is not."""
    rng = np.random.default_rng(0)
    i = np.arange(100, dtype=np.float64)
    truth = 0.3 + 2.0 * np.exp(-i / 60)
    edges, trailing = [], []
    for _ in range(200):
        y = truth + 0.15 * rng.standard_normal(len(i))
        edges.append(smooth_loss(y)[-1])
        trailing.append(trailing_mean(y)[-1])
    bias = np.mean(edges) - truth[-1]
    slope_bend = 2.0 / 60 ** 2 * np.exp(-99 / 60)      # y'' at the edge
    assert abs(bias) < abs(edge_curvature_bias()) * slope_bend * 1.5 + 0.01
    assert np.mean(trailing) - truth[-1] > 0.3        # the old line read like another curve


def test_incremental_updates_equal_the_whole_series():
    rng = np.random.default_rng(3)
    y = rng.standard_normal(2345)
    y[[10, 700]] = np.nan              # left out, not counted as 0
    smoother = LossSmoother()
    done = 0
    while done < len(y):
        step = int(rng.integers(1, 300))
        smoother.extend(y[done:done + step])
        done = min(len(y), done + step)
        np.testing.assert_allclose(smoother.at(), smooth_loss(y[:done]), rtol=1e-9, atol=1e-12)
    finite = y[~np.isnan(y)]
    assert np.all(np.isfinite(smoother.at()))
    assert smoother.at([H + 5])[0] == pytest.approx(np.nanmean(y[5:2 * H + 6]))
    assert finite.size == len(y) - 2


def test_loss_and_accuracy_of_a_whole_data_set_match_the_network():
    rng = np.random.default_rng(0)
    x = rng.random((1300, 784)).astype(np.float32)
    t = rng.integers(0, 10, 1300)
    net = TwoLayerNet(784, 50, 10, weight_init_std=0.3, seed=1)
    loss, acc = loss_and_accuracy(net.params, x, t)
    assert loss == pytest.approx(net.loss(x.astype(np.float64), t), rel=1e-10)
    assert acc == net.accuracy(x.astype(np.float64), t) == accuracy(net.params, x, t)
    one_hot = np.eye(10)[t]
    assert loss_and_accuracy(net.params, x, one_hot) == (loss, acc)
