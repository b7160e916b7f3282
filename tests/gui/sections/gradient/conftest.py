"""The gradient section as its scene and script tests open it, shut down afterwards."""
import pytest

from gui.sections.gradient import GradientSection


@pytest.fixture
def make_section(open_section):
    """A factory of fresh sections (a scene is restored into a new one)."""
    return lambda: open_section(GradientSection, size=(1100, 760))
