"""Copy as Python for the network section: the book's simpleNet (4.4.2) with the scene's W, x, t.

script(values) takes the values of scene.capture() and returns a standalone
script (NumPy only) that prints p, argmax(p), the loss, dW and the nudge of the
chosen weight, every number with all its digits. No Qt here, so it is testable
without a window.
"""

TEMPLATE = '''\
# simpleNet from "Deep Learning from Scratch", 4.4.2, with the values of Gradient Lab's
# network section. Needs NumPy only: python3 this_file.py
import numpy as np

np.set_printoptions(floatmode="unique")   # every digit, as the app keeps them


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)   # guard against overflow
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    # a one-hot t becomes the index of its correct class
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


def numerical_gradient(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)  # f(x+h)
        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val  # restore the value
        it.iternext()
    return grad


class simpleNet:
    def __init__(self):
        self.W = np.array({W})

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        z = self.predict(x)
        y = softmax(z)
        loss = cross_entropy_error(y, t)
        return loss


net = simpleNet()
print("W =", net.W)

x = np.array({x})
p = net.predict(x)
print("p =", p)
print("argmax(p) =", np.argmax(p))

t = np.array({t})  # the correct label
print("loss =", repr(float(net.loss(x, t))))


def f(W):
    return net.loss(x, t)


dW = numerical_gradient(f, net.W)
print("dW =", dW)

# Nudge one weight: the real change of the loss against the first-order prediction dW * delta
i, j, delta = {i}, {j}, {delta}
before = net.loss(x, t)
W = net.W.copy()
net.W[i, j] += delta
after = net.loss(x, t)
net.W = W
print("nudge w{name} by", delta)
print("L(W + delta) =", repr(float(after)))
print("actual change =", repr(float(after - before)))
print("dW * delta =", repr(float(dW[i, j] * delta)))
'''


def _matrix(rows):
    return "[" + ",\n                           ".join(
        "[" + ", ".join(repr(float(v)) for v in row) + "]" for row in rows) + "]"


def script(values):
    """The standalone script for values (a captured network scene)."""
    t = [0, 0, 0]
    t[int(values["t"])] = 1
    name = str(values["weight"])
    i, j = int(name[1]) - 1, int(name[2]) - 1
    x = "[" + ", ".join(repr(float(v)) for v in values["x"]) + "]"
    return TEMPLATE.format(W=_matrix(values["W"]), x=x, t=t, i=i, j=j,
                           delta=repr(float(values["delta"])), name=f"{i + 1}{j + 1}")
