"""4.2 loss functions: the output and its losses, −log y, MNIST mini-batches, why not accuracy."""
from gui.sections.loss.section import LossSection

__all__ = ["LossSection"]
