"""Mini-batch SGD of section 4.5, as an iterator of frozen snapshots (TrainStep).

The book's loop per iteration: draw a mini-batch, compute the gradient, update
every parameter with lr * grad, then record the mini-batch loss (recomputed
after the update). The backprop step (engine.backprop_step) does exactly that
with fewer operations; the numerical steps use TwoLayerNet's gradients.
"""
import math
import time
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Optional

import numpy as np

from engine import deep_step
from engine.backprop_step import backprop_step
from engine.labels import as_labels
from engine.messages import Message
from engine.metrics import accuracy, predict_labels
from engine.multilayer import ACTIVATIONS, INIT_SCALES, MultiLayerNet, check_layers
from engine.networks import TwoLayerNet
from engine.optimizers import OPTIMIZERS, make_optimizer

GRADIENTS = ("backprop", "numerical", "numerical-loop")
DTYPES = ("float64", "float32")
SAMPLINGS = ("choice", "shuffle")
CHOICE_AHEAD = 64    # mini-batches drawn per call of the generator (sampling "choice")

# The sentence after "... must be ..., not 0." saying what the book uses (built once, at import).
_HINTS = {
    "iters_num": Message("The book trains for 10000 iterations."),
    "batch_size": Message("The book uses mini-batches of 100 images."),
    "learning_rate": Message("The book uses 0.1."),
    "hidden_size": Message("The book's network has 50 hidden neurons."),
    "weight_init_std": Message("The book uses 0.01."),
    "seed": Message("Any number from 0 up gives a repeatable run."),
    "train_size": Message("Use None for all training images, or e.g. 300 as in the book's 6.4.1."),
    "hidden_layers": Message("The book's network has 1 hidden layer; 0 is softmax regression."),
}


def _check_int(name, value, minimum, hint):
    """hint: a Message (see _HINTS) following the sentence."""
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(Message("{name} must be a whole number >= {minimum}, not {value}. {hint}",
                                 name=name, minimum=minimum, value=repr(value), hint=hint))


def _check_choice(name, value, choices):
    if value not in choices:
        raise ValueError(Message("{name} must be one of {choices}, not {value}.", name=name,
                                 choices=", ".join(repr(c) for c in choices), value=repr(value)))


