"""Mini-batch SGD of section 4.5, as an iterator of frozen snapshots (TrainStep).

The book's loop per iteration: draw a mini-batch, compute the gradient, update
every parameter with lr * grad, then record the mini-batch loss (recomputed
after the update). The backprop step here does exactly that, with fewer
operations: inputs in the network's dtype from the start, preallocated
buffers, no gradient for the input, and only the pixels that are non-zero in
some image of the batch (a zero pixel contributes exactly 0 to x @ W1 and to
dW1 = x.T @ da1, so its row of W1 cannot change).
"""
import math
import time
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Optional

import numpy as np

from engine.losses import DELTA
from engine.metrics import (accuracy, confusion_matrix, gradient_check,  # noqa: F401 - re-exported
                            predict_labels)
from engine.networks import TwoLayerNet, _labels

GRADIENTS = ("backprop", "numerical", "numerical-loop")
DTYPES = ("float64", "float32")
SAMPLINGS = ("choice", "shuffle")
CHOICE_AHEAD = 64    # mini-batches drawn per call of the generator (sampling "choice")


def _check_int(name, value, minimum, hint):
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}, not {value!r}. {hint}")


def _check_choice(name, value, choices):
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(repr(c) for c in choices)}, "
                         f"not {value!r}.")


def _check_finite(name, value, hint=""):
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, not {value!r}. {hint}".rstrip())


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

    def __post_init__(self):
        _check_int("iters_num", self.iters_num, 1, "The book trains for 10000 iterations.")
        _check_int("batch_size", self.batch_size, 1, "The book uses mini-batches of 100 images.")
        _check_finite("learning_rate", self.learning_rate, "The book uses 0.1.")
        _check_int("hidden_size", self.hidden_size, 1, "The book's network has 50 hidden neurons.")
        _check_finite("weight_init_std", self.weight_init_std, "The book uses 0.01.")
        if self.weight_init_std < 0:
            raise ValueError(f"weight_init_std must be >= 0, not {self.weight_init_std!r}: it is "
                             "the standard deviation of the initial weights (the book uses 0.01).")
        _check_choice("gradient", self.gradient, GRADIENTS)
        _check_int("seed", self.seed, 0, "Any number from 0 up gives a repeatable run.")
        _check_choice("dtype", self.dtype, DTYPES)
        if not isinstance(self.evaluate, (bool, np.bool_)):
            raise ValueError(f"evaluate must be True or False, not {self.evaluate!r}.")
        if self.train_size is not None:
            _check_int("train_size", self.train_size, 1,
                       "Use None for all training images, or e.g. 300 as in the book's 6.4.1.")
        _check_choice("sampling", self.sampling, SAMPLINGS)


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
        raise ValueError("data must be ((x_train, t_train), (x_test, t_test)) as load_mnist "
                         "returns it.") from None
    dtype = np.dtype(config.dtype)
    out = []
    n_classes = None
    for split, x, t in (("training", x_train, t_train), ("test", x_test, t_test)):
        x, t = np.asarray(x), np.asarray(t)
        if x.ndim < 2 or x.shape[0] == 0 or x[0].size == 0:
            raise ValueError(f"The {split} images must be an array of shape (N, pixels) with N >= 1; "
                             f"got shape {x.shape}.")
        if t.ndim not in (1, 2) or t.shape[0] != x.shape[0]:
            raise ValueError(f"The {split} set has {x.shape[0]} images but labels of shape {t.shape}; "
                             "give one label (or one one-hot row) per image.")
        if split == "training" and config.train_size is not None:
            if config.train_size > x.shape[0]:
                raise ValueError(f"train_size is {config.train_size} but there are only {x.shape[0]} "
                                 f"training images; use at most {x.shape[0]} (or None for all).")
            x, t = x[:config.train_size], t[:config.train_size]
        # float32 pixels (load_mnist's) are kept as they are: they convert to
        # float64 exactly, and half the bytes make mini-batch gathers faster.
        x = np.ascontiguousarray(x.reshape(x.shape[0], -1),
                                 dtype=np.float32 if x.dtype == np.float32 else dtype)
        if not np.isfinite(x).all():
            raise ValueError(f"The {split} images contain NaN or infinite pixels.")
        labels = _labels(t)
        classes = t.shape[1] if t.ndim == 2 else max(10, int(labels.max()) + 1)
        if t.ndim == 1 and (labels.min() < 0 or not np.array_equal(labels, t)):
            raise ValueError(f"The {split} labels must be whole class numbers >= 0.")
        n_classes = classes if n_classes is None else n_classes
        if classes != n_classes:
            raise ValueError(f"The training labels have {n_classes} classes but the test labels "
                             f"have {classes}; use the same label format for both.")
        out += [x, t]
    if out[0].shape[1] != out[2].shape[1]:
        raise ValueError(f"Training images have {out[0].shape[1]} pixels but test images have "
                         f"{out[2].shape[1]}; they must be the same size.")
    if config.batch_size > out[0].shape[0]:
        raise ValueError(f"batch_size is {config.batch_size} but the training set has only "
                         f"{out[0].shape[0]} images; use a batch_size of at most "
                         f"{out[0].shape[0]} or more training images.")
    return (*out, n_classes)


