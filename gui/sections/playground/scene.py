"""The playground's scene: the data (set, size, noise, test share, seed, the points a person added),
the inputs, the layers, the activation, the training settings, the map shown large and the speed.

Trained weights are not part of a scene (they keep their own files): a restored scene
starts its network untrained, as Reset does, with the added points among the training points.
"""
import numpy as np

from engine.multilayer import ACTIVATIONS
from engine.optimizers import OPTIMIZERS
from engine.playground import (EXTENT, FULL_BATCH, MAX_LAYERS, MAX_NEURONS, PlaygroundConfig,
                               make_points)
from engine.scene_checks import at_most, labelled_points, names_from, node_of, whole_numbers
from engine.scene_values import SceneValues
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
    count = len(raw) if isinstance(raw, list) else 0
    at_most(count, MAX_SAMPLES, "added_points")
    r["added_points"] = labelled_points(
        v.matrix("added_points", (count, 3), -EXTENT, EXTENT, default=[]), "added_points")
    r["click_class"] = v.integer("click_class", 0, 1, default=1)
    # a list of names: read (and marked read) as it is, then checked name by name
    r["features"] = names_from(v.raw("features", ["x0", "x1"]), tuple(FEATURES), "features")
    r["hidden"] = whole_numbers(v.numbers("hidden", MAX_LAYERS, 1, MAX_NEURONS, min_length=0), "hidden")
    r["activation"] = v.choice("activation", tuple(ACTIVATIONS))
    r["optimizer"] = v.choice("optimizer", tuple(OPTIMIZERS))
    r["lr"] = v.number("lr", *LR_RANGE)
    # the decay list's values, as numbers (a choice of strings would refuse 0.001 for "0.001")
    decay = v.number("weight_decay", 0.0, max(DECAYS), default=0.0)
    r["weight_decay"] = SceneValues({"weight_decay": decay}).choice("weight_decay", DECAYS)
    r["batch_size"] = v.integer("batch_size", FULL_BATCH, MAX_BATCH)
    r["shown"] = node_of(v.raw("shown", None), [len(r["features"]), *r["hidden"]], "shown")
    r["speed"] = v.integer("speed", 0, 40) if v.has("speed") else None
    v.done()
    return r


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
