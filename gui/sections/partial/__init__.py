"""The partial section: PartialSection and its helpers."""
from gui.sections.partial.section import PartialSection

__all__ = ["PartialSection"]
