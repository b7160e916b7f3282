"""Presentation mode: full screen, every font and plot line scaled, a high-contrast look.

The scaling is generic: scale_widget_tree() walks a widget tree, gives every
QWidget a font scaled from the one it had, and in every pyqtgraph view scales
axis labels and tick fonts, titles, legends, text items, line widths and
symbol sizes. It returns one undo function per change, so leaving the mode
puts back exactly what was there. Sections built while the mode is on are
scaled when they are first shown.
"""
import re

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from gui.settings import SCALE_DEFAULT, clamp_scale
from gui.style import STYLED_FONTS, style_sheet

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


def _scale_widgets(root, scale):
    # Read every font first: a child without its own font inherits its parent's,
    # so scaling from the fonts read before any change scales each exactly once.
    # The style sheet sizes some widgets itself (it is scaled separately).
    widgets = [w for w in (root, *root.findChildren(QWidget)) if w.objectName() not in STYLED_FONTS]
    fonts = [(w, QFont(w.font()), w.testAttribute(Qt.WA_SetFont)) for w in widgets]
    for widget, font, explicit in fonts:
        widget.setFont(scaled_font(font, scale))
        _remember(widget, font, explicit)


def restore_widgets(root):
    """Put back the fonts of every scaled widget that still exists under root."""
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.property(SCALED):
            continue
        font = widget.property(ORIGINAL_FONT)
        if font is not None:
            widget.setFont(font if widget.property(ORIGINAL_EXPLICIT) else QFont())
        for name in (SCALED, ORIGINAL_FONT, ORIGINAL_EXPLICIT):
            widget.setProperty(name, None)


def scale_new_widget(widget, scale, high_contrast, undo):
    """A widget first shown during a presentation (a section or tab built on first use).

    A font size the code set explicitly is scaled. Otherwise the widget should
    inherit its scaled parent's font; where it does not (a widget reparented
    under a style sheet keeps the font it was created with) it is scaled too.
    Plots get their scene scaled once their items are in place.
    """
    if widget.property(SCALED) or widget.objectName() in STYLED_FONTS:
        return
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


def _scale_scene(scene, scale, high_contrast, undo):
    for item in scene.items():
        parent = item.parentItem()
        if isinstance(item, pg.AxisItem):
            _scale_axis(item, scale, high_contrast, undo)
        elif isinstance(item, pg.LegendItem):
            # entries a section adds later (e.g. a race's rates) are made at this size too
            size = item.opts.get("labelTextSize")
            item.opts["labelTextSize"] = scaled_css_size(size, scale, "9pt")
            undo.append(_safe(lambda i=item, s=size: i.opts.__setitem__("labelTextSize", s)))
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


def scale_widget_tree(root, scale, high_contrast=False):
    """Scale fonts and plot lines under root by scale; returns the list of undo functions.

    Widget fonts are put back by restore_widgets(root) (undo_all calls it last).
    """
    undo = [lambda: restore_widgets(root)]
    _scale_widgets(root, scale)
    _widen_controls(root, scale, undo)
    for view in [root, *root.findChildren(pg.GraphicsView)]:
        if isinstance(view, pg.GraphicsView):
            _scale_scene(view.scene(), scale, high_contrast, undo)
    return undo


def undo_all(undo):
    for step in reversed(undo):
        step()
    undo.clear()


class Presentation(QObject):
    """Presentation mode of a MainWindow: enter(), leave(), toggle(), set_scale()."""
    toggled = Signal(bool)

    def __init__(self, window, scale=SCALE_DEFAULT):
        super().__init__(window)
        self.window = window
        self.scale = clamp_scale(scale)
        self.high_contrast = True
        self.active = False
        self._undo = []
        self._saved = None     # what the window looked like before

    def toggle(self):
        self.leave() if self.active else self.enter()

    def enter(self):
        if self.active:
            return
        window = self.window
        self._saved = {"geometry": window.saveGeometry(), "state": window.windowState(),
                       "style": QApplication.instance().styleSheet(),
                       "nav": window.nav.isVisibleTo(window),
                       "menu": window.menuBar().isVisibleTo(window)}
        self.active = True
        self._apply()
        window.nav.hide()
        window.menuBar().hide()
        # Without a window manager (a bare X server, a kiosk) nothing resizes the window: do it.
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
        self.toggled.emit(True)

    def leave(self):
        if not self.active:
            return
        self.active = False
        window, saved = self.window, self._saved
        self._unapply()
        window.setWindowState(saved["state"])
        if not saved["state"] & (Qt.WindowFullScreen | Qt.WindowMaximized):
            window.showNormal()
            window.restoreGeometry(saved["geometry"])
        window.nav.setVisible(saved["nav"])
        window.menuBar().setVisible(saved["menu"])
        self.toggled.emit(False)

    def set_scale(self, scale):
        """Change the scale; applied at once when the mode is on."""
        self.scale = clamp_scale(scale)
        if self.active:
            self._unapply()
            self._apply()

    def _apply(self):
        QApplication.instance().setStyleSheet(style_sheet(self.scale, self.high_contrast))
        self._undo = scale_widget_tree(self.window, self.scale, self.high_contrast)
        # Widgets shown for the first time from now on (lazily built sections and
        # tabs) are scaled as Qt polishes them.
        QApplication.instance().installEventFilter(self)

    def _unapply(self):
        QApplication.instance().removeEventFilter(self)
        # The style sheet first: changing it puts back fonts it saw at polish time
        # (scaled ones, for widgets first shown during the presentation).
        QApplication.instance().setStyleSheet(self._saved["style"])
        undo_all(self._undo)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Polish and self.active and isinstance(obj, QWidget) \
                and self.window.isAncestorOf(obj):
            try:
                scale_new_widget(obj, self.scale, self.high_contrast, self._undo)
            except RuntimeError:   # deleted while being shown
                pass
        elif kind == QEvent.StyleChange and self.active and isinstance(obj, QWidget) \
                and obj.property(SCALED) and obj.property(ORIGINAL_EXPLICIT):
            # A new style sheet (a label recoloured during the talk) re-resolves the font
            # the code set, undoing the scaling: scale it again.
            wanted = scaled_font(obj.property(ORIGINAL_FONT), self.scale)
            if obj.font() != wanted:
                obj.setFont(wanted)
        return False
