import dataclasses

import numpy as np
import pytest

from engine import kernels, training
from engine.metrics import accuracy, confusion_matrix, gradient_check
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig, Trainer, TrainStep, train


def blobs(n_train=300, n_test=60, pixels=20, classes=3, seed=0, one_hot=False, dtype=np.float32):
    """Separable clusters; a few pixels are 0 everywhere and many are 0 in places, like MNIST."""
    rng = np.random.default_rng(seed)
    centers = rng.random((classes, pixels)) * 2
    out = []
    for n in (n_train, n_test):
        labels = rng.integers(0, classes, n)
        x = np.clip(centers[labels] + 0.4 * rng.standard_normal((n, pixels)), 0, None)
        x[:, :3] = 0
        out.append((x.astype(dtype), np.eye(classes)[labels] if one_hot else labels))
    return tuple(out)


def small(**changes):
    base = dict(iters_num=30, batch_size=20, learning_rate=0.5, hidden_size=8,
                weight_init_std=0.1, seed=1)
    base.update(changes)
    return TrainConfig(**base)


def run(config, data):
    return list(train(config, data))


def test_same_seed_same_run_bit_for_bit():
    data = blobs()
    a, b = Trainer(small(), data), Trainer(small(), data)
    losses_a, losses_b = [s.loss for s in a], [s.loss for s in b]
    assert losses_a == losses_b
    assert all(np.array_equal(a.network.params[k], b.network.params[k]) for k in PARAM_KEYS)
    other = [s.loss for s in train(small(seed=2), data)]
    assert other != losses_a


@pytest.mark.parametrize("gradient", ["backprop", "numerical"])
@pytest.mark.parametrize("one_hot", [False, True])
def test_loss_falls_and_the_network_learns(gradient, one_hot):
    data = blobs(one_hot=one_hot)
    trainer = train(small(iters_num=60, gradient=gradient), data)
    steps = list(trainer)
    assert np.mean([s.loss for s in steps[-10:]]) < 0.5 * np.mean([s.loss for s in steps[:5]])
    assert steps[-1].test_acc > 0.9
    assert all(isinstance(s, TrainStep) for s in steps)
    with pytest.raises(dataclasses.FrozenInstanceError):
        steps[0].loss = 0.0


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "numpy"])
def test_step_is_the_books_update_and_loss(compiled, monkeypatch):
    # One step = params - lr * grad (backprop on the batch); its loss is the batch's loss at
    # the weights the gradient was taken at (no second forward pass after the update).
    if compiled and not kernels.AVAILABLE:
        pytest.skip("numba is not installed")
    monkeypatch.setattr(kernels, "AVAILABLE", compiled)
    data = blobs()
    trainer = Trainer(small(iters_num=5), data)
    masks = []
    draw = trainer._batch_mask
    trainer._batch_mask = lambda: masks.append(draw()) or masks[-1]
    for _ in range(5):
        before = trainer.snapshot()
        reference = TwoLayerNet(20, 8, 10)
        reference.params = before
        step = next(trainer)
        x, t = trainer.x_train[masks[-1]].astype(np.float64), trainer.t_train[masks[-1]]
        grad = reference.gradient(x, t)
        for key in PARAM_KEYS:
            expected = before[key] - 0.5 * grad[key]
            np.testing.assert_allclose(trainer.network.params[key], expected, rtol=0, atol=1e-14)
        # rows of W1 for pixels that are 0 in the whole batch do not move at all
        assert np.array_equal(trainer.network.params["W1"][:3], before["W1"][:3])
        assert step.loss == pytest.approx(reference.loss(x, t), rel=1e-12)
        assert step.loss != pytest.approx(trainer.network.loss(x, t), rel=1e-6)


def test_epoch_boundaries_and_evaluation_count():
    data = blobs(n_train=250)
    steps = run(small(iters_num=10, batch_size=100), data)     # 2.5 iterations per epoch
    assert [s.iteration for s in steps] == list(range(1, 11))
    assert [s.iteration for s in steps if s.epoch_end] == [3, 5, 8, 10]
    assert [s.epoch for s in steps] == [0, 0, 1, 1, 2, 2, 2, 3, 3, 4]
    trainer = train(small(iters_num=9, batch_size=100), blobs(n_train=300))
    ends = [s for s in trainer if s.epoch_end]
    assert trainer.iter_per_epoch == 3
    assert [s.iteration for s in ends] == [3, 6, 9] and [s.epoch for s in ends] == [1, 2, 3]
    assert all(0 <= s.train_acc <= 1 and 0 <= s.test_acc <= 1 for s in ends)
    assert ends[-1].train_acc == accuracy(trainer.network.params, trainer.x_train, trainer.t_train)
    assert not any(s.epoch_end for s in run(small(iters_num=9, batch_size=100, evaluate=False),
                                            blobs(n_train=300)))
    steps = run(small(iters_num=3, batch_size=300), blobs(n_train=300))   # one batch per epoch
    assert all(s.epoch_end for s in steps)


