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


class TextFitter(QObject):
    """Keeps a pyqtgraph TextItem (a hint inside a plot) inside its view: a smaller font, else hidden.

    A TextItem keeps its pixel size whatever the view's, so a large scale or a small
    window would cut it at the view's edge. The size someone else sets (presentation
    mode) becomes the size wanted.
    """

    def __init__(self, view_box, item):
        super().__init__(view_box)
        self.view_box, self.item = view_box, item
        self.wanted = item.textItem.font().pointSizeF()
        self._shown = self.wanted
        view_box.sigResized.connect(self.fit)

    def fit(self, *_):
        font = QFont(self.item.textItem.font())
        if abs(font.pointSizeF() - self._shown) > 0.01:
            self.wanted = font.pointSizeF()       # rescaled from outside: keep that as the aim
        width, height = self.view_box.width(), self.view_box.height()
        points = self.wanted
        while True:
            font.setPointSizeF(points)
            self.item.textItem.setFont(font)
            rect = self.item.textItem.boundingRect()
            if (rect.width() <= 0.92 * width and rect.height() <= 0.92 * height) or points <= SMALLEST - 2:
                break
            points -= 1
        self._shown = points
        self.item.setVisible(rect.width() <= width and rect.height() <= height)


def fit_text(view_box, item):
    """Keep TextItem item inside view_box (re-fitted on every resize and text change via fit())."""
    fitter = TextFitter(view_box, item)
    fitter.fit()
    return fitter
