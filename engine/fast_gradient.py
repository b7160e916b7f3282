"""The book's numerical gradient of TwoLayerNet (central differences, h = 1e-4), vectorised.

The loop of 4.4 perturbs one parameter at a time and runs two full forward
passes. The same perturbed losses follow from cached activations:

- W1[i, j] += d changes only hidden unit j's pre-activation, by d * x[:, i];
  the logits then move by (z1'[:, j] - z1[:, j]) * W2[j, :] (a rank-1 update).
  b1[j] is the same with x[:, i] = 1 (an extra input column of ones).
- W2[j, k] += d moves only logit k, by d * z1[:, j]; b2[k] is the same with z1 = 1.
- A pixel that is 0 in every image of the batch leaves the loss unchanged, so
  its row of W1 gets exactly (f - f) / 2h = 0, as the loop computes it.

For W1 the perturbed softmax denominator sum_c E_c exp(dz W2[j, c]) is summed as
a short power series in dz (dz is ~1e-5) from the moments M_k = E @ (W2 ** k).T,
with enough terms that the truncation is below float64 rounding; when dz * W2
is too large for that, the logits are recomputed in full instead. Every loss is
the book's: -sum(log(y[n, t_n] + 1e-7)) / N.
"""
import math

import numpy as np

from engine.labels import as_labels
from engine.losses import DELTA

H_STEP = 1e-4              # the book's h
_ROUNDING = 2.0 ** -60     # target truncation error of the series, relative
_MAX_TERMS = 12            # beyond this the exact path is cheaper
_CHUNK_ELEMENTS = 1 << 17  # elements per temporary array (bounds memory, stays in cache)


def _labels_2d(x, t):
    """x as (N, D) float64 and t as label indices (N,), from one sample or a batch."""
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t)
    if x.ndim == 1:
        x = x.reshape(1, -1)
        t = t.reshape(1, -1) if t.ndim == 1 and t.size > 1 else t.reshape(1)
    return x, as_labels(t)


def _perturbations(w, h):
    """The steps the loop really takes: (w + h) - w and (w - h) - w after rounding."""
    return (w + h) - w, (w - h) - w


def _loss_of_logits(a2, labels):
    """The book's loss for logits a2 of shape (..., N, C): one value per leading index."""
    m = a2.max(axis=-1, keepdims=True)
    e = np.exp(a2 - m)
    y_t = e[..., np.arange(labels.size), labels] / e.sum(axis=-1)
    return -np.sum(np.log(y_t + DELTA), axis=-1) / a2.shape[-2]


def _series_terms(r):
    """Terms K so that r**(K+1)/(K+1)! * e**(2r) < _ROUNDING, or None if too many."""
    bound = math.exp(2 * r)
    for k in range(_MAX_TERMS + 1):
        bound *= r / (k + 1)
        if bound < _ROUNDING:
            return k
    return None


def _w1_losses(rows, delta, a1T, z1T, xT, W2, E, S, E_t, W2_t, a2, labels, moments):
    """Losses after W1aug[rows, :] += delta (shape (len(rows), H)): array of that shape."""
    # u[i, j, n] = a1[n, j] + delta[i, j] * x[n, i]: only unit j's pre-activation moves
    u = a1T[None, :, :] + delta[:, :, None] * xT[rows][:, None, :]
    np.negative(u, out=u)
    np.exp(u, out=u)
    u += 1.0
    np.reciprocal(u, out=u)
    dz = np.subtract(u, z1T[None], out=u)           # z1' - z1, (rows, H, N)
    r = float(np.abs(dz).max(initial=0.0)) * float(np.abs(W2).max(initial=0.0))
    K = _series_terms(r)
    if K is None:
        # Large steps (big weights or inputs): recompute the logits in full.
        a2p = a2[None, None] + dz[..., None] * W2[None, :, None, :]
        return _loss_of_logits(a2p, labels)
    # S' = sum_c E[n, c] exp(dz W2[j, c]) = sum_k dz^k / k! * M_k[j, n]  (Horner)
    s = np.empty_like(dz)
    s[...] = moments[K] / math.factorial(K)
    for k in range(K - 1, -1, -1):
        s *= dz
        s += moments[k] / math.factorial(k)
    num = dz * W2_t[None]
    np.exp(num, out=num)
    num *= E_t[None, None, :]
    num /= s
    num += DELTA
    np.log(num, out=num)
    return -num.sum(axis=-1) / a2.shape[0]


