"""The loss section: LossSection and its helpers."""
from gui.sections.loss.section import LossSection

__all__ = ["LossSection"]
