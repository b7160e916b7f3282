"""The training lab's presets beyond the book's 4.5 run: which module puts the section into each.

Comparisons of several runs (figs 6-9, 6-15, 6-20) live in compare.py, the
activation histograms (figs 6-10 … 6-14) in layers.py.
"""
import importlib

MODULES = {
    "optimizers-mnist": "compare",
    "weight-init": "compare",
    "weight-decay": "compare",
    "activation-histograms": "layers",
}


def apply(section, name):
    """Put the (already reset) training section into lab preset name."""
    module = importlib.import_module(f"gui.sections.training.{MODULES[name]}")
    module.apply_preset(section, name)
