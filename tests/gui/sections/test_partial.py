"""The partial-derivative section (4.3.3) driven through its widgets, and its 3-D fallback."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from gui.sections.partial import PartialSection
from gui.sections.partial.surface import SurfaceView, opengl_problem
from tests.gui.sections.fits import assert_plots_fit

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def section(qtbot):
    widget = PartialSection()
    qtbot.addWidget(widget)
    return widget


def slope_of(item):
    x, y = item.getData()
    return (y[-1] - y[0]) / (x[-1] - x[0])


def test_problem_1_shows_the_books_value(section):
    section.apply_preset("problem-1")
    assert section.readouts.text("d0_numeric") == "6.00000000000378"
    assert section.readouts.text("d0_analytic") == "6.0"
    assert "6.00000000000378" in section.message.text()
    assert slope_of(section.slice0.numeric) == pytest.approx(6.0)
    xs, ys = section.slice0.curve.getData()
    np.testing.assert_allclose(ys, xs**2 + 16.0)      # function_tmp1: x0² + 4²


def test_problem_2_shows_the_books_value(section):
    section.apply_preset("problem-2")
    assert section.readouts.text("d1_numeric") == "7.999999999999119"
    assert section.readouts.text("d1_analytic") == "8.0"
    assert "7.999999999999119" in section.message.text()
    xs, ys = section.slice1.curve.getData()
    np.testing.assert_allclose(ys, 9.0 + xs**2)       # function_tmp2: 3² + x1²


def test_heatmap_holds_the_function_with_contours(section):
    image = section.heatmap.image.image
    assert image.shape == (101, 101)
    axis = np.linspace(-5, 5, 101)
    np.testing.assert_allclose(image, axis[:, None]**2 + axis[None, :]**2)
    levels = [iso.level for iso in section.heatmap.contours if iso.isVisible()]
    assert len(levels) == 10 and levels == sorted(levels)
    assert section.heatmap.colorbar.levels()[1] > section.heatmap.colorbar.levels()[0]


def test_spin_boxes_move_the_point_and_both_tangents_in_place(section):
    tangent0, tangent1 = section.slice0.numeric, section.slice1.numeric
    section.x0_box.setValue(-2.0)
    section.x1_box.setValue(1.5)
    assert section.slice0.numeric is tangent0 and section.slice1.numeric is tangent1
    assert slope_of(tangent0) == pytest.approx(-4.0)
    assert slope_of(tangent1) == pytest.approx(3.0)
    assert section.readouts.text("d1_analytic") == "3.0"
    pos = section.heatmap.target.pos()
    assert (pos.x(), pos.y()) == (-2.0, 1.5)
    assert section.heatmap.line0.value() == 1.5 and section.heatmap.line1.value() == -2.0


def test_dragging_the_target_picks_the_point(section):
    section.heatmap.target.setPos(1.0, -3.0)     # what a mouse drag does
    assert section.x0_box.value() == 1.0 and section.x1_box.value() == -3.0
    assert section.readouts.text("d1_analytic") == "−6.0"


def test_clicking_the_heatmap_picks_the_point(section, qtbot):
    section.resize(1100, 700)
    section.show()
    qtbot.waitExposed(section)
    view = section.heatmap.widget
    vb = section.heatmap.plot.getViewBox()
    scene_pos = vb.mapViewToScene(QPointF(-1.0, 2.0))
    widget_pos = view.mapFromScene(scene_pos)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(widget_pos.x(), widget_pos.y()))
    assert section.x0_box.value() == pytest.approx(-1.0, abs=0.1)
    assert section.x1_box.value() == pytest.approx(2.0, abs=0.1)


def test_typed_function_updates_everything_and_bad_text_keeps_the_last(section):
    image_item = section.heatmap.image
    assert section.function.setText("x0*x1")
    assert section.heatmap.image is image_item
    assert section.readouts.text("d0_analytic") == "4.0"    # ∂(x0 x1)/∂x0 = x1 = 4
    before = image_item.image.copy()
    assert not section.function.setText("x0 * x2")
    assert "'x2'" in section.function.error.text()
    np.testing.assert_array_equal(image_item.image, before)
    assert section.readouts.text("d0_analytic") == "4.0"


def test_undefined_regions_and_corners_do_not_crash(section):
    assert section.function.setText("log(x0) + abs(x1)")
    section.set_point(-1.0, 0.0)
    assert section.readouts.text("d0_analytic") == "—"
    assert section.readouts.text("d0_numeric") == "nan"
    section.set_point(2.0, 0.0)
    assert section.readouts.text("d0_analytic") == "0.5"
    assert section.readouts.text("d1_analytic") == "—"       # abs has a corner at x1 = 0
    assert "No analytic value" in section.derivative_label.text()


@pytest.mark.parametrize("typed", ["0", "-1", "x"])
def test_bad_h_is_refused(section, typed):
    section.h.edit.setText(typed)
    section.h.edit.editingFinished.emit()
    assert section.h.value() == 1e-4
    assert not section.h.error.isHidden()


def test_bad_range_is_refused(section):
    section.range_input.range_from.setValue(7.0)
    assert not section.range_input.error.isHidden()
    assert section.heatmap.image.image[0, 0] == pytest.approx(50.0)


# --- 3-D surface and its fallback -----------------------------------------------------
def test_offscreen_has_no_opengl_and_falls_back_to_the_heatmap(section):
    if opengl_problem() is None:
        pytest.skip("OpenGL works here (Xvfb); the fallback is tested offscreen")
    assert section.show_3d() is False
    assert section.tabs.currentWidget() is section.heatmap
    assert "OpenGL" in section.message.text()
    assert "OpenGL" in section.surface.note.text()
    section.apply_preset("fig-4-8")                # the 3-D preset degrades the same way
    assert section.tabs.currentWidget() is section.heatmap
    assert section.heatmap.image.image[0, 0] == pytest.approx(18.0)   # range −3 … 3


def test_a_probe_that_says_no_gives_the_note(qtbot):
    widget = PartialSection(surface_probe=lambda: "no GPU in this test")
    qtbot.addWidget(widget)
    widget.show_3d()
    assert "no GPU in this test" in widget.surface.note.text()
    assert widget.surface.view is None


def test_a_failing_3d_view_is_caught(qtbot, monkeypatch):
    def broken(self):
        raise RuntimeError("context lost")
    monkeypatch.setattr(SurfaceView, "_create_view", broken)
    widget = PartialSection(surface_probe=lambda: None)
    qtbot.addWidget(widget)
    assert widget.show_3d() is False
    assert "context lost" in widget.message.text()
    widget.set_point(1.0, 1.0)                     # updates keep working without a view


def test_pyqtgraph_opengl_is_imported_lazily():
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from gui.sections.partial import PartialSection; s = PartialSection(); "
            "print('pyqtgraph.opengl' in sys.modules, 'OpenGL' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.stdout.split() == ["False", "False"], out.stderr


@pytest.mark.gl
def test_real_3d_surface_where_opengl_works(qtbot):
    if opengl_problem() is not None:
        pytest.skip(f"no OpenGL here: {opengl_problem()}")
    widget = PartialSection()
    qtbot.addWidget(widget)
    assert widget.show_3d() is True
    surface = widget.surface._items["surface"]
    assert surface._z.shape == (101, 101)
    widget.set_point(1.0, 2.0)
    assert widget.surface._items["point"].pos[0][0] == pytest.approx((1.0 + 5) / 10 * 10 - 5)


def test_a_tiny_h_warns_that_the_slope_is_lost(section):
    section.apply_preset("problem-1")
    assert section.trap.isHidden()
    section.h.setValue(1e-20)
    assert section.readouts.text("d0_numeric") == "0.0"
    assert not section.trap.isHidden()
    assert "∂f/∂x0 and ∂f/∂x1" in section.trap.text()
    section.h.setValue(1e-4)
    assert section.trap.isHidden()


def click_heatmap(qtbot, heatmap, x0, x1):
    view = heatmap.widget
    widget_pos = view.mapFromScene(heatmap.plot.getViewBox().mapViewToScene(QPointF(x0, x1)))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=QPoint(widget_pos.x(), widget_pos.y()))


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_clicking_the_heatmap_keeps_the_slices_inside_the_window(window, qtbot, size):
    window.resize(*size)
    section = window.show_section("partial")
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size      # the window can be this small
    click_heatmap(qtbot, section.heatmap, -3.16, -1.97)
    qtbot.wait(50)
    assert section.x1_box.value() == pytest.approx(-1.97, abs=0.15)
    # A short title with a fixed precision: the value, not a 17-digit float.
    assert section.slice0.plot.titleLabel.text == "f(x0, x1 = %.2f)" % section.x1_box.value()
    assert section.slice1.plot.titleLabel.text == "f(x0 = %.2f, x1)" % section.x0_box.value()
    assert_plots_fit(window, section)
    # The slices' x axes still show the whole range -5 … 5.
    for piece in (section.slice0, section.slice1):
        (lo, hi), _ = piece.plot.getViewBox().viewRange()
        assert lo <= -5 and hi >= 5
        assert piece.plot.getViewBox().width() > 60


@pytest.mark.parametrize("language", ["zh_CN", "ja"])
def test_partial_fits_the_window_in_every_language(window, qtbot, translations, language):
    window.resize(1024, 700)
    section = window.show_section("partial")
    translations.set_language(language)
    qtbot.waitExposed(window)
    click_heatmap(qtbot, section.heatmap, 2.5, -4.1)
    qtbot.wait(50)
    assert window.width() == 1024
    assert_plots_fit(window, section)


def test_messages_are_said_again_in_a_new_language(section, translations):
    section.apply_preset("problem-1")
    english = section.message.text()
    assert "Problem 1" in english and section.readouts.text("d0_numeric") in english
    translations.set_language("ja")
    assert section.message.text() != english
    assert section.readouts.text("d0_numeric") in section.message.text()
    translations.set_language("en")
    assert section.message.text() == english


def test_the_3d_note_is_said_again_in_a_new_language(section, translations):
    if section.surface.available:
        pytest.skip("OpenGL is available here: there is no note")
    section.tabs.setCurrentWidget(section.surface)           # the person clicks the 3-D tab
    english = section.message.text()
    assert "OpenGL" in english and section.tabs.currentWidget() is section.heatmap
    translations.set_language("zh_CN")
    assert section.message.text() != english and "OpenGL" in section.message.text()
