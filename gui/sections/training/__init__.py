"""4.5 TwoLayerNet learning MNIST in a worker thread: curves, weights, predictions, tools."""
from gui.sections.training.section import TrainingSection

__all__ = ["TrainingSection"]
