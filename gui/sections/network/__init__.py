"""The network section: NetworkSection and its helpers."""
from gui.sections.network.section import NetworkSection

__all__ = ["NetworkSection"]
