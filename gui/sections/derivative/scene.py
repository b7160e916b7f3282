"""The derivative section's scene: f, the plotted range, the tangent point, h, the scheme,
the precision and the pinned tangents."""
from engine.derivative_demos import PRECISIONS, SCHEMES
from engine.scene_checks import ordered_range
from engine.scene_values import SceneValues
from engine.symbolic import derivative

LIMIT = 1e6          # the range boxes' own limits
MAX_PINS = 50
SMALLEST_H = 5e-324  # h > 0: the slider's box takes any positive h up to 1e6


def typed_text(function_input):
    """The function as the person typed it (x^2 stays x^2) when that is the one in use,
    else the last accepted function's text."""
    shown = function_input.edit.text().strip()
    used = function_input.expression().text
    return shown if shown in (used, used.replace("**", "^")) else used


def capture(section):
    lo, hi = section.range_input.value()
    return {"function": typed_text(section.function), "range": [lo, hi],
            "x": section.x_box.value(), "h": section.h.value(),
            "scheme": section.scheme.currentData(), "precision": section.precision.currentData(),
            "pinned": [float(x) for x in section._pinned]}


def _read(values):
    v = SceneValues(values)
    read = {"function": v.expression("function", ("x",)),
            "range": v.numbers("range", 2, -LIMIT, LIMIT)}
    lo, hi = ordered_range(*read["range"], "range")
    read["x"] = v.number("x", lo, hi)
    read["h"] = v.number("h", SMALLEST_H, LIMIT)
    read["scheme"] = v.choice("scheme", SCHEMES)
    read["precision"] = v.choice("precision", PRECISIONS)
    read["pinned"] = v.numbers("pinned", MAX_PINS, -LIMIT, LIMIT, default=[], min_length=0)
    v.done()
    return read


def restore(section, values):
    r = _read(values)
    section.message.clear()
    section._timer.stop()
    widgets = (section.function, section.x_box, section.scheme, section.precision, section.h)
    for widget in widgets:
        widget.blockSignals(True)
    section.function.setText(r["function"])
    section.function.error.hide()
    section._expression = section.function.expression()
    section._derivative = derivative(section._expression)
    section.range_input.set_range(*r["range"])
    section.x_box.setRange(*r["range"])
    section.x_box.setValue(r["x"])
    section.h.setValue(r["h"])
    section.scheme.setCurrentIndex(section.scheme.findData(r["scheme"]))
    section.precision.setCurrentIndex(section.precision.findData(r["precision"]))
    for widget in widgets:
        widget.blockSignals(False)
    section._pinned = list(r["pinned"])
    section._recompute()
