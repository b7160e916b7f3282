"""The gradient section's scene: f(x0, x1), the grid it is drawn on, the arrows (count and length
mode) and the point whose read-outs are shown."""
from engine.scene_checks import ordered_range
from engine.scene_values import SceneValues
from gui.sections.gradient.section import MAX_ARROWS, MIN_ARROWS

LIMIT = 1e6


def typed_text(function_input):
    """The function as the person typed it (x0^2 stays x0^2) when that is the one in use,
    else the last accepted function's text."""
    shown = function_input.edit.text().strip()
    used = function_input.expression().text
    return shown if shown in (used, used.replace("**", "^")) else used


def capture(section):
    return {"function": typed_text(section.function),
            "grid_range": [[float(lo), float(hi)] for lo, hi in section._grid_range],
            "arrows": section.density.value(), "same_length": section.normalise.isChecked(),
            "point": [float(v) for v in section._hover]}


def _read(values):
    v = SceneValues(values)
    read = {"function": v.expression("function", ("x0", "x1")),
            "grid_range": v.matrix("grid_range", (2, 2), -LIMIT, LIMIT)}
    for lo, hi in read["grid_range"]:
        ordered_range(lo, hi, "grid_range")
    read["arrows"] = v.integer("arrows", MIN_ARROWS, MAX_ARROWS)
    read["same_length"] = v.boolean("same_length", default=False)
    read["point"] = v.numbers("point", 2, -LIMIT, LIMIT)
    v.done()
    return read


def restore(section, values):
    r = _read(values)
    section.message.clear()
    section._grid_range = tuple(tuple(axis) for axis in r["grid_range"])
    for widget, set_value in ((section.normalise, lambda: section.normalise.setChecked(r["same_length"])),
                              (section.density, lambda: section.density.setValue(r["arrows"])),
                              (section.function, lambda: section.function.setText(r["function"]))):
        widget.blockSignals(True)
        set_value()
        widget.blockSignals(False)
    section.function.error.hide()
    section.density_error.clear()
    section._recompute(reset_view=True)
    section.hover_at(*r["point"])
