"""Checks of a scene's values that go beyond one value's type and range (engine.scene_values).

A probability vector adds up to 1, a range runs from a smaller to a larger number, a
clicked point has a class, a list of inputs names each input once, a map shown large
belongs to the network. Each refusal is a SceneError whose Message names the key.
"""
from engine.messages import Message
from engine.scene_values import SceneError


def probability_vector(y, key, tolerance=1e-6):
    """y (a list of probabilities already in [0, 1]) must add up to 1."""
    total = sum(y)
    if abs(total - 1.0) > tolerance:
        raise SceneError(Message("{key} must add up to 1 (a probability vector), not {total}.",
                                 key=key, total=f"{total:.6g}"))
    return y


def ordered_range(lo, hi, key):
    """(lo, hi) of a plotted range: lo < hi."""
    if not lo < hi:
        raise SceneError(Message("{key} needs 'from' < 'to', not {lo} … {hi}.", key=key,
                                 lo=f"{lo:g}", hi=f"{hi:g}"))
    return lo, hi


def at_most(count, limit, key):
    """A list of count entries with at most limit of them (checked before reading each)."""
    if count > limit:
        raise SceneError(Message("{key} holds {count} points; at most {limit} are allowed.",
                                 key=key, count=count, limit=limit))


def labelled_points(rows, key):
    """[[x0, x1, class], …] with class 0 or 1 → [(x0, x1, class)]."""
    out = []
    for i, (x0, x1, t) in enumerate(rows):
        if t not in (0.0, 1.0):
            raise SceneError(Message("{key} must be [x0, x1, class] with class 0 or 1.",
                                     key=f"{key}[{i}]"))
        out.append((x0, x1, int(t)))
    return out


def names_from(raw, choices, key):
    """A list of different names out of choices, at least one; returned in the order of choices."""
    if (not isinstance(raw, list) or not raw or not all(isinstance(n, str) for n in raw)
            or len(set(raw)) != len(raw) or not set(raw) <= set(choices)):
        raise SceneError(Message("{key} must be a list of different inputs from: {choices}.",
                                 key=key, choices=", ".join(choices)))
    return tuple(name for name in choices if name in raw)


def whole_numbers(values, key):
    """Numbers (already in range) that must be whole: the neurons of each layer."""
    if any(v != int(v) for v in values):
        raise SceneError(Message("{key} must list whole numbers of neurons.", key=key))
    return tuple(int(v) for v in values)


def node_of(shown, sizes, key):
    """None (the output) or (column, row) of a node of a network whose columns have sizes."""
    if shown is None:
        return None
    if (isinstance(shown, list) and len(shown) == 2
            and all(isinstance(i, int) and not isinstance(i, bool) for i in shown)
            and 0 <= shown[0] < len(sizes) and 0 <= shown[1] < sizes[shown[0]]):
        return tuple(shown)
    text = repr(shown)
    raise SceneError(Message("{key} must be null (the output) or [layer, neuron] of this network, "
                             "not {value}.", key=key, value=text if len(text) <= 40 else text[:37] + "…"))
