"""The partial section's scene: f(x0, x1), the plotted range, the point (x0, x1), h, and whether
the heatmap or the 3-D surface is shown."""
from engine.scene_checks import ordered_range
from engine.scene_values import SceneValues
from gui.sections.partial.section import DEFAULT_FUNCTION

LIMIT = 1e6          # the range boxes' own limits
SMALLEST_H = 5e-324  # h > 0, up to what the h box takes
VIEWS = ("heatmap", "surface")


def typed_text(function_input):
    """The function as the person typed it (x0^2 stays x0^2) when that is the one in use,
    else the last accepted function's text."""
    shown = function_input.edit.text().strip()
    used = function_input.expression().text
    return shown if shown in (used, used.replace("**", "^")) else used


def capture(section):
    lo, hi = section.range_input.value()
    return {"function": typed_text(section.function), "range": [lo, hi],
            "point": [section.x0_box.value(), section.x1_box.value()], "h": section.h.value(),
            "view": "surface" if section.tabs.currentWidget() is section.surface else "heatmap"}


def _read(values):
    v = SceneValues(values)
    read = {"function": v.expression("function", ("x0", "x1"), default=DEFAULT_FUNCTION),
            "range": v.numbers("range", 2, -LIMIT, LIMIT)}
    lo, hi = ordered_range(*read["range"], "range")
    read["point"] = v.numbers("point", 2, lo, hi)
    read["h"] = v.number("h", SMALLEST_H, LIMIT, default=1e-4)
    read["view"] = v.choice("view", VIEWS, default="heatmap")
    v.done()
    return read


def restore(section, values):
    r = _read(values)
    section.message.clear()
    section.function.blockSignals(True)
    section.function.setText(r["function"])
    section.function.blockSignals(False)
    section.function.error.hide()
    section._expression = section.function.expression()
    section._derivatives = section._differentiate(section._expression)
    section.range_input.set_range(*r["range"])
    section.h.blockSignals(True)
    section.h.setValue(r["h"])
    section.h.blockSignals(False)
    for box, value in zip((section.x0_box, section.x1_box), r["point"]):
        box.blockSignals(True)
        box.setRange(*r["range"])
        box.setValue(value)
        box.blockSignals(False)
    section._recompute_surface()
    if r["view"] == "surface":
        section.show_3d()   # without OpenGL: the heatmap, with a note saying why
    else:
        section.tabs.setCurrentWidget(section.heatmap)
