"""Mini-batch SGD of section 4.5, as a generator of frozen snapshots (TrainStep)."""
import time
from dataclasses import dataclass
from typing import Optional

import numpy as np

from engine.networks import TwoLayerNet

GRADIENTS = ("backprop", "numerical", "numerical-loop")
DTYPES = ("float64", "float32")


@dataclass(frozen=True)
class TrainConfig:
    """The book's hyperparameters (4.5.2) and how to compute the gradient."""
    iters_num: int = 10000
    batch_size: int = 100
    learning_rate: float = 0.1
    hidden_size: int = 50
    weight_init_std: float = 0.01
    gradient: str = "backprop"
    seed: int = 0
    dtype: str = "float64"
    evaluate: bool = True


@dataclass(frozen=True)
class TrainStep:
    """One finished iteration. train_acc/test_acc are set only at an epoch's end."""
    iteration: int           # iterations done so far (1 after the first)
    epoch: int               # epochs completed so far
    loss: float              # loss of this iteration's mini-batch, after the update (as the book)
    learning_rate: float     # the rate used for this iteration
    elapsed: float           # seconds since training started
    iters_per_sec: float
    train_acc: Optional[float] = None
    test_acc: Optional[float] = None

    @property
    def epoch_end(self):
        return self.train_acc is not None


class Trainer:
    """Iterator over TrainStep; owns its network. Set learning_rate between steps to change it."""

    def __init__(self, config, data=None):
        if config.gradient not in GRADIENTS:
            raise ValueError(f"gradient must be one of {GRADIENTS}, not {config.gradient!r}")
        if config.dtype not in DTYPES:
            raise ValueError(f"dtype must be one of {DTYPES}, not {config.dtype!r}")
        if data is None:
            from engine.mnist import load_mnist
            data = load_mnist(normalize=True, one_hot_label=False)
        dtype = np.dtype(config.dtype)
        (x_train, t_train), (x_test, t_test) = data
        self.x_train = np.asarray(x_train, dtype=dtype)
        self.t_train = np.asarray(t_train)
        self.x_test = np.asarray(x_test, dtype=dtype)
        self.t_test = np.asarray(t_test)
        self.config = config
        self.learning_rate = config.learning_rate
        self.network = TwoLayerNet(self.x_train.shape[1], config.hidden_size,
                                   10 if self.t_train.ndim == 1 else self.t_train.shape[1],
                                   config.weight_init_std, seed=config.seed, dtype=dtype)
        self.rng = np.random.default_rng(config.seed)
        train_size = self.x_train.shape[0]
        self.iter_per_epoch = max(train_size / config.batch_size, 1)
        self.iteration = 0
        self._start = None

    def __iter__(self):
        return self

    def _gradient(self, x, t):
        if self.config.gradient == "backprop":
            return self.network.gradient(x, t)
        method = "fast" if self.config.gradient == "numerical" else "loop"
        return self.network.numerical_gradient(x, t, method=method)

    def __next__(self):
        if self.iteration >= self.config.iters_num:
            raise StopIteration
        if self._start is None:
            self._start = time.perf_counter()
        batch_mask = self.rng.choice(self.x_train.shape[0], self.config.batch_size)
        x_batch, t_batch = self.x_train[batch_mask], self.t_train[batch_mask]
        lr = self.learning_rate
        grad = self._gradient(x_batch, t_batch)
        for key, param in self.network.params.items():
            param -= lr * grad[key]
        loss = float(self.network.loss(x_batch, t_batch))
        self.iteration += 1
        train_acc = test_acc = None
        epoch = int(self.iteration // self.iter_per_epoch)
        if self.config.evaluate and self.iteration % self.iter_per_epoch == 0:
            train_acc = self.network.accuracy(self.x_train, self.t_train)
            test_acc = self.network.accuracy(self.x_test, self.t_test)
        elapsed = time.perf_counter() - self._start
        return TrainStep(self.iteration, epoch, loss, lr, elapsed,
                         self.iteration / elapsed if elapsed > 0 else 0.0, train_acc, test_acc)

    def snapshot(self):
        """Copies of the parameters, safe to hand to another thread."""
        return {k: v.copy() for k, v in self.network.params.items()}


def train(config=TrainConfig(), data=None):
    """An iterator of TrainStep for config; data as load_mnist returns it (None: bundled MNIST)."""
    return Trainer(config, data)
