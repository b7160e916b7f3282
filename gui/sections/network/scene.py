"""The network section's scene: simpleNet's W, x and t, the nudge, and the descent settings.

W is saved as it is now (after Randomise, gradient steps or a kept nudge), every
digit of it, and so are the gradient steps that led to it ("history": W before each
step, up to MAX_HISTORY steps), so the descent plot and Reset come back as they
were. A longer history is left out: the restored scene starts its steps at that W.
"""
import sys

import numpy as np

from engine import simple_net_demos as demos
from engine.messages import Message
from engine.scene_values import SceneError, SceneValues
from gui.sections.network.controls import DELTA_MAX
from gui.sections.network.plots import weight_name

TABS = ("nudge", "descent")   # the plot tabs, in their order
BIG = sys.float_info.max      # W and x take any finite number whose x·W stays finite
H_DECIMALS = 4                # the h box holds four decimals
MAX_HISTORY = 500             # steps kept in a scene (a few hundred kB of JSON at most)
WEIGHTS = [weight_name(i, j) for i in range(2) for j in range(3)]   # w11 … w23, the book's names


def capture(section):
    """Every control's value as plain JSON values."""
    i, j = section._weight
    steps = section._hist_W[:-1] if len(section._hist_W) <= MAX_HISTORY + 1 else []
    return {
        "W": _matrix(section._W),
        "x": [float(v) for v in section._x],
        "t": int(section._label),
        "seed": int(section.net_box.seed.value()),
        "weight": weight_name(i, j),
        "delta": float(section._delta),
        "h": float(section.nudge_box.h.value()),
        "lr": float(section.descent_box.lr.value()),
        "steps": int(section.descent_box.steps.value()),
        "tab": TABS[section.tabs.currentIndex()],
        "history": [{"W": _matrix(W)} for W in steps],
    }


def _matrix(W):
    return [[float(v) for v in row] for row in W]


def _usable(W, x, key):
    try:
        demos.check_inputs(W, x)
    except demos.BadInput as exc:
        raise SceneError(Message("{key}: {problem}", key=key, problem=exc.args[0])) from None


def read(values):
    """The checked values of a scene (SceneError naming the first bad one); changes nothing."""
    values = SceneValues(values)
    W = values.matrix("W", (2, 3), -BIG, BIG)
    x = values.numbers("x", 2, -BIG, BIG)
    _usable(W, x, "W, x")
    seed = values.integer("seed", 0, 99999, default=0)
    t = values.integer("t", 0, 2)
    weight = WEIGHTS.index(values.choice("weight", WEIGHTS))
    delta = values.number("delta", -DELTA_MAX, DELTA_MAX)
    h = values.number("h", 1e-4, 1.0, default=0.01)
    lr = values.number("lr", demos.LR_MIN, demos.LR_MAX)
    steps = values.integer("steps", 1, demos.MAX_STEPS)
    tab = values.choice("tab", TABS, default="nudge")
    history = []
    for k, item in enumerate(values.items("history", 0, MAX_HISTORY, default=[])):
        history.append(item.matrix("W", (2, 3), -BIG, BIG))
        item.done()
        _usable(history[-1], x, f"history[{k}].W")
    values.done()
    return {"W": W, "x": x, "t": t, "seed": seed, "weight": divmod(weight, 3),
            "delta": delta, "h": round(h, H_DECIMALS), "lr": lr, "steps": steps, "tab": tab,
            "history": history}


def restore(section, values):
    """Put the section into the scene's state; nothing changes when a value is refused."""
    v = read(values)
    section._stop_run()
    section.message.clear()
    section.net_box.seed.setValue(v["seed"])
    section.descent_box.lr.setValue(v["lr"])
    section.descent_box.steps.setValue(v["steps"])
    section.nudge_box.h.setValue(v["h"])
    section._set_state(W=v["W"], x=v["x"], label=v["t"])
    if v["history"]:       # the steps that led to W, as the descent plot drew them
        Ws = np.array(v["history"] + [v["W"]], dtype=np.float64)
        section._hist_W = list(Ws)
        section._hist_L = [float(L) for L in demos.losses(Ws, v["x"], v["t"])]
        section._set_state(W=v["W"], keep_history=True)
    section._select_weight(*v["weight"])
    section.set_delta(v["delta"])
    section.tabs.setCurrentIndex(TABS.index(v["tab"]))
