"""4.4 the gradient: the field of −∇f over a grid (fig 4-9), contours under it, hover read-outs."""
from gui.sections.gradient.section import MAX_ARROWS, MIN_ARROWS, GradientSection

__all__ = ["GradientSection", "MAX_ARROWS", "MIN_ARROWS"]
