"""Keyboard only: Tab reaches every control, Qt's usual keys operate it, section keys never steal them."""
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QSlider, QTabBar

from gui import sections as registry
from gui.kit.keys import TAKES_ARROWS


def _focus_window(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _tab_until(window, qtbot, wanted, limit=200, key=Qt.Key_Tab):
    """Press Tab (like a person) until wanted(focus widget) holds; returns the widgets passed."""
    passed = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or window, key)
        focus = QApplication.focusWidget()
        passed.append(focus)
        if focus is not None and wanted(focus):
            return passed
    raise AssertionError(f"Tab never reached the widget; passed {[type(w).__name__ for w in passed]}")


def _tab_walk(window, qtbot):
    """Every focus stop Tab visits once round the window."""
    window.nav.setFocus()
    seen = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is window.nav:
            return seen
        seen.append(focus)
    raise AssertionError("Tab never came back to the section list")


def test_space_and_enter_press_a_preset_button_reached_by_tab(window, qtbot):
    section = window.show_section("loss")
    _focus_window(window, qtbot)
    window.nav.setFocus()
    button = section._preset_buttons["log-zero"]
    _tab_until(window, qtbot, lambda w: w is button)
    applied = []
    section.preset_applied.connect(applied.append)
    qtbot.keyClick(button, Qt.Key_Space)
    assert applied == ["log-zero"]
    assert section.curve.slider.value() == section.curve.slider.minimum()   # y_t = 0
    _tab_until(window, qtbot, lambda w: w is section._preset_buttons["book-example-1"],
               key=Qt.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert applied == ["log-zero", "book-example-1"]


def test_right_arrow_moves_tab_bar_and_slider(window, qtbot):
    section = window.show_section("loss")
    _focus_window(window, qtbot)
    bar = section.tabs.tabBar()
    bar.setFocus()
    assert section.tabs.currentIndex() == 0
    qtbot.keyClick(bar, Qt.Key_Right)
    assert section.tabs.currentIndex() == 1
    qtbot.keyClick(bar, Qt.Key_Left)
    assert section.tabs.currentIndex() == 0
    qtbot.keyClick(bar, Qt.Key_Right)
    slider = section.curve.slider
    window.nav.setFocus()
    _tab_until(window, qtbot, lambda w: w is slider)
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key_Right)
    assert slider.value() == before + slider.singleStep()
    qtbot.keyClick(slider, Qt.Key_Left)
    assert slider.value() == before


def test_section_keys_only_when_the_focused_control_does_not_want_them(window, qtbot):
    section = window.show_section("descent")
    _focus_window(window, qtbot)
    section.reset()
    # From the section list (where a lecturer just clicked): Space plays, Space pauses.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_Space)
    assert section.timer.isActive()
    qtbot.keyClick(window.nav, Qt.Key_Space)
    assert not section.timer.isActive()
    qtbot.keyClick(window.nav, Qt.Key_Right)
    assert section.current_step() == 1
    qtbot.keyClick(window.nav, Qt.Key_R)
    assert section.current_step() == 0
    # In a text field Space, R and → are typing.
    edit = section.lr.edit
    edit.setFocus()
    edit.setText("0.1")
    edit.setCursorPosition(0)
    qtbot.keyClick(edit, Qt.Key_Right)
    qtbot.keyClick(edit, Qt.Key_Space)
    qtbot.keyClick(edit, Qt.Key_R)
    assert edit.text() == "0 r.1" or edit.text() == "0 R.1"
    assert not section.timer.isActive() and section.current_step() == 0
    # Ctrl+Space plays from anywhere, even a text field.
    qtbot.keyClick(edit, Qt.Key_Space, Qt.ControlModifier)
    assert section.timer.isActive()
    qtbot.keyClick(edit, Qt.Key_Space, Qt.ControlModifier)
    assert not section.timer.isActive()
    # On the slider → moves the slider, not the animation; Space (unused there) plays.
    slider = section.lr.slider
    slider.setFocus()
    before = slider.value()
    qtbot.keyClick(slider, Qt.Key_Right)
    assert slider.value() == before + 1
    qtbot.keyClick(slider, Qt.Key_Space)
    assert section.timer.isActive()
    qtbot.keyClick(slider, Qt.Key_Space)
    # The clicker keys still move between sections from inside a control.
    qtbot.keyClick(slider, Qt.Key_PageDown)
    assert window.current_name() == "network"


