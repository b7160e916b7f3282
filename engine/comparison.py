"""Runs compared, as the book's 6.1–6.4 experiments compare them: its smoothing of a loss curve,
what differs between two runs' settings, and the comparison presets' sets of runs (figs 6-9,
6-15, 6-20).

The runs of a set follow one another, yet they learn from the same mini-batches, as the book's
scripts (which interleave their networks on one batch per iteration) make them do: every run of
a set has the same seed, training-set size and batch size, and the Trainer draws its batches from
a stream of its own seeded by the seed alone.
"""
from dataclasses import fields

import numpy as np

from engine.training import TrainConfig

SMOOTH_WINDOW = 11      # the book's window_len
KAISER_BETA = 2         # the book's np.kaiser(window_len, 2)

# The book's network of figs 6-9 and 6-15: 784-100-100-100-100-10, ReLU, He, batch 128, 2000 iterations.
_DEEP = dict(hidden_layers=4, hidden_size=100, activation="relu", weight_init_std="he", batch_size=128,
             iters_num=2000, learning_rate=0.01, optimizer="sgd", train_size=None, weight_decay=0.0)
# Fig 6-20: six hidden layers of 100, the first 300 images, SGD lr 0.01, batch 100, 201 epochs of 3.
_OVERFIT = dict(_DEEP, hidden_layers=6, batch_size=100, train_size=300, iters_num=603)

# name -> (what the legend names, the values shared by every run, each run's own values)
COMPARISONS = {
    "optimizers-mnist": (("optimizer", "learning_rate"), _DEEP,
                         (dict(optimizer="sgd"), dict(optimizer="momentum"), dict(optimizer="adagrad"),
                          dict(optimizer="adam", learning_rate=0.001))),
    "weight-init": (("weight_init_std",), _DEEP,
                    (dict(weight_init_std=0.01), dict(weight_init_std="xavier"),
                     dict(weight_init_std="he"))),
    "weight-decay": (("weight_decay",), _OVERFIT, (dict(weight_decay=0.0), dict(weight_decay=0.1))),
}

# What a legend can name, in the order it names it; a changed optimizer also names its lr.
DIFFERENCE_ORDER = ("optimizer", "learning_rate", "optimizer_params", "weight_decay", "hidden_layers",
                    "hidden_size", "activation", "weight_init_std", "train_size", "batch_size",
                    "iters_num", "sampling", "gradient", "dtype", "seed")


def smooth_curve(x):
    """The book's smooth_curve (common/util.py): each value becomes the mean of the 11 around it
    weighted by a Kaiser window (β = 2), the ends mirrored; the result is as long as x.

    As the book pads: on the left x[10], ..., x[1] (the first value not repeated), on the right
    x[-1], ..., x[-10]. A series shorter than the window is mirrored as often as it needs.
    """
    x = np.asarray(x, dtype=np.float64).ravel()
    n, pad = len(x), SMOOTH_WINDOW - 1
    if n < 2:
        return x.copy()
    s = np.pad(np.pad(x, (pad, 0), mode="reflect"), (0, pad), mode="symmetric")
    w = np.kaiser(SMOOTH_WINDOW, KAISER_BETA)
    y = np.convolve(w / w.sum(), s, mode="valid")
    half = pad // 2
    return y[half:half + n]


def differences(before, after):
    """The TrainConfig fields in which after differs from before, in DIFFERENCE_ORDER.

    before None (the first run): its optimizer and learning rate. A changed optimizer
    always names its learning rate too ("Adam, lr 0.001"), not its other settings; nothing
    changed gives ().
    """
    if before is None:
        return ("optimizer", "learning_rate")
    changed = {f.name for f in fields(TrainConfig) if getattr(before, f.name) != getattr(after, f.name)}
    if "optimizer" in changed:
        # its own settings change with it: its name says them (its defaults, or the values shown)
        changed = (changed | {"learning_rate"}) - {"optimizer_params"}
    return tuple(name for name in DIFFERENCE_ORDER if name in changed)


def comparison_configs(name, **overrides):
    """The TrainConfigs of comparison name, in the order they run; overrides apply to every run."""
    _named, shared, runs = COMPARISONS[name]
    return [TrainConfig(**dict(shared, **run, **overrides)) for run in runs]


def named_fields(name):
    """The fields the legend of comparison name names each run by."""
    return COMPARISONS[name][0]

