"""The playground's scene: the data (set, size, noise, test share, seed, the points a person added),
the inputs, the layers, the activation, the training settings, the map shown large and the speed.

Trained weights are not part of a scene (they keep their own files): a restored scene
starts its network untrained, as Reset does, with the added points among the training points.
"""
import numpy as np

from engine.messages import Message
from engine.multilayer import ACTIVATIONS
from engine.optimizers import OPTIMIZERS
from engine.playground import (EXTENT, FULL_BATCH, MAX_LAYERS, MAX_NEURONS, PlaygroundConfig,
                               make_points)
from engine.scene_values import SceneError, SceneValues
from engine.toy_data import DATASETS, FEATURES, MAX_SAMPLES
from gui.sections.playground.controls import DECAYS

SEED_MAX = 2**32 - 1      # NumPy's seeds
MAX_BATCH = 1000          # the batch box's limit
LR_RANGE = (1e-12, 1e3)   # above 0 (the slider's box takes any such lr)
CONFIG_KEYS = ("dataset", "n_samples", "noise", "test_ratio", "seed", "features", "hidden",
               "activation", "optimizer", "lr", "weight_decay", "batch_size")


def added_points(section):
    """The training points a person added by clicking: those after the data set's own."""
    n_train = len(make_points(section._config)[0][0])
    x_train, t_train = section._train
    return [[float(x[0]), float(x[1]), int(t)] for x, t in zip(x_train[n_train:], t_train[n_train:])]


def capture(section):
    config = section._config
    values = {key: getattr(config, key) for key in CONFIG_KEYS}
    values.update(features=list(config.features), hidden=list(config.hidden),
                  added_points=added_points(section), click_class=section.panel.clicked_class(),
                  shown=None if section._selected is None else list(section._selected),
                  speed=section.playbar.speed.value())
    return values


def _read(values):
    v = SceneValues(values)
    r = {"dataset": v.choice("dataset", tuple(DATASETS)),
         "n_samples": v.integer("n_samples", 2, MAX_SAMPLES),
         # The controls take whole percents: noise 0 … 50 %, training share 10 … 90 %.
         "noise": round(100 * v.number("noise", 0.0, 0.5)) / 100,
         "test_ratio": 1 - round(100 * (1 - v.number("test_ratio", 0.1, 0.9))) / 100,
         "seed": v.integer("seed", 0, SEED_MAX, default=0)}
    raw = values.get("added_points", [])
    if isinstance(raw, list) and len(raw) > MAX_SAMPLES:
        raise SceneError(Message("{key} holds {count} points; at most {limit} are allowed.",
                                 key="added_points", count=len(raw), limit=MAX_SAMPLES))
    rows = v.matrix("added_points", (len(raw) if isinstance(raw, list) else 0, 3), -EXTENT, EXTENT,
                    default=[])
    for i, (_, _, t) in enumerate(rows):
        if t not in (0.0, 1.0):
            raise SceneError(Message("{key} must be [x0, x1, class] with class 0 or 1.",
                                     key=f"added_points[{i}]"))
    r["added_points"] = [(x0, x1, int(t)) for x0, x1, t in rows]
    r["click_class"] = v.integer("click_class", 0, 1, default=1)
    r["features"] = _features(v)
    widths = v.numbers("hidden", MAX_LAYERS, 1, MAX_NEURONS, min_length=0)
    if any(w != int(w) for w in widths):
        raise SceneError(Message("{key} must list whole numbers of neurons.", key="hidden"))
    r["hidden"] = tuple(int(w) for w in widths)
    r["activation"] = v.choice("activation", tuple(ACTIVATIONS))
    r["optimizer"] = v.choice("optimizer", tuple(OPTIMIZERS))
    r["lr"] = v.number("lr", *LR_RANGE)
    r["weight_decay"] = v.number("weight_decay", 0.0, max(DECAYS), default=0.0)
    if r["weight_decay"] not in DECAYS:
        raise SceneError(Message("{key} must be one of {choices}, not {value}.", key="weight_decay",
                                 choices=", ".join(f"{d:g}" for d in DECAYS),
                                 value=f"{r['weight_decay']:g}"))
    r["batch_size"] = v.integer("batch_size", FULL_BATCH, MAX_BATCH)
    r["shown"] = _node(v, r["features"], r["hidden"])
    r["speed"] = v.integer("speed", 0, 40) if v.has("speed") else None
    v.done()
    return r


def _features(v):
    """The inputs: a list of different names from FEATURES, at least one."""
    raw = v._get("features", ["x0", "x1"])   # a list of names: read (and marked read) as it is
    if (not isinstance(raw, list) or not raw or not all(isinstance(n, str) for n in raw)
            or len(set(raw)) != len(raw) or not set(raw) <= set(FEATURES)):
        raise SceneError(Message("{key} must be a list of different inputs from: {choices}.",
                                 key="features", choices=", ".join(FEATURES)))
    return tuple(name for name in FEATURES if name in raw)   # in the controls' order


def _node(v, features, hidden):
    """None (the output) or (column, row) of an input or a hidden neuron of this network."""
    shown = v._get("shown", None)
    if shown is None:
        return None
    sizes = [len(features), *hidden]
    if (isinstance(shown, list) and len(shown) == 2
            and all(isinstance(i, int) and not isinstance(i, bool) for i in shown)
            and 0 <= shown[0] < len(sizes) and 0 <= shown[1] < sizes[shown[0]]):
        return tuple(shown)
    raise SceneError(Message("{key} must be null (the output) or [layer, neuron] of this network, "
                             "not {value}.", key="shown", value=repr(shown)[:40]))


def restore(section, values):
    r = _read(values)
    section.message.clear()
    section._set_playing(False)
    config = PlaygroundConfig(**{key: r[key] for key in CONFIG_KEYS})
    section._config = config
    section.panel.set_values(config)
    section.panel.click_class.setCurrentIndex(1 - r["click_class"])
    if r["speed"] is not None:
        section.playbar.speed.setValue(r["speed"])
    section._new_points()
    if r["added_points"]:
        x_train, t_train = section._train
        added = np.array([[x0, x1] for x0, x1, _ in r["added_points"]])
        section._train = (np.vstack([x_train, added]),
                          np.append(t_train, [t for _, _, t in r["added_points"]]))
    section._new_run(playing=False)
    section.select_node(r["shown"])
