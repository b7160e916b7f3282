"""The book's optimizers (6.1): SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam.

Each keeps its state per parameter name, starts it at zero on the first update,
and ``update(params, grads)`` changes every array of ``params`` in place, as the
book's classes do. The state stays readable (``state()``) and so does the step
just taken (``last_step``), so a picture of an optimizer never re-implements
its rule. Every operation is element-wise; ε = 1e-7 keeps the divisions finite.
"""
import math

import numpy as np

from engine.messages import Message

EPSILON = 1e-7


def _check_lr(lr):
    if not (isinstance(lr, (int, float, np.floating)) and math.isfinite(lr) and lr > 0):
        raise ValueError(Message("The learning rate must be a finite number above 0 (got {value})",
                                 value=lr))
    return float(lr)


def _check_fraction(name, value):
    # α, ρ, β1 and β2 weigh the old state against the new gradient: 1 would never
    # forget and never learn, below 0 flips signs each step.
    if not (isinstance(value, (int, float, np.floating)) and 0 <= value < 1):
        raise ValueError(Message("{name} must lie in [0, 1) (got {value})", name=name, value=value))
    return float(value)


class Optimizer:
    """Base: the learning rate, the per-parameter state and the step last taken."""
    NAME = ""
    STATE = ()              # names of the state dicts, e.g. ("v",) for Momentum

    def __init__(self, lr):
        self.lr = _check_lr(lr)
        self.iter = 0       # updates made so far (Adam's t)
        self.last_step = {}
        # Keep each update's step for drawing (the race); training turns it off to save two
        # passes over every weight per step.
        self.record_steps = True
        for name in self.STATE:
            setattr(self, name, None)

    def hyperparameters(self):
        """{name: value} of the constructor's arguments, for display and to build a copy."""
        return {"lr": self.lr}

    def state(self):
        """{state name: {parameter key: array}} — the live arrays (zeros before the first update)."""
        return {name: getattr(self, name) or {} for name in self.STATE}

    def update(self, params, grads):
        """One step on every array of params (in place) with the gradients grads (same keys)."""
        self.iter += 1
        for name in self.STATE:
            if getattr(self, name) is None:
                setattr(self, name, {key: np.zeros_like(value) for key, value in params.items()})
        self._before_step()
        for key in params:
            if not self.record_steps:
                self._step(key, params[key], grads[key])
                continue
            before = params[key].copy()
            self._step(key, params[key], grads[key])
            self.last_step[key] = params[key] - before

    def _before_step(self):
        """Per-update quantities shared by every parameter (Adam's η_t)."""

    def _step(self, key, W, g):
        raise NotImplementedError


class SGD(Optimizer):
    """W ← W − η g"""
    NAME = "sgd"

    def __init__(self, lr=0.01):
        super().__init__(lr)

    def _step(self, key, W, g):
        W -= self.lr * g


class Momentum(Optimizer):
    """v ← α v − η g;  W ← W + v  (a ball rolling downhill, α its friction)."""
    NAME = "momentum"
    STATE = ("v",)

    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = _check_fraction("momentum", momentum)

    def hyperparameters(self):
        return {"lr": self.lr, "momentum": self.momentum}

    def _step(self, key, W, g):
        v = self.v[key]
        v *= self.momentum
        v -= self.lr * g
        W += v


class Nesterov(Momentum):
    """W ← W + α² v − (1 + α) η g;  v ← α v − η g  (Momentum that looks ahead, with the old v)."""
    NAME = "nesterov"

    def _step(self, key, W, g):
        v = self.v[key]
        W += self.momentum * self.momentum * v
        W -= (1 + self.momentum) * self.lr * g
        v *= self.momentum
        v -= self.lr * g


class AdaGrad(Optimizer):
    """h ← h + g²;  W ← W − η g / (√h + ε)  (each weight's step shrinks as its gradients add up)."""
    NAME = "adagrad"
    STATE = ("h",)

    def __init__(self, lr=0.01):
        super().__init__(lr)

    def _step(self, key, W, g):
        h = self.h[key]
        h += g * g
        W -= self.lr * g / (np.sqrt(h) + EPSILON)


class RMSprop(Optimizer):
    """h ← ρ h + (1 − ρ) g²;  W ← W − η g / (√h + ε)  (AdaGrad that forgets old gradients)."""
    NAME = "rmsprop"
    STATE = ("h",)

    def __init__(self, lr=0.01, decay_rate=0.99):
        super().__init__(lr)
        self.decay_rate = _check_fraction("decay_rate", decay_rate)

    def hyperparameters(self):
        return {"lr": self.lr, "decay_rate": self.decay_rate}

    def _step(self, key, W, g):
        h = self.h[key]
        h *= self.decay_rate
        h += (1 - self.decay_rate) * g * g
        W -= self.lr * g / (np.sqrt(h) + EPSILON)


class Adam(Optimizer):
    """t ← t + 1;  η_t = η √(1 − β2ᵗ) / (1 − β1ᵗ);  m ← m + (1 − β1)(g − m);
    v ← v + (1 − β2)(g² − v);  W ← W − η_t m / (√v + ε)

    The bias correction is folded into η_t as the book does it (another,
    algebraically equal form gives different last digits).
    """
    NAME = "adam"
    STATE = ("m", "v")

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        super().__init__(lr)
        self.beta1 = _check_fraction("beta1", beta1)
        self.beta2 = _check_fraction("beta2", beta2)
        self.lr_t = self.lr
        self._scratch = {}

    def hyperparameters(self):
        return {"lr": self.lr, "beta1": self.beta1, "beta2": self.beta2}

    def _before_step(self):
        t = self.iter
        self.lr_t = self.lr * math.sqrt(1.0 - self.beta2 ** t) / (1.0 - self.beta1 ** t)

    def _step(self, key, W, g):
        m, v = self.m[key], self.v[key]
        # The same operations as the formula, in place through one scratch array per weight.
        scratches = self._scratch.get(key)
        if scratches is None or scratches[0].shape != W.shape:
            scratches = self._scratch[key] = (np.empty_like(W), np.empty_like(W))
        scratch, step = scratches
        np.subtract(g, m, out=scratch)
        scratch *= (1 - self.beta1)
        m += scratch
        np.multiply(g, g, out=scratch)
        scratch -= v
        scratch *= (1 - self.beta2)
        v += scratch
        np.sqrt(v, out=scratch)
        scratch += EPSILON
        np.multiply(m, self.lr_t, out=step)     # (η_t m) / (√v + ε), in the formula's order
        step /= scratch
        W -= step


OPTIMIZERS = {cls.NAME: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)}


def make_optimizer(name, **hyperparameters):
    """An optimizer by its name in OPTIMIZERS with the given hyperparameters (else the book's defaults)."""
    try:
        cls = OPTIMIZERS[name]
    except KeyError:
        raise ValueError(Message("Unknown optimizer {name!r}; choose one of: {names}",
                                 name=name, names=", ".join(OPTIMIZERS))) from None
    return cls(**hyperparameters)
