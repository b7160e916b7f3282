"""The descent section's scene: f, its view, init_x, lr and step_num, the racers and their pictures.

A scene names the optimizer race's surface ("surface") only when that preset's exact
gradient is in use; a typed function (or one of 4.4.1's) descends on the book's
numerical gradient. The step shown is saved too: a lecturer may stop a race at step 5
to talk about it. Paths that take long are computed in the background, so what
depends on them (the step, the racer chosen for the step card) is applied when they
arrive; until then capture() answers with the restored values.
"""
import numpy as np
from PySide6.QtCore import Qt

from engine.descent import check_somewhere_finite
from engine.expressions import parse
from engine.messages import Message, message_of
from engine.optimizer_race import MAX_RACERS
from engine.optimizer_race import SURFACES as RACE_SURFACES
from engine.optimizers import make_optimizer
from engine.scene_checks import ordered_range
from engine.scene_values import SceneError, SceneValues
from gui.sections.descent.contours import values_on
from gui.sections.descent.inner import KINDS
from gui.sections.descent.inputs import LR_MAX, LR_MIN, MAX_RATES, MAX_STEPS
from gui.sections.descent.racers import TITLES, defaults

VARIABLES = ("x0", "x1")
FAR = 1e6          # views and starts within ±1e6: beyond, a path is "diverged" long before
MIN_SPAN = 1e-6    # a view narrower than this has no contours to draw
SPEEDS = (0, 40)   # the speed slider's positions (0.1 … 1000 steps/s)
AFTER_PATHS = ("draw_for", "step_card", "table_racer", "step")
BIG = 1e308        # a racer's settings are checked by its optimizer, not by a range here


def capture(section):
    """Every control's value as plain JSON values."""
    panel = section.race_panel
    values = {
        "function": _function_text(section),
        "surface": next((name for name, s in RACE_SURFACES.items() if s.gradient is section._gradient),
                        None),
        "view": [[float(lo), float(hi)] for lo, hi in section._view],
        "start": [float(v) for v in section._start],
        "lr": float(section.lr.value()),
        "steps": int(section._step_num),
        "race": [float(lr) for lr in section._race],
        "racers": [{"optimizer": name, **{key: float(v) for key, v in hyper.items()}}
                   for name, hyper in section.racer_list.racers()],
        "pictures": [{kind: bool(shown[kind]) for kind in KINDS} for shown in panel._pictures],
        "draw_for": panel.target.currentIndex(),
        "step_card": panel.racer.currentIndex(),
        "table_racer": section.step_table.racer.currentIndex(),
        "step_table": section.table_button.isChecked(),
        "step": section.current_step(),
        "speed": section.playbar.speed.value(),
    }
    pending = getattr(section, "_scene_pending", None)
    if pending is not None and section.computing():
        values.update({key: pending[key] for key in AFTER_PATHS})
    return values


def _function_text(section):
    """The function in use as the student typed it (x^2 stays x^2), else as the parser wrote it."""
    typed = section.function.edit.text()
    try:
        if parse(typed, VARIABLES).text == section._f.text:
            return typed
    except ValueError:      # a refused text is still in the field; the last good function is in use
        pass
    return section._f.text


def _racer(item, i):
    name = item.choice("optimizer", list(TITLES))
    hyper = {key: item.number(key, -BIG, BIG, default=value) for key, value in defaults(name).items()}
    item.done()
    try:
        make_optimizer(name, **hyper)
    except ValueError as exc:
        raise SceneError(Message("{key}: {problem}", key=f"racers[{i}]",
                                 problem=message_of(exc) or str(exc))) from None
    return name, hyper


