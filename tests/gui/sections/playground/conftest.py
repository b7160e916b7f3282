"""The playground section as its scene and script tests open it; its worker stopped afterwards."""
import pytest

from gui.sections.playground import PlaygroundSection


@pytest.fixture
def make_section(qtbot):
    """A factory of fresh sections (a scene is restored into a new one)."""
    built = []

    def make():
        widget = PlaygroundSection()
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        built.append(widget)
        return widget
    yield make
    for widget in built:
        widget.shutdown()
