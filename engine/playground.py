"""The playground's training: MultiLayerNet and the book's optimizers on a 2-D data set.

A PlaygroundConfig names everything a run needs; make_points draws its data;
PlaygroundTrainer owns the network and the optimizer, takes one update per
step() (a mini-batch of a shuffled epoch, or the whole training set), records
the train and test loss at each epoch's end, and hands out frozen snapshots
with copies of the parameters. neuron_maps evaluates every neuron over a grid of
the plane, which is what the section draws.
"""
import math
from dataclasses import dataclass, field, replace

import numpy as np

from engine.messages import Message
from engine.multilayer import MultiLayerNet
from engine.optimizers import make_optimizer
from engine.toy_data import RADIUS, feature_matrix, make_dataset, split

MAX_LAYERS = 6          # hidden layers (TensorFlow Playground's limit)
MAX_NEURONS = 8         # neurons per hidden layer
EXTENT = RADIUS + 1.0   # the plane shown: [−6, 6]²
FULL_BATCH = 0          # batch_size 0: every update sees the whole training set


def check_hidden(hidden):
    """Refuse a layout the playground cannot draw: 0 … 6 hidden layers of 1 … 8 neurons."""
    if len(hidden) > MAX_LAYERS:
        raise ValueError(Message("{count} hidden layers is too many for the playground; use at most {limit}",
                                 count=len(hidden), limit=MAX_LAYERS))
    for width in hidden:
        if not (isinstance(width, (int, np.integer)) and 1 <= width <= MAX_NEURONS):
            raise ValueError(Message("Each hidden layer needs 1 to {limit} neurons (got {value})",
                                     limit=MAX_NEURONS, value=width))
    return tuple(int(w) for w in hidden)


def check_lr(lr):
    """The learning rate as a float; 0, a negative, nan or inf raises ValueError(Message)."""
    if not (isinstance(lr, (int, float, np.floating)) and math.isfinite(lr) and lr > 0):
        raise ValueError(Message("The learning rate must be a finite number above 0 (got {value})", value=lr))
    return float(lr)


@dataclass(frozen=True)
class PlaygroundConfig:
    dataset: str = "xor"
    n_samples: int = 200
    noise: float = 0.0
    test_ratio: float = 0.5
    seed: int = 0
    features: tuple = ("x0", "x1")
    hidden: tuple = (4, 2)
    activation: str = "tanh"
    optimizer: str = "sgd"
    lr: float = 0.03
    weight_decay: float = 0.0
    batch_size: int = 10       # FULL_BATCH (0): the whole training set

    def with_(self, **changes):
        return replace(self, **changes)


def make_points(config):
    """((x_train, t_train), (x_test, t_test)): the config's data set, split by its test ratio."""
    x, t = make_dataset(config.dataset, config.n_samples, config.noise, config.seed)
    return split(x, t, config.test_ratio)


def make_network(config):
    """The untrained network of config: He's scale for ReLU, Xavier's for the others."""
    hidden = check_hidden(config.hidden)
    init = "he" if config.activation == "relu" else "xavier"
    return MultiLayerNet(len(config.features), list(hidden), 2, activation=config.activation,
                         weight_init_std=init, weight_decay_lambda=config.weight_decay, seed=config.seed)


@dataclass(frozen=True)
class PlaygroundStep:
    """Where a run stands: updates made, epochs completed, copies of the parameters, the loss history."""
    iteration: int
    epoch: int
    params: dict
    train_loss: tuple = field(default=())    # one value per recorded epoch (epoch 0 = untrained)
    test_loss: tuple = field(default=())
    diverged: bool = False
    train_accuracy: float = math.nan         # of the network at this step (nan: no such points)
    test_accuracy: float = math.nan


