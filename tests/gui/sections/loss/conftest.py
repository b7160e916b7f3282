"""The loss section as its scene and script tests open it, shut down afterwards."""
import pytest

from gui.sections.loss import LossSection


@pytest.fixture
def make_section(open_section):
    """A factory of fresh sections (a scene is restored into a new one)."""
    return lambda: open_section(LossSection, size=(1020, 700))