def two_layer_numerical_gradient(params, x, t, h=H_STEP):
    """Central differences of TwoLayerNet's loss for W1 b1 W2 b2 (same values as the loop).

    params: dict W1 (D, H), b1 (H,), W2 (H, C), b2 (C,); x (N, D) or (D,);
    t one-hot (N, C) or labels (N,). Computed in float64; returned in params' dtype.
    """
    # exp(-a) overflows to inf for a saturated unit, and sigmoid is then exactly 0, as
    # in engine.functions; moments of huge weights may overflow but are then unused.
    with np.errstate(over="ignore", invalid="ignore"):
        return _gradient(params, x, t, h)


def _gradient(params, x, t, h):
    dtype = params["W1"].dtype
    # the book's names; engine.networks (which calls this) owns the key list, so no import back
    W1, b1, W2, b2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2", "b2"))
    x, labels = _labels_2d(x, t)
    N, D = x.shape
    H, C = W2.shape
    # Cached forward pass; b1 and b2 become rows of W1aug / W2aug fed by a column of ones.
    a1 = x @ W1 + b1
    z1 = 1.0 / (1.0 + np.exp(-a1))
    a2 = z1 @ W2 + b2
    W1aug = np.vstack([W1, b1])
    xT = np.vstack([x.T, np.ones((1, N))])                 # (D + 1, N)
    z1aug = np.hstack([z1, np.ones((N, 1))])               # (N, H + 1)
    W2aug = np.vstack([W2, b2])

    # W1 and b1: only inputs that are non-zero somewhere in the batch move the loss.
    grad1 = np.zeros_like(W1aug)
    active = np.flatnonzero(np.any(xT != 0, axis=1))
    m = a2.max(axis=1, keepdims=True)
    E = np.exp(a2 - m)                                      # (N, C), base softmax numerators
    S = E.sum(axis=1)
    E_t = E[np.arange(N), labels]
    W2_t = W2[:, labels]                                    # (H, N): W2[j, t_n]
    moments = [np.broadcast_to(S, (H, N))]
    W2k = np.ones_like(W2)
    for _ in range(_MAX_TERMS):
        W2k = W2k * W2
        moments.append((E @ W2k.T).T)                       # M_k[j, n] = sum_c E[n, c] W2[j, c]^k
    a1T, z1T = a1.T.copy(), z1.T.copy()
    d_plus, d_minus = _perturbations(W1aug, h)
    rows_per_chunk = max(1, _CHUNK_ELEMENTS // (H * N))
    for start in range(0, active.size, rows_per_chunk):
        rows = active[start:start + rows_per_chunk]
        common = (a1T, z1T, xT, W2, E, S, E_t, W2_t, a2, labels, moments)
        f_plus = _w1_losses(rows, d_plus[rows], *common)
        f_minus = _w1_losses(rows, d_minus[rows], *common)
        grad1[rows] = (f_plus - f_minus) / (2 * h)

    # W2 and b2: logit k moves by delta * z1[:, j]; exact logits, the pairs are few.
    grad2 = np.empty_like(W2aug)
    d_plus, d_minus = _perturbations(W2aug, h)
    onehot_k = np.eye(C)
    rows_per_chunk = max(1, _CHUNK_ELEMENTS // (C * N * C))
    for start in range(0, H + 1, rows_per_chunk):
        j = slice(start, start + rows_per_chunk)
        # shift[j, k, n, c] = z1aug[n, j] * [c == k]
        shift = z1aug.T[j][:, None, :, None] * onehot_k[None, :, None, :]
        f_plus = _loss_of_logits(a2 + d_plus[j][:, :, None, None] * shift, labels)
        f_minus = _loss_of_logits(a2 + d_minus[j][:, :, None, None] * shift, labels)
        grad2[j] = (f_plus - f_minus) / (2 * h)

    return {"W1": grad1[:D].astype(dtype), "b1": grad1[D].astype(dtype),
            "W2": grad2[:H].astype(dtype), "b2": grad2[H].astype(dtype)}
