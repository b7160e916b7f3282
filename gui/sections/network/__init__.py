"""4.4.2 the gradient of simpleNet: the forward diagram, dW, nudges and steps on W."""
from gui.sections.network.section import NetworkSection

__all__ = ["NetworkSection"]
