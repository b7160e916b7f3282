"""Copy as Python for the training section: the configured run as the book's train_neuralnet.py.

script(values) takes the training scene's values (TrainConfig's field names, plus
"speed" and "smooth", which a script has no use for) and returns a standalone script
(NumPy only) that reads MNIST from the app's copy (or a folder given as its first
argument), builds the same network with the same seeded initial weights, draws the
same mini-batches as the app (np.random.default_rng([seed, 1]), CHOICE_AHEAD batches
at a time, or a fresh permutation per pass) and prints the accuracies at every
epoch's end. No Qt here.
"""
from engine.mnist import BUNDLED_DIR, FILES
from engine.training import CHOICE_AHEAD
from gui.kit.script_parts import CLASS_NAMES, OPTIMIZER_CLASSES

HEADER = '''\
# Training from "Deep Learning from Scratch", 4.5 (train_neuralnet.py){beyond}, with the
# settings of Gradient Lab's training section. Needs NumPy only:
#     python3 this_file.py [MNIST folder]
# The folder holds the four original MNIST files; without one, the app's own copy is read.
import gzip
import math
import sys
from pathlib import Path

import numpy as np

MNIST_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path({folder!r})


def read_idx(name, header_bytes):
    """The bytes of an MNIST file after its IDX header (16 bytes for images, 8 for labels)."""
    with gzip.open(MNIST_DIR / name, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header_bytes)


def load_mnist():
    """((x_train, t_train), (x_test, t_test)): pixels as float32 / 255 (normalize=True), labels 0-9."""
    x_train = read_idx({train_img!r}, 16).reshape(-1, 784).astype(np.float32)
    x_train /= 255.0
    x_test = read_idx({test_img!r}, 16).reshape(-1, 784).astype(np.float32)
    x_test /= 255.0
    t_train = read_idx({train_label!r}, 8).astype(np.int64)
    t_test = read_idx({test_label!r}, 8).astype(np.int64)
    return (x_train, t_train), (x_test, t_test)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)   # guard against overflow
    e = np.exp(x)
    return e / np.sum(e, axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    """t: the correct labels (not one-hot)."""
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size

'''

TWO_LAYER_NET = '''
class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std, seed, dtype):
        # the app's seeded generator (the book draws with np.random.randn)
        rng = np.random.default_rng(seed)
        self.params = {{}}
        self.params["W1"] = (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype)
        self.params["b1"] = np.zeros(hidden_size, dtype=dtype)
        self.params["W2"] = (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype)
        self.params["b2"] = np.zeros(output_size, dtype=dtype)

    def predict(self, x):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        return softmax(a2)

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return np.sum(y == t) / float(x.shape[0])
{gradient}'''

BACKPROP = '''
    def gradient(self, x, t):
        """Backpropagation (5.7.2): the loss of this batch and its gradient."""
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        batch_num = x.shape[0]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        y = softmax(np.dot(z1, W2) + b2)
        loss = cross_entropy_error(y, t)
        dy = y.copy()
        dy[np.arange(batch_num), t] -= 1     # y - t with t one-hot
        dy /= batch_num
        grads = {{}}
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = sigmoid(a1) * (1.0 - sigmoid(a1)) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return loss, grads

'''

NUMERICAL = '''
    def gradient(self, x, t):
        """The book's numerical gradient (4.5.1): two forward passes of the batch per weight, so
        784-50-10 takes tens of seconds per iteration (the app computes the same differences
        vectorised)."""
        loss = self.loss(x, t)
        loss_W = lambda W: self.loss(x, t)
        grads = {{key: numerical_gradient(loss_W, self.params[key]) for key in ("W1", "b1", "W2", "b2")}}
        return loss, grads


def numerical_gradient(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)  # f(x+h)
        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val  # restore the value
        it.iternext()
    return grad
'''

MULTI_LAYER_NET = '''
ACTIVATIONS = {{
    # name: (function, its derivative from the input a and the output out)
    "sigmoid": (sigmoid, lambda a, out: out * (1.0 - out)),
    "relu": (lambda a: np.maximum(a, 0), lambda a, out: (a > 0).astype(a.dtype)),
    "tanh": (np.tanh, lambda a, out: 1.0 - out * out),
    "identity": (lambda a: a, lambda a, out: np.ones_like(a)),
}}


class MultiLayerNet:
    """6.2–6.4: Affine -> activation per hidden layer, Affine -> softmax; weight decay ½ λ ΣW²."""

    def __init__(self, input_size, hidden_size_list, output_size, activation, weight_init_std,
                 weight_decay_lambda, seed, dtype):
        self.sizes = [input_size] + hidden_size_list + [output_size]
        self.activation = activation
        self.weight_decay_lambda = weight_decay_lambda
        rng = np.random.default_rng(seed)
        self.params = {{}}
        for i in range(1, len(self.sizes)):
            n_in, n_out = self.sizes[i - 1], self.sizes[i]
            if weight_init_std in ("relu", "he"):
                scale = math.sqrt(2.0 / n_in)      # He
            elif weight_init_std in ("sigmoid", "xavier"):
                scale = math.sqrt(1.0 / n_in)      # Xavier
            else:
                scale = weight_init_std
            self.params["W" + str(i)] = (scale * rng.standard_normal((n_in, n_out))).astype(dtype)
            self.params["b" + str(i)] = np.zeros(n_out, dtype=dtype)
        self.layers = len(self.sizes) - 1

    def forward(self, x):
        function = ACTIVATIONS[self.activation][0]
        hidden, out = [], x
        for i in range(1, self.layers):
            a = np.dot(out, self.params["W" + str(i)]) + self.params["b" + str(i)]
            out = function(a)
            hidden.append((a, out))
        L = str(self.layers)
        return hidden, softmax(np.dot(out, self.params["W" + L]) + self.params["b" + L])

    def predict(self, x):
        return self.forward(x)[1]

    def accuracy(self, x, t):
        y = np.argmax(self.predict(x), axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        """Backpropagation: the loss of this batch (weight decay included) and its gradient."""
        derivative = ACTIVATIONS[self.activation][1]
        hidden, y = self.forward(x)
        batch_size = x.shape[0]
        loss = cross_entropy_error(y, t)
        if self.weight_decay_lambda:
            total = sum(float(np.sum(self.params["W" + str(i)] ** 2)) for i in range(1, self.layers + 1))
            loss = loss + 0.5 * self.weight_decay_lambda * total
        delta = y.copy()
        delta[np.arange(batch_size), t] -= 1
        delta /= batch_size
        grads = {{}}
        inputs = [x] + [out for a, out in hidden]
        for i in range(self.layers, 0, -1):
            W = self.params["W" + str(i)]
            grads["W" + str(i)] = np.dot(inputs[i - 1].T, delta)
            if self.weight_decay_lambda:
                grads["W" + str(i)] += self.weight_decay_lambda * W
            grads["b" + str(i)] = delta.sum(axis=0)
            if i > 1:
                a, out = hidden[i - 2]
                delta = np.dot(delta, W.T) * derivative(a, out)
        return loss, grads

'''

