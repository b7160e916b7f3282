"""4.3.3 partial derivatives: heatmap and 3-D surface of f(x0, x1), slices with tangents."""
from gui.sections.partial.section import PartialSection

__all__ = ["PartialSection"]