class _NumpyBackpropStep:
    """One SGD iteration for TwoLayerNet in NumPy: forward, loss, backward, update.

    The loss reported is the mini-batch's loss in the forward pass that the
    gradient comes from (the weights before this update). The book recomputes
    it with a second forward pass after the update; that pass is a third of
    the step's matrix work and changes nothing the network learns.
    Used where numba is missing; _CompiledBackpropStep is the same step faster.
    """

    def __init__(self, network, x_train, labels, batch_size):
        self.network = network
        self.x_train, self.labels = x_train, labels
        self.dtype = dtype = network.params["W1"].dtype
        n_pixels, hidden = network.params["W1"].shape
        n_classes = network.params["W2"].shape[1]
        # One bit per pixel (is it non-zero in this image?), packed into 64-bit
        # words: OR-ing a batch's rows gives its non-zero pixels in microseconds.
        bits = np.packbits(x_train != 0, axis=1)
        words = np.zeros((bits.shape[0], -(-bits.shape[1] // 8) * 8), dtype=np.uint8)
        words[:, :bits.shape[1]] = bits
        self.nonzero_words = words.view(np.uint64)
        self.n_pixels = n_pixels
        # Buffers reused every step: fresh arrays of these sizes cost page faults
        # and allocator calls that take as long as the arithmetic.
        self.rows = np.empty((batch_size, n_pixels), dtype=x_train.dtype)
        self.picked = np.empty(batch_size * n_pixels, dtype=x_train.dtype)
        self.x = np.empty(batch_size * n_pixels, dtype=dtype)
        self.w1 = np.empty(n_pixels * hidden, dtype=dtype)
        self.dW1 = np.empty(n_pixels * hidden, dtype=dtype)
        self.a1 = np.empty((batch_size, hidden), dtype=dtype)
        self.a2 = np.empty((batch_size, n_classes), dtype=dtype)
        self.tmp = np.empty((batch_size, hidden), dtype=dtype)
        self.batch_rows = np.arange(batch_size)

    def __call__(self, batch_mask, lr):
        # read params each step: a consumer may have put new arrays (same shapes) in place
        W1, b1, W2, b2 = (self.network.params[k] for k in ("W1", "b1", "W2", "b2"))
        lr = self.dtype.type(lr)
        n, hidden = batch_mask.size, W1.shape[1]
        labels = self.labels[batch_mask]
        rows = self.batch_rows
        used = np.bitwise_or.reduce(self.nonzero_words[batch_mask], axis=0)
        cols = np.flatnonzero(np.unpackbits(used.view(np.uint8), count=self.n_pixels))
        m = cols.size
        # x (N, pixels used) in the network's dtype; float32 pixels convert exactly
        np.take(self.x_train, batch_mask, axis=0, out=self.rows, mode="clip")
        x = self.x[:n * m].reshape(n, m)
        if self.rows.dtype == self.dtype:
            np.take(self.rows, cols, axis=1, out=x, mode="clip")
        else:
            picked = self.picked[:n * m].reshape(n, m)
            np.copyto(x, np.take(self.rows, cols, axis=1, out=picked, mode="clip"))
        w1 = np.take(W1, cols, axis=0, out=self.w1[:m * hidden].reshape(m, hidden), mode="clip")
        z1, e, s = self._forward(x, w1, b1, W2, b2)
        # cross-entropy of this batch (with the book's 1e-7): only y[n, t_n] is needed
        loss = float(-np.sum(np.log(e[rows, labels] / s + DELTA)) / n)
        # backward: dL/da2 = (softmax - onehot(t)) / N, as the book's gradient()
        dy = np.divide(e, s[:, None], out=e)
        dy[rows, labels] -= 1
        dy /= n
        dW2 = np.dot(z1.T, dy)
        db2 = dy.sum(axis=0)
        da1 = np.dot(dy, W2.T)
        da1 *= z1
        da1 *= np.subtract(1, z1, out=self.tmp)               # sigmoid'(a1) = z1 (1 - z1)
        dW1 = np.dot(x.T, da1, out=self.dW1[:m * hidden].reshape(m, hidden))
        db1 = da1.sum(axis=0)
        # update: param -= lr * grad, as the book
        dW1 *= lr
        w1 -= dW1
        W1[cols] = w1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
        return loss

    def _forward(self, x, w1, b1, W2, b2):
        """z1 = sigmoid(x w1 + b1) and the softmax of z1 W2 + b2 as numerators e and sums s."""
        a1 = np.dot(x, w1, out=self.a1)
        # exp(-(a1 + b1)) computed as exp((-b1) - a1): the same bits, one pass fewer
        np.subtract(-b1, a1, out=a1)
        np.exp(a1, out=a1)
        a1 += 1
        z1 = np.reciprocal(a1, out=a1)
        a2 = np.dot(z1, W2, out=self.a2)
        a2 += b2
        a2 -= a2.max(axis=1, keepdims=True)
        np.exp(a2, out=a2)
        return z1, a2, a2.sum(axis=1)


class _CompiledBackpropStep:
    """The same SGD iteration as _NumpyBackpropStep, its small loops compiled (engine.kernels).

    Per step: gather the batch's non-zero pixels (x, with a ones column for b1),
    a1 = x w1 and dW1 = x.T da1 in BLAS, the sigmoid as three NumPy passes
    (NumPy's exp is vectorised, a compiled scalar exp is not), the three
    50 x 10 products in BLAS, and everything else in five compiled loops.
    """

    def __init__(self, network, x_train, labels, batch_size, common_share=None):
        from engine import kernels
        self.kernels = kernels
        self.network = network
        self.labels = labels
        self.dtype = dtype = network.params["W1"].dtype
        if common_share is None:
            # A pixel goes through BLAS when it is non-zero in at least this share of
            # the images: a BLAS column costs batch_size * hidden multiply-adds, a
            # sparse entry hidden, at about a fifth of BLAS's speed per multiply-add
            # (measured in float64; float32 BLAS is twice as fast, so fewer pixels
            # are worth the loop). 343 of MNIST's 784 pixels in float32, 285 in float64.
            common_share = 0.2 if dtype == np.float64 else 0.1
        self.pixels = kernels.PixelRows(x_train, common_share)
        hidden = network.params["W1"].shape[1]
        n_classes = network.params["W2"].shape[1]
        m = self.pixels.cols.size
        # at most batch_size images, each with its longest row of pixels (a batch may repeat an image)
        most = batch_size * int(np.diff(self.pixels.indptr).max(initial=0))
        self.rare_row = np.empty(most, dtype=np.int64)
        self.rare_col = np.empty(most, dtype=np.int64)
        self.rare_value = np.empty(most, dtype=dtype)
        self.x = np.empty((batch_size, m + 1), dtype=dtype)
        self.w1 = np.empty((m + 1, hidden), dtype=dtype)
        self.dW1 = np.empty((m + 1, hidden), dtype=dtype)
        # the kernels index them flat (views, no copies)
        self.x_flat, self.w1_flat, self.dW1_flat = (a.reshape(-1) for a in (self.x, self.w1, self.dW1))
        self.a1 = np.empty((batch_size, hidden), dtype=dtype)
        self.a2 = np.empty((batch_size, n_classes), dtype=dtype)
        self.da1 = np.empty((batch_size, hidden), dtype=dtype)
        self.dW2 = np.empty((hidden, n_classes), dtype=dtype)
        self.delta = dtype.type(DELTA)

    def __call__(self, batch_mask, lr):
        W1, b1, W2, b2 = (self.network.params[k] for k in ("W1", "b1", "W2", "b2"))
        k, p = self.kernels, self.pixels
        rare = self.rare_row, self.rare_col, self.rare_value
        lr = self.dtype.type(lr)
        n_rare, _ = k.gather_batch(p.indptr, p.split, p.indices, p.values, p.cols, batch_mask,
                                   W1, b1, self.x_flat, self.w1_flat, *rare)
        x = self.x
        # forward: z1 = 1 / (1 + exp(-(x W1 + b1))), the product giving -(x W1 + b1) directly
        a1 = np.dot(x, self.w1, out=self.a1)
        k.subtract_rare_pixels(a1, W1, *rare, n_rare)
        np.exp(a1, out=a1)
        a1 += 1
        z1 = np.reciprocal(a1, out=a1)
        dy = np.dot(z1, W2, out=self.a2)
        loss = float(k.softmax_cross_entropy(dy, b2, self.labels[batch_mask], self.delta))
        # backward, then the book's update param -= lr * grad
        da1 = np.dot(dy, W2.T, out=self.da1)
        dW2 = np.dot(z1.T, dy, out=self.dW2)
        k.hidden_grad_and_output_update(da1, z1, dy, W2, b2, dW2, lr)
        np.dot(x.T, da1, out=self.dW1)
        k.update_common_and_rare_rows(W1, b1, p.cols, self.dW1_flat, lr, da1, *rare, n_rare)
        return loss


def _backprop_step(network, x_train, labels, batch_size):
    """The compiled step where numba is installed, else the NumPy one."""
    from engine import kernels
    step = _CompiledBackpropStep if kernels.AVAILABLE else _NumpyBackpropStep
    return step(network, x_train, labels, batch_size)


class Trainer:
    """Iterator over TrainStep; owns its network. Set learning_rate between steps to change it."""

    def __init__(self, config, data=None):
        if not isinstance(config, TrainConfig):
            raise ValueError(f"config must be a TrainConfig, not {type(config).__name__}.")
        if data is None:
            from engine.mnist import load_mnist
            data = load_mnist(normalize=True, one_hot_label=False)
        self.x_train, self.t_train, self.x_test, self.t_test, n_classes = _prepare(data, config)
        self._labels_train = _labels(self.t_train)
        self._labels_test = _labels(self.t_test)
        self.test_predicted = None   # predicted test labels of the last evaluation
        self.config = config
        self.learning_rate = config.learning_rate
        dtype = np.dtype(config.dtype)
        self.network = TwoLayerNet(self.x_train.shape[1], config.hidden_size, n_classes,
                                   config.weight_init_std, seed=config.seed, dtype=dtype)
        # A stream separate from the weights' (which use seed alone).
        self.rng = np.random.default_rng([config.seed, 1])
        self.train_size = self.x_train.shape[0]
        self.iter_per_epoch = max(self.train_size / config.batch_size, 1)
        self.iteration = 0
        self._order, self._position = None, 0
        self._drawn, self._drawn_at, self._drawn_by = (), 0, None  # batches drawn ahead ('choice')
        self._elapsed = 0.0
        self._step = (_backprop_step(self.network, self.x_train, self._labels_train,
                                     config.batch_size)
                      if config.gradient == "backprop" else self._numerical_step)

    @property
    def learning_rate(self):
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        _check_finite("learning_rate", value)
        self._learning_rate = float(value)

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
            train_acc = accuracy(self.network.params, self.x_train, self.t_train)
            self.test_predicted = predict_labels(self.network.params, self.x_test)
        return train_acc, float(np.mean(self.test_predicted == self._labels_test))

    def snapshot(self):
        """Copies of the parameters, safe to hand to another thread."""
        return {k: v.copy() for k, v in self.network.params.items()}


def train(config=TrainConfig(), data=None):
    """An iterator of TrainStep for config; data as load_mnist returns it (None: bundled MNIST)."""
    return Trainer(config, data)
