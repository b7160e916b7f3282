"""4.3.1–4.3.2 numerical differentiation: tangents, numerical vs analytic slope, the h trap."""
from gui.sections.derivative.section import DerivativeSection

__all__ = ["DerivativeSection"]
