"""simpleNet (4.4.2) played with: vectorised losses, nudge curves and gradient steps on W.

Shapes follow the book: x (2,), W (2, 3), p = x @ W (3,), t one-hot (3,) or a
label. Everything here is pure NumPy and never changes the arrays it is given.
"""
from dataclasses import dataclass

import numpy as np

from engine.functions import softmax
from engine.labels import label_of
from engine.losses import DELTA
from engine.messages import Message

# What the book printed for simpleNet (computed there without the 1e-7 guard in
# the log, so this app's values differ from them by ~1e-7).
BOOK_P = np.array([1.05414809, 0.63071653, 1.1328074])
BOOK_LOSS = 0.92806853663411326
BOOK_DW = np.array([[0.21924763, 0.14356247, -0.36281009],
                    [0.32887144, 0.2153437, -0.54421514]])

MAX_STEPS = 2000  # more steps are capped: computed at once in the GUI thread (~0.1 s)
# The learning rates a step can use. Below 1e-12, lr·dW vanishes against W's rounding
# (W never moves); from lr ≈ 10 one step already drives y of the correct class to
# exactly 1, and beyond 1000 nothing new can be seen, only a bigger jump.
LR_MIN, LR_MAX = 1e-12, 1e3
STALL_GRAD = 1e-12  # |dW| below this everywhere: the loss has flattened out


class BadInput(ValueError):
    """W, x, lr or a step count the demos cannot use; the message says what to change."""


def losses(Ws, x, t):
    """Cross-entropy of simpleNet for a stack of weights Ws (..., 2, 3) -> (...)."""
    Ws = np.asarray(Ws, dtype=np.float64)
    p = np.einsum("i,...ij->...j", np.asarray(x, dtype=np.float64), Ws)
    y = softmax(p)
    # The same 1e-7 guard as engine.losses.cross_entropy_error: y_t = 0 gives 16.1, not inf.
    return -np.log(y[..., label_of(t)] + DELTA)


def forward(W, x, t):
    """p (3,), y (3,) and the loss for one W (2, 3)."""
    p = np.dot(np.asarray(x, dtype=np.float64), W)
    y = softmax(p)
    return p, y, float(losses(W, x, t))


def numerical_gradient(W, x, t, h=1e-4):
    """dL/dW (2, 3) by the book's central differences, all 6 weights in one vectorised call."""
    W = np.asarray(W, dtype=np.float64)
    eye = np.eye(W.size).reshape((W.size,) + W.shape) * h
    plus = losses(W + eye, x, t)
    minus = losses(W - eye, x, t)
    return ((plus - minus) / (2 * h)).reshape(W.shape)


