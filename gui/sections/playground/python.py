"""Copy as Python for the playground: the data set, the network and its training, in NumPy alone.

script(values) takes the scene (gui.sections.playground.scene.capture); it needs no Qt. The
script makes the same points as engine/toy_data.py for the same seed, builds the network as
engine/multilayer.py does (the same random initial weights), draws the same mini-batches as
engine/playground.py and applies the same update (the optimizer classes the other sections'
scripts write too), so its losses per epoch are the app's.
"""
from gui.kit.script_parts import CLASS_NAMES, OPTIMIZER_CLASSES

HEADER = '''"""A small network learning a 2-D data set: chapter 4.5 of Deep Learning from Scratch on a plane.

Written by Gradient Lab from its playground; needs NumPy alone. The same seed gives the
same points, the same initial weights and the same mini-batches as the app, so the
losses per epoch are the ones the app draws. Run it as

    python {file} [EPOCHS] [--points]

(EPOCHS: how many epochs to train, {epochs} by default; --points prints every point.)
"""
import math
import sys

import numpy as np

RADIUS = 5.0
'''

DATASETS = {
    "circle": '''
def make_points(rng, n0, n1, noise):
    # class 1 inside radius 2.5, class 0 in a ring 3.5 ... 5
    def ring(n, r_min, r_max):
        r = rng.uniform(r_min, r_max, n)
        angle = rng.uniform(0, 2 * math.pi, n)
        return np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    x = np.vstack([ring(n0, 0.7 * RADIUS, RADIUS), ring(n1, 0.0, 0.5 * RADIUS)])
    return x + rng.uniform(-RADIUS, RADIUS, x.shape) * noise
''',
    "xor": '''
def make_points(rng, n0, n1, noise):
    # uniform in [-5, 5]^2, each coordinate pushed 0.3 away from 0; class 1 where x0*x1 > 0
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
''',
    "gauss": '''
def make_points(rng, n0, n1, noise):
    # two blobs around (-2, -2) (class 0) and (2, 2) (class 1); noise widens them
    sd = math.sqrt(0.5 + 7.0 * noise)
    return np.vstack([rng.normal(-2.0, sd, (n0, 2)), rng.normal(2.0, sd, (n1, 2))])
''',
    "spiral": '''
def make_points(rng, n0, n1, noise):
    # two spirals, the radius growing 0 ... 5 over 1.75 turns; class 0 is class 1 turned by pi
    def arm(n, turn):
        i = np.arange(n) / max(n, 1)
        r = i * RADIUS
        angle = 1.75 * i * 2 * math.pi + turn
        return np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    x = np.vstack([arm(n0, math.pi), arm(n1, 0.0)])
    return x + rng.uniform(-1, 1, x.shape) * noise * RADIUS / 2
''',
}

DATA = '''

def make_dataset(n_samples, noise, seed):
    rng = np.random.default_rng(seed)
    n0 = n_samples // 2
    n1 = n_samples - n0
    x = make_points(rng, n0, n1, float(noise))
    t = np.concatenate([np.zeros(n0, dtype=int), np.ones(n1, dtype=int)])
    order = rng.permutation(n_samples)
    return x[order].astype(np.float64), t[order]


FEATURES = {{
    "x0": lambda x: x[:, 0],
    "x1": lambda x: x[:, 1],
    "x0²": lambda x: x[:, 0] ** 2,
    "x1²": lambda x: x[:, 1] ** 2,
    "x0·x1": lambda x: x[:, 0] * x[:, 1],
    "sin x0": lambda x: np.sin(x[:, 0]),
    "sin x1": lambda x: np.sin(x[:, 1]),
}}


def feature_matrix(x, names):
    return np.column_stack([FEATURES[name](x) for name in names])


# --- the data: {dataset}, {n_samples} points, noise {noise}, seed {seed} ---------------------------
x, t = make_dataset({n_samples}, {noise!r}, {seed})
n_train = max(1, int(round(len(x) * (1 - {test_ratio!r}))))
x_train, t_train = x[:n_train], t[:n_train]
x_test, t_test = x[n_train:], t[n_train:]
'''

ADDED = '''# the points added by clicking the plane: (x0, x1, class)
added = np.array({points!r})
x_train = np.vstack([x_train, added[:, :2]])
t_train = np.append(t_train, added[:, 2].astype(int))
'''

ACTIVATIONS = {
    "sigmoid": ('''def activation(a):
    return 1.0 / (1.0 + np.exp(-a))


def activation_grad(a, out):
    return out * (1.0 - out)
''', "xavier", 1.0),
    "relu": ('''def activation(a):
    return np.maximum(a, 0)


def activation_grad(a, out):
    return (a > 0).astype(a.dtype)
''', "he", 2.0),
    "tanh": ('''def activation(a):
    return np.tanh(a)


def activation_grad(a, out):
    return 1.0 - out * out
''', "xavier", 1.0),
    "identity": ('''def activation(a):
    return a


def activation_grad(a, out):
    return np.ones_like(a)
''', "xavier", 1.0),
}