def test_elapsed_and_rate_are_reported():
    steps = run(small(iters_num=5), blobs())
    assert all(b.elapsed >= a.elapsed for a, b in zip(steps, steps[1:]))
    assert steps[-1].iters_per_sec == pytest.approx(5 / steps[-1].elapsed)


def test_train_size_takes_the_first_images():
    data = blobs(n_train=300)
    trainer = train(small(iters_num=2, batch_size=50, train_size=100), data)
    assert trainer.x_train.shape == (100, 20)
    assert np.array_equal(trainer.x_train, data[0][0][:100])
    assert np.array_equal(trainer.t_train, data[0][1][:100])
    assert trainer.iter_per_epoch == 2
    steps = list(trainer)
    assert steps[1].train_acc == accuracy(trainer.network.params, data[0][0][:100], data[0][1][:100])


def test_sampling_modes():
    data = blobs(n_train=300)
    shuffle = Trainer(small(batch_size=100, sampling="shuffle"), data)
    first = np.concatenate([shuffle._batch_mask() for _ in range(3)])
    second = np.concatenate([shuffle._batch_mask() for _ in range(3)])
    assert sorted(first) == list(range(300)) and sorted(second) == list(range(300))
    assert not np.array_equal(first, second)          # a fresh permutation each pass
    choice = Trainer(small(batch_size=100), data)
    masks = np.concatenate([choice._batch_mask() for _ in range(3)])
    assert masks.min() >= 0 and masks.max() < 300
    assert len(np.unique(masks)) < 300                 # with replacement: repeats happen
    # drawn ahead in blocks, yet the numbers of one draw per batch, across block boundaries
    config = small(batch_size=37)
    ahead, one_by_one = Trainer(config, data), np.random.default_rng([config.seed, 1])
    for _ in range(2 * training.CHOICE_AHEAD + 5):
        assert np.array_equal(ahead._batch_mask(), one_by_one.integers(0, 300, size=37))
    # with a remainder, a pass drops the last partial batch and starts a new permutation
    odd = Trainer(small(batch_size=40, sampling="shuffle", train_size=100), data)
    assert all(len(np.unique(odd._batch_mask())) == 40 for _ in range(7))
    assert run(small(sampling="shuffle"), data)[-1].loss < run(small(sampling="shuffle"), data)[0].loss


def test_learning_rate_change_takes_effect_on_the_next_step():
    data = blobs()
    trainer = Trainer(small(), data)
    first = next(trainer)
    assert first.learning_rate == 0.5
    trainer.learning_rate = 0.0
    before = trainer.snapshot()
    second = next(trainer)
    assert second.learning_rate == 0.0
    assert all(np.array_equal(before[k], trainer.network.params[k]) for k in PARAM_KEYS)
    trainer.learning_rate = 0.5
    next(trainer)
    assert not np.array_equal(before["W2"], trainer.network.params["W2"])
    for bad in (float("nan"), float("inf"), "fast"):
        with pytest.raises(ValueError, match="learning_rate"):
            trainer.learning_rate = bad
    assert trainer.learning_rate == 0.5


def test_float32_close_to_float64():
    data = blobs()
    s64 = run(small(dtype="float64"), data)
    trainer = Trainer(small(dtype="float32"), data)
    s32 = list(trainer)
    assert all(v.dtype == np.float32 for v in trainer.network.params.values())
    np.testing.assert_allclose([s.loss for s in s32], [s.loss for s in s64], rtol=1e-3)
    assert s32[-1].test_acc == pytest.approx(s64[-1].test_acc, abs=0.05)


def test_numerical_gradients_train_like_backprop():
    data = blobs(n_train=60, pixels=6)
    nets = {}
    for gradient in ("backprop", "numerical", "numerical-loop"):
        trainer = Trainer(small(iters_num=3, hidden_size=4, gradient=gradient), data)
        list(trainer)
        nets[gradient] = trainer.network.params
    for key in PARAM_KEYS:
        np.testing.assert_allclose(nets["numerical"][key], nets["backprop"][key], atol=1e-6)
        np.testing.assert_allclose(nets["numerical-loop"][key], nets["numerical"][key], atol=1e-9)


def test_snapshot_is_a_copy():
    trainer = Trainer(small(), blobs())
    snap = trainer.snapshot()
    next(trainer)
    assert not np.array_equal(snap["W1"][3:], trainer.network.params["W1"][3:])


@pytest.mark.parametrize("changes, message", [
    (dict(batch_size=0), "batch_size must be a whole number >= 1"),
    (dict(batch_size=-5), "batch_size"),
    (dict(batch_size=2.5), "batch_size"),
    (dict(batch_size=True), "batch_size"),
    (dict(hidden_size=0), "hidden_size"),
    (dict(iters_num=0), "iters_num"),
    (dict(learning_rate=float("nan")), "learning_rate must be a finite number"),
    (dict(learning_rate=float("inf")), "learning_rate"),
    (dict(learning_rate="0.1"), "learning_rate"),
    (dict(weight_init_std=-1.0), "weight_init_std must be >= 0"),
    (dict(gradient="adam"), "gradient must be one of 'backprop', 'numerical', 'numerical-loop'"),
    (dict(dtype="float16"), "dtype must be one of"),
    (dict(sampling="random"), "sampling must be one of 'choice', 'shuffle'"),
    (dict(seed=-1), "seed"),
    (dict(train_size=0), "train_size"),
    (dict(evaluate="yes"), "evaluate must be True or False"),
])
def test_bad_config_values_explain_themselves(changes, message):
    with pytest.raises(ValueError, match=message):
        TrainConfig(**changes)


