"""The derivative section as its scene and script tests open it, shut down afterwards."""
import pytest

from gui.sections.derivative import DerivativeSection


@pytest.fixture
def make_section(open_section):
    """A factory of fresh sections (a scene is restored into a new one)."""
    return lambda: open_section(DerivativeSection, size=(1100, 760))
