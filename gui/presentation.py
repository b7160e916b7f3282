"""Presentation mode: full screen, every font and plot line scaled, a high-contrast look.

The scaling itself is generic (gui.scaling): leaving the mode puts back exactly
what was there, and sections built while the mode is on are scaled when they
are first shown. The scale is a number, or FIT: the largest scale whose layout
fits the screen. Leaving gives back the window's exact place, size and state.
"""
import pyqtgraph as pg
from PySide6.QtCore import (QCoreApplication, QDeadlineTimer, QEvent, QEventLoop, QObject, Qt,
                            QTimer, Signal)
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from gui.scaling import (ORIGINAL_EXPLICIT, ORIGINAL_FONT, SCALED, scale_new_widget,  # noqa: F401
                         scale_widget_tree, scaled_css_size, scaled_font, undo_all)
from gui.settings import FIT, SCALE_DEFAULT, SCALE_MAX, SCALE_MIN, read_scale
from gui.style import DISABLED_TEXT, style_sheet

# Scales tried for FIT, largest first: fine enough that the text is as large as fits.
# A layout fits when no controls column needs scrolling sideways and the largest plot
# keeps at least this share of the screen in each direction.
PLOT_SHARE = 0.25
FIT_STEP = 0.1
FIT_CANDIDATES = tuple(round(SCALE_MAX - FIT_STEP * k, 2)
                       for k in range(round((SCALE_MAX - SCALE_MIN) / FIT_STEP) + 1))

# The high-contrast sheet paints every text black and every button white, which hides
# Qt's disabled look: a paused run's Pause button must look as unusable as it is.
DISABLED_LOOK = """
QWidget:disabled {{ color: {grey}; }}
QPushButton:disabled, QToolButton:disabled {{ border: {border}px solid #b4b4b4; background: #eeeeee;
                                              color: {grey}; }}
QLineEdit:disabled {{ border: {border}px solid #b4b4b4; background: #f2f2f2; color: {grey}; }}
"""


def presentation_sheet(scale, high_contrast):
    """The application style sheet during a presentation at scale."""
    sheet = style_sheet(scale, high_contrast)
    if high_contrast:
        sheet += DISABLED_LOOK.format(border=max(1, round(scale)), grey=DISABLED_TEXT)
    return sheet


def layout_fits(section, screen):
    """Whether section, laid out at its current size, shows its content as meant on screen.

    The window's own minimum size says little: scroll areas and splitters accept any
    size. What a class sees is whether text must be scrolled sideways (cut off), whether
    the section itself must be scrolled, and whether the plots are left a usable size.
    A controls column may scroll down.
    """
    window = section.window()
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if not area.isVisible() or inner is None or not area.widgetResizable():
            continue
        need = inner.minimumSizeHint()
        if need.width() > area.viewport().width():
            return False
        if area.isAncestorOf(section) and need.height() > area.viewport().height():
            return False
    views = [v for v in section.findChildren(pg.GraphicsView) if v.isVisible()]
    if not views:
        return True
    largest = max(views, key=lambda v: v.width() * v.height())
    return largest.width() >= PLOT_SHARE * screen.width() and \
        largest.height() >= PLOT_SHARE * screen.height()


def settle_layouts():
    """Let every pending layout request run now, so size hints and minimum sizes are current.

    A layout that changes asks its parent's layout again through a posted event,
    one level per round: a few rounds reach the window.
    """
    for _ in range(8):
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)


