"""The window on the screen it opens on: fitted to it at any scale; a section scrolls when space runs out.

At QT_SCALE_FACTOR=2 a 1600×1000 screen is 800×500 logical pixels: a window
opened at 1280×800 was mostly off the screen, and one squeezed below its
sections' minimum sizes cut buttons and numbers in half. So the first window
takes what the screen offers, a remembered geometry is moved and shrunk onto
the screen, and the section area scrolls instead of squeezing its content.
"""
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStackedWidget

DEFAULT_SIZE = QSize(1280, 800)
NAV_WIDTH = 260     # the section list's width in a full-size window


def fitted(rect, available):
    """rect (a window's frame) moved and shrunk to lie inside available (both QRects)."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.left() + available.width() - width)
    top = min(max(rect.top(), available.top()), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def screen_of(window):
    """The screen the window is on (or would open on)."""
    centre = window.frameGeometry().center()
    return QGuiApplication.screenAt(centre) or window.screen() or QGuiApplication.primaryScreen()


def fit_to_screen(window, available=None, first=False):
    """Move and shrink window onto the available area of its screen (logical pixels).

    first: a window with no remembered geometry; it gets DEFAULT_SIZE where that
    fits, and is centred.
    """
    if available is None:
        available = screen_of(window).availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    # The window manager's frame around the client area (zero before the first show).
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    if first:
        size = DEFAULT_SIZE.boundedTo(QSize(available.width() - extra_w, available.height() - extra_h))
        frame = QRect(0, 0, size.width() + extra_w, size.height() + extra_h)
        frame.moveCenter(available.center())
    target = fitted(frame, available)
    if target != frame or first:
        window.resize(target.width() - extra_w, target.height() - extra_h)
        window.move(target.topLeft())
        _share_width(window, target.width() - extra_w)
    return target


def _share_width(window, width):
    """On a narrow window the section list takes a sixth of the width (at least its minimum)."""
    splitter, nav = window.centralWidget(), getattr(window, "nav", None)
    if isinstance(splitter, QSplitter) and nav is not None and splitter.indexOf(nav) == 0:
        nav_width = min(NAV_WIDTH, max(nav.minimumWidth(), width // 6))
        splitter.setSizes([nav_width, max(1, width - nav_width)])


class CurrentPageStack(QStackedWidget):
    """A QStackedWidget as small as its current page allows (not as its largest page)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width):
        # QScrollArea asks this of a page with word-wrapped text and would make the page as
        # tall as it likes to be (scrolling at 1x); it needs no more than its minimum.
        return self.minimumSizeHint().height()

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()


def scrolling(widget):
    """widget in a frameless scroll area that keeps it at least at its minimum size."""
    area = QScrollArea()
    area.setObjectName("SectionScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(widget)
    return area