@pytest.mark.parametrize("config, data, message", [
    (small(batch_size=400), blobs(), "batch_size is 400 but the training set has only 300"),
    (small(train_size=50, batch_size=60), blobs(), "batch_size is 60 .* only 50"),
    (small(train_size=301), blobs(), "train_size is 301 but there are only 300"),
    (small(), ((np.zeros((5, 4)), np.zeros(4, int)), (np.zeros((2, 4)), np.zeros(2, int))),
     "5 images but labels of shape"),
    (small(), ((np.full((30, 4), np.nan), np.zeros(30, int)), (np.zeros((2, 4)), np.zeros(2, int))),
     "NaN"),
    (small(), ((np.zeros((30, 4)), np.zeros(30, int)), (np.zeros((2, 5)), np.zeros(2, int))),
     "4 pixels but test images have 5"),
    (small(), ((np.zeros((30, 4)), np.full(30, 1.5)), (np.zeros((2, 4)), np.zeros(2, int))),
     "whole class numbers"),
    (small(), ((np.zeros((30, 4)), np.eye(3)[np.zeros(30, int)]), (np.zeros((2, 4)), np.zeros(2, int))),
     "3 classes but the test labels have 10"),
    (small(), "mnist", "data must be"),
    ("config", blobs(), "config must be a TrainConfig"),
])
def test_bad_data_explains_itself(config, data, message):
    with pytest.raises(ValueError, match=message):
        train(config, data)


def test_gradient_check_passes_and_can_fail():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(10, 6, 4, weight_init_std=0.5, seed=1)
    x, t = rng.random((8, 10)), rng.integers(0, 4, 8)
    result = gradient_check(net, x, t)
    assert set(result) == set(PARAM_KEYS)
    assert result["W1"].max_abs == result["W1"][0]
    for key, (abs_diff, rel_diff) in result.items():
        assert abs_diff < 1e-6, key
        assert rel_diff < 1e-2, key
    net.gradient = lambda x, t: {k: np.zeros_like(v) for k, v in net.params.items()}
    assert gradient_check(net, x, t)["W2"][0] > 1e-3


def test_confusion_matrix():
    counts = confusion_matrix(np.array([0, 1, 1, 2, 2]), np.array([0, 1, 2, 2, 2]), n_classes=3)
    assert counts.tolist() == [[1, 0, 0], [0, 1, 0], [0, 1, 2]]
    assert confusion_matrix(np.array([3]), np.eye(10)[[3]]).sum() == 1
    with pytest.raises(ValueError, match="one prediction per label"):
        confusion_matrix(np.array([0, 1]), np.array([0]))
    with pytest.raises(ValueError, match="class numbers 0..2"):
        confusion_matrix(np.array([0, 5]), np.array([0, 1]), n_classes=3)


def test_accuracy_matches_the_network():
    data = blobs()
    trainer = Trainer(small(), data)
    list(trainer)
    x, t = data[1]
    assert accuracy(trainer.network.params, x, t) == trainer.network.accuracy(x.astype(float), t)


def test_mnist_smoke():
    trainer = train(TrainConfig(iters_num=40, train_size=2000, learning_rate=2.0,
                                dtype="float32"))
    steps = list(trainer)
    assert trainer.x_train.shape == (2000, 784) and trainer.x_test.shape == (10000, 784)
    assert [s.iteration for s in steps if s.epoch_end] == [20, 40]
    assert steps[-1].loss < steps[0].loss
    assert steps[-1].test_acc > 0.5


def test_test_predictions_of_the_last_evaluation():
    data = blobs()
    trainer = Trainer(small(iters_num=15, batch_size=100), data)
    assert trainer.test_predicted is None
    steps = list(trainer)
    predicted = trainer.test_predicted
    assert predicted.shape == (60,)
    assert np.mean(predicted == data[1][1]) == steps[-1].test_acc
    assert np.array_equal(predicted, trainer.network.predict(data[1][0].astype(float)).argmax(axis=1))
    assert confusion_matrix(predicted, data[1][1]).sum() == 60


def test_replaced_parameters_are_trained_from():
    # Loading weights into a running trainer: the next step starts from them.
    data = blobs()
    a, b = Trainer(small(), data), Trainer(small(seed=5), data)
    next(a)
    b.network.params = a.snapshot()
    b.rng = np.random.default_rng([1, 1])
    a.rng = np.random.default_rng([1, 1])
    assert next(a).loss == next(b).loss
    assert all(np.array_equal(a.network.params[k], b.network.params[k]) for k in PARAM_KEYS)
