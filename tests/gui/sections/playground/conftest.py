"""The playground section as its scene and script tests open it; its worker stopped afterwards."""
import pytest

from gui.sections.playground import PlaygroundSection


@pytest.fixture
def make_section(open_section):
    """A factory of fresh sections (a scene is restored into a new one)."""
    return lambda: open_section(PlaygroundSection, size=(1100, 760))
