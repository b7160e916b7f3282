"""The network section as its scene and script tests open it; its animation stopped afterwards."""
import pytest

from gui.sections.network import NetworkSection


def _open(qtbot):
    widget = NetworkSection()
    qtbot.addWidget(widget)
    widget.resize(1020, 740)
    return widget


@pytest.fixture
def section(qtbot):
    widget = _open(qtbot)
    yield widget
    widget.shutdown()


@pytest.fixture
def fresh(qtbot):
    """A second section, as a window that opens a scene file starts with."""
    widget = _open(qtbot)
    yield widget
    widget.shutdown()
