"""The shared look of plots: readable on a projector, and data pyqtgraph can draw."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QGridLayout, QSizePolicy, QWidget

LABEL_STYLE = {"font-size": "12pt", "color": "#222"}    # axis labels
TITLE_STYLE = {"size": "13pt", "color": "#111"}          # plot titles


def ui_font(points, bold=False, family=None):
    """A real font (not a style-sheet size), so presentation mode can scale it."""
    font = QFont()      # the application's font, with the CJK family of the language after its own
    if family:
        font.setFamilies([family] + font.families()[1:])
        font.setStyleHint(QFont.Monospace)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def make_plot(title="", x_label="", y_label="", x_units=None, y_units=None, legend=False):
    """A PlotWidget styled for a projector: white, large labels, a light grid."""
    widget = pg.PlotWidget()
    item = widget.getPlotItem()
    style_plot(item, title, x_label, y_label, x_units, y_units)
    if legend:
        item.addLegend(offset=(-10, 10), labelTextSize="11pt")
    return widget


def style_plot(item, title="", x_label="", y_label="", x_units=None, y_units=None):
    """Apply the shared look to a PlotItem (also used for items inside a GraphicsLayout)."""
    if title:
        item.setTitle(title, **TITLE_STYLE)
    item.setLabel("bottom", x_label, units=x_units, **LABEL_STYLE)
    item.setLabel("left", y_label, units=y_units, **LABEL_STYLE)
    tick_font = ui_font(10)
    for axis in ("bottom", "left"):
        item.getAxis(axis).setTickFont(tick_font)
        # The axes paint the light grid across the whole plot (~14 ms a frame offscreen);
        # cached, they cost nothing per frame and re-render when the range changes.
        item.getAxis(axis).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
    item.showGrid(x=True, y=True, alpha=0.2)
    return item


def shrinkable(widget):
    """Let a grid squeeze a plot below its title's width instead of widening the tab."""
    widget.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
    widget.setMinimumSize(160, 140)
    return widget


def image_view(title="", x_label="", y_label=""):
    """A PlotWidget for images: locked aspect, y pointing down, no mouse panning."""
    widget = shrinkable(pg.PlotWidget())
    item = widget.getPlotItem()
    style_plot(item, title, x_label, y_label)
    item.showGrid(x=False, y=False)
    item.setAspectLocked(True)
    item.invertY(True)
    item.setMouseEnabled(False, False)
    item.hideButtons()
    return widget


def finite_or_nan(values):
    """values as float64 with inf replaced by nan, so pyqtgraph leaves a gap instead of failing."""
    out = np.array(values, dtype=np.float64)
    out[~np.isfinite(out)] = np.nan
    return out


def positive_or_nan(values):
    """For a log axis: zeros and negatives become gaps instead of log10 warnings."""
    out = finite_or_nan(values)
    out[~(out > 0)] = np.nan
    return out


def plot_grid(rows, column_stretch=()):
    """A widget holding rows of plot widgets in a grid, without margins (a tab's content)."""
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            grid.addWidget(cell, r, c)
    for column, stretch in enumerate(column_stretch):
        grid.setColumnStretch(column, stretch)
    return widget
