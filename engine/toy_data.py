"""Two-class points in the plane to watch a network learn (the geometry of TensorFlow Playground).

make_dataset(name) gives x (n, 2) in about [−6, 6]² and t (n,) in {0, 1}, about
half of each, in a random order fixed by the seed. noise (0 … 1) is a fraction
of the spread: it blurs the classes into each other. feature_matrix turns the
points into the inputs a network sees (x0, x1, x0², …).
"""
import math

import numpy as np

from engine.messages import Message

RADIUS = 5.0
MAX_SAMPLES = 5000


def _circle(rng, n0, n1, noise):
    # class 1 inside radius 2.5, class 0 in a ring 3.5 … 5
    def ring(n, r_min, r_max):
        r = rng.uniform(r_min, r_max, n)
        angle = rng.uniform(0, 2 * math.pi, n)
        return np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    x = np.vstack([ring(n0, 0.7 * RADIUS, RADIUS), ring(n1, 0.0, 0.5 * RADIUS)])
    return x + rng.uniform(-RADIUS, RADIUS, x.shape) * noise


def _xor(rng, n0, n1, noise):
    # uniform in [−5, 5]², each coordinate pushed 0.3 away from 0; class 1 where x0·x1 > 0
    padding = 0.3
    points, labels = [], []
    while sum(map(len, points)) < n0 + n1:
        x = rng.uniform(-RADIUS, RADIUS, (2 * (n0 + n1), 2))
        x += np.where(x > 0, padding, -padding)
        points.append(x)
        labels.append((x[:, 0] * x[:, 1] > 0).astype(int))
    x, t = np.vstack(points), np.concatenate(labels)
    x = np.vstack([x[t == 0][:n0], x[t == 1][:n1]])
    return x + rng.uniform(-RADIUS, RADIUS, x.shape) * noise


def _gauss(rng, n0, n1, noise):
    # two blobs around (−2, −2) (class 0) and (2, 2) (class 1); noise widens them
    sd = math.sqrt(0.5 + 7.0 * noise)
    return np.vstack([rng.normal(-2.0, sd, (n0, 2)), rng.normal(2.0, sd, (n1, 2))])


def _spiral(rng, n0, n1, noise):
    # two spirals, the radius growing 0 … 5 over 1.75 turns; class 0 is class 1 turned by π
    def arm(n, turn):
        i = np.arange(n) / max(n, 1)
        r = i * RADIUS
        angle = 1.75 * i * 2 * math.pi + turn
        return np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    x = np.vstack([arm(n0, math.pi), arm(n1, 0.0)])
    return x + rng.uniform(-1, 1, x.shape) * noise * RADIUS / 2


DATASETS = {"circle": _circle, "xor": _xor, "gauss": _gauss, "spiral": _spiral}


def make_dataset(name, n_samples=200, noise=0.0, seed=0):
    """(x (n, 2) float64, t (n,) int in {0, 1}); the same name, n, noise and seed give the same points."""
    if name not in DATASETS:
        raise ValueError(Message("Unknown data set {name!r}; choose one of: {names}",
                                 name=name, names=", ".join(DATASETS)))
    if not (isinstance(n_samples, (int, np.integer)) and 2 <= n_samples <= MAX_SAMPLES):
        raise ValueError(Message("The number of points must be a whole number from 2 to {limit} "
                                 "(got {value})",
                                 limit=MAX_SAMPLES, value=n_samples))
    if not (isinstance(noise, (int, float, np.floating)) and 0 <= noise <= 1):
        raise ValueError(Message("Noise must lie between 0 and 1 (got {value})", value=noise))
    rng = np.random.default_rng(seed)
    n0 = n_samples // 2
    n1 = n_samples - n0
    x = DATASETS[name](rng, n0, n1, float(noise))
    t = np.concatenate([np.zeros(n0, dtype=int), np.ones(n1, dtype=int)])
    order = rng.permutation(n_samples)
    return x[order].astype(np.float64), t[order]


def split(x, t, test_ratio=0.5):
    """The first (1 − test_ratio) of the points for training, the rest for testing (the order is random)."""
    if not 0 <= test_ratio < 1:
        raise ValueError(Message("The test share must lie in [0, 1) (got {value})", value=test_ratio))
    n_train = max(1, int(round(len(x) * (1 - test_ratio))))
    return (x[:n_train], t[:n_train]), (x[n_train:], t[n_train:])


FEATURES = {
    "x0": lambda x: x[:, 0],
    "x1": lambda x: x[:, 1],
    "x0²": lambda x: x[:, 0] ** 2,
    "x1²": lambda x: x[:, 1] ** 2,
    "x0·x1": lambda x: x[:, 0] * x[:, 1],
    "sin x0": lambda x: np.sin(x[:, 0]),
    "sin x1": lambda x: np.sin(x[:, 1]),
}


def feature_matrix(x, names=("x0", "x1")):
    """The inputs a network sees: one column per chosen feature of the points x (n, 2)."""
    unknown = [name for name in names if name not in FEATURES]
    if unknown or not names:
        raise ValueError(Message("Choose at least one input feature from: {names}",
                                 names=", ".join(FEATURES)))
    return np.column_stack([FEATURES[name](x) for name in names])