@pytest.mark.parametrize("name", registry.NAMES)
def test_tab_walk_reaches_named_controls_and_skips_plots(window, qtbot, name):
    section = window.show_section(name)
    _focus_window(window, qtbot)
    qtbot.wait(50)
    stops = _tab_walk(window, qtbot)
    assert stops, "no control of the section can be reached with Tab"
    assert any(section.isAncestorOf(w) for w in stops)
    for widget in stops:
        assert widget.isVisible()
        assert not isinstance(widget, QScrollArea)
        assert not isinstance(widget, pg.GraphicsView) or widget.property(TAKES_ARROWS), \
            f"{type(widget).__name__} is a Tab stop that does nothing with keys"
        name_ = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        if isinstance(widget, QTabBar):
            name_ = name_ or widget.tabText(widget.currentIndex())
        assert name_.strip(), f"{type(widget).__name__} {widget.objectName()} has no accessible name"


def test_plots_describe_what_they_show(window, qtbot):
    section = window.show_section("loss")
    views = [v for v in section.findChildren(pg.GraphicsView) if v.isVisible()]
    assert views
    for view in views:
        assert view.accessibleName().strip()
        assert "x" in view.accessibleDescription()


def test_accessible_names_follow_the_language(window, qtbot, translations):
    section = window.show_section("loss")
    section.tabs.setCurrentIndex(1)         # the −log y tab, whose controls hold the y_t slider
    slider = section.curve.slider
    assert slider.accessibleName() == section.curve.slider_label.text().rstrip(":")
    english = slider.accessibleName()
    translations.set_language("ja")
    qtbot.waitUntil(lambda: slider.accessibleName() != english, timeout=2000)
    assert slider.accessibleName() == section.curve.slider_label.text().rstrip(":：")


def test_line_edit_and_slider_accept_focus_with_a_visible_mark(window, qtbot):
    from gui.style import style_sheet

    sheet = style_sheet()
    assert "QSlider:focus" in sheet
    section = window.show_section("loss")
    assert isinstance(section.curve.slider, QSlider) and isinstance(section.curve.edit, QLineEdit)
    assert section.curve.slider.focusPolicy() & Qt.TabFocus


def test_arrow_keys_set_the_descent_start_like_a_click(window, qtbot):
    section = window.show_section("descent")
    _focus_window(window, qtbot)
    window.nav.setFocus()
    _tab_until(window, qtbot, lambda w: w is section.plot)
    x0, x1 = section._start
    (lo, hi), _ = section.plot_item.getViewBox().viewRange()
    qtbot.keyClick(section.plot, Qt.Key_Right)
    assert section._start[0] == pytest.approx(x0 + (hi - lo) / 40, abs=0.006)
    assert section._start[1] == x1
    assert section.start_marker.getData()[0][0] == section._start[0]
    qtbot.keyClick(section.plot, Qt.Key_Up, Qt.ShiftModifier)
    assert section._start[1] > x1
    # Ctrl+→ still goes to the next section from the plot.
    qtbot.keyClick(section.plot, Qt.Key_Right, Qt.ControlModifier)
    assert window.current_name() == "network"


def test_arrow_keys_move_the_gradient_read_out_point(window, qtbot):
    section = window.show_section("gradient")
    _focus_window(window, qtbot)
    section.plot.setFocus()
    before = section._hover
    texts = {key: section.readouts.text(key) for key in section.readouts.values}
    qtbot.keyClick(section.plot, Qt.Key_Left)
    assert section._hover[0] < before[0] and section._hover[1] == before[1]
    assert {key: section.readouts.text(key) for key in section.readouts.values} != texts
