"""The maths behind the loss-functions section (4.2) beyond engine.losses.

Editing a probability vector, the two book examples, drawing a mini-batch the
book's way (np.random.choice, with replacement), per-sample and mean
cross-entropy in both target forms, and the 4.2.5 argument: accuracy is a
staircase in one weight while the loss is smooth.
"""
import math
from dataclasses import dataclass

import numpy as np

from engine.functions import sigmoid, sigmoid_grad, step_function
from engine.labels import one_hot
from engine.losses import DELTA, cross_entropy_error, cross_entropy_per_sample, mean_squared_error
from engine.messages import Message
from engine.networks import TwoLayerNet

N_CLASSES = 10

# 4.2.1 / 4.2.2: the correct digit is 2; example 1 gives it 0.6, example 2 gives 0.6 to digit 7.
BOOK_T = 2
BOOK_Y1 = (0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0)
BOOK_Y2 = (0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0)
# What the book's interpreter printed (repr with 17 significant digits).
BOOK_PRINTED = {
    "book-example-1": {"mse": "0.097500000000000031", "ce": "0.51082545709933802"},
    "book-example-2": {"mse": "0.59750000000000003", "ce": "2.3025840929945458"},
}

# Logits are kept in a range where softmax stays well away from 0 and 1 in float64.
LOGIT_LIMIT = 30.0


def check_probability(value):
    """value as a float in [0, 1]; ValueError with a message a student can act on."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValueError(Message("'{value}' is not a number; type a probability between 0 and 1, "
                                 "e.g. 0.6.", value=value)) from None
    if math.isnan(value):
        raise ValueError(Message("NaN is not a probability; type a number between 0 and 1."))
    if value < 0:
        raise ValueError(Message("{value:g} is negative; a probability lies between 0 and 1.",
                                 value=value))
    if value > 1:
        raise ValueError(Message("{value:g} is larger than 1; a probability lies between 0 and 1 "
                                 "(the 10 values always sum to 1).", value=value))
    return value


def check_logit(value):
    """value as a finite float in [-LOGIT_LIMIT, LOGIT_LIMIT]; ValueError otherwise."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValueError(Message("'{value}' is not a number; type a logit such as 2.5.",
                                 value=value)) from None
    if not math.isfinite(value):
        raise ValueError(Message("A logit must be a finite number (softmax turns it into a "
                                 "probability)."))
    if abs(value) > LOGIT_LIMIT:
        raise ValueError(Message("{value:g} is outside ±{limit:g}; larger logits only push "
                                 "softmax to exactly 0 and 1.", value=value, limit=LOGIT_LIMIT))
    return value


def set_probability(y, k, value):
    """y (n,) with y[k] = value and the other entries rescaled so the vector sums to 1.

    The others keep their ratios (which is what changing logit k alone does
    under softmax); if they are all 0, the rest is shared equally.
    """
    value = check_probability(value)
    y = np.asarray(y, dtype=np.float64).copy()
    others = np.arange(y.size) != k
    rest = y[others].sum()
    if rest > 0:
        y[others] *= (1.0 - value) / rest
    else:
        y[others] = (1.0 - value) / (y.size - 1)
    y[k] = value
    return y


def logits_from_probabilities(y, floor=1e-4):
    """Logits a (mean 0) with softmax(a) ≈ y.

    softmax never gives exactly 0, so zeros become logits of about ln(1e-4):
    small probabilities, with logits in a readable range of a few units.
    """
    a = np.log(np.maximum(np.asarray(y, dtype=np.float64), floor))
    a -= a.mean()
    return np.clip(a, -LOGIT_LIMIT, LOGIT_LIMIT)


@dataclass(frozen=True)
class OutputLosses:
    """Both losses of one output y against label t, with each class's contribution."""
    y: np.ndarray            # (n,) probabilities
    t: np.ndarray            # (n,) one-hot
    label: int
    mse: float               # (4.1)
    ce: float                # (4.2)
    squared_terms: np.ndarray  # (n,) 1/2 (y_k - t_k)^2, summing to mse
    ce_terms: np.ndarray       # (n,) -t_k log(y_k + 1e-7): zero except at the label


def output_losses(y, label):
    """MSE and cross-entropy of y (n,) for the correct class label, via engine.losses."""
    y = np.asarray(y, dtype=np.float64)
    t = one_hot(int(label), y.size)
    squared = 0.5 * (y - t) ** 2
    ce_terms = -t * np.log(y + DELTA)
    return OutputLosses(y=y.copy(), t=t, label=int(label), mse=float(mean_squared_error(y, t)),
                        ce=float(cross_entropy_error(y, t)), squared_terms=squared,
                        ce_terms=ce_terms)


def neg_log_curve(n=400):
    """(y, -log y) for y in (0, 1], denser near 0 where the curve shoots up (fig 4-3)."""
    y = np.unique(np.concatenate([np.geomspace(1e-8, 1.0, n), np.linspace(0.0, 1.0, n)[1:]]))
    return y, -np.log(y)


def check_batch_size(batch_size, train_size):
    """batch_size as an int in 1..train_size; ValueError otherwise."""
    try:
        as_float = float(batch_size)
    except (TypeError, ValueError):
        raise ValueError(Message("'{batch_size}' is not a whole number of samples.",
                                 batch_size=batch_size)) from None
    if not math.isfinite(as_float) or as_float != int(as_float):
        raise ValueError(Message("The batch size must be a whole number, not {batch_size}.",
                                 batch_size=batch_size))
    batch_size = int(as_float)
    if batch_size < 1:
        raise ValueError(Message("A mini-batch needs at least 1 sample, not {batch_size}.",
                                 batch_size=batch_size))
    if batch_size > train_size:
        raise ValueError(Message("A batch of {batch_size} is larger than the {train_size} training "
                                 "images; choose 1 to {train_size}.",
                                 batch_size=batch_size, train_size=train_size))
    return batch_size


