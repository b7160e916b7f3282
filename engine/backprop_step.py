"""One SGD iteration of TwoLayerNet by backprop (section 4.5), in two implementations.

Both do the book's iteration with fewer operations: inputs in the network's
dtype from the start, preallocated buffers, no gradient for the input, and
only the pixels that are non-zero in an image (a zero pixel contributes
exactly 0 to x @ W1 and to dW1 = x.T @ da1, so its row of W1 cannot change).
NumpyBackpropStep is plain NumPy; CompiledBackpropStep moves the small work
between the large products into compiled loops (engine.kernels, numba).
"""
import numpy as np

from engine.losses import DELTA
from engine.networks import PARAM_KEYS


class NumpyBackpropStep:
    """One SGD iteration for TwoLayerNet in NumPy: forward, loss, backward, update.

    The loss reported is the mini-batch's loss in the forward pass that the
    gradient comes from (the weights before this update). The book recomputes
    it with a second forward pass after the update; that pass is a third of
    the step's matrix work and changes nothing the network learns.
    Used where numba is missing; CompiledBackpropStep is the same step faster.
    """

    def __init__(self, network, x_train, labels, batch_size):
        self.network = network
        self.x_train, self.labels = x_train, labels
        self.dtype = dtype = network.params["W1"].dtype
        n_pixels, hidden = network.params["W1"].shape
        n_classes = network.params["W2"].shape[1]
        # One bit per pixel (is it non-zero in this image?), packed into 64-bit
        # words: OR-ing a batch's rows gives its non-zero pixels in microseconds.
        bits = np.packbits(x_train != 0, axis=1)
        words = np.zeros((bits.shape[0], -(-bits.shape[1] // 8) * 8), dtype=np.uint8)
        words[:, :bits.shape[1]] = bits
        self.nonzero_words = words.view(np.uint64)
        self.n_pixels = n_pixels
        # Buffers reused every step: fresh arrays of these sizes cost page faults
        # and allocator calls that take as long as the arithmetic.
        self.rows = np.empty((batch_size, n_pixels), dtype=x_train.dtype)
        self.picked = np.empty(batch_size * n_pixels, dtype=x_train.dtype)
        self.x = np.empty(batch_size * n_pixels, dtype=dtype)
        self.w1 = np.empty(n_pixels * hidden, dtype=dtype)
        self.dW1 = np.empty(n_pixels * hidden, dtype=dtype)
        self.a1 = np.empty((batch_size, hidden), dtype=dtype)
        self.a2 = np.empty((batch_size, n_classes), dtype=dtype)
        self.tmp = np.empty((batch_size, hidden), dtype=dtype)
        self.batch_rows = np.arange(batch_size)

    def __call__(self, batch_mask, lr):
        # read params each step: a consumer may have put new arrays (same shapes) in place
        W1, b1, W2, b2 = (self.network.params[k] for k in PARAM_KEYS)
        lr = self.dtype.type(lr)
        n, hidden = batch_mask.size, W1.shape[1]
        labels = self.labels[batch_mask]
        rows = self.batch_rows
        used = np.bitwise_or.reduce(self.nonzero_words[batch_mask], axis=0)
        cols = np.flatnonzero(np.unpackbits(used.view(np.uint8), count=self.n_pixels))
        m = cols.size
        # x (N, pixels used) in the network's dtype; float32 pixels convert exactly
        np.take(self.x_train, batch_mask, axis=0, out=self.rows, mode="clip")
        x = self.x[:n * m].reshape(n, m)
        if self.rows.dtype == self.dtype:
            np.take(self.rows, cols, axis=1, out=x, mode="clip")
        else:
            picked = self.picked[:n * m].reshape(n, m)
            np.copyto(x, np.take(self.rows, cols, axis=1, out=picked, mode="clip"))
        w1 = np.take(W1, cols, axis=0, out=self.w1[:m * hidden].reshape(m, hidden), mode="clip")
        z1, e, s = self._forward(x, w1, b1, W2, b2)
        # cross-entropy of this batch (with the book's 1e-7): only y[n, t_n] is needed
        loss = float(-np.sum(np.log(e[rows, labels] / s + DELTA)) / n)
        # backward: dL/da2 = (softmax - onehot(t)) / N, as the book's gradient()
        dy = np.divide(e, s[:, None], out=e)
        dy[rows, labels] -= 1
        dy /= n
        dW2 = np.dot(z1.T, dy)
        db2 = dy.sum(axis=0)
        da1 = np.dot(dy, W2.T)
        da1 *= z1
        da1 *= np.subtract(1, z1, out=self.tmp)               # sigmoid'(a1) = z1 (1 - z1)
        dW1 = np.dot(x.T, da1, out=self.dW1[:m * hidden].reshape(m, hidden))
        db1 = da1.sum(axis=0)
        # update: param -= lr * grad, as the book
        dW1 *= lr
        w1 -= dW1
        W1[cols] = w1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
        return loss

    def _forward(self, x, w1, b1, W2, b2):
        """z1 = sigmoid(x w1 + b1) and the softmax of z1 W2 + b2 as numerators e and sums s."""
        a1 = np.dot(x, w1, out=self.a1)
        # exp(-(a1 + b1)) computed as exp((-b1) - a1): the same bits, one pass fewer
        np.subtract(-b1, a1, out=a1)
        np.exp(a1, out=a1)
        a1 += 1
        z1 = np.reciprocal(a1, out=a1)
        a2 = np.dot(z1, W2, out=self.a2)
        a2 += b2
        a2 -= a2.max(axis=1, keepdims=True)
        np.exp(a2, out=a2)
        return z1, a2, a2.sum(axis=1)


class CompiledBackpropStep:
    """The same SGD iteration as NumpyBackpropStep, its small loops compiled (engine.kernels).

    Per step: gather the batch's non-zero pixels (x, with a ones column for b1),
    a1 = x w1 and dW1 = x.T da1 in BLAS, the sigmoid as three NumPy passes
    (NumPy's exp is vectorised, a compiled scalar exp is not), the three
    50 x 10 products in BLAS, and everything else in five compiled loops.
    """

    def __init__(self, network, x_train, labels, batch_size, common_share=None):
        from engine import kernels
        self.kernels = kernels
        self.network = network
        self.labels = labels
        self.dtype = dtype = network.params["W1"].dtype
        if common_share is None:
            # A pixel goes through BLAS when it is non-zero in at least this share of
            # the images: a BLAS column costs batch_size * hidden multiply-adds, a
            # sparse entry hidden, at about a fifth of BLAS's speed per multiply-add
            # (measured in float64; float32 BLAS is twice as fast, so fewer pixels
            # are worth the loop). 343 of MNIST's 784 pixels in float32, 285 in float64.
            common_share = 0.2 if dtype == np.float64 else 0.1
        self.pixels = kernels.PixelRows(x_train, common_share)
        hidden = network.params["W1"].shape[1]
        n_classes = network.params["W2"].shape[1]
        m = self.pixels.cols.size
        # at most batch_size images, each with its longest row of pixels (a batch may repeat an image)
        most = batch_size * int(np.diff(self.pixels.indptr).max(initial=0))
        self.rare_row = np.empty(most, dtype=np.int64)
        self.rare_col = np.empty(most, dtype=np.int64)
        self.rare_value = np.empty(most, dtype=dtype)
        self.x = np.empty((batch_size, m + 1), dtype=dtype)
        self.w1 = np.empty((m + 1, hidden), dtype=dtype)
        self.dW1 = np.empty((m + 1, hidden), dtype=dtype)
        # the kernels index them flat (views, no copies)
        self.x_flat, self.w1_flat, self.dW1_flat = (a.reshape(-1) for a in (self.x, self.w1, self.dW1))
        self.a1 = np.empty((batch_size, hidden), dtype=dtype)
        self.a2 = np.empty((batch_size, n_classes), dtype=dtype)
        self.da1 = np.empty((batch_size, hidden), dtype=dtype)
        self.dW2 = np.empty((hidden, n_classes), dtype=dtype)
        self.delta = dtype.type(DELTA)

    def __call__(self, batch_mask, lr):
        W1, b1, W2, b2 = (self.network.params[k] for k in PARAM_KEYS)
        k, p = self.kernels, self.pixels
        rare = self.rare_row, self.rare_col, self.rare_value
        lr = self.dtype.type(lr)
        n_rare, _ = k.gather_batch(p.indptr, p.split, p.indices, p.values, p.cols, batch_mask,
                                   W1, b1, self.x_flat, self.w1_flat, *rare)
        x = self.x
        # forward: z1 = 1 / (1 + exp(-(x W1 + b1))), the product giving -(x W1 + b1) directly
        a1 = np.dot(x, self.w1, out=self.a1)
        k.subtract_rare_pixels(a1, W1, *rare, n_rare)
        np.exp(a1, out=a1)
        a1 += 1
        z1 = np.reciprocal(a1, out=a1)
        dy = np.dot(z1, W2, out=self.a2)
        loss = float(k.softmax_cross_entropy(dy, b2, self.labels[batch_mask], self.delta))
        # backward, then the book's update param -= lr * grad
        da1 = np.dot(dy, W2.T, out=self.da1)
        dW2 = np.dot(z1.T, dy, out=self.dW2)
        k.hidden_grad_and_output_update(da1, z1, dy, W2, b2, dW2, lr)
        np.dot(x.T, da1, out=self.dW1)
        k.update_common_and_rare_rows(W1, b1, p.cols, self.dW1_flat, lr, da1, *rare, n_rare)
        return loss


def backprop_step(network, x_train, labels, batch_size):
    """The compiled step where numba is installed, else the NumPy one."""
    from engine import kernels
    step = CompiledBackpropStep if kernels.AVAILABLE else NumpyBackpropStep
    return step(network, x_train, labels, batch_size)
