"""Scaling a widget tree for presentation mode: fonts, size limits, plot lines, legends.

scale_widget_tree() walks a widget tree, gives every QWidget a font scaled from
the one it had (and a size limit set in pixels, such as a short number field's
maximum width, grown alike), and in every pyqtgraph view scales axis labels and
tick fonts, titles, legends, text items, line widths and symbol sizes. It
returns one undo function per change, so leaving the mode puts back exactly
what was there.
"""
import re

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from gui.style import STYLED_FONTS

# Dynamic properties of a scaled widget: the flag, and the font to put back.
SCALED, ORIGINAL_FONT, ORIGINAL_EXPLICIT = "presentationScaled", "presentationFont", "presentationExplicit"
SIZE_RESOLVED = 0x0002   # QFont::SizeResolved (PySide6 does not expose the enum)
_CSS_SIZE = re.compile(r"^\s*([0-9.]+)\s*(pt|px)\s*$")


def scaled_font(font, scale):
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


def scaled_css_size(size, scale, default="11pt"):
    """'12pt' scaled to '18pt' (scale 1.5); a size pyqtgraph left unset counts as default."""
    match = _CSS_SIZE.match(str(size or default))
    if not match:
        return size
    return f"{float(match.group(1)) * scale:.1f}{match.group(2)}"


def _safe(undo):
    """Call undo, ignoring items Qt has deleted in the meantime."""
    def run():
        try:
            undo()
        except RuntimeError:
            pass
    return run


def _remember(widget, font, explicit):
    # Kept on the widget itself: restoring then walks the widgets that still exist,
    # so a widget Qt deleted meanwhile (a popup, a rebuilt tab) is never touched.
    widget.setProperty(SCALED, True)
    widget.setProperty(ORIGINAL_FONT, font)
    widget.setProperty(ORIGINAL_EXPLICIT, explicit)


# Qt's "no limit" (QWIDGETSIZE_MAX)
NO_LIMIT = 16777215


def _scale_limits(widget, scale, undo):
    """Grow a maximum width or height the code set in pixels (a short number field, a table
    sized for its rows) with the text, so larger text is not cut ("100" showing as "00").

    A widget fixed in both directions is a picture (a digit, a canvas) and keeps its size;
    Qt's own parts (object names "qt_...") are left alone.
    """
    if widget.isWindow() or widget.objectName().startswith("qt_"):
        return
    low, high = widget.minimumSize(), widget.maximumSize()
    fixed_w, fixed_h = low.width() == high.width(), low.height() == high.height()
    if fixed_w and fixed_h:
        return
    changed = False
    if high.width() < NO_LIMIT:
        widget.setMaximumWidth(round(high.width() * scale))
        if fixed_w:
            widget.setMinimumWidth(round(low.width() * scale))
        changed = True
    if high.height() < NO_LIMIT:
        widget.setMaximumHeight(round(high.height() * scale))
        if fixed_h:
            widget.setMinimumHeight(round(low.height() * scale))
        changed = True
    if changed:
        def restore(w=widget, low=low, high=high):
            w.setMinimumSize(low)
            w.setMaximumSize(high)
        undo.append(_safe(restore))


def _scale_widgets(root, scale, undo):
    # Read every font first: a child without its own font inherits its parent's,
    # so scaling from the fonts read before any change scales each exactly once.
    # The style sheet sizes some widgets itself (it is scaled separately).
    widgets = [w for w in (root, *root.findChildren(QWidget)) if w.objectName() not in STYLED_FONTS]
    fonts = [(w, QFont(w.font()), w.testAttribute(Qt.WA_SetFont)) for w in widgets]
    # Limits first: a widget that sizes itself from its font on a font change (a message
    # bar reserving two lines) then has the last word.
    for widget in widgets:
        _scale_limits(widget, scale, undo)
    for widget, font, explicit in fonts:
        widget.setFont(scaled_font(font, scale))
        _remember(widget, font, explicit)


