"""The descent section: DescentSection and its helpers."""
from gui.sections.descent.section import DescentSection

__all__ = ["DescentSection"]
