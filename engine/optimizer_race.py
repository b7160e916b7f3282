"""Optimizers racing on a function of two variables (the book's fig 6-8), with everything to draw.

race() runs each racer — an optimizer from engine.optimizers with its own
hyperparameters — from the same start for the same number of steps and records,
step by step, the point, the gradient there, the step actually taken and the
optimizer's state (velocity, squared-gradient sums, moments). Nothing here
re-implements an update: the optimizer's own update() moves the point.
step_card() writes one step out as its formula with that step's numbers.
"""
import math
from dataclasses import dataclass, field

import numpy as np

from engine.gradient import numerical_gradient
from engine.messages import Message
from engine.optimizers import make_optimizer

MAX_RACERS = 6
CONVERGED_BELOW = 1e-3      # the table's "first step with f below 1e-3"


@dataclass(frozen=True)
class OptimizerSurface:
    """A function for the race, its exact gradient, and the view, start and racers that show it."""
    name: str
    text: str                    # for engine.expressions.parse(text, ("x0", "x1"))
    gradient: object             # (x0, x1) -> (df/dx0, df/dx1), exact
    view: tuple                  # ((x0 lo, hi), (x1 lo, hi))
    start: tuple
    steps: int
    racers: tuple                # ((optimizer name, {hyperparameters}), ...)
    contour_max: float = math.inf  # contours drawn for f up to this level


SURFACES = {
    # Fig 6-8: an elongated bowl; the book's four racers and learning rates.
    "optimizers": OptimizerSurface(
        "optimizers", "x0**2/20 + x1**2", lambda x0, x1: (x0 / 10.0, 2.0 * x1),
        ((-10.0, 10.0), (-5.0, 5.0)), (-7.0, 2.0), 30,
        (("sgd", {"lr": 0.95}), ("momentum", {"lr": 0.1}), ("adagrad", {"lr": 1.5}), ("adam", {"lr": 0.3})),
        contour_max=7.0),
    # A saddle at the origin with valleys at x1 = ±1: from almost on the ridge, plain SGD
    # lingers near the saddle while the adaptive ones push x1 off it in a few steps.
    "saddle-escape": OptimizerSurface(
        "saddle-escape", "x0**2/2 + x1**4/4 - x1**2/2", lambda x0, x1: (x0, x1 ** 3 - x1),
        ((-3.0, 3.0), (-2.0, 2.0)), (-2.5, 1e-3), 60,
        (("sgd", {"lr": 0.1}), ("momentum", {"lr": 0.1}), ("rmsprop", {"lr": 0.1}), ("adam", {"lr": 0.1}))),
    # A plateau: far from the pit the slope is ~1e-3, so SGD crawls; dividing by the
    # gradient's own size (RMSprop, Adam) crosses it at full speed.
    "plateau": OptimizerSurface(
        "plateau", "1 - exp(-(x0**2 + 2*x1**2)/8)",
        lambda x0, x1: (_plateau_slope(x0, x1) * x0 / 4, _plateau_slope(x0, x1) * x1 / 2),
        ((-7.0, 7.0), (-5.0, 5.0)), (-6.0, 3.0), 80,
        (("sgd", {"lr": 1.0}), ("momentum", {"lr": 1.0}), ("rmsprop", {"lr": 0.1}), ("adam", {"lr": 0.1}))),
}


def _plateau_slope(x0, x1):
    return math.exp(-(x0 * x0 + 2 * x1 * x1) / 8)


@dataclass
class Trace:
    """One racer's run: points (steps + 1, 2) and, per step k, what update k saw and did."""
    name: str
    hyperparameters: dict
    points: np.ndarray
    grads: np.ndarray                         # (steps, 2): ∇f at points[k]
    steps: np.ndarray                         # (steps, 2): points[k + 1] − points[k]
    states: dict = field(default_factory=dict)  # state name → (steps, 2) after update k
    lr_t: np.ndarray = None                   # Adam's step size per update (None for the others)
    values: np.ndarray = None                 # f at each point (steps + 1,)

    def first_below(self, level=CONVERGED_BELOW):
        """The first step k with f(points[k]) < level, or None ("never")."""
        if self.values is None:
            return None
        below = np.flatnonzero(np.nan_to_num(self.values, nan=np.inf) < level)
        return int(below[0]) if below.size else None


def check_racers(racers):
    """Refuse an empty field or more than MAX_RACERS; each optimizer checks its own settings."""
    if not 1 <= len(racers) <= MAX_RACERS:
        raise ValueError(Message("A race needs 1 to {limit} racers (got {count})",
                                 limit=MAX_RACERS, count=len(racers)))
    return [make_optimizer(name, **hyper) for name, hyper in racers]


