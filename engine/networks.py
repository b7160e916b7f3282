"""The chapter's networks: simpleNet (4.4.2) and the two-layer net of 4.5."""
import numpy as np

from engine.functions import sigmoid, sigmoid_grad, softmax
from engine.gradient import numerical_gradient as _numerical_gradient
from engine.labels import as_labels
from engine.losses import cross_entropy_error

# The weights the book printed for simpleNet (it drew them with np.random.randn(2, 3)).
BOOK_W = np.array([[0.47355232, 0.9977393, 0.84668094],
                   [0.85557411, 0.03563661, 0.69422093]])
BOOK_X = np.array([0.6, 0.9])
BOOK_T = np.array([0, 0, 1])
# TwoLayerNet's parameters, in the book's order.
PARAM_KEYS = ("W1", "b1", "W2", "b2")


class SimpleNet:
    """x (2,) -> p = x @ W (3,) -> softmax -> cross-entropy; W is (2, 3)."""

    def __init__(self, W=None):
        self.W = BOOK_W.copy() if W is None else np.array(W, dtype=np.float64)

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        y = softmax(self.predict(x))
        return cross_entropy_error(y, t)

    def numerical_gradient(self, x, t):
        """dL/dW by central differences, exactly as the book: perturbs self.W in place."""
        return _numerical_gradient(lambda W: self.loss(x, t), self.W)


class TwoLayerNet:
    """x -> Affine(W1, b1) -> sigmoid -> Affine(W2, b2) -> softmax -> cross-entropy."""

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01,
                 seed=None, dtype=np.float64):
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype),
            "b1": np.zeros(hidden_size, dtype=dtype),
            "W2": (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype),
            "b2": np.zeros(output_size, dtype=dtype),
        }

    @classmethod
    def from_params(cls, params):
        """A network holding copies of params (W1 b1 W2 b2), its sizes and dtype read from them."""
        W1, W2 = params["W1"], params["W2"]
        network = cls(W1.shape[0], W1.shape[1], W2.shape[1], dtype=W1.dtype)
        network.params = {k: np.array(params[k], copy=True) for k in PARAM_KEYS}
        return network

    def predict(self, x):
        """Softmax probabilities y (N, output_size) for x (N, input_size)."""
        W1, b1, W2, b2 = (self.params[k] for k in PARAM_KEYS)
        z1 = sigmoid(np.dot(x, W1) + b1)
        return softmax(np.dot(z1, W2) + b2)

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        y = self.predict(x)
        return float(np.mean(np.argmax(y, axis=1) == as_labels(t)))

    def gradient(self, x, t):
        """Backpropagation: the exact gradients of the loss, same keys as params."""
        W1, b1, W2, b2 = (self.params[k] for k in PARAM_KEYS)
        batch_size = x.shape[0]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        y = softmax(np.dot(z1, W2) + b2)
        # d(mean cross-entropy)/d(logits) = (y - onehot(t)) / N
        dy = y.copy()
        dy[np.arange(batch_size), as_labels(t)] -= 1
        dy /= batch_size
        da1 = np.dot(dy, W2.T) * sigmoid_grad(a1)
        return {"W1": np.dot(x.T, da1), "b1": da1.sum(axis=0),
                "W2": np.dot(z1.T, dy), "b2": dy.sum(axis=0)}

    def numerical_gradient(self, x, t, method="fast"):
        """Central differences (h = 1e-4) of the loss for every parameter.

        method="loop" is the book's element-by-element loop: 2 forward passes
        per weight, kept for teaching and as the reference. method="fast"
        computes the same differences vectorised (engine.fast_gradient).
        """
        if method == "loop":
            loss_W = lambda W: self.loss(x, t)  # noqa: E731 - the book's idiom
            return {k: _numerical_gradient(loss_W, self.params[k]) for k in PARAM_KEYS}
        if method == "fast":
            from engine.fast_gradient import two_layer_numerical_gradient
            return two_layer_numerical_gradient(self.params, x, t)
        raise ValueError(f"method must be 'fast' or 'loop', not {method!r}")


# The book's multi-layer net of 6.2–6.4, for what follows the chapter; written in its own module.
from engine.multilayer import MultiLayerNet  # noqa: E402,F401