def _check_finite(name, value, hint=None):
    """hint: None, or a Message (see _HINTS) following the sentence."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        if hint is None:
            raise ValueError(Message("{name} must be a finite number, not {value}.",
                                     name=name, value=repr(value)))
        raise ValueError(Message("{name} must be a finite number, not {value}. {hint}",
                                 name=name, value=repr(value), hint=hint))


@dataclass(frozen=True)
class TrainConfig:
    """The book's hyperparameters (4.5.2), how to compute the gradient, and which data to use.

    train_size: None uses every training image, N the first N (the book's
    overfitting experiments use x_train[:300]). sampling: "choice" draws each
    mini-batch with replacement like the book's np.random.choice; "shuffle"
    walks through a fresh permutation every pass (the translator's note to 4.5.3).
    """
    iters_num: int = 10000
    batch_size: int = 100
    learning_rate: float = 0.1
    hidden_size: int = 50
    weight_init_std: float = 0.01
    gradient: str = "backprop"
    seed: int = 0
    dtype: str = "float64"
    evaluate: bool = True
    train_size: Optional[int] = None
    sampling: str = "choice"
    # Beyond chapter 4 (the book's 6.1–6.4); the defaults are the book's 4.5 run.
    hidden_layers: int = 1               # each hidden_size wide; 0 is softmax regression
    activation: str = "sigmoid"          # sigmoid, relu, tanh or identity
    optimizer: str = "sgd"               # a name of engine.optimizers.OPTIMIZERS; lr is learning_rate
    optimizer_params: tuple = ()         # its other settings as (name, value) pairs: (("momentum", 0.9),)
    weight_decay: float = 0.0            # λ of ½ λ ΣW²

    @property
    def is_book_network(self):
        """The book's 4.5 network and update (784-50-10 sigmoid, plain SGD, a numeric initial scale):
        it keeps its compiled step. Every other configuration runs through engine.deep_step."""
        return (self.hidden_layers == 1 and self.activation == "sigmoid" and self.optimizer == "sgd"
                and not self.optimizer_params and self.weight_decay == 0
                and not isinstance(self.weight_init_std, str))

    def make_optimizer(self):
        """A fresh optimizer of this configuration (its settings checked by the optimizer itself)."""
        return make_optimizer(self.optimizer, lr=self.learning_rate, **dict(self.optimizer_params))

    def __post_init__(self):
        # (name, value) pairs, however they came (a dict, or lists from a saved file's JSON)
        params = self.optimizer_params
        pairs = params.items() if isinstance(params, dict) else params
        object.__setattr__(self, "optimizer_params", tuple((str(k), v) for k, v in pairs))
        _check_int("iters_num", self.iters_num, 1, _HINTS["iters_num"])
        _check_int("batch_size", self.batch_size, 1, _HINTS["batch_size"])
        _check_finite("learning_rate", self.learning_rate, _HINTS["learning_rate"])
        _check_int("hidden_size", self.hidden_size, 1, _HINTS["hidden_size"])
        if isinstance(self.weight_init_std, str):
            _check_choice("weight_init_std", self.weight_init_std.lower(), tuple(INIT_SCALES))
        else:
            _check_finite("weight_init_std", self.weight_init_std, _HINTS["weight_init_std"])
        if not isinstance(self.weight_init_std, str) and self.weight_init_std < 0:
            raise ValueError(Message("weight_init_std must be >= 0, not {value}: it is the standard "
                                     "deviation of the initial weights (the book uses 0.01).",
                                     value=repr(self.weight_init_std)))
        _check_choice("gradient", self.gradient, GRADIENTS)
        _check_int("seed", self.seed, 0, _HINTS["seed"])
        _check_choice("dtype", self.dtype, DTYPES)
        if not isinstance(self.evaluate, (bool, np.bool_)):
            raise ValueError(Message("evaluate must be True or False, not {value}.",
                                     value=repr(self.evaluate)))
        if self.train_size is not None:
            _check_int("train_size", self.train_size, 1, _HINTS["train_size"])
        _check_choice("sampling", self.sampling, SAMPLINGS)
        _check_int("hidden_layers", self.hidden_layers, 0, _HINTS["hidden_layers"])
        check_layers(1, [self.hidden_size] * self.hidden_layers, 1)
        _check_choice("activation", self.activation, tuple(ACTIVATIONS))
        _check_choice("optimizer", self.optimizer, tuple(OPTIMIZERS))
        _check_finite("weight_decay", self.weight_decay)
        if self.weight_decay < 0:
            raise ValueError(Message("Weight decay λ must be a finite number ≥ 0 (got {value})",
                                     value=self.weight_decay))
        self.make_optimizer()            # refuses settings out of range now, before a run starts
        if self.gradient != "backprop" and not self.is_book_network:
            raise ValueError(Message("The numerical gradient is offered for the book's two-layer network "
                                     "with plain SGD only; choose backprop for this configuration."))


@dataclass(frozen=True)
class TrainStep:
    """One finished iteration. train_acc/test_acc are set only at an epoch's end."""
    iteration: int           # iterations done so far (1 after the first)
    epoch: int               # epochs completed so far
    loss: float              # this iteration's mini-batch loss, at the weights its gradient used
    learning_rate: float     # the rate used for this iteration
    elapsed: float           # seconds spent in training steps so far (pauses excluded)
    iters_per_sec: float
    train_acc: Optional[float] = None
    test_acc: Optional[float] = None

    @property
    def epoch_end(self):
        return self.train_acc is not None


def _prepare(data, config):
    """Check the data set and return x_train, t_train, x_test, t_test, n_classes."""
    try:
        (x_train, t_train), (x_test, t_test) = data
    except (TypeError, ValueError):
        raise ValueError(Message("data must be ((x_train, t_train), (x_test, t_test)) as load_mnist "
                                 "returns it.")) from None
    dtype = np.dtype(config.dtype)
    out = []
    n_classes = None
    for split, x, t in (("training", x_train, t_train), ("test", x_test, t_test)):
        x, t = np.asarray(x), np.asarray(t)
        training = split == "training"
        if x.ndim < 2 or x.shape[0] == 0 or x[0].size == 0:
            raise ValueError(
                Message("The training images must be an array of shape (N, pixels) with N >= 1; "
                        "got shape {shape}.", shape=x.shape) if training else
                Message("The test images must be an array of shape (N, pixels) with N >= 1; "
                        "got shape {shape}.", shape=x.shape))
        if t.ndim not in (1, 2) or t.shape[0] != x.shape[0]:
            raise ValueError(
                Message("The training set has {n} images but labels of shape {shape}; "
                        "give one label (or one one-hot row) per image.", n=x.shape[0], shape=t.shape)
                if training else
                Message("The test set has {n} images but labels of shape {shape}; "
                        "give one label (or one one-hot row) per image.", n=x.shape[0], shape=t.shape))
        if training and config.train_size is not None:
            if config.train_size > x.shape[0]:
                raise ValueError(Message("train_size is {train_size} but there are only {n} "
                                         "training images; use at most {n} (or None for all).",
                                         train_size=config.train_size, n=x.shape[0]))
            x, t = x[:config.train_size], t[:config.train_size]
        # float32 pixels (load_mnist's) are kept as they are: they convert to
        # float64 exactly, and half the bytes make mini-batch gathers faster.
        x = np.ascontiguousarray(x.reshape(x.shape[0], -1),
                                 dtype=np.float32 if x.dtype == np.float32 else dtype)
        if not np.isfinite(x).all():
            raise ValueError(Message("The training images contain NaN or infinite pixels.")
                             if training else
                             Message("The test images contain NaN or infinite pixels."))
        labels = as_labels(t)
        classes = t.shape[1] if t.ndim == 2 else max(10, int(labels.max()) + 1)
        if t.ndim == 1 and (labels.min() < 0 or not np.array_equal(labels, t)):
            raise ValueError(Message("The training labels must be whole class numbers >= 0.")
                             if training else
                             Message("The test labels must be whole class numbers >= 0."))
        n_classes = classes if n_classes is None else n_classes
        if classes != n_classes:
            raise ValueError(Message("The training labels have {n_train} classes but the test labels "
                                     "have {n_test}; use the same label format for both.",
                                     n_train=n_classes, n_test=classes))
        out += [x, t]
    if out[0].shape[1] != out[2].shape[1]:
        raise ValueError(Message("Training images have {n_train} pixels but test images have "
                                 "{n_test}; they must be the same size.",
                                 n_train=out[0].shape[1], n_test=out[2].shape[1]))
    if config.batch_size > out[0].shape[0]:
        raise ValueError(Message("batch_size is {batch_size} but the training set has only {n} "
                                 "images; use a batch_size of at most {n} or more training images.",
                                 batch_size=config.batch_size, n=out[0].shape[0]))
    return (*out, n_classes)


class Trainer:
    """Iterator over TrainStep; owns its network. Set learning_rate between steps to change it."""

    def __init__(self, config, data=None):
        if not isinstance(config, TrainConfig):
            raise ValueError(f"config must be a TrainConfig, not {type(config).__name__}.")
        if data is None:
            from engine.mnist import load_mnist
            data = load_mnist(normalize=True, one_hot_label=False)
        self.x_train, self.t_train, self.x_test, self.t_test, n_classes = _prepare(data, config)
        self._labels_train = as_labels(self.t_train)
        self._labels_test = as_labels(self.t_test)
        self.test_predicted = None   # predicted test labels of the last evaluation
        self.config = config
        self.learning_rate = config.learning_rate
        dtype = np.dtype(config.dtype)
        if config.is_book_network:
            self.network = TwoLayerNet(self.x_train.shape[1], config.hidden_size, n_classes,
                                       config.weight_init_std, seed=config.seed, dtype=dtype)
            self.optimizer = None        # the book's update, W -= lr * grad, inside the step
        else:
            self.network = MultiLayerNet(self.x_train.shape[1], [config.hidden_size] * config.hidden_layers,
                                         n_classes, activation=config.activation,
                                         weight_init_std=config.weight_init_std,
                                         weight_decay_lambda=config.weight_decay, seed=config.seed,
                                         dtype=dtype)
            self.optimizer = config.make_optimizer()
        # A stream separate from the weights' (which use seed alone).
        self.rng = np.random.default_rng([config.seed, 1])
        self.train_size = self.x_train.shape[0]
        self.iter_per_epoch = max(self.train_size / config.batch_size, 1)
        self.iteration = 0
        self._order, self._position = None, 0
        self._drawn, self._drawn_at, self._drawn_by = (), 0, None  # batches drawn ahead ('choice')
        self._elapsed = 0.0
        if self.optimizer is not None:
            self._step = deep_step.deep_step(self.network, self.optimizer, self.x_train, self._labels_train)
        elif config.gradient == "backprop":
            self._step = backprop_step(self.network, self.x_train, self._labels_train, config.batch_size)
        else:
            self._step = self._numerical_step

    @property
    def learning_rate(self):
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        _check_finite("learning_rate", value)
        self._learning_rate = float(value)
        if getattr(self, "optimizer", None) is not None:
            self.optimizer.lr = self._learning_rate   # the optimizer's η (each step sets it again)

    @property
    def epoch(self):
        """Epochs completed so far (the book's iter_per_epoch iterations each)."""
        return int(self.iteration // self.iter_per_epoch)

    def __iter__(self):
        return self

    def _batch_mask(self):
        n, size = self.train_size, self.config.batch_size
        if self.config.sampling == "choice":
            # With replacement, like np.random.choice. Drawn CHOICE_AHEAD batches at a
            # time: the generator gives the same numbers however a draw is split, and
            # one call per batch costs more than the batch's gradient's small loops.
            if self._drawn_at == len(self._drawn) or self._drawn_by is not self.rng:
                self._drawn, self._drawn_at = self.rng.integers(0, n, size=(CHOICE_AHEAD, size)), 0
                self._drawn_by = self.rng      # a generator set from outside starts afresh
            self._drawn_at += 1
            return self._drawn[self._drawn_at - 1]
        if self._order is None or self._position + size > n:
            self._order, self._position = self.rng.permutation(n), 0
        mask = self._order[self._position:self._position + size]
        self._position += size
        return mask

    def _numerical_step(self, batch_mask, lr):
        x, t = self.x_train[batch_mask], self.t_train[batch_mask]
        loss = float(self.network.loss(x, t))   # before the update, like the backprop step
        method = "fast" if self.config.gradient == "numerical" else "loop"
        grad = self.network.numerical_gradient(x, t, method=method)
        for key, param in self.network.params.items():
            param -= param.dtype.type(lr) * grad[key]
        return loss

    def __next__(self):
        if self.iteration >= self.config.iters_num:
            raise StopIteration
        start = time.perf_counter()
        lr = self._learning_rate
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            loss = self._step(self._batch_mask(), lr)
        self.iteration += 1
        train_acc = test_acc = None
        epoch = self.epoch
        if self.config.evaluate and epoch > int((self.iteration - 1) // self.iter_per_epoch):
            train_acc, test_acc = self.evaluate()
        self._elapsed += time.perf_counter() - start
        elapsed = self._elapsed
        return TrainStep(self.iteration, epoch, loss, lr, elapsed,
                         self.iteration / elapsed if elapsed > 0 else 0.0, train_acc, test_acc)

    def evaluate(self):
        """(train accuracy, test accuracy) of the network now, on the full sets.

        Also keeps the predicted test labels in test_predicted (for a confusion matrix).
        """
        with np.errstate(over="ignore", invalid="ignore"):
            if self.optimizer is None:
                train_acc = accuracy(self.network.params, self.x_train, self.t_train)
                self.test_predicted = predict_labels(self.network.params, self.x_test)
            else:
                train_acc = float(np.mean(deep_step.predict_labels(self.network, self.x_train)
                                          == self._labels_train))
                self.test_predicted = deep_step.predict_labels(self.network, self.x_test)
        return train_acc, float(np.mean(self.test_predicted == self._labels_test))

    def snapshot(self):
        """Copies of the parameters, safe to hand to another thread."""
        return {k: v.copy() for k, v in self.network.params.items()}


def train(config=TrainConfig(), data=None):
    """An iterator of TrainStep for config; data as load_mnist returns it (None: bundled MNIST)."""
    return Trainer(config, data)