def race(f, start, racers, steps, gradient=None):
    """Run every racer (optimizer name, {hyperparameters}) from start for steps updates.

    f(x0, x1) gives the height; gradient(x0, x1) the exact slope, or None for the
    book's central differences. Values that run away to inf or nan are kept (a
    diverged racer's path ends there); the caller classifies each path.
    """
    optimizers = check_racers(racers)
    if gradient is None:
        grad = lambda x: numerical_gradient(lambda p: f(p[0], p[1]), x)  # noqa: E731
    else:
        grad = lambda x: np.asarray(gradient(x[0], x[1]), dtype=np.float64)  # noqa: E731
    traces = []
    for (name, hyper), optimizer in zip(racers, optimizers):
        points = np.empty((steps + 1, 2))
        grads, taken = np.empty((steps, 2)), np.empty((steps, 2))
        states = {key: np.empty((steps, 2)) for key in optimizer.STATE}
        lr_t = np.empty(steps) if hasattr(optimizer, "lr_t") else None
        params = {"x": np.array(start, dtype=np.float64)}
        points[0] = params["x"]
        with np.errstate(all="ignore"):
            for k in range(steps):
                g = grad(params["x"].copy())
                grads[k] = g
                optimizer.update(params, {"x": g})
                points[k + 1] = params["x"]
                taken[k] = optimizer.last_step["x"]
                for key, state in optimizer.state().items():
                    states[key][k] = state["x"]
                if lr_t is not None:
                    lr_t[k] = optimizer.lr_t
            values = np.array([f(x0, x1) for x0, x1 in points], dtype=np.float64)
        traces.append(Trace(name, optimizer.hyperparameters(), points, grads, taken, states, lr_t, values))
    return traces


def _v(vector, digits=4):
    return "(" + ", ".join(f"{float(c):.{digits}g}" for c in vector) + ")"


def step_card(trace, k):
    """Update k (0-based) of trace written out: each line the formula, its numbers, and the result."""
    h, g, x_old, x_new = trace.hyperparameters, trace.grads[k], trace.points[k], trace.points[k + 1]
    lr = h["lr"]
    lines = [f"∇f{_v(x_old)} = {_v(g)}"]
    if trace.name == "sgd":
        lines.append(f"x ← x − η·∇f = {_v(x_old)} − {lr:g}·{_v(g)} = {_v(x_new)}")
    elif trace.name in ("momentum", "nesterov"):
        a = h["momentum"]
        v_old = trace.states["v"][k - 1] if k else np.zeros(2)
        v_new = trace.states["v"][k]
        if trace.name == "momentum":
            lines.append(f"v ← α·v − η·∇f = {a:g}·{_v(v_old)} − {lr:g}·{_v(g)} = {_v(v_new)}")
            lines.append(f"x ← x + v = {_v(x_old)} + {_v(v_new)} = {_v(x_new)}")
        else:
            lines.append(f"x ← x + α²·v − (1 + α)·η·∇f = {_v(x_old)} + {a * a:g}·{_v(v_old)} − "
                         f"{(1 + a) * lr:g}·{_v(g)} = {_v(x_new)}")
            lines.append(f"v ← α·v − η·∇f = {_v(v_new)}")
    elif trace.name in ("adagrad", "rmsprop"):
        h_new = trace.states["h"][k]
        if trace.name == "adagrad":
            lines.append(f"h ← h + ∇f² = {_v(h_new)}")
        else:
            lines.append(f"h ← ρ·h + (1 − ρ)·∇f² = {h['decay_rate']:g}·h + {1 - h['decay_rate']:.3g}·∇f² "
                         f"= {_v(h_new)}")
        lines.append(f"x ← x − η·∇f / (√h + ε) = {_v(x_old)} − {lr:g}·{_v(g)} / {_v(np.sqrt(h_new))} "
                     f"= {_v(x_new)}")
    elif trace.name == "adam":
        m, v = trace.states["m"][k], trace.states["v"][k]
        lines.append(f"t = {k + 1}: η_t = η·√(1 − β2ᵗ) / (1 − β1ᵗ) = {trace.lr_t[k]:.4g}")
        lines.append(f"m ← m + (1 − β1)·(∇f − m) = {_v(m)}")
        lines.append(f"v ← v + (1 − β2)·(∇f² − v) = {_v(v)}")
        lines.append(f"x ← x − η_t·m / (√v + ε) = {_v(x_old)} − {trace.lr_t[k]:.4g}·{_v(m)} / "
                     f"{_v(np.sqrt(v))} = {_v(x_new)}")
    lines.append(f"step taken = {_v(trace.steps[k])}")
    return lines
