"""The playground from the keyboard: what a click on the plane or on a neuron does, without a mouse."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.sections.playground import PlaygroundSection


@pytest.fixture
def section(qtbot):
    section = PlaygroundSection()
    qtbot.addWidget(section)
    yield section
    section.shutdown()          # its worker thread stops before the widget goes


def test_arrows_move_a_cross_on_the_plane_and_enter_adds_a_point(qtbot, section):
    section.resize(1280, 800)
    section.show()
    qtbot.waitExposed(section)
    plane = section.plane
    before = len(section._train[0])
    plane.setFocus()
    qtbot.wait(10)
    assert plane.cursor.isVisible()
    for _ in range(4):
        qtbot.keyClick(plane, Qt.Key_Right)
    qtbot.keyClick(plane, Qt.Key_Up, Qt.ShiftModifier)
    x0, x1 = plane.cursor_at
    assert x0 > 0.5 and x1 > 1.0
    qtbot.keyClick(plane, Qt.Key_Return)
    x, t = section._train
    assert len(x) == before + 1
    np.testing.assert_allclose(x[-1], np.round([x0, x1], 2))
    assert t[-1] == section.panel.clicked_class()


def test_the_map_shown_large_can_be_chosen_from_a_list(qtbot, section):
    combo = section.panel.large
    nodes = [combo.itemData(i) for i in range(combo.count())]
    assert nodes[0] is None and (1, 0) in nodes          # the output, then inputs and neurons
    index = nodes.index((1, 0))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert section._selected == (1, 0)
    section.select_node(None)                            # a click on the output: the list follows
    assert combo.currentData() is None
