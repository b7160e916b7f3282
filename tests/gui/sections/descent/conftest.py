"""The descent section as its tests open it: 1000×720, shown, its worker stopped afterwards."""
import pytest

from gui.sections.descent import DescentSection


@pytest.fixture
def section(qtbot):
    widget = DescentSection()
    qtbot.addWidget(widget)
    widget.resize(1000, 720)
    widget.show()
    yield widget
    widget.shutdown()