NETWORK = '''

def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)  # guard against overflow
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class MultiLayerNet:
    """Affine -> {activation} for each hidden layer, then Affine -> softmax with cross-entropy."""

    def __init__(self, sizes, weight_decay_lambda, seed):
        self.sizes = sizes
        self.weight_decay_lambda = weight_decay_lambda
        rng = np.random.default_rng(seed)
        self.params = {{}}
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
            scale = math.sqrt({scale!r} / n_in)  # {init}'s initial value
            self.params["W" + str(i)] = (scale * rng.standard_normal((n_in, n_out))).astype(np.float64)
            self.params["b" + str(i)] = np.zeros(n_out, dtype=np.float64)
        self.layer_count = len(sizes) - 1

    def forward(self, x):
        hidden = []
        out = x
        for i in range(1, self.layer_count):
            a = np.dot(out, self.params["W" + str(i)]) + self.params["b" + str(i)]
            out = activation(a)
            hidden.append((a, out))
        L = self.layer_count
        y = softmax(np.dot(out, self.params["W" + str(L)]) + self.params["b" + str(L)])
        return hidden, y

    def weight_decay(self):
        if self.weight_decay_lambda == 0:
            return 0.0
        total = sum(float(np.sum(self.params["W" + str(i)] ** 2)) for i in range(1, self.layer_count + 1))
        return 0.5 * self.weight_decay_lambda * total

    def loss(self, x, t):
        return cross_entropy_error(self.forward(x)[1], t) + self.weight_decay()

    def accuracy(self, x, t):
        return float(np.mean(np.argmax(self.forward(x)[1], axis=1) == t))

    def gradient(self, x, t):
        # backpropagation, layer by layer
        hidden, y = self.forward(x)
        batch_size = x.shape[0]
        delta = y.copy()
        delta[np.arange(batch_size), t] -= 1
        delta /= batch_size
        grads = {{}}
        inputs = [x] + [out for _, out in hidden]
        for i in range(self.layer_count, 0, -1):
            W = self.params["W" + str(i)]
            grads["W" + str(i)] = np.dot(inputs[i - 1].T, delta)
            if self.weight_decay_lambda:
                grads["W" + str(i)] += self.weight_decay_lambda * W
            grads["b" + str(i)] = delta.sum(axis=0)
            if i > 1:
                a, out = hidden[i - 2]
                delta = np.dot(delta, W.T) * activation_grad(a, out)
        return grads

'''

TRAINING = '''

# --- training ------------------------------------------------------------------------------------
epochs = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else {epochs}
features = {features!r}
inputs_train = feature_matrix(x_train, features)
inputs_test = feature_matrix(x_test, features) if len(x_test) else None
network = MultiLayerNet([len(features), *{hidden!r}, 2], weight_decay_lambda={decay!r}, seed={seed})
optimizer = {optimizer}(lr={lr!r})
batch_size = {batch_size}  # 0: every update sees the whole training set
rng = np.random.default_rng({seed})  # the mini-batches: each epoch a new shuffle of the points

if "--points" in sys.argv:
    print("x_train =", x_train.tolist())
    print("t_train =", t_train.tolist())
    print("x_test =", x_test.tolist())
    print("t_test =", t_test.tolist())


def losses():
    test = network.loss(inputs_test, t_test) if inputs_test is not None else float("nan")
    return float(network.loss(inputs_train, t_train)), float(test)


train_loss, test_loss = losses()
print("epoch 0: train loss", repr(train_loss), "test loss", repr(test_loss))
epoch, iteration, order = 0, 0, np.empty(0, dtype=int)
with np.errstate(all="ignore"):
    while epoch < epochs:
        if not len(order):
            order = rng.permutation(len(x_train))
        size = len(order) if batch_size == 0 else batch_size
        batch, order = order[:size], order[size:]
        grads = network.gradient(inputs_train[batch], t_train[batch])
        optimizer.update(network.params, grads)
        iteration += 1
        if not all(np.isfinite(p).all() for p in network.params.values()):
            print("diverged at iteration", iteration, "(the learning rate is too large)")
            break
        if not len(order):
            epoch += 1
            train_loss, test_loss = losses()
            print("epoch", epoch, "train loss", repr(train_loss), "test loss", repr(test_loss))

print("iterations =", iteration)
print("train accuracy =", network.accuracy(inputs_train, t_train))
if inputs_test is not None:
    print("test accuracy =", network.accuracy(inputs_test, t_test))
'''

EPOCHS = 100


def script(values, file_name="playground.py"):
    activation, init, scale = ACTIVATIONS[values["activation"]]
    parts = [HEADER.format(file=file_name, epochs=EPOCHS), "\n", DATASETS[values["dataset"]]]
    parts.append(DATA.format(dataset=values["dataset"], n_samples=int(values["n_samples"]),
                             noise=float(values["noise"]), seed=int(values["seed"]),
                             test_ratio=float(values["test_ratio"])))
    if values["added_points"]:
        points = [[float(x0), float(x1), float(t)] for x0, x1, t in values["added_points"]]
        parts.append(ADDED.format(points=points))
    parts.append("\n\n" + activation)
    parts.append(NETWORK.format(activation=values["activation"], scale=scale, init=init))
    parts.append("\n" + OPTIMIZER_CLASSES[values["optimizer"]])
    parts.append(TRAINING.format(epochs=EPOCHS, features=tuple(values["features"]),
                                 hidden=list(values["hidden"]), decay=float(values["weight_decay"]),
                                 seed=int(values["seed"]), optimizer=CLASS_NAMES[values["optimizer"]],
                                 lr=float(values["lr"]), batch_size=int(values["batch_size"])))
    return "".join(parts)
