"""Small plotting pieces shared by the loss section's tabs: digit axes, bars, big read-outs."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from gui.kit.plots import make_plot, style_plot, ui_font
from gui.kit.titles import fit_title

DIGITS = np.arange(10)
BAR_COLOR = "#3f6fb5"
LABEL_COLOR = "#e07b00"
CURVE_COLOR = "#1a237e"
SECOND_COLOR = "#c62828"


def subscript(number):
    """'y' + subscript(2) reads as y₂ on a plot, where HTML is not available."""
    return str(number).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def nice_top(value, levels):
    """The smallest level >= value (else value): a y range that only changes at a few steps,
    so dragging does not rebuild the axis on every frame."""
    for level in levels:
        if value <= level:
            return level
    return value


def digit_plot(title="", y_label=""):
    """A PlotWidget with the ten digits 0-9 on the x axis, mouse pan/zoom off."""
    widget = make_plot(title, "", y_label)
    item = widget.getPlotItem()
    item.getAxis("bottom").setTicks([[(k, str(k)) for k in DIGITS]])
    item.setXRange(-0.6, 9.6, padding=0)
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.getAxis("left").enableAutoSIPrefix(False)
    return widget


def titled(widget, title, x_label, y_label):
    """style_plot for a PlotWidget whose title shrinks to fit it instead of widening the plot."""
    style_plot(widget.getPlotItem(), "", x_label, y_label)
    fit_title(widget, title)


def label_brushes(label, color=BAR_COLOR, highlight=LABEL_COLOR):
    """One brush per digit: the correct label's bar in the highlight colour."""
    return [pg.mkBrush(highlight if k == label else color) for k in DIGITS]


def value_texts(plot_item, n=10, size="11pt", anchor=(0.5, 1.0)):
    """n TextItems created once (then only moved and re-texted) for numbers above bars."""
    texts = []
    for _ in range(n):
        text = pg.TextItem("", color="#111", anchor=anchor)
        text.setFont(ui_font(float(size.rstrip("pt"))))
        plot_item.addItem(text)
        texts.append(text)
    return texts


class DragViewBox(pg.ViewBox):
    """A ViewBox whose bars are set by clicking or dragging: emits edited(k, value).

    The digit is fixed when a drag starts, so sweeping sideways does not jump
    to the neighbouring bar.
    """
    edited = Signal(int, float)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._drag_k = None
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)

    def edit_at(self, x, y, k=None):
        """Treat a press at view coordinates (x, y) as setting bar k (or round(x)) to y."""
        k = int(round(x)) if k is None else k
        if 0 <= k < len(DIGITS):
            self.edited.emit(k, float(y))
        return k

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.LeftButton:
            return super().mouseClickEvent(ev)
        ev.accept()
        pos = self.mapSceneToView(ev.scenePos())
        self.edit_at(pos.x(), pos.y())

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() != Qt.LeftButton:
            return super().mouseDragEvent(ev, axis)
        ev.accept()
        pos = self.mapSceneToView(QPointF(ev.scenePos()))
        if ev.isStart():  # the digit under the press, not where the drag was first noticed
            self._drag_k = int(round(self.mapSceneToView(ev.buttonDownScenePos()).x()))
        self.edit_at(pos.x(), pos.y(), self._drag_k)
        if ev.isFinish():
            self._drag_k = None
