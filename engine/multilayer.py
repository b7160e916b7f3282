"""The book's MultiLayerNet (6.2–6.4): any number of hidden layers, four activations,
the three initial scales, and weight decay.

x → [Affine(Wi, bi) → activation] for each hidden layer → Affine(WL, bL) → softmax
→ cross-entropy (with the book's 1e-7 guard) + ½ λ Σ‖W‖². Backpropagation is
written out layer by layer; numerical_gradient checks it the book's way.
"""
import math

import numpy as np

from engine.functions import sigmoid, softmax
from engine.gradient import numerical_gradient as _numerical_gradient
from engine.labels import as_labels
from engine.losses import cross_entropy_error
from engine.messages import Message

MAX_HIDDEN_LAYERS = 10
MAX_WIDTH = 1000


def _relu_grad(a, out):
    return (a > 0).astype(a.dtype)


def _sigmoid_grad(a, out):
    return out * (1.0 - out)


def _tanh_grad(a, out):
    return 1.0 - out * out


# name → (function, derivative given the input a and the output out)
ACTIVATIONS = {
    "sigmoid": (sigmoid, _sigmoid_grad),
    "relu": (lambda a: np.maximum(a, 0), _relu_grad),
    "tanh": (np.tanh, _tanh_grad),
    "identity": (lambda a: a, lambda a, out: np.ones_like(a)),
}
# The named initial scales: He's √(2/n) suits ReLU, Xavier's √(1/n) suits sigmoid and tanh.
INIT_SCALES = {"relu": 2.0, "he": 2.0, "sigmoid": 1.0, "xavier": 1.0}


def init_scale(weight_init_std, n_inputs):
    """The standard deviation of a layer's initial weights, n_inputs the number of inputs it gets."""
    if isinstance(weight_init_std, str):
        try:
            return math.sqrt(INIT_SCALES[weight_init_std.lower()] / n_inputs)
        except KeyError:
            raise ValueError(Message("Unknown initialisation {name!r}; use a number or one of: {names}",
                                     name=weight_init_std, names=", ".join(INIT_SCALES))) from None
    std = float(weight_init_std)
    if not (math.isfinite(std) and std > 0):
        raise ValueError(Message("The initial weight scale must be a finite number above 0 (got {value})",
                                 value=weight_init_std))
    return std


def check_layers(input_size, hidden_size_list, output_size):
    """Refuse sizes nobody can train here, with a sentence saying the limit."""
    if len(hidden_size_list) > MAX_HIDDEN_LAYERS:
        raise ValueError(Message("{count} hidden layers is too many; use at most {limit}",
                                 count=len(hidden_size_list), limit=MAX_HIDDEN_LAYERS))
    for width in (input_size, *hidden_size_list, output_size):
        if not (isinstance(width, (int, np.integer)) and 1 <= width):
            raise ValueError(Message("A layer needs a whole number of neurons, at least 1 (got {value})",
                                     value=width))
    for width in hidden_size_list:
        if width > MAX_WIDTH:
            raise ValueError(Message("A hidden layer of {width} neurons is too wide; use at most {limit}",
                                     width=width, limit=MAX_WIDTH))


class MultiLayerNet:
    """A fully connected network with softmax output; parameters W1 b1 … WL bL."""

    def __init__(self, input_size, hidden_size_list, output_size, activation="relu",
                 weight_init_std="relu", weight_decay_lambda=0.0, seed=None, dtype="float64"):
        hidden_size_list = list(hidden_size_list)
        check_layers(input_size, hidden_size_list, output_size)
        if activation not in ACTIVATIONS:
            raise ValueError(Message("Unknown activation {name!r}; choose one of: {names}",
                                     name=activation, names=", ".join(ACTIVATIONS)))
        decay = float(weight_decay_lambda)
        if not (math.isfinite(decay) and decay >= 0):
            raise ValueError(Message("Weight decay λ must be a finite number ≥ 0 (got {value})",
                                     value=weight_decay_lambda))
        self.sizes = [input_size, *hidden_size_list, output_size]
        self.activation = activation
        self.weight_decay_lambda = decay
        self.dtype = np.dtype(dtype)
        rng = np.random.default_rng(seed)
        self.params = {}
        for i, (n_in, n_out) in enumerate(zip(self.sizes[:-1], self.sizes[1:]), start=1):
            scale = init_scale(weight_init_std, n_in)
            self.params[f"W{i}"] = (scale * rng.standard_normal((n_in, n_out))).astype(self.dtype)
            self.params[f"b{i}"] = np.zeros(n_out, dtype=self.dtype)

    @property
    def layer_count(self):
        """L, the number of Affine layers (hidden layers + 1)."""
        return len(self.sizes) - 1

    def forward(self, x):
        """[(a, out) for each hidden layer] and the softmax output y, kept for backprop and for drawing."""
        function, _ = ACTIVATIONS[self.activation]
        hidden = []
        out = x
        for i in range(1, self.layer_count):
            a = np.dot(out, self.params[f"W{i}"]) + self.params[f"b{i}"]
            out = function(a)
            hidden.append((a, out))
        L = self.layer_count
        y = softmax(np.dot(out, self.params[f"W{L}"]) + self.params[f"b{L}"])
        return hidden, y

    def activations(self, x):
        """Each hidden layer's output for x (the figures 6-10 … 6-14 histogram these)."""
        return [out for _, out in self.forward(x)[0]]

    def predict(self, x):
        """Softmax probabilities y (N, output_size) for x (N, input_size)."""
        return self.forward(x)[1]

    def weight_decay(self):
        """½ λ Σ‖W‖² over every weight matrix (the biases are not decayed, as in the book)."""
        if self.weight_decay_lambda == 0:
            return 0.0
        total = sum(float(np.sum(self.params[f"W{i}"] ** 2)) for i in range(1, self.layer_count + 1))
        return 0.5 * self.weight_decay_lambda * total

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t) + self.weight_decay()

    def accuracy(self, x, t):
        return float(np.mean(np.argmax(self.predict(x), axis=1) == as_labels(t)))

    def gradient(self, x, t):
        """Backpropagation: the exact gradient of loss(x, t) for every parameter (λW included)."""
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(self, x, t):
        """(loss(x, t), gradient(x, t)) from one forward pass: what a training step needs."""
        _, derivative = ACTIVATIONS[self.activation]
        hidden, y = self.forward(x)
        labels = as_labels(t)
        batch_size = x.shape[0]
        loss = cross_entropy_error(y, labels) + self.weight_decay()
        # d(mean cross-entropy)/d(logits) = (y − onehot(t)) / N
        delta = y.copy()
        delta[np.arange(batch_size), labels] -= 1
        delta /= batch_size
        grads = {}
        inputs = [x] + [out for _, out in hidden]
        for i in range(self.layer_count, 0, -1):
            W = self.params[f"W{i}"]
            grads[f"W{i}"] = np.dot(inputs[i - 1].T, delta)
            if self.weight_decay_lambda:
                grads[f"W{i}"] += self.weight_decay_lambda * W
            grads[f"b{i}"] = delta.sum(axis=0)
            if i > 1:
                a, out = hidden[i - 2]
                delta = np.dot(delta, W.T) * derivative(a, out)
        return float(loss), {key: grads[key] for key in self.params}

    def numerical_gradient(self, x, t):
        """Central differences (h = 1e-4) of the loss for every parameter, the book's loop."""
        loss_W = lambda W: self.loss(x, t)  # noqa: E731 - the book's idiom
        return {key: _numerical_gradient(loss_W, self.params[key]) for key in self.params}
