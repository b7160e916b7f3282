"""engine.playground: the playground's training glue, checked against the book's net and optimizers."""
import math

import numpy as np
import pytest

from engine.multilayer import MultiLayerNet
from engine.optimizers import SGD, Adam
from engine.playground import (MAX_LAYERS, MAX_NEURONS, PlaygroundConfig, PlaygroundTrainer, check_hidden,
                               check_lr, grid, make_network, make_points, neuron_maps)
from engine.toy_data import feature_matrix


def trainer(**changes):
    config = PlaygroundConfig(**changes)
    return PlaygroundTrainer(config, *make_points(config))


@pytest.mark.parametrize("hidden, words", [((8,) * (MAX_LAYERS + 1), "too many"), ((4, 0), "got 0"),
                                           ((MAX_NEURONS + 1,), f"got {MAX_NEURONS + 1}"), ((2.5,), "2.5")])
def test_layouts_the_playground_cannot_draw_are_refused(hidden, words):
    with pytest.raises(ValueError) as error:
        check_hidden(hidden)
    assert words in str(error.value)


def test_drawable_layouts_pass():
    assert check_hidden([]) == () and check_hidden([8] * MAX_LAYERS) == (8,) * MAX_LAYERS


@pytest.mark.parametrize("lr", [0, -0.1, math.nan, math.inf])
def test_learning_rates_that_cannot_train_are_refused(lr):
    with pytest.raises(ValueError, match="finite number above 0"):
        check_lr(lr)
    with pytest.raises(ValueError):
        trainer(lr=lr)


def test_full_batch_step_is_one_sgd_update_of_the_book_net():
    run = trainer(batch_size=0, lr=0.1, hidden=(3,))
    net = MultiLayerNet(2, [3], 2, activation="tanh", weight_init_std="xavier", seed=0)
    for key in net.params:
        np.testing.assert_array_equal(net.params[key], run.network.params[key])
    inputs = feature_matrix(run.x_train, ("x0", "x1"))
    for _ in range(3):
        SGD(lr=0.1).update(net.params, net.gradient(inputs, run.t_train))
        run.step()
    for key in net.params:
        np.testing.assert_allclose(run.network.params[key], net.params[key], rtol=0, atol=1e-15)
    assert (run.iteration, run.epoch) == (3, 3)
    assert len(run.train_loss) == 4      # the untrained network's loss, then one per epoch
    assert run.train_loss[-1] == pytest.approx(net.loss(inputs, run.t_train))


def test_mini_batches_cover_each_point_once_per_epoch():
    run = trainer(batch_size=30)            # 100 training points: batches of 30, 30, 30, 10
    seen = []
    original = run.network.gradient
    run.network.gradient = lambda x, t: (seen.append(len(x)), original(x, t))[1]
    for _ in range(4):
        run.step()
    assert seen == [30, 30, 30, 10] and run.epoch == 1 and len(run.train_loss) == 2


def test_optimizer_and_settings_change_between_steps():
    run = trainer(optimizer="sgd")
    run.set_optimizer("adam")
    run.set_learning_rate(0.05)
    assert isinstance(run.optimizer, Adam) and run.optimizer.lr == 0.05
    run.set_weight_decay(0.1)
    assert run.network.weight_decay_lambda == 0.1
    with pytest.raises(ValueError):
        run.set_learning_rate(0)
    run.set_batch_size(0)
    run.step()
    assert run.epoch == 1


def test_an_added_point_joins_the_next_epoch():
    run = trainer(batch_size=0)
    n = len(run.x_train)
    run.add_point((0.5, -0.5), 1)
    seen = []
    original = run.network.gradient
    run.network.gradient = lambda x, t: (seen.append((len(x), x[-1].tolist(), int(t[-1]))), original(x, t))[1]
    run.step()
    assert seen[0][0] == n + 1


def test_snapshots_are_copies():
    run = trainer()
    first = run.snapshot()
    run.step()
    assert first.iteration == 0 and run.iteration == 1
    assert all(first.params[key] is not run.network.params[key] for key in first.params)
    assert not np.array_equal(first.params["W1"], run.network.params["W1"])


def test_a_diverging_run_stops_and_says_so():
    run = trainer(activation="identity", lr=3.0, hidden=(4, 4))
    steps = 0
    while run.step():
        steps += 1
        assert steps < 200
    assert run.diverged and not run.step()
    assert not math.isfinite(run.train_loss[-1])
    assert run.snapshot().diverged


def test_neuron_maps_cover_every_neuron_on_the_grid():
    config = PlaygroundConfig(hidden=(3, 2), features=("x0", "x1", "x0²"))
    net = make_network(config)
    xs, points = grid(20)
    maps, p = neuron_maps(net, feature_matrix(points, config.features))
    assert [m.shape for m in maps] == [(400, 3), (400, 2)] and p.shape == (400,)
    np.testing.assert_allclose(p, net.predict(feature_matrix(points, config.features))[:, 1])
    assert points[1].tolist() == [xs[1], xs[0]]          # rows along x1, x0 varying fastest


def test_relu_networks_start_with_he_scale():
    relu = make_network(PlaygroundConfig(activation="relu", hidden=(8,), seed=3))
    tanh = make_network(PlaygroundConfig(activation="tanh", hidden=(8,), seed=3))
    np.testing.assert_allclose(relu.params["W1"], math.sqrt(2) * tanh.params["W1"])
