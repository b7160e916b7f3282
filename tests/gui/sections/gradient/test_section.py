"""Section 4.4: the -grad f quiver, its contours, hover read-outs and bad functions."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from engine.gradient import numerical_gradient
from gui.sections.gradient import MAX_ARROWS, MIN_ARROWS, GradientSection
from tests.gui.sections.fits import assert_plots_fit


@pytest.fixture
def section(qtbot):
    widget = GradientSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.apply_preset("book")
    return widget


def arrows(section):
    sx, sy = section.shaft_curve.getData()
    return sx[0::2], sy[0::2], sx[1::2] - sx[0::2], sy[1::2] - sy[0::2]


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def test_book_quiver_matches_the_engines_numerical_gradient(section):
    x0, x1, dx, dy = arrows(section)
    book = np.arange(-2, 2.5, 0.25)
    assert x0.size == book.size ** 2 - 1          # every grid point but the minimum, where grad = 0
    assert set(np.round(x0, 10)) == set(np.round(book, 10))
    grads = np.array([numerical_gradient(function_2, np.array([a, b])) for a, b in zip(x0, x1)])
    # Each arrow is -grad f, scaled by one common factor (length proportional to |grad f|).
    scale = np.hypot(dx, dy) / np.hypot(grads[:, 0], grads[:, 1])
    np.testing.assert_allclose(scale, scale[0], rtol=1e-9)
    np.testing.assert_allclose(dx, -scale * grads[:, 0], atol=1e-12)
    np.testing.assert_allclose(dy, -scale * grads[:, 1], atol=1e-12)
    hx, _ = section.head_curve.getData()
    assert hx.size == 2 * dx.size * 2              # two barbs per arrow
    assert section.contour_curve.getData()[0].size > 0
    assert np.isfinite(section.last_redraw_ms)


def test_normalise_and_density_update_the_same_items(section):
    shaft, head, contour = section.shaft_curve, section.head_curve, section.contour_curve
    before = arrows(section)
    section.normalise.setChecked(True)
    _, _, dx, dy = arrows(section)
    lengths = np.hypot(dx, dy)
    np.testing.assert_allclose(lengths, lengths[0])
    assert not np.allclose(lengths, np.hypot(before[2], before[3]))
    section.density.setValue(10)
    assert arrows(section)[0].size == 10 * 10      # no grid point of linspace(-2, 2.25, 10) is 0
    assert section.shaft_curve is shaft and section.head_curve is head and section.contour_curve is contour
    assert section.plot_item.listDataItems().count(shaft) == 1


def test_typed_function_changes_the_field(section):
    assert section.function.setText("x0**2 - x1**2")
    x0, x1, dx, dy = arrows(section)
    # -grad f = (-2 x0, +2 x1): the arrows push x1 away from 0.
    mask = np.abs(x1) > 0.5
    assert np.all(np.sign(dy[mask]) == np.sign(x1[mask]))
    assert np.all(np.sign(dx[np.abs(x0) > 0.5]) == -np.sign(x0[np.abs(x0) > 0.5]))


def test_hover_readouts(section, qtbot):
    value, grad = section.hover_at(0.5, -1.0)
    assert section.readouts.text("f") == "1.25"
    assert section.readouts.text("d0") == "1"
    assert section.readouts.text("d1") == "−2"
    assert section.readouts.text("point") == "(0.5, −1)"
    np.testing.assert_allclose(grad, numerical_gradient(function_2, np.array([0.5, -1.0])))
    assert section.hover_marker.getData()[0][0] == 0.5


def test_mouse_move_over_the_plot_updates_readouts(section, qtbot):
    vb = section.plot_item.getViewBox()
    target = vb.mapViewToScene(QPointF(1.0, -0.5))
    pos = section.plot.mapFromScene(target)
    qtbot.mouseMove(section.plot.viewport(), QPoint(pos.x(), pos.y()))
    qtbot.waitUntil(lambda: section.readouts.text("point") != "(1, 1.5)", timeout=2000)
    x0, x1 = section._hover
    assert abs(x0 - 1.0) < 0.2 and abs(x1 + 0.5) < 0.2     # within a few pixels of the pointer
    assert float(section.readouts.text("d0").replace("−", "-")) == pytest.approx(2 * x0, rel=1e-5)
    assert float(section.readouts.text("d1").replace("−", "-")) == pytest.approx(2 * x1, rel=1e-5)


def test_function_with_a_syntax_error_keeps_the_field(section):
    before = section.shaft_curve.getData()[0].copy()
    assert not section.function.setText("x0**2 + ")
    assert section.function.error.isVisibleTo(section)
    np.testing.assert_array_equal(section.shaft_curve.getData()[0], before)


def test_function_nan_everywhere_is_refused(section):
    before = section.shaft_curve.getData()[0].copy()
    section.function.setText("log(-1 - x0**2) + x1")
    assert section.message.level == "error" and "not a finite number" in section.message.text()
    np.testing.assert_array_equal(section.shaft_curve.getData()[0], before)
    section.hover_at(0.5, -1.0)                    # the last good function still answers
    assert section.readouts.text("f") == "1.25"


def test_function_partly_nan_draws_the_rest(section):
    section.function.setText("sqrt(x0) + x1**2")
    assert section.message.level == "warning"
    x0, _, dx, dy = arrows(section)
    assert x0.size > 0 and np.all(x0 > 0) and np.all(np.isfinite(dx))
    cx, cy = section.contour_curve.getData()
    assert np.all(np.isfinite(cx))


def test_presets_change_the_field(section):
    book = section.shaft_curve.getData()[0].copy()
    section.apply_preset("rosenbrock")
    assert section.normalise.isChecked()
    assert not np.array_equal(section.shaft_curve.getData()[0], book)
    section.apply_preset("book")
    np.testing.assert_array_equal(section.shaft_curve.getData()[0], book)


def type_density(section, qtbot, text):
    box = section.density
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key_Return)


def test_typing_200_arrows_is_capped_with_the_accepted_range(section, qtbot):
    type_density(section, qtbot, "200")
    assert section.density.value() == MAX_ARROWS
    assert section.density_error.isVisibleTo(section)
    text = section.density_error.text()
    assert "200" in text and f"{MIN_ARROWS} to {MAX_ARROWS}" in text
    x0, _, _, _ = arrows(section)
    assert x0.size == MAX_ARROWS ** 2           # 60 × 60 points, none of them exactly at (0, 0)
    type_density(section, qtbot, "2")
    assert section.density.value() == MIN_ARROWS and "2 arrows" in section.density_error.text()
    type_density(section, qtbot, "12")
    assert section.density.value() == 12 and not section.density_error.isVisibleTo(section)
    assert arrows(section)[0].size == 144


@pytest.mark.parametrize("preset, n, drawn, flat", [
    ("book", 18, 323, 1),          # arange(-2, 2.5, 0.25) holds the minimum (0, 0)
    ("saddle", 17, 288, 1),        # the saddle point (0, 0) is on the grid
    ("rosenbrock", 17, 289, 0),    # (1, 1) is on the grid, but its central difference is not 0
])
def test_the_count_read_out_accounts_for_every_grid_point(section, preset, n, drawn, flat):
    section.apply_preset(preset)
    assert section.density.value() == n
    assert arrows(section)[0].size == drawn
    text = section.timing.text()
    assert f"{n} × {n} grid: {drawn} arrows." in text
    assert (f"No arrow at {flat} point(s) where ∇f = 0" in text) == bool(flat)
    assert "not finite" not in text


def test_the_same_grid_gives_the_same_count_for_the_same_function(section, qtbot):
    type_density(section, qtbot, "17")               # book function, 17 × 17: no point at (0, 0)
    assert arrows(section)[0].size == 289 and "∇f = 0" not in section.timing.text()
    type_density(section, qtbot, "18")
    assert arrows(section)[0].size == 323 and "No arrow at 1 point(s) where ∇f = 0" in section.timing.text()


def test_points_where_f_is_not_finite_are_counted(section):
    assert section.function.setText("log(x0)")
    n = section.density.value()
    drawn = arrows(section)[0].size
    text = section.timing.text()
    undefined = n * n - drawn
    assert undefined > 0 and f"No arrow at {undefined} point(s) where f or ∇f is not finite" in text


def test_messages_and_the_range_error_are_said_again_in_a_new_language(section, qtbot, translations):
    assert section.function.setText("log(x0)")
    english = section.message.text()
    assert "not finite" in english
    type_density(section, qtbot, "200")
    english_error = section.density_error.text()
    english_count = section.timing.text()
    translations.set_language("ja")
    assert section.message.text() != english
    assert section.density_error.text() != english_error and "200" in section.density_error.text()
    assert section.timing.text() != english_count


@pytest.mark.parametrize("size, language", [((1280, 800), "en"), ((1024, 700), "zh_CN"), ((1024, 700), "ja")])
def test_gradient_fits_the_window(window, qtbot, translations, size, language):
    window.resize(*size)
    section = window.show_section("gradient")
    translations.set_language(language)
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert (window.width(), window.height()) == size
    assert_plots_fit(window, section)
    # The legend sits in the room left above the grid: it covers no arrow, even at 60 × 60.
    section.density.setValue(60)
    legend = section.plot_item.legend
    box = legend.mapRectToScene(legend.boundingRect())
    vb = section.plot_item.getViewBox()
    x0, x1, _, _ = arrows(section)
    covered = [box.contains(vb.mapViewToScene(QPointF(a, b))) for a, b in zip(x0, x1)]
    assert not any(covered)
