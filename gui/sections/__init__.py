"""The registry: the chapter's sections in order, built lazily.

Section NAME lives in gui/sections/NAME/ (a package: the section and its
helpers) or gui/sections/NAME.py (a section without helpers), and defines the
SectionBase subclass NameSection (e.g. DescentSection). Sections never import
each other. A new section is a new folder and one line in SECTIONS. The texts
are marked for translation here and translated where they are shown.
"""
import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SectionInfo:
    name: str       # used on the command line: --section NAME
    book: str       # the book's section number
    title: str
    summary: str    # two or three sentences, plain text
    formula: str    # rich text (HTML) with the book's numbered formulas

    @property
    def module(self):
        return f"gui.sections.{self.name}"

    @property
    def class_name(self):
        return f"{self.name.capitalize()}Section"


SECTIONS = (
    SectionInfo(
        "loss", "4.2", QT_TRANSLATE_NOOP("SectionInfo", "Loss functions"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "A network learns by searching for the weights that make a loss function as small as "
            "possible. The loss says how far the output y is from the correct label t: mean squared "
            "error compares every class, cross-entropy only looks at the probability given to the "
            "correct one. Accuracy cannot guide learning: it does not change when a weight moves a little."),
        "E = &frac12; &Sigma;<sub>k</sub> (y<sub>k</sub> &minus; t<sub>k</sub>)<sup>2</sup> &nbsp;(4.1)"
        "&nbsp;&nbsp;&nbsp; E = &minus;&Sigma;<sub>k</sub> t<sub>k</sub> log y<sub>k</sub> &nbsp;(4.2)"
        "&nbsp;&nbsp;&nbsp; E = &minus;<sup>1</sup>&frasl;<sub>N</sub> &Sigma;<sub>n</sub> &Sigma;<sub>k</sub> "
        "t<sub>nk</sub> log y<sub>nk</sub> &nbsp;(4.3)"),
    SectionInfo(
        "derivative", "4.3.1–4.3.2", QT_TRANSLATE_NOOP("SectionInfo", "Numerical differentiation"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "The derivative is the slope of f at one point. A computer approximates it with a small "
            "difference h: the central difference with h = 1e-4 is accurate, while a tiny h such as "
            "1e-50 is lost to rounding error and gives 0."),
        "df(x)/dx = lim<sub>h&rarr;0</sub> [f(x + h) &minus; f(x)] / h &nbsp;(4.4)"
        "&nbsp;&nbsp;&nbsp; central difference: [f(x + h) &minus; f(x &minus; h)] / 2h"),
    SectionInfo(
        "partial", "4.3.3", QT_TRANSLATE_NOOP("SectionInfo", "Partial derivatives"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "A function of two variables has a slope in each direction. The partial derivative with "
            "respect to x0 fixes x1 and differentiates the resulting one-variable function."),
        "f(x<sub>0</sub>, x<sub>1</sub>) = x<sub>0</sub><sup>2</sup> + x<sub>1</sub><sup>2</sup> &nbsp;(4.6)"
        "&nbsp;&nbsp;&nbsp; &part;f/&part;x<sub>0</sub> = 2x<sub>0</sub>, &nbsp; &part;f/&part;x<sub>1</sub> = 2x<sub>1</sub>"),
    SectionInfo(
        "gradient", "4.4", QT_TRANSLATE_NOOP("SectionInfo", "Gradient"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "The gradient collects all partial derivatives into one vector. It points where f grows "
            "fastest, so its negative, −∇f, points in the direction of steepest descent: the arrows "
            "show −∇f, and they grow longer far from the minimum."),
        "&nabla;f = ( &part;f/&part;x<sub>0</sub>, &part;f/&part;x<sub>1</sub> )"),
    SectionInfo(
        "descent", "4.4.1", QT_TRANSLATE_NOOP("SectionInfo", "Gradient descent"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "Gradient descent repeatedly takes a step of size η (the learning rate) against the "
            "gradient. The learning rate is a hyperparameter: too large and the values diverge, "
            "too small and they barely move."),
        "x<sub>0</sub> &larr; x<sub>0</sub> &minus; &eta; &part;f/&part;x<sub>0</sub>, &nbsp;"
        "x<sub>1</sub> &larr; x<sub>1</sub> &minus; &eta; &part;f/&part;x<sub>1</sub> &nbsp;(4.7)"),
    SectionInfo(
        "network", "4.4.2", QT_TRANSLATE_NOOP("SectionInfo", "Gradient of a neural network"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "The gradient of the loss L with respect to the weight matrix W has the shape of W. "
            "Each entry says how much L changes when that one weight moves a little: "
            "∂L/∂w11 ≈ 0.2 means L rises by about 0.2h when w11 grows by h."),
        "W = [[w<sub>11</sub>, w<sub>12</sub>, w<sub>13</sub>], [w<sub>21</sub>, w<sub>22</sub>, w<sub>23</sub>]]"
        "&nbsp;&nbsp;&nbsp; &part;L/&part;W = [[&part;L/&part;w<sub>11</sub>, &hellip;], &hellip;] &nbsp;(4.8)"),
    SectionInfo(
        "training", "4.5", QT_TRANSLATE_NOOP("SectionInfo", "Training a two-layer network"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "Stochastic gradient descent: (1) draw a random mini-batch, (2) compute the gradient of "
            "the loss for every weight, (3) step every weight against its gradient, (4) repeat. "
            "Each epoch the accuracy on the training and the test data is measured to check "
            "that the network generalises."),
        "W &larr; W &minus; &eta; &part;L/&part;W &nbsp;&nbsp;&nbsp; iter_per_epoch = max(train_size / batch_size, 1)"),
    SectionInfo(
        "playground", "4.5", QT_TRANSLATE_NOOP("SectionInfo", "Playground: a network learning the plane"),
        QT_TRANSLATE_NOOP("SectionInfo",
            "The same training on points in the plane, where the function a network has learned can be "
            "seen: the colour is the output p(class 1) at every point, the boundary is where p = 0.5, and "
            "each hidden neuron shows its own output. Without a hidden layer the boundary is a straight "
            "line; hidden layers (or inputs such as x0²) let it bend."),
        "y = softmax(W<sub>L</sub> h<sub>L&minus;1</sub> + b<sub>L</sub>), &nbsp; "
        "h<sub>k</sub> = &sigma;(W<sub>k</sub> h<sub>k&minus;1</sub> + b<sub>k</sub>) &nbsp;&nbsp;&nbsp; "
        "W &larr; W &minus; &eta; &part;L/&part;W"),
)

NAMES = tuple(info.name for info in SECTIONS)


def info(name):
    """The SectionInfo called name; KeyError lists the valid names."""
    for section in SECTIONS:
        if section.name == name:
            return section
    raise KeyError(f"unknown section {name!r}; choose one of: {', '.join(NAMES)}")


def section_class(name):
    """The SectionBase subclass of a section (imports its module on first use)."""
    section = info(name)
    return getattr(importlib.import_module(section.module), section.class_name)
