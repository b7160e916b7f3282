"""4.5 on a plane: a small network learning a 2-D data set live (TensorFlow Playground's ideas)."""
from gui.sections.playground.section import PlaygroundSection

__all__ = ["PlaygroundSection"]
