"""Copy as Python for the loss section: both losses of y and t as the book computes them (4.2).

script(values) takes the scene (gui.sections.loss.scene.capture) and needs no Qt.
"""

from engine.mnist import BUNDLED_DIR

STDS = {"book": 0.01, "wild": 1.0}   # the batch tab's fresh networks

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
    header = HEADER
    if values.get("tab") == "batch":   # reading MNIST's files needs these as well
        header = header.replace("import numpy as np\n",
                                "import gzip\nimport os\nimport sys\n\nimport numpy as np\n")
    lines = [header]
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
        lines.append(_BATCH.format(seed=int(values["seed"]), batch_size=int(values["batch_size"]),
                                   folder=str(BUNDLED_DIR), std=STDS[values["network"]]))
    return "".join(lines)


# 4.2.3-4.2.4: the mini-batch drawn as the book draws it, and its mean cross-entropy under the
# section's fresh TwoLayerNet (784-50-10, sigmoid, weights std * N(0, 1) from seed 0), computed on
# the MNIST files the app reads (or those in the folder given as the first argument).
_BATCH = '''
# 4.2.3 mini-batch learning: {batch_size} of the 60000 training images, drawn at random.
train_size = 60000
batch_size = {batch_size}
np.random.seed({seed})
batch_mask = np.random.choice(train_size, batch_size)
print("batch_mask =", batch_mask.tolist())


def read_idx(path):
    """The array in one of MNIST's gzip'ed IDX files (images (N, 28, 28) or labels (N,))."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax_rows(a):
    a = a - np.max(a, axis=-1, keepdims=True)  # guard against overflow
    e = np.exp(a)
    return e / np.sum(e, axis=-1, keepdims=True)


def batch_cross_entropy_error(y, t):
    # t: labels (the book's 4.2.4 label form)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


def batch_cross_entropy_error_one_hot(y, t):
    # t: one-hot rows
    batch_size = y.shape[0]
    return -np.sum(t * np.log(y + 1e-7)) / batch_size


folder = sys.argv[1] if len(sys.argv) > 1 else {folder!r}
images = os.path.join(folder, "train-images-idx3-ubyte.gz")
if not os.path.exists(images):
    print("No MNIST files in", folder, "- give their folder as the first argument.")
    sys.exit(0)
x_train = read_idx(images).reshape(-1, 784).astype(np.float32)
x_train /= 255.0
t_train = read_idx(os.path.join(folder, "train-labels-idx1-ubyte.gz")).astype(np.intp)
x_batch = x_train[batch_mask]
t_batch = t_train[batch_mask]

# A fresh TwoLayerNet: weight_init_std = {std!r}, seed 0.
weight_init_std = {std!r}
rng = np.random.default_rng(0)
W1 = weight_init_std * rng.standard_normal((784, 50))
b1 = np.zeros(50)
W2 = weight_init_std * rng.standard_normal((50, 10))
b2 = np.zeros(10)
y = np.concatenate([softmax_rows(np.dot(sigmoid(np.dot(x_batch[i:i + 4096], W1) + b1), W2) + b2)
                    for i in range(0, batch_size, 4096)])
t_one_hot = np.zeros((batch_size, 10))
t_one_hot[np.arange(batch_size), t_batch] = 1
print("mean cross_entropy_error (labels) =", repr(float(batch_cross_entropy_error(y, t_batch))))
print("mean cross_entropy_error (one-hot) =", repr(float(batch_cross_entropy_error_one_hot(y, t_one_hot))))
print("batch accuracy =", float(np.mean(np.argmax(y, axis=1) == t_batch)))
'''
