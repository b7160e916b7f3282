"""The loss section's scene: the tab, y (or its logits) and t, the mini-batch and accuracy settings.

A network plugged in from the Training section is not part of a scene (trained
weights keep their own files): it is saved as the book's fresh network.
"""
from engine.loss_demos import BOOK_PRINTED, LOGIT_LIMIT, WEIGHTS
from engine.scene_checks import probability_vector
from engine.scene_values import SceneValues
from gui.sections.loss.output import LOGITS, NORMALISE
from gui.sections.loss.section import ACCURACY_TAB, BATCH_TAB, CURVE_TAB, OUTPUT_TAB

TABS = {"output": OUTPUT_TAB, "curve": CURVE_TAB, "batch": BATCH_TAB, "accuracy": ACCURACY_TAB}
NETWORKS = ("book", "wild")          # the batch tab's fresh TwoLayerNets: std 0.01 and std 1
TRAIN_SIZE = 60000                   # MNIST's training images: the largest batch
SEED_MAX = 2**31 - 1
BATCH_DEFAULTS = {"batch_size": 10, "seed": 0, "network": "book"}
ACCURACY_DEFAULTS = {"weight": WEIGHTS[0], "half_width": 8.0}


def capture(section):
    output = section.output
    values = {"tab": next(k for k, v in TABS.items() if v == section.tabs.currentIndex()),
              "mode": output.mode(), "label": output.label()}
    if output.mode() == LOGITS:
        values["logits"] = [float(a) for a in output.logits()]
    else:
        values["y"] = [float(v) for v in output.y()]
    values["book_values"] = next((name for name, printed in BOOK_PRINTED.items()
                                  if printed == output.book_printed), None)
    batch = section._lazy[BATCH_TAB]
    if batch is None:
        values.update(BATCH_DEFAULTS)
    else:
        values.update(batch_size=batch.batch_size.value(), seed=batch.seed.value(),
                      network=NETWORKS[min(batch.network_combo.currentIndex(), 1)])
    accuracy = section._lazy[ACCURACY_TAB]
    if accuracy is None:
        values.update(ACCURACY_DEFAULTS)
    else:
        values.update(weight=WEIGHTS[accuracy.weight.currentIndex()], half_width=accuracy.half_width.value())
        # A sweep (re)computed starts at its centre: only a w moved away from it is saved, so a
        # scene without "w" restores the same way whichever sweep was on screen before.
        if accuracy.sweep is not None and accuracy._w != accuracy._centre:
            values["w"] = float(accuracy._w)
    return values


def _read(values):
    """Every value checked; SceneError before anything changes."""
    v = SceneValues(values)
    read = {"tab": v.choice("tab", tuple(TABS)), "mode": v.choice("mode", (NORMALISE, LOGITS)),
            "label": v.integer("label", 0, 9)}
    if read["mode"] == LOGITS:
        read["logits"] = v.numbers("logits", 10, -LOGIT_LIMIT, LOGIT_LIMIT)
    else:
        read["y"] = probability_vector(v.numbers("y", 10, 0.0, 1.0), "y")
    read["book_values"] = v.choice("book_values", (None, *BOOK_PRINTED), default=None) \
        if v.has("book_values") else None
    read["batch_size"] = v.integer("batch_size", 1, TRAIN_SIZE, default=10)
    read["seed"] = v.integer("seed", 0, SEED_MAX, default=0)
    read["network"] = v.choice("network", NETWORKS, default="book")
    read["weight"] = v.choice("weight", WEIGHTS, default=WEIGHTS[0])
    read["half_width"] = v.number("half_width", 0.1, 100.0, default=8.0)
    read["w"] = v.number("w", -1e6, 1e6) if v.has("w") else None
    v.done()
    return read


def restore(section, values):
    r = _read(values)
    section.message.clear()
    output = section.output
    output.set_mode(r["mode"])
    if r["mode"] == LOGITS:
        output.set_logits(r["logits"], r["label"])
    else:
        printed = BOOK_PRINTED[r["book_values"]] if r["book_values"] else None
        output.set_output(r["y"], r["label"], book_printed=printed)

    tab = TABS[r["tab"]]
    batch_values = {key: r[key] for key in BATCH_DEFAULTS}
    if tab == BATCH_TAB or section._lazy[BATCH_TAB] is not None or batch_values != BATCH_DEFAULTS:
        _restore_batch(section.batch, r, draw=tab == BATCH_TAB)
    accuracy_values = {key: r[key] for key in ACCURACY_DEFAULTS}
    if (tab == ACCURACY_TAB or section._lazy[ACCURACY_TAB] is not None
            or accuracy_values != ACCURACY_DEFAULTS or r["w"] is not None):
        _restore_accuracy(section.accuracy, r, compute=tab == ACCURACY_TAB or r["w"] is not None)
    section.show_tab(tab)


def _restore_batch(batch, r, draw):
    widgets = (batch.batch_size, batch.seed, batch.network_combo)
    for widget in widgets:
        widget.blockSignals(True)
    batch.batch_size.setValue(r["batch_size"])
    batch.seed.setValue(r["seed"])
    batch.network_combo.setCurrentIndex(NETWORKS.index(r["network"]))
    for widget in widgets:
        widget.blockSignals(False)
    batch._update_code()
    if draw or batch.batch_mask is not None:
        batch.draw()


def _restore_accuracy(accuracy, r, compute):
    for widget in (accuracy.weight, accuracy.half_width):
        widget.blockSignals(True)
    accuracy.weight.setCurrentIndex(WEIGHTS.index(r["weight"]))
    accuracy.half_width.setValue(r["half_width"])
    for widget in (accuracy.weight, accuracy.half_width):
        widget.blockSignals(False)
    if compute or accuracy.sweep is not None:
        accuracy._recompute()
        if r["w"] is not None:
            accuracy.set_w(r["w"])