def read(values):
    """The checked values of a scene (SceneError naming the first bad one); changes nothing."""
    values = SceneValues(values)
    view = values.matrix("view", (2, 2), -FAR, FAR)
    for axis, (lo, hi) in enumerate(view):
        ordered_range(lo, hi, f"view.{axis}")
        if hi - lo < MIN_SPAN:          # too narrow for contours: nothing could be seen
            raise SceneError(Message("{key} is {value}, outside {lo} … {hi}.", key=f"view.{axis}.1",
                                     value=repr(hi), lo=f"{lo + MIN_SPAN:g}", hi=f"{FAR:g}"))
    text = values.expression("function", VARIABLES)
    f = parse(text, VARIABLES)
    try:
        check_somewhere_finite(values_on(f, view)[2], f.text)
    except ValueError as exc:
        raise SceneError(Message("{key}: {problem}", key="function", problem=exc.args[0])) from None
    # a race surface's exact gradient goes with its own function only; any f may use the numerical one
    surface = values.choice("surface", [None] + [name for name, s in RACE_SURFACES.items()
                                                 if parse(s.text, VARIABLES).text == f.text])
    start = values.numbers("start", 2, -FAR, FAR)
    lr = values.number("lr", LR_MIN, LR_MAX)
    steps = values.integer("steps", 1, MAX_STEPS)
    race = values.numbers("race", MAX_RATES - 1, LR_MIN, LR_MAX, min_length=0, default=[])
    racers = [_racer(item, i) for i, item in
              enumerate(values.items("racers", 0, MAX_RACERS - 1 - len(race), default=[]))]
    rates = list(dict.fromkeys([lr] + race))[:MAX_RATES]     # as section.rates(): no duplicates
    count = min(len(rates) + len(racers), MAX_RACERS)
    pictures = []
    for item in values.items("pictures", count, count, default=[{}] * count):
        pictures.append({kind: item.boolean(kind, default=True) for kind in KINDS})
        item.done()
    v = {"view": tuple(tuple(r) for r in view), "function": text, "surface": surface,
         "start": start, "lr": lr, "steps": steps, "race": race, "racers": racers,
         "pictures": pictures,
         "draw_for": values.integer("draw_for", 0, count, default=0),
         "step_card": values.integer("step_card", 0, count - 1, default=0),
         "table_racer": values.integer("table_racer", 0, count - 1, default=0),
         "step_table": values.boolean("step_table", default=False),
         "step": values.integer("step", 0, steps, default=steps),
         "speed": values.integer("speed", *SPEEDS, default=23)}
    values.done()
    return v


def restore(section, values):
    """Put the section into the scene's state; nothing changes when a value is refused."""
    v = read(values)
    section._set_playing(False)
    section.message.clear()
    surface = RACE_SURFACES.get(v["surface"])
    section._view = v["view"]
    section._gradient = surface.gradient if surface else None
    section._contour_max = surface.contour_max if surface else np.inf
    section._start = np.array(v["start"], dtype=np.float64)
    section.steps_field.set_value(v["steps"])
    section.race_field.set_value(v["race"])
    section.racer_list.set_racers(v["racers"])
    for widget in (section.lr, section.function):
        widget.blockSignals(True)
    section.lr.setValue(v["lr"])
    section.function.setText(v["function"])
    for widget in (section.lr, section.function):
        widget.blockSignals(False)
    section.playbar.speed.setValue(v["speed"])
    section.table_button.setChecked(v["step_table"])
    # kept by the panel for the racers that stay when the new paths arrive
    section.race_panel._pictures = [dict(p) for p in v["pictures"]]
    (lo0, hi0), (lo1, hi1) = v["view"]
    section.plot_item.setRange(xRange=(lo0, hi0), yRange=(lo1, hi1), padding=0.02)
    section._scene_pending = v
    section._function_changed(at_end=True)
    if section.computing():
        section.jobs.paths_ready.connect(lambda _runs: _after_paths(section, v),
                                         type=Qt.SingleShotConnection)
    else:
        _after_paths(section, v)


def _after_paths(section, v):
    """What needs the paths on screen: the racer each chooser shows, and the step."""
    if getattr(section, "_scene_pending", None) is not v:
        return            # another scene was restored meanwhile
    section._scene_pending = None
    panel = section.race_panel
    panel.target.setCurrentIndex(v["draw_for"])
    panel.racer.setCurrentIndex(v["step_card"])
    section.step_table.racer.setCurrentIndex(v["table_racer"])
    section.seek(v["step"])
