"""Checks that what a section shows fits its window: no plot wider than its widget, no widget
past the window's edge, no title or axis label cut off."""
import pyqtgraph as pg
from PySide6.QtCore import QPoint


def visible_plot_widgets(root):
    return [w for w in root.findChildren(pg.PlotWidget) if w.isVisible() and w.width() > 0]


def right_edge_in(widget, ancestor):
    return widget.mapTo(ancestor, QPoint(widget.width(), 0)).x()


def glyphs(text_item):
    """The scene rectangle of a QGraphicsTextItem's text, without its document's margin."""
    m = text_item.document().documentMargin()
    return text_item.mapRectToScene(text_item.boundingRect().adjusted(m, m, -m, -m))


def scene_right(text_item):
    return glyphs(text_item).right()


def assert_plots_fit(window, root):
    """Every visible plot under root lies inside window, and draws nothing beyond its own widget."""
    widgets = visible_plot_widgets(root)
    assert widgets
    for widget in widgets:
        item = widget.getPlotItem()
        title = item.titleLabel.text
        assert right_edge_in(widget, window) <= window.width(), title
        assert item.width() <= widget.width() + 0.5, title
        if item.titleLabel.isVisible() and title:
            assert scene_right(item.titleLabel.item) <= widget.width() + 0.5, title
        legend = item.legend
        if legend is not None and legend.isVisible():
            box = legend.mapRectToScene(legend.boundingRect())
            assert 0 <= box.left() and box.right() <= widget.width() + 0.5, (title, "legend")
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            if axis.isVisible() and axis.label.isVisible():
                assert scene_right(axis.label) <= widget.width() + 0.5, (title, name)