class PlaygroundTrainer:
    """Trains make_network(config) on the given points with config's optimizer, one update per step()."""

    def __init__(self, config, train, test):
        self.config = config
        self.network = make_network(config)
        self.optimizer = make_optimizer(config.optimizer, lr=check_lr(config.lr))
        self.x_train, self.t_train = (np.asarray(a) for a in train)
        self.x_test, self.t_test = (np.asarray(a) for a in test)
        self.batch_size = int(config.batch_size)
        self.rng = np.random.default_rng(config.seed)
        self.iteration = 0
        self.epoch = 0
        self.diverged = False
        self._order = np.empty(0, dtype=int)
        self._inputs_train = feature_matrix(self.x_train, config.features)
        self._inputs_test = feature_matrix(self.x_test, config.features) if len(self.x_test) else None
        self.train_loss, self.test_loss = [], []
        self._record()

    # --- settings that may change between steps --------------------------------------------
    def set_learning_rate(self, lr):
        self.optimizer.lr = check_lr(lr)

    def set_optimizer(self, name):
        """A fresh optimizer (its state starts at zero, as the book's classes do) with the same lr."""
        self.optimizer = make_optimizer(name, lr=self.optimizer.lr)

    def set_weight_decay(self, decay):
        decay = float(decay)
        if not (math.isfinite(decay) and decay >= 0):
            raise ValueError(Message("Weight decay λ must be a finite number ≥ 0 (got {value})", value=decay))
        self.network.weight_decay_lambda = decay

    def set_batch_size(self, batch_size):
        self.batch_size = int(batch_size)

    def add_point(self, x, t):
        """A training point (x0, x1) of class t; it joins the next epoch's shuffle."""
        self.x_train = np.vstack([self.x_train, np.asarray(x, dtype=np.float64).reshape(1, 2)])
        self.t_train = np.append(self.t_train, int(t))
        self._inputs_train = feature_matrix(self.x_train, self.config.features)

    # --- training -------------------------------------------------------------------------------
    def _batch(self):
        """The next mini-batch of a shuffled epoch (in full-batch mode the whole set); whether it ends one."""
        n = len(self.x_train)
        if not len(self._order):
            self._order = self.rng.permutation(n)    # points added since join this epoch
        size = len(self._order) if self.batch_size == FULL_BATCH else self.batch_size
        batch, self._order = self._order[:size], self._order[size:]
        return batch, not len(self._order)

    def step(self):
        """One update of every parameter; at an epoch's end the losses are recorded. False once diverged."""
        if self.diverged:
            return False
        batch, epoch_end = self._batch()
        with np.errstate(all="ignore"):
            grads = self.network.gradient(self._inputs_train[batch], self.t_train[batch])
            self.optimizer.update(self.network.params, grads)
        self.iteration += 1
        if not all(np.isfinite(p).all() for p in self.network.params.values()):
            self.diverged = True
        if epoch_end or self.diverged:
            self.epoch += int(epoch_end)
            self._record()
        return not self.diverged

    def _loss(self, inputs, t):
        if inputs is None:
            return math.nan
        with np.errstate(all="ignore"):
            return float(self.network.loss(inputs, t))

    def _record(self):
        train, test = self._loss(self._inputs_train, self.t_train), self._loss(self._inputs_test, self.t_test)
        if not (math.isfinite(train) and (math.isfinite(test) or self._inputs_test is None)):
            self.diverged = True
        self.train_loss.append(train)
        self.test_loss.append(test)

    def accuracy(self, which="train"):
        inputs, t = ((self._inputs_train, self.t_train) if which == "train"
                     else (self._inputs_test, self.t_test))
        if inputs is None:
            return math.nan
        with np.errstate(all="ignore"):
            return self.network.accuracy(inputs, t)

    def snapshot(self, since=0):
        """A frozen copy of the run; the loss history from recorded epoch `since` on."""
        return PlaygroundStep(self.iteration, self.epoch,
                              {key: value.copy() for key, value in self.network.params.items()},
                              tuple(self.train_loss[since:]), tuple(self.test_loss[since:]),
                              self.diverged, self.accuracy("train"), self.accuracy("test"))


def grid(n=100, extent=EXTENT):
    """The plane's sample points: (xs (n,), (n·n, 2) points, row-major with x1 along the rows)."""
    xs = np.linspace(-extent, extent, n)
    x0, x1 = np.meshgrid(xs, xs)
    return xs, np.column_stack([x0.ravel(), x1.ravel()])


def neuron_maps(network, inputs):
    """Every neuron's output over the grid: [(n·n, width) per hidden layer], p(class 1) (n·n,)."""
    with np.errstate(all="ignore"):
        hidden, y = network.forward(inputs)
    return [out for _, out in hidden], y[:, 1]
