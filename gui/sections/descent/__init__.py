"""4.4.1 gradient descent: paths on contours, learning rates racing, diverged/stalled badges."""
from gui.sections.descent.section import DescentSection

__all__ = ["DescentSection"]
