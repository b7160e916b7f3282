"""The network section's scene: simpleNet's W, x and t, the nudge, and the descent settings.

W is saved as it is now (after Randomise, gradient steps or a kept nudge), every
digit of it. The steps taken to reach it are not: a restored scene starts its
descent plot at step 0 from that W, so Reset goes back to it.
"""
import sys

from engine import simple_net_demos as demos
from engine.messages import Message
from engine.scene_values import SceneError, SceneValues
from gui.sections.network.controls import DELTA_MAX
from gui.sections.network.plots import weight_name

TABS = ("nudge", "descent")   # the plot tabs, in their order
BIG = sys.float_info.max      # W and x take any finite number whose x·W stays finite
H_DECIMALS = 4                # the h box holds four decimals
WEIGHTS = [weight_name(i, j) for i in range(2) for j in range(3)]   # w11 … w23, the book's names


def capture(section):
    """Every control's value as plain JSON values."""
    i, j = section._weight
    return {
        "W": [[float(v) for v in row] for row in section._W],
        "x": [float(v) for v in section._x],
        "t": int(section._label),
        "seed": int(section.net_box.seed.value()),
        "weight": weight_name(i, j),
        "delta": float(section._delta),
        "h": float(section.nudge_box.h.value()),
        "lr": float(section.descent_box.lr.value()),
        "steps": int(section.descent_box.steps.value()),
        "tab": TABS[section.tabs.currentIndex()],
    }


def read(values):
    """The checked values of a scene (SceneError naming the first bad one); changes nothing."""
    values = SceneValues(values)
    W = values.matrix("W", (2, 3), -BIG, BIG)
    x = values.numbers("x", 2, -BIG, BIG)
    try:
        demos.check_inputs(W, x)
    except demos.BadInput as exc:
        raise SceneError(Message("{key}: {problem}", key="W, x", problem=exc.args[0])) from None
    seed = values.integer("seed", 0, 99999, default=0)
    t = values.integer("t", 0, 2)
    weight = WEIGHTS.index(values.choice("weight", WEIGHTS))
    delta = values.number("delta", -DELTA_MAX, DELTA_MAX)
    h = values.number("h", 1e-4, 1.0, default=0.01)
    lr = values.number("lr", demos.LR_MIN, demos.LR_MAX)
    steps = values.integer("steps", 1, demos.MAX_STEPS)
    tab = values.choice("tab", TABS, default="nudge")
    values.done()
    return {"W": W, "x": x, "t": t, "seed": seed, "weight": divmod(weight, 3),
            "delta": delta, "h": round(h, H_DECIMALS), "lr": lr, "steps": steps, "tab": tab}


def restore(section, values):
    """Put the section into the scene's state; nothing changes when a value is refused."""
    v = read(values)
    section._stop_run()
    section.message.clear()
    section.net_box.seed.setValue(v["seed"])
    section.descent_box.lr.setValue(v["lr"])
    section.descent_box.steps.setValue(v["steps"])
    section.nudge_box.h.setValue(v["h"])
    section._set_state(W=v["W"], x=v["x"], label=v["t"])   # a fresh descent history from this W
    section._select_weight(*v["weight"])
    section.set_delta(v["delta"])
    section.tabs.setCurrentIndex(TABS.index(v["tab"]))
