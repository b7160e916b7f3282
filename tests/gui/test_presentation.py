"""Presentation mode scales fonts and plot lines, and leaving it restores everything."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.kit.plots import make_plot
from gui.presentation import scale_widget_tree, scaled_css_size, undo_all


@pytest.fixture
def demo(qtbot):
    """A widget with a label, a styled plot with a title, a legend and a curve with symbols."""
    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("lr = 0.1")
    plot = make_plot("Loss", "iteration", "loss", legend=True)
    curve = plot.plot(np.arange(5.0), np.arange(5.0) ** 2, pen=pg.mkPen("r", width=2),
                      symbol="o", symbolSize=8, name="loss")
    text = pg.TextItem("minimum")
    plot.addItem(text)
    layout.addWidget(label)
    layout.addWidget(plot)
    qtbot.addWidget(root)
    root.show()
    return root, label, plot.getPlotItem(), curve, text


def _snapshot(label, item, curve, text):
    axis = item.getAxis("bottom")
    return (label.font().pointSizeF(), axis.labelStyle.get("font-size"),
            axis.style["tickFont"].pointSizeF(), item.titleLabel.opts.get("size"),
            curve.opts["pen"].widthF(), curve.opts["symbolSize"], text.textItem.font().pointSizeF())


def test_scaling_and_restoring_a_widget_tree(demo):
    root, label, item, curve, text = demo
    before = _snapshot(label, item, curve, text)
    undo = scale_widget_tree(root, 2.0, high_contrast=True)
    after = _snapshot(label, item, curve, text)
    assert after[0] == pytest.approx(2 * before[0])
    assert after[1] == scaled_css_size(before[1], 2.0) and after[1] == "24.0pt"
    assert after[2] == pytest.approx(2 * before[2])
    assert after[3] == "26.0pt"
    assert after[4] == pytest.approx(4.0) and after[5] == 16
    assert after[6] == pytest.approx(2 * before[6])
    assert curve.curve.opts["pen"].widthF() == pytest.approx(4.0)   # what is drawn
    undo_all(undo)
    assert _snapshot(label, item, curve, text) == before
    assert not label.testAttribute(Qt.WA_SetFont)   # inherits again, as before




def test_f5_enters_and_leaves_presentation_mode(window, qtbot):
    section = window.show_section("loss")
    title_size = section.explain.title.font().pointSizeF()
    summary_size = section.explain.summary.font().pointSizeF()
    window.presentation.set_scale(2.0)
    window.act_present.trigger()                   # F5
    assert window.presentation.active and window.act_present.isChecked()
    assert window.windowState() & Qt.WindowFullScreen
    assert not window.nav.isVisible()
    assert section.explain.summary.font().pointSizeF() == pytest.approx(2 * summary_size)
    assert section.explain.title.font().pointSizeF() == pytest.approx(2 * title_size)
    window.act_present.trigger()
    assert not window.presentation.active
    assert not window.windowState() & Qt.WindowFullScreen
    assert window.nav.isVisible()
    assert section.explain.summary.font().pointSizeF() == pytest.approx(summary_size)
    assert section.explain.title.font().pointSizeF() == pytest.approx(title_size)


def test_sections_opened_during_a_presentation_are_scaled_once(window):
    window.show_section("loss")
    base = window.show_section("partial").explain.summary.font().pointSizeF()
    window.presentation.enter()
    assert "network" not in window.built_sections()
    window.move_section(+1)
    window.show_section("network")
    network = window.current_section()
    assert network.explain.summary.font().pointSizeF() == pytest.approx(1.5 * base)
    window.show_section("loss")
    window.show_section("network")                # showing it again does not scale twice
    assert network.explain.summary.font().pointSizeF() == pytest.approx(1.5 * base)
    window.presentation.leave()
    assert network.explain.summary.font().pointSizeF() == pytest.approx(base)


def test_changing_the_scale_during_a_presentation(window):
    section = window.show_section("loss")
    base = section.explain.summary.font().pointSizeF()
    window.presentation.enter()
    window.set_presentation_scale(2.5)
    assert section.explain.summary.font().pointSizeF() == pytest.approx(2.5 * base)
    window.presentation.leave()
    assert section.explain.summary.font().pointSizeF() == pytest.approx(base)
    assert window.presentation.scale == 2.5


def test_every_section_scales_and_restores_its_plots(window):
    for name in ("loss", "derivative", "partial", "gradient", "descent", "network", "training",
                 "playground"):
        window.show_section(name)
    items = [i for v in window.findChildren(pg.GraphicsView) for i in v.scene().items()
             if isinstance(i, pg.AxisItem)]
    before = [(a.style["tickFont"].pointSizeF() if a.style["tickFont"] else None,
               dict(a.labelStyle)) for a in items]
    window.presentation.enter()
    window.presentation.leave()
    after = [(a.style["tickFont"].pointSizeF() if a.style["tickFont"] else None,
              dict(a.labelStyle)) for a in items]
    assert after == before


def test_cli_present_starts_in_presentation_mode(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    target = tmp_path / "present.png"
    out = subprocess.run([sys.executable, "main.py", "--section", "descent", "--present",
                          "--screenshot", str(target), "--wait", "0.1"],
                         cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert target.read_bytes()[:4] == b"\x89PNG"


def test_widgets_created_during_a_presentation_are_scaled(window, qtbot):
    from PySide6.QtGui import QFont

    section = window.show_section("descent")
    window.presentation.enter()
    big = QFont()
    big.setPointSizeF(20)
    label = QLabel("late read-out")
    label.setFont(big)
    plain = QLabel("inherits")
    plot = make_plot("late plot", "x", "y")
    curve = plot.plot([0, 1], [1, 0], pen=pg.mkPen("b", width=2))
    section.controls.addWidget(label)
    section.controls.addWidget(plain)
    section.controls.addWidget(plot)
    qtbot.waitUntil(lambda: curve.opts["pen"].widthF() == pytest.approx(3.0))
    assert label.font().pointSizeF() == pytest.approx(30.0)
    assert plain.font().pointSizeF() == pytest.approx(1.5 * QFont().pointSizeF())
    window.presentation.leave()
    assert label.font().pointSizeF() == pytest.approx(20.0)
    assert plain.font().pointSizeF() == pytest.approx(QFont().pointSizeF())
    assert curve.opts["pen"].widthF() == pytest.approx(2.0)


def test_legend_entries_added_during_a_presentation_are_scaled(demo):
    root, label, item, curve, text = demo
    legend = item.legend
    before = legend.opts["labelTextSize"]
    undo = scale_widget_tree(root, 1.5)
    legend.addItem(curve, "added later")           # a race adds its rates like this
    assert legend.items[-1][1].opts["size"] == scaled_css_size(before, 1.5)
    undo_all(undo)
    assert legend.opts["labelTextSize"] == before


def test_recoloured_labels_keep_the_scaled_font(window):
    status = window.show_section("descent").status
    base = status.names[1].font().pointSizeF()
    window.presentation.enter()
    status.set_name(1, "lr = 10", "#d55e00")        # a new style sheet during the talk
    status.set_badge(1, "diverged", "DIVERGED")
    assert status.names[1].font().pointSizeF() == pytest.approx(1.5 * base)
    assert status.names[1].font().bold()
    window.presentation.leave()
    assert status.names[1].font().pointSizeF() == pytest.approx(base)
