"""The training section: TrainingSection and its helpers."""
from gui.sections.training.section import TrainingSection

__all__ = ["TrainingSection"]