def check_inputs(W, x):
    """Raise BadInput unless W (2, 3) and x (2,) are finite and x @ W stays finite."""
    W = np.asarray(W, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    if W.shape != (2, 3) or x.shape != (2,):
        raise BadInput(Message("W must be 2×3 and x must have 2 entries (got {W_shape} and {x_shape}).",
                               W_shape=W.shape, x_shape=x.shape))
    if not (np.all(np.isfinite(W)) and np.all(np.isfinite(x))):
        raise BadInput(Message("W and x must be finite numbers (no nan or inf)."))
    with np.errstate(over="ignore", invalid="ignore"):
        p = np.dot(x, W)
    if not np.all(np.isfinite(p)):
        raise BadInput(Message("x·W overflows float64 (|p| > 1.8e308): use smaller values."))


def random_W(seed):
    """Gaussian W (2, 3) as the book draws it: np.random.seed(seed); np.random.randn(2, 3)."""
    return np.random.RandomState(int(seed)).randn(2, 3)


def nudge_curve(W, x, t, i, j, deltas):
    """ΔL(δ) = L(W + δ e_ij) − L(W) for every δ in deltas (n,) -> (n,)."""
    W = np.asarray(W, dtype=np.float64)
    deltas = np.asarray(deltas, dtype=np.float64)
    Ws = np.repeat(W[None], deltas.size, axis=0)
    Ws[:, i, j] += deltas
    return losses(Ws, x, t) - losses(W, x, t)


@dataclass(frozen=True)
class Nudge:
    """One weight w_ij moved by delta: the loss before/after, the actual and predicted change."""
    i: int
    j: int
    delta: float
    loss: float        # L(W)
    new_loss: float    # L(W + δ e_ij)
    actual: float      # ΔL = new_loss − loss
    predicted: float   # dW_ij · δ, the first-order prediction

    @property
    def error(self):
        return self.actual - self.predicted


def nudge(W, x, t, i, j, delta, dW):
    """The effect of adding delta to W[i, j], compared with the prediction dW[i, j]·delta."""
    W = np.asarray(W, dtype=np.float64)
    moved = W.copy()
    moved[i, j] += delta
    loss, new_loss = float(losses(W, x, t)), float(losses(moved, x, t))
    return Nudge(i, j, float(delta), loss, new_loss, new_loss - loss, float(dW[i, j] * delta))


@dataclass(frozen=True)
class Descent:
    """Gradient steps W <- W − lr·dW: W_history (k+1, 2, 3), losses (k+1,), grads (k+1, 2, 3).

    stopped is None when all steps ran, "overflow" when the next W would not
    be finite (the history ends at the last finite W), "stalled" when dW ≈ 0.
    """
    W_history: np.ndarray
    losses: np.ndarray
    grads: np.ndarray
    stopped: str | None


def check_lr(lr):
    """Raise BadInput for a learning rate outside LR_MIN … LR_MAX (or not a number)."""
    if not np.isfinite(lr):
        raise BadInput(Message("lr must be a finite number."))
    if lr <= 0:
        raise BadInput(Message("lr must be > 0 (got {lr:g}): with lr = 0 W never moves, "
                               "and a negative lr climbs the gradient, raising the loss.", lr=lr))
    if lr < LR_MIN:
        raise BadInput(Message("lr = {lr:g} is below 1e-12: each step lr·dW is lost in the rounding "
                               "of W, so W never moves. Use 1e-12 ≤ lr ≤ 1000.", lr=lr))
    if lr > LR_MAX:
        raise BadInput(Message("lr = {lr:g} is above 1000: already from lr ≈ 10 one step makes y of "
                               "the correct class exactly 1. Use 1e-12 ≤ lr ≤ 1000.", lr=lr))


def capped_steps(step_num):
    """(steps, capped): a whole step_num (1e9 is whole) clipped to 1..MAX_STEPS; BadInput otherwise."""
    step_num = float(step_num)
    if not (np.isfinite(step_num) and step_num == np.floor(step_num)):
        raise BadInput(Message("The number of steps must be a whole number such as 100 (got {steps:g}).",
                               steps=step_num))
    if step_num < 1:
        raise BadInput(Message("The number of steps must be at least 1 (got {steps}).", steps=int(step_num)))
    return int(min(step_num, MAX_STEPS)), step_num > MAX_STEPS


def descend(W, x, t, lr, step_num):
    """step_num steps of gradient descent on W (a copy); see Descent."""
    check_lr(lr)
    step_num, _ = capped_steps(step_num)
    W = np.array(W, dtype=np.float64)
    check_inputs(W, x)
    h = 1e-4
    eye = np.eye(W.size).reshape((W.size,) + W.shape) * h
    # one batch per step: W itself, then W + h e_k and W - h e_k for the 6 weights
    offsets = np.concatenate([np.zeros((1,) + W.shape), eye, -eye])
    Ws, Ls, Gs = [], [], []
    stopped = None
    with np.errstate(over="ignore", invalid="ignore"):
        for step in range(step_num + 1):
            L = losses(W + offsets, x, t)
            if not np.all(np.isfinite(L)):  # x·W overflowed: softmax gave nan
                stopped = "overflow"
                break
            Ws.append(W)
            Ls.append(float(L[0]))
            Gs.append(((L[1:1 + W.size] - L[1 + W.size:]) / (2 * h)).reshape(W.shape))
            if step == step_num:
                break
            if np.max(np.abs(Gs[-1])) < STALL_GRAD:
                stopped = "stalled"
                break
            W = W - lr * Gs[-1]
    return Descent(np.array(Ws), np.array(Ls), np.array(Gs), stopped)
