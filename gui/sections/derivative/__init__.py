"""The derivative section: DerivativeSection and its helpers."""
from gui.sections.derivative.section import DerivativeSection

__all__ = ["DerivativeSection"]
