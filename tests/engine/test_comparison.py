"""Runs compared: the book's smooth_curve, what differs between two runs, and the comparison
presets' claims (figs 6-9 and 6-20) on the real MNIST, shortened where the figures allow."""
import numpy as np
import pytest

from engine.comparison import COMPARISONS, comparison_configs, differences, smooth_curve
from engine.training import TrainConfig, Trainer


def book_smooth_curve(x):
    """common/util.py of the book, line for line."""
    window_len = 11
    s = np.r_[x[window_len - 1:0:-1], x, x[-1:-window_len:-1]]
    w = np.kaiser(window_len, 2)
    y = np.convolve(w / w.sum(), s, mode="valid")
    return y[5:len(y) - 5]


@pytest.mark.parametrize("n", [11, 12, 57, 2000])
def test_smooth_curve_is_the_books(n):
    x = np.random.default_rng(n).random(n) * 3
    np.testing.assert_allclose(smooth_curve(x), book_smooth_curve(x), rtol=0, atol=1e-15)
    assert len(smooth_curve(x)) == n


def test_smooth_curve_keeps_a_constant_and_quiets_the_noise():
    np.testing.assert_allclose(smooth_curve(np.full(40, 2.3)), 2.3, rtol=1e-14)
    rng = np.random.default_rng(0)
    noisy = 1.0 + 0.3 * rng.standard_normal(2000)
    smoothed = smooth_curve(noisy)
    assert smoothed.std() < noisy.std() / 2.5
    assert abs(smoothed.mean() - 1.0) < 0.02
    # a straight line is left straight away from the ends (a symmetric window)
    line = np.arange(100, dtype=float)
    np.testing.assert_allclose(smooth_curve(line)[10:-10], line[10:-10], atol=1e-12)


@pytest.mark.parametrize("n", [0, 1, 2, 5, 10])
def test_smooth_curve_of_a_short_series_has_its_length_and_its_range(n):
    x = np.linspace(1.0, 2.0, n)
    y = smooth_curve(x)
    assert len(y) == n
    if n:
        assert y.min() >= 1.0 - 1e-12 and y.max() <= 2.0 + 1e-12


def test_differences_name_what_changed_and_the_first_run_by_its_optimizer():
    sgd = TrainConfig(optimizer="sgd", learning_rate=0.01)
    assert differences(None, sgd) == ("optimizer", "learning_rate")
    assert differences(sgd, TrainConfig(optimizer="adam", learning_rate=0.01)) == ("optimizer",
                                                                                   "learning_rate")
    assert differences(sgd, TrainConfig(optimizer="momentum", learning_rate=0.01,
                                        optimizer_params={"momentum": 0.9})) == ("optimizer", "learning_rate")
    assert differences(TrainConfig(optimizer="momentum", optimizer_params={"momentum": 0.9}),
                       TrainConfig(optimizer="momentum", optimizer_params={"momentum": 0.5})) == \
        ("optimizer_params",)
    assert differences(sgd, TrainConfig(optimizer="sgd", learning_rate=0.1)) == ("learning_rate",)
    assert differences(sgd, TrainConfig(optimizer="sgd", learning_rate=0.01, weight_decay=0.1,
                                        train_size=300)) == ("weight_decay", "train_size")
    assert differences(sgd, TrainConfig(optimizer="sgd", learning_rate=0.01, hidden_layers=3,
                                        activation="relu")) == ("hidden_layers", "activation")
    assert differences(sgd, sgd) == ()


def test_the_presets_are_the_books_settings():
    sgd, momentum, adagrad, adam = comparison_configs("optimizers-mnist")
    assert [c.optimizer for c in (sgd, momentum, adagrad, adam)] == ["sgd", "momentum", "adagrad", "adam"]
    assert [c.learning_rate for c in (sgd, momentum, adagrad, adam)] == [0.01, 0.01, 0.01, 0.001]
    for c in (sgd, adam):
        assert (c.hidden_layers, c.hidden_size, c.activation, c.weight_init_std, c.batch_size,
                c.iters_num) == (4, 100, "relu", "he", 128, 2000)
    assert [c.weight_init_std for c in comparison_configs("weight-init")] == [0.01, "xavier", "he"]
    plain, decay = comparison_configs("weight-decay")
    assert (plain.hidden_layers, plain.train_size, plain.batch_size, plain.learning_rate) == (6, 300, 100, 0.01)
    assert (plain.weight_decay, decay.weight_decay) == (0.0, 0.1)
    assert plain.iters_num / (plain.train_size / plain.batch_size) == 201      # the book's 201 epochs
    for name in COMPARISONS:
        assert len({c.seed for c in comparison_configs(name)}) == 1


def test_the_runs_of_a_set_learn_from_the_same_mini_batches():
    rng = np.random.default_rng(3)
    data = (rng.random((300, 784)), rng.integers(0, 10, 300)), (rng.random((20, 784)), rng.integers(0, 10, 20))
    batches = []
    for config in comparison_configs("optimizers-mnist", iters_num=5, evaluate=False):
        trainer = Trainer(config, data)
        batches.append(np.array([trainer._batch_mask() for _ in range(70)]))   # across a draw-ahead
    for other in batches[1:]:
        np.testing.assert_array_equal(other, batches[0])


@pytest.fixture(scope="module")
def mnist():
    from engine.mnist import load_mnist
    return load_mnist(normalize=True, one_hot_label=False)


def test_fig_6_9_sgds_smoothed_loss_stays_well_above_the_other_optimizers(mnist):
    """The book runs 2000 iterations; after 200 the order is already the figure's."""
    late = {}
    for config in comparison_configs("optimizers-mnist", iters_num=200, evaluate=False):
        losses = [step.loss for step in Trainer(config, mnist)]
        late[config.optimizer] = float(np.mean(smooth_curve(losses)[-50:]))
    others = [late[name] for name in ("momentum", "adagrad", "adam")]
    assert late["sgd"] > max(others) + 0.4, late
    assert max(others) < 0.5, late


def test_fig_6_20_weight_decay_narrows_the_gap_between_train_and_test_accuracy(mnist):
    """The whole 201 epochs on 300 images, measured on the first 1000 test images (in float32)."""
    (x_train, t_train), (x_test, t_test) = mnist
    data = (x_train, t_train), (x_test[:1000], t_test[:1000])
    gap, final_train = {}, {}
    for config in comparison_configs("weight-decay", dtype="float32"):
        ends = [step for step in Trainer(config, data) if step.epoch_end]
        assert len(ends) == 201
        train_acc = np.array([s.train_acc for s in ends])
        test_acc = np.array([s.test_acc for s in ends])
        gap[config.weight_decay] = float(np.mean((train_acc - test_acc)[-50:]))
        final_train[config.weight_decay] = train_acc[-1]
    assert final_train[0.0] == 1.0 and final_train[0.1] < 0.97      # without decay it learns the 300 by heart
    assert gap[0.1] < gap[0.0] - 0.03, gap
