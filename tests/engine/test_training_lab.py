"""TrainConfig beyond the book's run: deeper networks, activations, initial scales, optimizers, weight decay."""
import numpy as np
import pytest

from engine.deep_step import loss_and_accuracy, predict_labels
from engine.multilayer import MultiLayerNet
from engine.networks import TwoLayerNet
from engine.optimizers import Adam
from engine.training import TrainConfig, Trainer


def blobs(n=400, d=20, classes=4, seed=0):
    """Separable clusters: a network that learns at all gets them right."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((classes, d)) * 3
    t = rng.integers(0, classes, n)
    x = centres[t] + rng.standard_normal((n, d))
    return (x[: n * 3 // 4], t[: n * 3 // 4]), (x[n * 3 // 4:], t[n * 3 // 4:])


def test_the_defaults_are_the_books_run_with_its_fast_step():
    config = TrainConfig()
    assert config.is_book_network and config.hidden_layers == 1 and config.activation == "sigmoid"
    trainer = Trainer(TrainConfig(iters_num=3, batch_size=10, evaluate=False), blobs())
    assert isinstance(trainer.network, TwoLayerNet) and trainer.optimizer is None


def test_another_configuration_trains_a_multilayer_net_with_its_optimizer_exactly():
    data = blobs()
    config = TrainConfig(iters_num=30, batch_size=20, learning_rate=0.01, hidden_size=16, hidden_layers=2,
                         activation="relu", weight_init_std="he", optimizer="adam", evaluate=False,
                         sampling="shuffle")
    trainer = Trainer(config, data)
    assert not config.is_book_network and isinstance(trainer.network, MultiLayerNet)
    assert list(trainer.network.params) == ["W1", "b1", "W2", "b2", "W3", "b3"]
    # The same run by hand: the same initial weights, the same batches, Adam's own update.
    net = MultiLayerNet(20, [16, 16], 10, activation="relu", weight_init_std="he", seed=0)   # 10 classes at least
    adam = Adam(lr=0.01)
    rng = np.random.default_rng([0, 1])
    (x, t), _ = data
    order, position, losses = None, 0, []
    for _ in range(30):
        if order is None or position + 20 > len(x):
            order, position = rng.permutation(len(x)), 0
        mask = order[position:position + 20]
        position += 20
        loss, grads = net.loss_and_gradient(x[mask], t[mask])
        adam.update(net.params, grads)
        losses.append(loss)
    got = [step.loss for step in trainer]
    np.testing.assert_allclose(got, losses, rtol=1e-12)
    for key in net.params:
        np.testing.assert_allclose(trainer.network.params[key], net.params[key], rtol=1e-12)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
@pytest.mark.parametrize("layers, activation", [(0, "identity"), (1, "relu"), (3, "tanh")])
def test_every_optimizer_and_depth_learns_separable_clusters(optimizer, layers, activation):
    lr = {"sgd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.1, "rmsprop": 0.01, "adam": 0.01}[optimizer]
    config = TrainConfig(iters_num=150, batch_size=50, learning_rate=lr, hidden_size=16, hidden_layers=layers,
                         activation=activation, weight_init_std="xavier", optimizer=optimizer)
    trainer = Trainer(config, blobs())
    steps = list(trainer)
    assert steps[-1].loss < steps[0].loss
    assert steps[-1].test_acc is not None and steps[-1].test_acc > 0.9
    assert trainer.test_predicted.shape == (100,)


def test_weight_decay_keeps_the_weights_smaller():
    data = blobs()
    norms = []
    for decay in (0.0, 0.1):
        trainer = Trainer(TrainConfig(iters_num=200, batch_size=50, learning_rate=0.1, hidden_size=16,
                                      weight_decay=decay, evaluate=False), data)
        list(trainer)
        norms.append(sum(float(np.sum(trainer.network.params[k] ** 2)) for k in ("W1", "W2")))
    assert norms[1] < 0.7 * norms[0]


def test_a_changed_learning_rate_reaches_the_optimizer():
    trainer = Trainer(TrainConfig(iters_num=5, batch_size=10, optimizer="momentum", evaluate=False), blobs())
    next(trainer)
    trainer.learning_rate = 0.5
    next(trainer)
    assert trainer.optimizer.lr == 0.5


def test_whole_set_measurements_agree_with_the_network():
    (x, t), _ = blobs()
    net = MultiLayerNet(20, [8], 4, seed=3)
    np.testing.assert_array_equal(predict_labels(net, x), net.predict(x).argmax(axis=1))
    loss, acc = loss_and_accuracy(net, x, t)
    assert loss == pytest.approx(net.loss(x, t)) and acc == pytest.approx(net.accuracy(x, t))


@pytest.mark.parametrize("kwargs, words", [
    (dict(hidden_layers=11), "11 hidden layers is too many"), (dict(hidden_size=1001), "too wide"),
    (dict(hidden_layers=-1), "hidden_layers must be a whole number >= 0"),
    (dict(weight_decay=-0.1), "Weight decay"), (dict(weight_decay=float("nan")), "weight_decay must be a finite"),
    (dict(optimizer="lbfgs"), "optimizer must be one of"), (dict(activation="gelu"), "activation must be one of"),
    (dict(optimizer="momentum", optimizer_params=(("momentum", 1.5),)), "momentum must lie in [0, 1)"),
    (dict(optimizer="adam", optimizer_params=(("beta2", 1.0),)), "beta2"),
    (dict(weight_init_std="glorot"), "weight_init_std must be one of"),
    (dict(hidden_layers=2, gradient="numerical"), "choose backprop"),
])
def test_settings_nobody_can_train_are_refused_before_a_run_starts(kwargs, words):
    with pytest.raises(ValueError) as error:
        TrainConfig(**kwargs)
    assert words in str(error.value)


def test_fig_6_15_the_initial_scale_decides_whether_a_deep_relu_net_learns_at_all():
    """784-100-100-100-100-10 ReLU, SGD lr 0.01, batch 128 on MNIST (the book runs 2000 iterations;
    300 already separate the three): std 0.01 does not learn, Xavier learns, He learns fastest."""
    from engine.mnist import load_mnist
    data = load_mnist(normalize=True, one_hot_label=False)
    late = {}
    for std in (0.01, "xavier", "he"):
        trainer = Trainer(TrainConfig(iters_num=300, batch_size=128, learning_rate=0.01, hidden_size=100,
                                      hidden_layers=4, activation="relu", weight_init_std=std,
                                      evaluate=False), data)
        late[std] = float(np.mean([step.loss for step in trainer][-50:]))
    assert late[0.01] == pytest.approx(2.302, abs=0.01)
    assert late["he"] < late["xavier"] - 0.5 < late[0.01] - 0.5 - 0.2


def test_optimizer_settings_may_come_as_a_dict_or_as_json_lists():
    by_dict = TrainConfig(optimizer="momentum", optimizer_params={"momentum": 0.5})
    by_json = TrainConfig(optimizer="momentum", optimizer_params=[["momentum", 0.5]])
    assert by_dict == by_json and by_dict.optimizer_params == (("momentum", 0.5),)
    assert by_dict.make_optimizer().momentum == 0.5 and hash(by_dict) == hash(by_json)
