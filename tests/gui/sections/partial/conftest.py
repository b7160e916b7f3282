"""The partial section as its scene and script tests open it (3-D surface: none, as offscreen)."""
import pytest

from gui.sections.partial import PartialSection


@pytest.fixture
def make_section(open_section):
    """A factory of fresh sections (a scene is restored into a new one)."""
    return lambda surface_probe=lambda: "no OpenGL in the tests": open_section(
        PartialSection, surface_probe=surface_probe)
