"""The partial section as its scene and script tests open it (3-D surface: none, as offscreen)."""
import pytest

from gui.sections.partial import PartialSection


@pytest.fixture
def make_section(qtbot):
    """A factory of fresh sections (a scene is restored into a new one)."""
    built = []

    def make(surface_probe=lambda: "no OpenGL in the tests"):
        widget = PartialSection(surface_probe=surface_probe)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        built.append(widget)
        return widget
    yield make
    for widget in built:
        widget.shutdown()
