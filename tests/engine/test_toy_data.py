"""The 2-D data sets: geometry, determinism, refusals, and what a network can learn from them."""
import numpy as np
import pytest

from engine.multilayer import MultiLayerNet
from engine.optimizers import Adam
from engine.toy_data import DATASETS, FEATURES, feature_matrix, make_dataset, split


@pytest.mark.parametrize("name", list(DATASETS))
def test_shape_balance_range_and_determinism(name):
    x, t = make_dataset(name, n_samples=201, noise=0.1, seed=4)
    assert x.shape == (201, 2) and x.dtype == np.float64 and t.shape == (201,)
    assert set(np.unique(t)) == {0, 1} and abs(int(t.sum()) - 100) <= 1
    assert np.abs(x).max() < 9
    again = make_dataset(name, n_samples=201, noise=0.1, seed=4)
    np.testing.assert_array_equal(x, again[0])
    np.testing.assert_array_equal(t, again[1])
    assert not np.array_equal(x, make_dataset(name, n_samples=201, noise=0.1, seed=5)[0])
    assert t[:20].min() == 0 and t[:20].max() == 1           # shuffled, not one class then the other


def test_circle_inside_and_ring():
    x, t = make_dataset("circle", 400)
    r = np.hypot(x[:, 0], x[:, 1])
    assert r[t == 1].max() <= 2.5 and 3.5 <= r[t == 0].min() and r[t == 0].max() <= 5


def test_xor_quadrants_and_padding():
    x, t = make_dataset("xor", 400)
    np.testing.assert_array_equal(t, (x[:, 0] * x[:, 1] > 0).astype(int))
    assert np.abs(x).min() >= 0.3 and np.abs(x).max() <= 5.3


def test_gauss_blobs_around_plus_and_minus_two():
    x, t = make_dataset("gauss", 2000)
    np.testing.assert_allclose(x[t == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(x[t == 0].mean(axis=0), [-2, -2], atol=0.1)
    assert x[t == 1].std() < make_dataset("gauss", 2000, noise=0.5)[0][t == 1].std()


def test_spiral_arms_grow_to_five_and_are_turned_by_pi():
    x, t = make_dataset("spiral", 400)
    r = np.hypot(x[:, 0], x[:, 1])
    assert r.max() <= 5 and r.min() < 0.1
    # a point of class 1 turned by π lands on class 0's arm
    ones, zeros = x[t == 1], x[t == 0]
    turned = -ones
    nearest = np.min(np.hypot(turned[:, None, 0] - zeros[None, :, 0], turned[:, None, 1] - zeros[None, :, 1]),
                     axis=1)
    assert np.median(nearest) < 0.1


def test_noise_blurs_the_classes():
    clean, t = make_dataset("circle", 400, noise=0.0)
    noisy, _ = make_dataset("circle", 400, noise=0.5)
    r = np.hypot(noisy[:, 0], noisy[:, 1])
    assert r[t == 1].max() > 2.5 or r[t == 0].min() < 3.5


@pytest.mark.parametrize("kwargs, words", [
    (dict(name="moons"), "Unknown data set 'moons'"), (dict(name="xor", n_samples=1), "from 2 to"),
    (dict(name="xor", n_samples=10 ** 6), "from 2 to"), (dict(name="xor", noise=-0.1), "Noise"),
    (dict(name="xor", noise=2), "Noise"),
])
def test_refusals(kwargs, words):
    with pytest.raises(ValueError) as error:
        make_dataset(**kwargs)
    assert words in str(error.value)


def test_features_and_split():
    x = np.array([[1.0, 2.0], [-3.0, 0.5]])
    m = feature_matrix(x, list(FEATURES))
    np.testing.assert_allclose(m[0], [1, 2, 1, 4, 2, np.sin(1), np.sin(2)])
    with pytest.raises(ValueError):
        feature_matrix(x, ["x2"])
    (x_train, t_train), (x_test, t_test) = split(*make_dataset("gauss", 100), test_ratio=0.3)
    assert len(x_train) == len(t_train) == 70 and len(x_test) == 30


def trained_accuracy(name, features, hidden, activation="tanh", iterations=1500, seed=0):
    x, t = make_dataset(name, 200, seed=seed)
    inputs = feature_matrix(x, features)
    net = MultiLayerNet(len(features), hidden, 2, activation=activation, weight_init_std="xavier", seed=seed)
    optimizer = Adam(lr=0.03)
    for _ in range(iterations):
        optimizer.update(net.params, net.gradient(inputs, t))
    return net.accuracy(inputs, t)


@pytest.mark.parametrize("name", ["xor", "circle", "spiral"])
def test_no_hidden_layer_draws_a_straight_line_and_cannot_separate(name):
    assert trained_accuracy(name, ["x0", "x1"], [], iterations=400) < 0.8


def test_the_circle_is_separable_with_squared_features():
    assert trained_accuracy("circle", ["x0", "x1", "x0²", "x1²"], [], iterations=600) > 0.97


def test_a_few_tanh_neurons_separate_xor():
    assert trained_accuracy("xor", ["x0", "x1"], [4]) > 0.95


def test_two_layers_of_eight_separate_the_spiral():
    assert trained_accuracy("spiral", ["x0", "x1"], [8, 8], iterations=3000) > 0.9
