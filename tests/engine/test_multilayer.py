"""MultiLayerNet (6.2–6.4): backprop against numerical gradients, initial scales, weight decay,
the activation histograms of figs 6-10 … 6-14, and refusals."""
import numpy as np
import pytest

from engine.labels import one_hot
from engine.multilayer import MultiLayerNet, init_scale
from engine.networks import MultiLayerNet as FromNetworks


def batch(n=5, inputs=6, classes=3, seed=1):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, inputs)), rng.integers(0, classes, n)


def test_engine_networks_offers_it():
    assert FromNetworks is MultiLayerNet


@pytest.mark.parametrize("activation", ["sigmoid", "relu", "tanh", "identity"])
@pytest.mark.parametrize("hidden", [[], [4], [5, 4, 3]])
@pytest.mark.parametrize("decay", [0.0, 0.1])
def test_backprop_matches_the_numerical_gradient(activation, hidden, decay):
    x, t = batch()
    net = MultiLayerNet(6, hidden, 3, activation=activation, weight_init_std=0.5,
                        weight_decay_lambda=decay, seed=3)
    analytic, numeric = net.gradient(x, t), net.numerical_gradient(x, t)
    assert list(analytic) == list(net.params)
    for key in net.params:
        assert analytic[key].shape == net.params[key].shape
        np.testing.assert_allclose(analytic[key], numeric[key], rtol=1e-5, atol=1e-7)


def test_parameters_are_named_in_the_books_order_and_biases_start_at_zero():
    net = MultiLayerNet(784, [100, 50], 10, seed=0)
    assert list(net.params) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert net.params["W2"].shape == (100, 50) and net.layer_count == 3
    assert all(not net.params[f"b{i}"].any() for i in (1, 2, 3))
    softmax_regression = MultiLayerNet(784, [], 10, seed=0)
    assert list(softmax_regression.params) == ["W1", "b1"]


@pytest.mark.parametrize("name, factor", [("relu", 2.0), ("he", 2.0), ("sigmoid", 1.0), ("xavier", 1.0)])
def test_named_initial_scales_follow_the_layers_inputs(name, factor):
    net = MultiLayerNet(400, [300], 10, weight_init_std=name, seed=0)
    assert init_scale(name, 400) == pytest.approx(np.sqrt(factor / 400))
    assert net.params["W1"].std() == pytest.approx(np.sqrt(factor / 400), rel=0.02)
    assert net.params["W2"].std() == pytest.approx(np.sqrt(factor / 300), rel=0.05)
    assert MultiLayerNet(400, [300], 10, weight_init_std=0.01, seed=0).params["W1"].std() == \
        pytest.approx(0.01, rel=0.02)


def test_weight_decay_adds_half_lambda_sum_of_squares_to_the_loss():
    x, t = batch()
    plain = MultiLayerNet(6, [4], 3, seed=5)
    decayed = MultiLayerNet(6, [4], 3, seed=5, weight_decay_lambda=0.1)
    squares = sum(np.sum(plain.params[k] ** 2) for k in ("W1", "W2"))
    assert decayed.loss(x, t) == pytest.approx(plain.loss(x, t) + 0.05 * squares, rel=1e-12)
    np.testing.assert_allclose(decayed.gradient(x, t)["W1"], plain.gradient(x, t)["W1"] + 0.1 * plain.params["W1"])
    np.testing.assert_array_equal(decayed.gradient(x, t)["b1"], plain.gradient(x, t)["b1"])


def test_labels_and_one_hot_targets_give_the_same_loss_gradient_and_accuracy():
    x, t = batch()
    net = MultiLayerNet(6, [4], 3, seed=2)
    T = one_hot(t, 3)
    assert net.loss(x, t) == net.loss(x, T) and net.accuracy(x, t) == net.accuracy(x, T)
    for key, value in net.gradient(x, t).items():
        np.testing.assert_array_equal(value, net.gradient(x, T)[key])


def test_float32_keeps_its_type_through_training_quantities():
    x, t = batch()
    net = MultiLayerNet(6, [4], 3, seed=2, dtype="float32")
    assert all(p.dtype == np.float32 for p in net.params.values())
    assert all(g.dtype == np.float32 for g in net.gradient(x.astype(np.float32), t).values())


def histograms(activation, std, seed=0):
    """Figs 6-10 … 6-14: 1000 standard-normal inputs of 100 values, five layers of 100, no bias."""
    x = np.random.default_rng(seed).standard_normal((1000, 100))
    net = MultiLayerNet(100, [100] * 5, 10, activation=activation, weight_init_std=std, seed=seed)
    return net.activations(x)


def test_fig_6_10_sigmoid_with_std_1_piles_up_at_0_and_1():
    for layer in histograms("sigmoid", 1.0):
        assert np.mean((layer < 0.1) | (layer > 0.9)) > 0.6


def test_fig_6_11_sigmoid_with_std_0_01_sits_near_one_half():
    for layer in histograms("sigmoid", 0.01):
        assert np.mean(np.abs(layer - 0.5) < 0.05) > 0.95 and layer.std() < 0.03


def test_fig_6_13_xavier_spreads_sigmoid_activations():
    for layer in histograms("sigmoid", "xavier"):
        assert 0.05 < layer.std() < 0.3 and np.mean((layer < 0.1) | (layer > 0.9)) < 0.2


def test_fig_6_14_he_keeps_the_same_spread_in_every_relu_layer_where_std_0_01_collapses():
    he = [layer.std() for layer in histograms("relu", "he")]
    tiny = [layer.std() for layer in histograms("relu", 0.01)]
    xavier = [layer.std() for layer in histograms("relu", "xavier")]
    assert max(he) / min(he) < 2.0                          # the same spread layer after layer
    assert tiny[-1] < 1e-5 and xavier[-1] < xavier[0] / 2  # shrinking toward 0


@pytest.mark.parametrize("kwargs, words", [
    (dict(hidden_size_list=[10] * 11), "11 hidden layers is too many"),
    (dict(hidden_size_list=[1001]), "1001 neurons is too wide"),
    (dict(hidden_size_list=[0]), "at least 1"),
    (dict(hidden_size_list=[4], weight_decay_lambda=-0.1), "Weight decay"),
    (dict(hidden_size_list=[4], weight_decay_lambda=float("inf")), "Weight decay"),
    (dict(hidden_size_list=[4], activation="softplus"), "Unknown activation 'softplus'"),
    (dict(hidden_size_list=[4], weight_init_std="glorot-ish"), "Unknown initialisation"),
    (dict(hidden_size_list=[4], weight_init_std=0), "initial weight scale"),
])
def test_refusals_say_what_is_wrong(kwargs, words):
    with pytest.raises(ValueError) as error:
        MultiLayerNet(6, output_size=3, **kwargs)
    assert words in str(error.value)