def draw_batch(train_size, batch_size, seed):
    """batch_mask = np.random.choice(train_size, batch_size) after np.random.seed(seed).

    Drawn with replacement, exactly as the book; a private RandomState keeps
    the global NumPy generator untouched.
    """
    batch_size = check_batch_size(batch_size, train_size)
    return np.random.RandomState(int(seed) % 2**32).choice(train_size, batch_size)


@dataclass(frozen=True)
class BatchLosses:
    """Cross-entropy of one mini-batch under a network, computed both ways (4.3)."""
    per_sample: np.ndarray   # (N,) -log(y_n[t_n] + 1e-7)
    mean_label: float        # cross_entropy_error(y, t) with labels t (N,)
    mean_one_hot: float      # the same with one-hot t (N, 10)
    predicted: np.ndarray    # (N,) argmax of y
    accuracy: float


def batch_losses(network, x, t, indices=None, chunk=4096):
    """Per-sample and mean cross-entropy of network on x[indices] with labels t[indices].

    x (M, 784), t (M,) labels; indices (N,), N >= 1, picks the batch (default: all rows).
    The forward pass runs chunk rows at a time, so a batch of 60000 does not
    copy the whole training set at once.
    """
    indices = np.arange(len(t)) if indices is None else np.asarray(indices)
    labels = np.asarray(t)[indices].astype(np.intp)
    y = np.concatenate([network.predict(x[indices[i:i + chunk]])
                        for i in range(0, indices.size, chunk)])
    t_one_hot = one_hot(labels, y.shape[1])
    predicted = y.argmax(axis=1)
    return BatchLosses(per_sample=cross_entropy_per_sample(y, labels),
                       mean_label=float(cross_entropy_error(y, labels)),
                       mean_one_hot=float(cross_entropy_error(y, t_one_hot)),
                       predicted=predicted, accuracy=float(np.mean(predicted == labels)))


def tile_images(images, columns, pad=1, fill=0.0):
    """(N, 784) or (N, 28, 28) images as one (rows*(28+pad), columns*(28+pad)) mosaic."""
    images = np.asarray(images, dtype=np.float32).reshape(-1, 28, 28)
    n = images.shape[0]
    rows = max(1, -(-n // columns))
    size = 28 + pad
    out = np.full((rows * size, columns * size), fill, dtype=np.float32)
    for i in range(n):
        r, c = divmod(i, columns)
        out[r * size:r * size + 28, c * size:c * size + 28] = images[i]
    return out


# --- 4.2.5: why accuracy cannot be the loss ---------------------------------------

def toy_problem(n=30, seed=3):
    """A small two-class problem in 2-D and a 2-4-2 TwoLayerNet to slide one weight of."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 2
    centres = np.array([[-1.0, -0.5], [1.0, 0.5]])
    x = centres[labels] + 0.9 * rng.standard_normal((n, 2))
    network = TwoLayerNet(2, 4, 2, weight_init_std=1.0, seed=seed)
    return network, x, labels


WEIGHTS = ("W1[0,0]", "W1[1,0]", "W1[0,1]", "b1[0]", "W2[0,0]", "W2[1,1]", "b2[0]")


def _parse_weight(name):
    key, _, rest = name.partition("[")
    index = tuple(int(i) for i in rest.rstrip("]").split(","))
    return key, index


@dataclass(frozen=True)
class WeightSweep:
    """Accuracy and loss of a network as one weight w moves, with their slopes."""
    w: np.ndarray          # (V,) weight values
    accuracy: np.ndarray   # (V,) fraction correct: a staircase
    loss: np.ndarray       # (V,) mean cross-entropy: smooth
    d_accuracy: np.ndarray  # (V,) central difference with step h: 0 almost everywhere
    d_loss: np.ndarray      # (V,)
    h: float


def weight_sweep(network, x, t, weight, w, h=1e-4):
    """Slide network.params[weight] (e.g. "W1[0,0]") over the values w (V,).

    The weight is changed in place, as the book's numerical_gradient does, and
    always put back (finally), so the network is unchanged afterwards.
    """
    key, index = _parse_weight(weight)
    w = np.asarray(w, dtype=np.float64)
    params = network.params[key]
    original = params[index]
    grid = np.concatenate([w, w + h, w - h])
    acc, loss = np.empty(grid.size), np.empty(grid.size)
    try:
        for i, value in enumerate(grid):
            params[index] = value
            y = network.predict(x)
            acc[i] = np.mean(y.argmax(axis=1) == t)
            loss[i] = cross_entropy_error(y, t)
    finally:
        params[index] = original
    v = w.size
    return WeightSweep(w=w, accuracy=acc[:v], loss=loss[:v],
                       d_accuracy=(acc[v:2 * v] - acc[2 * v:]) / (2 * h),
                       d_loss=(loss[v:2 * v] - loss[2 * v:]) / (2 * h), h=h)


def weight_value(network, weight):
    """The current value of one named weight."""
    key, index = _parse_weight(weight)
    return float(network.params[key][index])


def step_and_sigmoid(x):
    """Fig 4-4: step(x), sigmoid(x) and their slopes (the step's is 0 wherever it exists)."""
    x = np.asarray(x, dtype=np.float64)
    return step_function(x), sigmoid(x), np.zeros_like(x), sigmoid_grad(x)