class Presentation(QObject):
    """Presentation mode of a MainWindow: enter(), leave(), toggle(), set_scale()."""
    toggled = Signal(bool)

    def __init__(self, window, scale=SCALE_DEFAULT):
        super().__init__(window)
        self.window = window
        scale = read_scale(scale)
        self.fit = scale == FIT
        self.scale = SCALE_DEFAULT if self.fit else scale   # with FIT: the last fitting scale
        self.high_contrast = True
        self.active = False
        self._undo = []
        self._saved = None     # what the window looked like before
        self._fitted = {}      # (section, language, screen size) -> the scale FIT found

    @property
    def choice(self):
        """What the user chose: a number, or FIT."""
        return FIT if self.fit else self.scale

    def toggle(self):
        self.leave() if self.active else self.enter()

    def _screen_rect(self):
        screen = self.window.screen() or QApplication.primaryScreen()
        return screen.geometry() if screen is not None else None

    def enter(self):
        if self.active:
            return
        window = self.window
        self._saved = {"geometry": window.geometry(), "state": window.windowState(),
                       "style": QApplication.instance().styleSheet(),
                       "nav": window.nav.isVisibleTo(window),
                       "menu": window.menuBar().isVisibleTo(window)}
        self.active = True
        window.nav.hide()
        window.menuBar().hide()
        # Full screen first, so that FIT measures the layout at the size it will have.
        # Without a window manager (a bare X server, a kiosk) nothing resizes the window: do it.
        rect = self._screen_rect()
        if rect is not None:
            window.setGeometry(rect)
        window.showFullScreen()
        self._await_geometry(rect)
        self._apply()
        self.toggled.emit(True)

    def leave(self):
        if not self.active:
            return
        self.active = False
        window, saved = self.window, self._saved
        self._unapply()
        window.nav.setVisible(saved["nav"])
        window.menuBar().setVisible(saved["menu"])
        # The scaled layout made the scaled size the window's minimum: let the layouts
        # shrink back first, or the old geometry could not be given back.
        settle_layouts()
        window.setWindowState(saved["state"])
        if not saved["state"] & (Qt.WindowFullScreen | Qt.WindowMaximized):
            self._restore_geometry()
            # the window system may apply the change of state after us: once more, then
            QTimer.singleShot(0, self._restore_geometry)
        self.toggled.emit(False)

    def _await_geometry(self, rect, ms=500):
        """Let the window system apply rect (it answers asynchronously on X)."""
        if rect is None or not self.window.isVisible():
            return
        deadline = QDeadlineTimer(ms)
        while self.window.geometry() != rect and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.AllEvents, 20)
        settle_layouts()

    def _restore_geometry(self):
        if self.active or self._saved is None:
            return
        window, rect = self.window, self._saved["geometry"]
        if window.windowState() & (Qt.WindowFullScreen | Qt.WindowMaximized):
            return
        settle_layouts()
        if window.geometry() != rect:
            window.setGeometry(rect)

    def set_scale(self, scale):
        """Change the scale (a number or FIT); applied at once when the mode is on."""
        scale = read_scale(scale)
        self.fit = scale == FIT
        if not self.fit:
            self.scale = scale
        if self.active:
            self._unapply()
            self._apply()

    def _fit_key(self):
        rect = self._screen_rect()
        translations = getattr(self.window, "translations", None)
        return (self.window.current_name(), getattr(translations, "language", None),
                rect.width() if rect is not None else 0, rect.height() if rect is not None else 0)

    def _apply(self):
        if self.fit:
            # Trying scales takes a moment: the answer is kept per section, language and screen.
            key = self._fit_key()
            self.scale = self._fitted.get(key) or self.fitting_scale()
        self._scale_to(self.scale)
        # The tries styled the section alone; the whole window (a taller tool bar, the
        # application's style sheet) can need a little more: a step down until it fits.
        while self.fit and self.scale > SCALE_MIN and not self._fits_now():
            self._unscale()
            self.scale = max(SCALE_MIN, round(self.scale - FIT_STEP, 2))
            self._scale_to(self.scale)
        if self.fit:
            self._fitted[key] = self.scale
        # Widgets shown for the first time from now on (lazily built sections and
        # tabs) are scaled as Qt polishes them.
        QApplication.instance().installEventFilter(self)

    def _scale_to(self, scale):
        QApplication.instance().setStyleSheet(presentation_sheet(scale, self.high_contrast))
        self._undo = scale_widget_tree(self.window, scale, self.high_contrast)

    def _unapply(self):
        QApplication.instance().removeEventFilter(self)
        self._unscale()

    def _unscale(self):
        # The style sheet first: changing it puts back fonts it saw at polish time
        # (scaled ones, for widgets first shown during the presentation).
        QApplication.instance().setStyleSheet(self._saved["style"])
        undo_all(self._undo)

    def _fits_now(self):
        rect, section = self._screen_rect(), self.window.current_section()
        if rect is None or section is None:
            return True
        settle_layouts()
        return self.window.width() <= rect.width() and layout_fits(section, rect)

    def fits(self, scale):
        """Whether the current section's layout fits the screen at scale (tried, then undone)."""
        rect, section = self._screen_rect(), self.window.current_section()
        if rect is None or section is None:
            return True
        # Only the section and the tool bar above it are tried (their own style sheets):
        # restyling the whole application for every try would take seconds.
        parts = [w for w in (section, getattr(self.window, "toolbar", None)) if w is not None]
        sheets = [w.styleSheet() for w in parts]
        undo = []
        for part in parts:
            part.setStyleSheet(presentation_sheet(scale, self.high_contrast))
            undo += scale_widget_tree(part, scale, self.high_contrast)
        try:
            settle_layouts()
            return self.window.width() <= rect.width() and layout_fits(section, rect)
        finally:
            for part, sheet in zip(parts, sheets):
                part.setStyleSheet(sheet)
            undo_all(undo)

    def fitting_scale(self):
        """The largest scale (in steps of FIT_STEP) whose layout fits the screen; at least SCALE_MIN."""
        lo, hi = 0, len(FIT_CANDIDATES) - 1      # candidates run from large to small
        if self.fits(FIT_CANDIDATES[lo]):
            return FIT_CANDIDATES[lo]
        while hi - lo > 1:                       # fits(FIT_CANDIDATES[lo]) is False
            mid = (lo + hi) // 2
            if self.fits(FIT_CANDIDATES[mid]):
                hi = mid
            else:
                lo = mid
        return FIT_CANDIDATES[hi]

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
