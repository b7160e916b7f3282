"""The training step and the measurements for any MultiLayerNet with any of the book's optimizers.

The book's own run (784-50-10 sigmoid, plain SGD) keeps its fast step
(engine.backprop_step); every other configuration of the training lab goes
through here: one forward pass gives the loss and, by backpropagation, the
gradient, and the optimizer updates the weights in place.
"""
import numpy as np

from engine.labels import as_labels

_EVAL_CHUNK = 512    # rows per block when a whole data set is measured


def deep_step(network, optimizer, x_train, labels):
    """step(batch_mask, lr) -> the mini-batch loss at the weights the gradient used; updates in place."""
    dtype = network.dtype
    optimizer.record_steps = False   # nobody draws a training step's every weight change

    def step(batch_mask, lr):
        optimizer.lr = lr            # the learning rate can change between steps (the lr slider)
        x = x_train[batch_mask]
        if x.dtype != dtype:
            x = x.astype(dtype)
        loss, grads = network.loss_and_gradient(x, labels[batch_mask])
        optimizer.update(network.params, grads)
        return loss
    return step


def _output_blocks(network, x, chunk=_EVAL_CHUNK):
    x = np.asarray(x)
    for start in range(0, x.shape[0], chunk):
        block = x[start:start + chunk]
        if block.dtype != network.dtype:
            block = block.astype(network.dtype)
        yield start, network.predict(block)


def predict_labels(network, x):
    """The predicted class of every row of x, measured in blocks (a whole test set at once would not fit
    in cache)."""
    out = np.empty(np.shape(x)[0], dtype=np.intp)
    for start, y in _output_blocks(network, x):
        out[start:start + len(y)] = y.argmax(axis=1)
    return out


def loss_and_accuracy(network, x, t):
    """(cross-entropy loss with the 1e-7 guard, accuracy) of a whole data set; weight decay not included."""
    t = as_labels(t)
    if len(t) == 0:
        return float("nan"), float("nan")
    total, right = 0.0, 0
    for start, y in _output_blocks(network, x):
        labels = t[start:start + len(y)]
        right += int(np.count_nonzero(y.argmax(axis=1) == labels))
        total += float(-np.log(y[np.arange(len(y)), labels].astype(np.float64) + 1e-7).sum())
    return total / len(t), right / len(t)