LOOP = '''
(x_train, t_train), (x_test, t_test) = load_mnist()
x_train, t_train = x_train[:{train_size}], t_train[:{train_size}]

iters_num = {iters_num}
batch_size = {batch_size}
learning_rate = {learning_rate!r}
dtype = np.{dtype}
{network}
{optimizer}
# The app's mini-batch stream, separate from the weights' (which use the seed alone)
rng = np.random.default_rng([{seed}, 1])
train_size = x_train.shape[0]
iter_per_epoch = max(train_size / batch_size, 1)
{sampling}
for i in range(iters_num):
    batch_mask = next_batch()
    x_batch = x_train[batch_mask].astype(dtype)
    t_batch = t_train[batch_mask]
    loss, grad = network.gradient(x_batch, t_batch)     # the loss at the weights the gradient used
{update}
    if int((i + 1) // iter_per_epoch) > int(i // iter_per_epoch):     # an epoch has ended
        train_acc = network.accuracy(x_train, t_train)
        test_acc = network.accuracy(x_test, t_test)
        print("epoch", int((i + 1) // iter_per_epoch), "iteration", i + 1,
              "| train acc =", repr(float(train_acc)), "| test acc =", repr(float(test_acc)),
              "| loss =", repr(float(loss)))
'''

CHOICE = f'''drawn = []


def next_batch():
    """With replacement, like the book's np.random.choice: the app draws {CHOICE_AHEAD} batches at a time."""
    global drawn
    if not drawn:
        drawn = list(rng.integers(0, train_size, size=({CHOICE_AHEAD}, batch_size)))
    return drawn.pop(0)

'''

SHUFFLE = '''order, position = None, 0


def next_batch():
    """A fresh permutation of the training images for every pass through them."""
    global order, position
    if order is None or position + batch_size > train_size:
        order, position = rng.permutation(train_size), 0
    position += batch_size
    return order[position - batch_size:position]

'''


def _is_book_network(values):
    """As TrainConfig.is_book_network: 784-50-10 sigmoid, plain SGD, a numeric initial scale."""
    return (values["hidden_layers"] == 1 and values["activation"] == "sigmoid"
            and values["optimizer"] == "sgd" and values["weight_decay"] == 0
            and not isinstance(values["weight_init_std"], str))


def script(values):
    """The standalone script for values (a captured training scene)."""
    book = _is_book_network(values)
    std = values["weight_init_std"]
    std = std.lower() if isinstance(std, str) else float(std)
    names = {key: FILES[key][0] for key in FILES}
    text = HEADER.format(folder=str(BUNDLED_DIR), beyond="" if book else " and 6.1–6.4", **names)
    if book:
        gradient = BACKPROP if values["gradient"] == "backprop" else NUMERICAL
        text += TWO_LAYER_NET.format(gradient=gradient.format())
        network = (f"network = TwoLayerNet(784, {int(values['hidden_size'])}, 10, "
                   f"weight_init_std={std!r}, seed={int(values['seed'])}, dtype=dtype)")
        optimizer = ""
        update = ('    for key in ("W1", "b1", "W2", "b2"):\n'
                  '        network.params[key] -= dtype(learning_rate) * grad[key]')
    else:
        name = values["optimizer"]
        text += MULTI_LAYER_NET.format() + "\n\n" + OPTIMIZER_CLASSES[name]
        hidden = f"[{int(values['hidden_size'])}] * {int(values['hidden_layers'])}"
        network = (f"network = MultiLayerNet(784, {hidden}, 10, activation={values['activation']!r},\n"
                   f"                        weight_init_std={std!r}, "
                   f"weight_decay_lambda={float(values['weight_decay'])!r},\n"
                   f"                        seed={int(values['seed'])}, dtype=dtype)")
        settings = "".join(f", {key}={float(v)!r}" for key, v in dict(values["optimizer_params"]).items())
        optimizer = f"optimizer = {CLASS_NAMES[name]}(lr=learning_rate{settings})\n"
        update = "    optimizer.update(network.params, grad)"
    text += LOOP.format(train_size=int(values["train_size"]), iters_num=int(values["iters_num"]),
                        batch_size=int(values["batch_size"]), learning_rate=float(values["learning_rate"]),
                        dtype=values["dtype"], network=network, optimizer=optimizer, seed=int(values["seed"]),
                        sampling=CHOICE if values["sampling"] == "choice" else SHUFFLE, update=update)
    return text