def restore_widgets(root):
    """Put back the fonts of every scaled widget that still exists under root."""
    inheriting = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.property(SCALED):
            continue
        font = widget.property(ORIGINAL_FONT)
        if font is not None:
            explicit = widget.property(ORIGINAL_EXPLICIT)
            widget.setFont(font if explicit else QFont())
            if not explicit:
                inheriting.append(widget)
        for name in (SCALED, ORIGINAL_FONT, ORIGINAL_EXPLICIT):
            widget.setProperty(name, None)
    # Resetting a font also drops what the style sheet gave it at polish time (a group
    # box's bold title): polish those widgets again.
    if QApplication.instance().styleSheet():
        for widget in inheriting:
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def scale_new_widget(widget, scale, high_contrast, undo):
    """A widget first shown during a presentation (a section or tab built on first use).

    A font size the code set explicitly is scaled. Otherwise the widget should
    inherit its scaled parent's font; where it does not (a widget reparented
    under a style sheet keeps the font it was created with) it is scaled too.
    Plots get their scene scaled once their items are in place.
    """
    if widget.property(SCALED) or widget.objectName() in STYLED_FONTS:
        return
    _scale_limits(widget, scale, undo)
    font = QFont(widget.font())
    parent = widget.parentWidget()
    explicit = widget.testAttribute(Qt.WA_SetFont) and bool(font.resolveMask() & SIZE_RESOLVED)
    inherited = parent is not None and abs(parent.font().pointSizeF() - font.pointSizeF()) < 0.01
    if explicit or not inherited:
        widget.setFont(scaled_font(font, scale))
        _remember(widget, font, widget.testAttribute(Qt.WA_SetFont))
    else:   # already scaled through its parent: put back the unscaled size on leaving
        _remember(widget, scaled_font(font, 1 / scale), widget.testAttribute(Qt.WA_SetFont))
    if isinstance(widget, QSplitter) and widget.objectName() == "SectionSplitter":
        _widen_controls(widget.parentWidget() or widget, scale, undo)
    if isinstance(widget, pg.GraphicsView):
        QTimer.singleShot(0, lambda: _scale_scene(widget.scene(), scale, high_contrast, undo))


def _widen_controls(root, scale, undo):
    """Give each section's controls column room for the larger text (at most 45 % of the width)."""
    for splitter in root.findChildren(QSplitter, "SectionSplitter"):
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            continue
        first = min(round(sizes[0] * scale), round(0.45 * total))
        splitter.setSizes([first, total - first])
        undo.append(_safe(lambda s=splitter, old=sizes: s.setSizes(old)))


def _pen_width(pen):
    return pen.widthF() if pen.widthF() > 0 else 1.0


def _scale_axis(axis, scale, high_contrast, undo):
    style, tick_font = dict(axis.labelStyle), axis.style.get("tickFont")
    axis.labelStyle = {**style, "font-size": scaled_css_size(style.get("font-size"), scale)}
    axis._updateLabel()
    base = tick_font if tick_font is not None else QApplication.font()
    axis.setTickFont(scaled_font(base, scale))
    pen, text_pen = axis._pen, axis._textPen
    if high_contrast:
        axis.setPen(pg.mkPen("k", width=max(1.0, scale)))
        axis.setTextPen("k")

    def restore():
        if high_contrast:
            axis.setPen(pen) if pen is not None else axis.setPen(pg.getConfigOption("foreground"))
            if text_pen is not None:
                axis.setTextPen(text_pen)
        axis.labelStyle = style
        axis._updateLabel()
        axis.setTickFont(tick_font)
    undo.append(_safe(restore))


def _scale_label(label, scale, undo):
    if not label.text:
        return
    size = label.opts.get("size")
    label.setText(label.text, size=scaled_css_size(size, scale, "9pt"))

    def restore():
        if size is None:
            label.opts.pop("size", None)
            label.setText(label.text)
        else:
            label.setText(label.text, size=size)
    undo.append(_safe(restore))


