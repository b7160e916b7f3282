"""Every layer visible: the figs 6-10 … 6-14 experiment says what each figure shows, and the
per-layer views (activations, histograms, weights and gradients over time) hold the right numbers."""
import numpy as np
import pytest

from engine.functions import sigmoid
from engine.layer_history import LayerHistory, distribution, gradient_snapshot
from engine.layer_stats import (BOOK_BINS, CASES, activation_experiment, activation_range,
                                case_activations, histogram, layer_histograms, network_view,
                                nice_ceiling)
from engine.multilayer import MultiLayerNet
from engine.networks import TwoLayerNet

SEEDS = (0, 1, 2)


def extreme_share(z):
    return float(np.mean((z < 0.1) | (z > 0.9)))


def test_the_experiment_is_the_books_loop():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((1000, 100))
    expected = []
    for _ in range(5):
        w = rng.standard_normal((100, 100)) * np.sqrt(1.0 / 100)
        x = sigmoid(x @ w)
        expected.append(x)
    got = activation_experiment("sigmoid", "xavier", seed=7)
    assert len(got) == 5 and all(z.shape == (1000, 100) for z in got)
    for z, e in zip(got, expected):
        np.testing.assert_array_equal(z, e)


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_10_sigmoid_std_1_piles_up_at_0_and_1(seed):
    for z in case_activations("sigmoid-std1", seed):
        assert extreme_share(z) > 0.65          # most activations < 0.1 or > 0.9
        assert np.mean(np.abs(z - 0.5) < 0.1) < 0.1


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_11_sigmoid_std_001_stays_near_one_half(seed):
    layers = case_activations("sigmoid-std0.01", seed)
    for z in layers:
        assert np.mean(np.abs(z - 0.5) < 0.05) > 0.9
        assert np.all(np.abs(z - 0.5) < 0.15)
    for z in layers[1:]:
        assert np.all(np.abs(z - 0.5) < 0.06)    # after the first layer: all within 0.5 ± 0.06


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_13_xavier_spreads_the_sigmoid(seed):
    narrow = case_activations("sigmoid-std0.01", seed)
    for z, n in zip(case_activations("sigmoid-xavier", seed), narrow):
        assert 0.08 < z.std() < 0.3               # spread out …
        assert z.std() > 4 * n.std()              # … far more than with std 0.01
        assert extreme_share(z) < 0.1             # … without piling up at 0 and 1


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_14_relu_std_001_is_near_zero(seed):
    layers = case_activations("relu-std0.01", seed)
    assert layers[0].max() < 0.6
    for z in layers[1:]:
        assert z.max() < 0.06
    means = [z.mean() for z in layers]
    assert all(b < a for a, b in zip(means, means[1:]))


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_14_relu_xavier_shrinks_layer_by_layer(seed):
    means = [z.mean() for z in case_activations("relu-xavier", seed)]
    assert all(b < a for a, b in zip(means, means[1:]))
    assert means[-1] < 0.45 * means[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_fig_6_14_he_keeps_the_same_spread_in_every_layer(seed):
    layers = case_activations("relu-he", seed)
    mean0, std0 = layers[0].mean(), layers[0].std()
    for z in layers:
        assert 0.7 < z.mean() / mean0 < 1.4
        assert 0.7 < z.std() / std0 < 1.4
        assert 0.4 < np.mean(z == 0) < 0.6        # ReLU: about half are exactly 0


def test_there_are_six_cases_three_per_activation():
    assert [CASES[c][0] for c in CASES].count("sigmoid") == 3
    assert [CASES[c][0] for c in CASES].count("relu") == 3


def test_histograms_use_fixed_bins_and_count_every_value():
    counts, edges = histogram(np.array([-1.0, 0.0, 0.01, 0.5, 0.999, 1.0, 7.0]), (0.0, 1.0))
    assert len(counts) == BOOK_BINS and edges[0] == 0 and edges[-1] == 1
    assert counts.sum() == 7
    assert counts[0] == 3 and counts[-1] == 3 and counts[15] == 1    # outside → the end bins


def test_layer_histograms_match_numpy_and_leave_relus_zeros_apart():
    layers = case_activations("sigmoid-xavier")
    value_range, out = layer_histograms(layers, "sigmoid")
    assert value_range == (0.0, 1.0)
    for z, (counts, summary) in zip(layers, out):
        np.testing.assert_array_equal(counts, np.histogram(z, 30, range=(0, 1))[0])
        assert summary["min"] == z.min() and summary["max"] == z.max()
    relu = case_activations("relu-he")
    (lo, hi), out = layer_histograms(relu, "relu")
    assert lo == 0 and hi >= np.percentile(relu[0], 99.5)
    for z, (counts, summary) in zip(relu, out):
        assert counts.sum() == np.count_nonzero(z)
        assert summary["zeros"] == pytest.approx(np.mean(z == 0))


def test_activation_ranges():
    assert activation_range("tanh") == (-1.0, 1.0)
    assert activation_range("relu", [np.full((3, 3), 0.2)]) == (0.0, 1.0)
    assert activation_range("relu", [np.full((3, 3), 3.3)]) == (0.0, 4.0)
    assert activation_range("identity", [np.array([-12.0, 3.0])]) == (-15.0, 15.0)
    assert [nice_ceiling(v) for v in (0.7, 1.0, 1.6, 2.2, 4.5, 7.0, 0.0)] == \
        [0.8, 1.0, 2.0, 2.5, 5.0, 8.0, 1.0]


def test_network_view_of_the_books_two_layer_net_predicts_the_same():
    net = TwoLayerNet(784, 50, 10, weight_init_std=0.5, seed=3)
    x = np.random.default_rng(0).random((5, 784))
    view = network_view(net.params, "sigmoid")
    np.testing.assert_allclose(view.predict(x), net.predict(x), rtol=0, atol=1e-12)
    np.testing.assert_allclose(view.activations(x)[0], sigmoid(x @ net.params["W1"] + net.params["b1"]))
    grads = net.gradient(x, np.arange(5))
    view_grads = view.gradient(x, np.arange(5))
    for key in grads:
        np.testing.assert_allclose(view_grads[key], grads[key], rtol=1e-9, atol=1e-12)


def test_network_view_of_a_multilayer_net_keeps_its_parameters():
    net = MultiLayerNet(20, [8, 6, 4], 3, activation="relu", weight_decay_lambda=0.1, seed=1)
    view = network_view(net.params, "relu", 0.1)
    x = np.random.default_rng(1).random((4, 20))
    assert view.sizes == net.sizes and view.layer_count == 4
    assert view.loss(x, np.arange(4) % 3) == net.loss(x, np.arange(4) % 3)


def history_of(snapshots, max_columns=200):
    history = LayerHistory(max_columns)
    for iteration, net in snapshots:
        weights, grads = gradient_snapshot(net, np.ones((3, 4)), np.array([0, 1, 0]))
        history.add(iteration, LayerHistory.quantiles(weights, grads), [w.size for w in weights])
    return history


def test_history_heatmap_counts_follow_the_values():
    rng = np.random.default_rng(0)
    net = MultiLayerNet(4, [1000], 2, seed=0)
    net.params["W1"][...] = rng.uniform(-1.0, 1.0, (4, 1000))     # uniform: equal counts per bin
    history = history_of([(0, net), (10, net)])
    counts, (lo, hi), (first, last) = history.heatmap("W", 0, bins=10)
    assert counts.shape == (2, 10) and (first, last) == (0, 10)
    # the bins span the 1st … 99th percentile; what lies beyond counts in the end bins
    W1 = net.params["W1"]
    assert lo == pytest.approx(np.percentile(W1, 1)) and hi == pytest.approx(np.percentile(W1, 99))
    assert lo == pytest.approx(-0.98, abs=0.01) and hi == pytest.approx(0.98, abs=0.01)
    np.testing.assert_allclose(counts.sum(axis=1), 4000)
    np.testing.assert_allclose(counts[0], np.histogram(np.clip(W1, lo, hi), 10, range=(lo, hi))[0],
                               rtol=0.05)
    grads, (glo, ghi), _ = history.heatmap("grad", 1, bins=10)
    np.testing.assert_allclose(grads.sum(axis=1), 1000 * 2)


def test_history_stays_bounded_and_keeps_the_latest():
    net = MultiLayerNet(4, [3], 2, seed=0)
    history = history_of([(i, net) for i in range(0, 10000, 10)], max_columns=200)
    assert len(history) <= 200 and history.iterations[-1] == 9990
    assert history.iterations == sorted(history.iterations)
    longer = history_of([(i, net) for i in range(0, 30000, 10)], max_columns=200)
    assert len(longer) <= 200 and longer.iterations[-1] == 29990
    assert longer.nbytes <= 200 * (2 * 2 * 101 * 8 + 8)      # (W, grad) × 2 layers × 101 quantiles
    counts, _, (first, last) = history.heatmap("W", 1)
    assert counts.shape == (len(history), 48) and last == 9990


def test_history_restarts_for_another_network_and_replaces_a_repeated_iteration():
    a, b = MultiLayerNet(4, [3], 2, seed=0), MultiLayerNet(4, [3, 3], 2, seed=0)
    history = history_of([(0, a), (5, a), (5, a)])
    assert history.iterations == [0, 5]
    history.add(7, LayerHistory.quantiles(*gradient_snapshot(b, np.ones((1, 4)), np.array([1]))), [12, 9, 6])
    assert history.iterations == [7] and history.layer_count == 3


def test_the_distribution_of_many_snapshots_at_once_is_numpys_interp():
    rng = np.random.default_rng(1)
    q = np.sort(rng.standard_normal((30, 101)), axis=1)
    q[3, 40:60] = 0.0            # a point mass (blank pixels' zero gradients)
    x = np.concatenate([np.linspace(-4, 4, 49), [0.0, q[5, 10]]])
    expected = np.array([np.interp(x, row, np.linspace(0, 1, 101)) for row in q])
    np.testing.assert_allclose(distribution(q, x), expected, rtol=0, atol=1e-12)
