"""Copy as Python for the loss section: both losses of y and t as the book computes them (4.2).

script(values) takes the scene (gui.sections.loss.scene.capture) and needs no Qt.
"""

HEADER = '''"""Deep Learning from Scratch, 4.2: mean squared error and cross-entropy error.

Written by Gradient Lab from its loss-functions section; needs NumPy alone.
"""
import numpy as np


def softmax(a):
    c = np.max(a)
    exp_a = np.exp(a - c)  # guard against overflow
    sum_exp_a = np.sum(exp_a)
    y = exp_a / sum_exp_a
    return y


def mean_squared_error(y, t):
    return 0.5 * np.sum((y - t)**2)


def cross_entropy_error(y, t):
    delta = 1e-7
    return -np.sum(t * np.log(y + delta))


'''


def _vector(numbers):
    return "np.array([" + ", ".join(repr(float(v)) for v in numbers) + "])"


def script(values):
    label = int(values["label"])
    lines = [HEADER]
    lines.append(f"# The correct label is {label}: one-hot t.\n")
    lines.append("t = np.zeros(10)\n")
    lines.append(f"t[{label}] = 1\n")
    if values["mode"] == "logits":
        lines.append("# The network's scores (logits) a; its output is y = softmax(a).\n")
        lines.append(f"a = {_vector(values['logits'])}\n")
        lines.append("y = softmax(a)\n")
    else:
        lines.append("# The network's output y (a probability for each digit).\n")
        lines.append(f"y = {_vector(values['y'])}\n")
    lines.append('\nnp.set_printoptions(precision=4, suppress=True)\n')
    lines.append('print("y =", y)\n')
    lines.append('print("t =", t)\n')
    # repr: every digit of the float64, as the app's "float64:" line shows it.
    lines.append('print("mean_squared_error =", repr(float(mean_squared_error(y, t))))\n')
    lines.append('print("cross_entropy_error =", repr(float(cross_entropy_error(y, t))))\n')
    if values.get("tab") == "batch":
        lines.append(_BATCH.format(seed=int(values["seed"]), batch_size=int(values["batch_size"])))
    return "".join(lines)


# 4.2.3: the mini-batch's indices, drawn as the book draws them (MNIST itself is not read here).
_BATCH = '''
# 4.2.3 mini-batch learning: {batch_size} of the 60000 training images, drawn at random.
train_size = 60000
batch_size = {batch_size}
np.random.seed({seed})
batch_mask = np.random.choice(train_size, batch_size)
print("batch_mask =", batch_mask.tolist())
# With the MNIST data loaded as in the book (load_mnist), the batch is
#     x_batch = x_train[batch_mask]
#     t_batch = t_train[batch_mask]
'''