def _scale_data_item(item, scale, undo):
    """A PlotDataItem, or a curve/scatter that is not part of one."""
    opts = item.opts
    if isinstance(item, pg.PlotDataItem):
        pen, symbol_size = opts.get("pen"), opts.get("symbolSize")
        if pen is not None:
            qpen = pg.mkPen(pen)
            if qpen.style() != Qt.NoPen:
                qpen.setWidthF(_pen_width(qpen) * scale)
                item.setPen(qpen)
        if symbol_size:
            item.setSymbolSize(symbol_size * scale)
        undo.append(_safe(lambda: (item.setPen(pen), item.setSymbolSize(symbol_size))))
    elif isinstance(item, pg.PlotCurveItem):
        pen = opts.get("pen")
        qpen = pg.mkPen(pen)
        qpen.setWidthF(_pen_width(qpen) * scale)
        item.setPen(qpen)
        undo.append(_safe(lambda: item.setPen(pen)))
    elif isinstance(item, pg.ScatterPlotItem):
        size = opts.get("size")
        if size:
            item.setSize(size * scale)
            undo.append(_safe(lambda: item.setSize(size)))


def rebuild_legend(legend):
    """Make every entry of legend again at its current label size.

    Resizing the labels in place leaves the legend's layout at the old sizes
    (labels drift away from their lines, a long one is cut off); entries made
    afresh are laid out from scratch.
    """
    entries = [(getattr(sample, "item", sample), label.text) for sample, label in legend.items]
    legend.clear()
    for item, text in entries:
        legend.addItem(item, text)


def _scale_legend(legend, scale, undo):
    # entries a section adds later (e.g. a race's rates) are made at this size too
    size = legend.opts.get("labelTextSize")
    legend.opts["labelTextSize"] = scaled_css_size(size, scale, "9pt")
    rebuild_legend(legend)

    def restore():
        legend.opts["labelTextSize"] = size
        rebuild_legend(legend)
    undo.append(_safe(restore))


def _scale_scene(scene, scale, high_contrast, undo):
    for item in scene.items():
        parent = item.parentItem()
        if isinstance(item, pg.AxisItem):
            _scale_axis(item, scale, high_contrast, undo)
        elif isinstance(item, pg.LegendItem):
            _scale_legend(item, scale, undo)
        elif isinstance(item, pg.LabelItem) and isinstance(parent, pg.LegendItem):
            continue          # rebuilt with its legend
        elif isinstance(item, pg.LabelItem):
            _scale_label(item, scale, undo)
        elif isinstance(item, pg.TextItem):
            font = QFont(item.textItem.font())
            item.setFont(scaled_font(font, scale))
            undo.append(_safe(lambda i=item, f=font: i.setFont(f)))
        elif isinstance(item, pg.InfiniteLine):
            pen = pg.mkPen(item.pen)
            wide = pg.mkPen(pen)
            wide.setWidthF(_pen_width(pen) * scale)
            item.setPen(wide)
            undo.append(_safe(lambda i=item, p=pen: i.setPen(p)))
        elif isinstance(item, pg.PlotDataItem):
            _scale_data_item(item, scale, undo)
        elif isinstance(item, (pg.PlotCurveItem, pg.ScatterPlotItem)) and \
                not isinstance(parent, pg.PlotDataItem):
            _scale_data_item(item, scale, undo)


def scale_widget_tree(root, scale, high_contrast=False, scenes=True):
    """Scale fonts and plot lines under root by scale; returns the list of undo functions.

    Widget fonts are put back by restore_widgets(root) (undo_all calls it last).
    scenes=False leaves what is drawn inside the plots alone (enough to measure a layout).
    """
    undo = [lambda: restore_widgets(root)]
    _scale_widgets(root, scale, undo)
    _widen_controls(root, scale, undo)
    for view in [root, *root.findChildren(pg.GraphicsView)] if scenes else []:
        if isinstance(view, pg.GraphicsView):
            _scale_scene(view.scene(), scale, high_contrast, undo)
    return undo


def undo_all(undo):
    for step in reversed(undo):
        step()
    undo.clear()
