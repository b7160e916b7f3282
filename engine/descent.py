"""Gradient descent of section 4.4.1: x <- x - lr * grad f(x)  (formula 4.7)."""
from dataclasses import dataclass

import numpy as np

from engine.gradient import numerical_gradient
from engine.messages import Message


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    """Run step_num steps from init_x; returns (x, history) with history (step_num + 1, n).

    init_x is not modified (the book's version overwrites it). Overflow is not
    an error here: at lr = 10 the values run away to ~1e13 or inf, which the
    caller reports as divergence.
    """
    x = np.array(init_x, dtype=np.float64)
    history = np.empty((step_num + 1,) + x.shape)
    history[0] = x
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(step_num):
            grad = numerical_gradient(f, x)
            x -= lr * grad
            history[i + 1] = x
    return x, history


def race_paths(f, init_x, rates, step_num, chunk=None):
    """Generator: gradient_descent of f(x0, x1) from init_x for each learning rate, chunk steps at a time.

    Yields (index, lr, history or None, steps done) after every chunk; the full
    history (step_num + 1, 2) comes with each rate's last chunk. gradient_descent's
    state is x alone, so running it in chunks from the last x gives exactly the
    history of one call, and a consumer can report progress or stop in between.
    """
    chunk = chunk or step_num
    fx = lambda x: f(x[0], x[1])  # noqa: E731 - the book's f(x) of a 2-vector
    for i, lr in enumerate(rates):
        parts, x, done = [np.array(init_x, dtype=np.float64)[None]], init_x, 0
        while done < step_num:
            n = min(chunk, step_num - done)
            x, history = gradient_descent(fx, x, lr=lr, step_num=n)
            parts.append(history[1:])
            done += n
            yield i, lr, (np.concatenate(parts) if done == step_num else None), done


def check_somewhere_finite(values, text):
    """ValueError unless f (its values over the view, any shape) is finite somewhere: else there is
    nothing to descend (a scene's function is checked with this before anything changes)."""
    if not np.isfinite(values).any():
        raise ValueError(Message("f(x0, x1) = {text} is not finite anywhere in the view: there is "
                                 "nothing to descend.", text=text))


@dataclass(frozen=True)
class PathStatus:
    """What became of a descent path (classify_path); points are tuples of floats."""
    status: str                  # "diverged", "stalled", "converged" or "moving"
    last_finite: tuple           # the last point whose coordinates are all finite
    last_finite_step: int
    first_nonfinite_step: object  # int, or None when every value is finite
    diverged_step: object        # first step that is non-finite or past the bound, or None
    movement: float              # |x_last_finite - x_0|: how far the path got in total
    last_step_length: float      # |x_N - x_(N-1)| (inf when the end is not finite)


def classify_path(history, bound=1e6, stall_tol=1e-6, converge_tol=1e-6, start_grad_norm=None):
    """Classify a (step_num + 1, n) gradient_descent history.

    diverged: a value overflowed, became NaN or grew past bound (lr = 10 runs to
    ~1e13 and stays finite, so a bound is needed besides isfinite).
    stalled: the whole path moved less than stall_tol * (1 + |x_0|) (lr = 1e-10),
    unless start_grad_norm says the start already was a stationary point.
    converged: the last step was shorter than converge_tol * (1 + |x_N|).
    moving: none of these (more steps or a larger lr would still get further).
    """
    history = np.asarray(history, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):  # |1e300| may overflow: inf is the answer
        return _classify(history.reshape(len(history), -1), bound, stall_tol, converge_tol,
                         start_grad_norm)


def _classify(history, bound, stall_tol, converge_tol, start_grad_norm):
    finite = np.all(np.isfinite(history), axis=1)
    too_big = ~finite | (np.max(np.abs(np.where(finite[:, None], history, 0.0)), axis=1) > bound)
    nonfinite = np.flatnonzero(~finite)
    first_nonfinite = int(nonfinite[0]) if nonfinite.size else None
    beyond = np.flatnonzero(too_big)
    diverged_step = int(beyond[0]) if beyond.size else None
    last = int(np.flatnonzero(finite)[-1]) if finite.any() else 0
    x_last = history[last]
    movement = float(np.linalg.norm(x_last - history[0])) if finite[0] else float("nan")
    if len(history) > 1 and finite[-1] and finite[-2]:
        last_step = float(np.linalg.norm(history[-1] - history[-2]))
    else:
        last_step = float("inf")
    scale0 = 1.0 + float(np.linalg.norm(history[0])) if finite[0] else 1.0
    at_stationary = start_grad_norm is not None and start_grad_norm <= 1e-12
    if diverged_step is not None:
        status = "diverged"
    elif len(history) > 1 and movement < stall_tol * scale0 and not at_stationary:
        status = "stalled"
    elif last_step <= converge_tol * (1.0 + float(np.linalg.norm(history[-1]))):
        status = "converged"
    else:
        status = "moving"
    return PathStatus(status, tuple(float(v) for v in x_last), last, first_nonfinite,
                      diverged_step, movement, last_step)
