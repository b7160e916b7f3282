"""View ▸ Restore this section's defaults (Ctrl+Shift+R): the current section as it opens fresh,
the rest of the window untouched."""
import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest


def _curves(section):
    """(x, y) of every curve with data in the section's plots, in scene order."""
    found = []
    for view in section.plots.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotDataItem):
                x, y = item.getData()
                if x is not None and len(x):
                    found.append((np.array(x), np.array(y)))
    return found


def _same_curves(a, b):
    return len(a) == len(b) and all(np.array_equal(xa, xb, equal_nan=True)
                                    and np.array_equal(ya, yb, equal_nan=True)
                                    for (xa, ya), (xb, yb) in zip(a, b))


def _change(section, qtbot):
    """A person types a new function and picks another difference scheme."""
    section.function.edit.setFocus()
    section.function.edit.selectAll()
    QTest.keyClicks(section.function.edit, "x**3")
    QTest.keyClick(section.function.edit, Qt.Key_Return)
    section.scheme.setFocus()
    QTest.keyClick(section.scheme, Qt.Key_Down)


def _press_restore(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.focusWidget() or window, Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)


def test_ctrl_shift_r_puts_the_section_back(window, qtbot):
    old = window.show_section("derivative")
    qtbot.wait(50)
    fresh = (old.function.edit.text(), old.scheme.currentIndex(), _curves(old))
    _change(old, qtbot)
    assert (old.function.edit.text(), old.scheme.currentIndex()) != fresh[:2]
    assert not _same_curves(_curves(old), fresh[2])
    geometry, row = window.geometry(), window.nav.currentRow()
    _press_restore(window, qtbot)
    new = window.current_section()
    assert new is not old and window.stack.currentWidget() is new
    assert window.built_sections()["derivative"] is new
    assert (new.function.edit.text(), new.scheme.currentIndex()) == fresh[:2]
    qtbot.wait(50)
    assert _same_curves(_curves(new), fresh[2])
    assert window.geometry() == geometry and window.nav.currentRow() == row
    assert window.stack.indexOf(new) == row               # still in its place
    assert window.stack.count() == window.nav.count()


def test_only_the_current_section_is_restored(window, qtbot):
    loss = window.show_section("loss")
    derivative = window.show_section("derivative")
    window.restore_defaults()
    assert window.built_sections()["loss"] is loss
    assert window.built_sections()["derivative"] is not derivative
    window.show_section("loss")                           # switching still works
    assert window.current_section() is loss
    window.move_section(+1)
    assert window.current_section() is window.built_sections()["derivative"]


def test_the_language_is_kept(window, qtbot, translations):
    window.show_section("derivative")
    translations.set_language("ja")
    title = window.current_section().explain.title.text()
    new = window.restore_defaults()
    assert new.explain.title.text() == title
    translations.set_language("en")
    assert new.explain.title.text() != title               # and it follows the next switch


def test_in_presentation_mode_the_new_section_is_scaled_and_restored(window, qtbot):
    base = window.show_section("derivative").explain.summary.font().pointSizeF()
    window.set_presentation_scale(2.0)
    window.presentation.enter()
    new = window.restore_defaults()
    qtbot.waitUntil(lambda: new.explain.summary.font().pointSizeF() == pytest.approx(2 * base))
    assert window.presentation.active
    window.presentation.leave()
    assert new.explain.summary.font().pointSizeF() == pytest.approx(base)


def test_export_works_on_the_new_section(window, qtbot, tmp_path):
    window.show_section("derivative")
    new = window.restore_defaults()
    path = window.export_menu.save("csv", str(tmp_path / "fresh.csv"))
    assert path, window.statusBar().currentMessage()
    assert new.plots.isVisible()


def test_signals_are_connected_as_on_first_build(window, qtbot):
    window.show_section("descent")
    new = window.restore_defaults()
    with qtbot.waitSignal(new.preset_applied, timeout=2000) as blocker:
        new.apply_preset("race")
    assert blocker.args == ["race"]
    with qtbot.waitSignal(window.section_changed) as changed:
        window.restore_defaults()
    assert changed.args == ["descent"]


def test_the_shortcut_is_unique(window):
    keys = QKeySequence("Ctrl+Shift+R")
    actions = [a for a in window.findChildren(QAction) if keys in a.shortcuts()]
    shortcuts = [s for s in window.findChildren(QShortcut) if s.key() == keys]
    assert actions == [window.act_defaults] and not shortcuts
    assert window.act_defaults in window.view_menu.actions()
