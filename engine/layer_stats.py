"""Every layer visible: a network's activations layer by layer, and their histograms.

The book's experiment of figs 6-10 … 6-14 (activation_experiment): 1000
standard-normal inputs of 100 values through five layers of 100 nodes without
bias, for an activation and an initial weight scale, each layer's output
histogrammed over 30 bins of 0 … 1. For a trained network (network_view) the
same histograms (fixed bins over a range chosen from the activation) and each
layer's values for one input.
"""
import math

import numpy as np

from engine.multilayer import ACTIVATIONS, MultiLayerNet, init_scale

BOOK_BINS = 30            # plt.hist(a.flatten(), 30, range=(0, 1)) in the book
EXPERIMENT_INPUTS = 1000
EXPERIMENT_NODES = 100
EXPERIMENT_LAYERS = 5

# The cases of figs 6-10 … 6-14: name → (activation, weight_init_std, figure).
CASES = {
    "sigmoid-std1": ("sigmoid", 1.0, "6-10"),
    "sigmoid-std0.01": ("sigmoid", 0.01, "6-11"),
    "sigmoid-xavier": ("sigmoid", "xavier", "6-13"),
    "relu-std0.01": ("relu", 0.01, "6-14"),
    "relu-xavier": ("relu", "xavier", "6-14"),
    "relu-he": ("relu", "he", "6-14"),
}


def activation_experiment(activation, weight_init_std, seed=0, n_inputs=EXPERIMENT_INPUTS,
                          node_num=EXPERIMENT_NODES, layers=EXPERIMENT_LAYERS):
    """[z1, …, z5]: each layer's output (n_inputs, node_num) for standard-normal inputs, no bias.

    The book's loop: x = randn(1000, 100); each layer a = x @ (randn(100, 100) * scale),
    z = activation(a), and z is the next layer's x. Xavier/He scale by √(1/n) or √(2/n).
    """
    function, _ = ACTIVATIONS[activation]
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n_inputs, node_num))
    outputs = []
    for _ in range(layers):
        w = rng.standard_normal((node_num, node_num)) * init_scale(weight_init_std, node_num)
        x = function(np.dot(x, w))
        outputs.append(x)
    return outputs


def case_activations(name, seed=0):
    """The five layers' outputs of one of CASES."""
    activation, scale, _ = CASES[name]
    return activation_experiment(activation, scale, seed=seed)


def network_view(params, activation="sigmoid", weight_decay_lambda=0.0):
    """A MultiLayerNet holding params (W1 b1 … WL bL, not copied): the book's TwoLayerNet
    is the one-hidden-layer sigmoid case. Built without drawing initial weights, which
    for ten layers of 1000 would cost more than everything drawn from it."""
    count = sum(1 for key in params if key.startswith("W"))
    weights = [params[f"W{i}"] for i in range(1, count + 1)]
    network = MultiLayerNet.__new__(MultiLayerNet)
    network.sizes = [weights[0].shape[0]] + [w.shape[1] for w in weights]
    network.activation = activation
    network.weight_decay_lambda = float(weight_decay_lambda)
    network.dtype = weights[0].dtype
    network.params = {f"{kind}{i}": params[f"{kind}{i}"] for i in range(1, count + 1) for kind in "Wb"}
    return network


def nice_ceiling(value):
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above value (an axis end that
    reads well, and leaves little of the axis empty)."""
    if not (value > 0 and math.isfinite(value)):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


def activation_range(activation, layers=()):
    """The fixed histogram range for an activation: the book's 0 … 1 for sigmoid, −1 … 1 for tanh;
    for ReLU 0 … a round number above 99.5 % of the values (at least 1, as in the book): a few
    far outliers would otherwise squeeze every bar into the first bins."""
    if activation == "sigmoid":
        return 0.0, 1.0
    if activation == "tanh":
        return -1.0, 1.0
    largest = max((float(np.percentile(np.abs(z), 99.5)) for z in layers if z.size), default=1.0)
    if activation == "relu":
        return 0.0, max(1.0, nice_ceiling(largest))
    top = nice_ceiling(largest)
    return -top, top


def histogram(values, value_range, bins=BOOK_BINS):
    """Counts of values in bins equal bins over value_range; values outside it count in the end bins
    (nothing is silently dropped), so the counts always sum to values.size."""
    lo, hi = value_range
    flat = np.clip(np.asarray(values, dtype=np.float64).ravel(), lo, hi)
    counts, edges = np.histogram(flat, bins=bins, range=(lo, hi))
    return counts, edges


def layer_summary(values):
    """What is printed beside a layer's picture: min, max, mean, std and the share of exact zeros."""
    z = np.asarray(values, dtype=np.float64)
    return {"min": float(z.min()), "max": float(z.max()), "mean": float(z.mean()),
            "std": float(z.std()), "zeros": float(np.mean(z == 0))}


def layer_histograms(layers, activation, bins=BOOK_BINS, skip_zeros=None):
    """(value_range, [(counts, summary) per layer]) with one fixed range for every layer.

    ReLU's exact zeros (half of everything) are counted apart (summary["zeros"]) and left out
    of the bars, as the book's fig 6-14 leaves them off its y range: the bars show the rest.
    """
    value_range = activation_range(activation, layers)
    if skip_zeros is None:
        skip_zeros = activation == "relu"
    out = []
    for z in layers:
        shown = z[z != 0] if skip_zeros else z
        counts, _ = histogram(shown, value_range, bins)
        out.append((counts, layer_summary(z)))
    return value_range, out
