"""Section 'loss': its controls and plots are built on SectionBase."""
from gui.section import SectionBase


class Section(SectionBase):
    NAME = "loss"
