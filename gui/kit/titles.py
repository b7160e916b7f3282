"""Plot titles that fit their plot: a smaller font, then an elided line, never a wider plot.

pyqtgraph gives a title label a minimum width equal to its text, so a long title (a
number that grows, a longer language) pushes the plot's right side out of the window.
"""
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from gui.kit.plots import TITLE_STYLE

SMALLEST = 9.0   # points: below this a title is elided rather than shrunk further
MARGIN = 12      # pixels the plot's layout keeps beside its title


def _points(size):
    return float(str(size).removesuffix("pt"))


class TitleFitter(QObject):
    """Keeps one PlotWidget's title as large as fits (re-fitted when the widget is resized)."""

    def __init__(self, widget):
        super().__init__(widget)
        self.widget = widget
        self.item = widget.getPlotItem()
        self.text = ""
        self.color = TITLE_STYLE["color"]
        self.wanted = _points(TITLE_STYLE["size"])
        self._shown = None   # the size this fitter last set (another size: presentation mode)
        self._fitting = False
        widget.installEventFilter(self)
        # The room is known only once the plot is laid out, which follows the widget's resize.
        self.item.getViewBox().sigResized.connect(self.fit)

    def set(self, text, points=None, color=None):
        self.text = text
        if points is not None:
            self.wanted = float(points)
        if color is not None:
            self.color = color
        self._shown = None
        self.fit()

    def room(self):
        """Pixels across the title's column: the widget less what sits beside the view
        (axes, a colour bar), which does not depend on the title's width."""
        view_width = self.item.getViewBox().width()
        beside = self.item.width() - view_width if view_width > 1 else 0.0   # 0: not laid out yet
        return max(self.widget.width() - beside - MARGIN, 20)

    def fit(self, *_):
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self):
        label = self.item.titleLabel
        current = label.opts.get("size")
        if self._shown is not None and current is not None and current != self._shown:
            self.wanted = _points(current)   # rescaled from outside (presentation mode): keep it
        self.item.setTitle(self.text, color=self.color)
        label.setToolTip(_plain(self.text))
        points = self.wanted
        if not self.widget.isVisible():   # no width yet: fitted on the first resize
            self._shown = f"{points:g}pt"
            label.setText(self.text, size=self._shown, color=self.color)
            return
        room = self.room()
        while True:
            self._shown = f"{points:g}pt"
            label.setText(self.text, size=self._shown, color=self.color)
            if label.itemRect().width() <= room or points <= min(SMALLEST, self.wanted):
                break
            points -= 1
        if label.itemRect().width() > room:
            label.setText(self._elided(points, room), size=self._shown, color=self.color)
        # A plot once held wider by a longer title keeps that width until it is set again.
        if self.widget.centralWidget is self.item:
            self.item.setGeometry(QRectF(0, 0, self.widget.width(), self.widget.height()))

    def _elided(self, points, room):
        font = QFont()
        font.setPointSizeF(points)
        return QFontMetricsF(font).elidedText(_plain(self.text), Qt.ElideRight, room)

    def eventFilter(self, watched, event):
        # Show too: a title set while its plot was hidden (another tab) is fitted when it
        # appears, even if the plot's size did not change meanwhile.
        if watched is self.widget and event.type() in (QEvent.Resize, QEvent.Show):
            self.fit()
        return False


def _plain(html):
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def fit_title(widget, text, points=None, color=None):
    """Set the title of PlotWidget widget so that it always fits the widget's width."""
    fitter = widget.findChild(TitleFitter)
    if fitter is None:
        fitter = TitleFitter(widget)
    fitter.set(text, points, color)
    return fitter
