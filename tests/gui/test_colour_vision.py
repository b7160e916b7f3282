"""Curves drawn together stay apart for the common colour-vision deficiencies.

Every plot of every section (as it opens and after each preset) is read: two
lines in one plot must differ, under simulated protanopia, deuteranopia and
tritanopia (Machado et al. 2009, full severity), by a CIELAB distance of at
least MIN_DELTA_E, unless their dash patterns or symbols already tell them apart.
"""
import itertools

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from gui import sections as registry

MIN_DELTA_E = 12.0
SIMULATIONS = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _linear(c):
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear_rgb, 0, 1)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def seen_apart(rgb_a, rgb_b):
    """The smallest CIELAB distance between two sRGB colours (0…1) over the three simulations."""
    a, b = _linear(np.asarray(rgb_a)), _linear(np.asarray(rgb_b))
    return min(np.linalg.norm(_lab(m @ a) - _lab(m @ b)) for m in SIMULATIONS.values())


def test_the_simulation_tells_a_safe_palette_from_a_risky_one():
    def rgb(hex_colour):
        return [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    assert seen_apart(rgb("#d62728"), rgb("#2ca02c")) < MIN_DELTA_E      # red against green
    assert seen_apart(rgb("#0072b2"), rgb("#e69f00")) > MIN_DELTA_E      # blue against orange


def lines_of(plot):
    out = []
    for item in plot.listDataItems():
        if not isinstance(item, pg.PlotDataItem) or not item.isVisible():
            continue
        x, _ = item.getData()
        pen = pg.mkPen(item.opts.get("pen"))
        if x is None or len(x) < 2 or pen.style() == Qt.NoPen or pen.color().alpha() < 60:
            continue
        colour = pen.color()
        out.append(((colour.redF(), colour.greenF(), colour.blueF()), pen.style().name,
                    tuple(pen.dashPattern()), str(item.opts.get("symbol")), item.name() or "?"))
    return out


def too_close(widget):
    found = []
    for view in widget.findChildren(pg.GraphicsView):
        for plot in [i for i in view.scene().items() if isinstance(i, pg.PlotItem)]:
            for a, b in itertools.combinations(lines_of(plot), 2):
                if a[1:4] != b[1:4] or a[0] == b[0]:
                    continue          # told apart by dashes or symbols, or one colour on purpose
                if seen_apart(a[0], b[0]) < MIN_DELTA_E:
                    found.append((a[4], b[4], round(seen_apart(a[0], b[0]), 1)))
    return found


@pytest.mark.parametrize("name", registry.NAMES)
def test_lines_in_one_plot_stay_apart_for_colour_vision_deficiencies(window, qtbot, name):
    section = window.show_section(name)
    qtbot.wait(50)
    problems = [("open", *p) for p in too_close(section)]
    for preset in section.PRESETS:
        section.apply_preset(preset)
        qtbot.wait(50)
        problems += [(preset, *p) for p in too_close(section)]
    section.shutdown()
    assert not problems, problems
