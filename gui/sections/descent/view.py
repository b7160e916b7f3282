"""The right-hand side of the descent section: the plot (contours, start, one PathLayer per
rate), the read-outs under it and the step table; items are created once and only updated."""
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from engine.optimizer_race import MAX_RACERS
from gui.kit.plots import make_plot
from gui.sections.descent.contours import ContourLayer
from gui.sections.descent.inner import InnerLayer
from gui.sections.descent.paths import COLOURS, PathLayer
from gui.sections.descent.status import StatusTable
from gui.sections.descent.steps import StepTable

RESIZE_MS = 80     # the region shown settles before contours and paths are fitted to it
INSET = 0.02       # paths are cut this share of the span inside the border, so exit arrows show whole


class DescentPlots(QWidget):
    """Plot above its read-outs; the step table beside the plot when shown (a splitter sets the share).

    region_changed(region) follows a change of the region the plot shows (the window
    was resized): the aspect lock shows more than the preset view, and contours and
    paths must cover everything a student can see and click.
    """
    region_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = make_plot(legend=True)
        self.plot.setMinimumSize(200, 200)    # the read-outs under it scroll before the plot gets smaller
        self.plot_item = self.plot.getPlotItem()
        self.plot_item.setAspectLocked(True)
        self.plot_item.setMouseEnabled(False, False)   # a click sets the start; the view stays put
        self.plot_item.hideButtons()
        self.plot_item.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.contours = ContourLayer(self.plot_item)
        self.start_marker = pg.ScatterPlotItem(size=14, symbol="s", brush=pg.mkBrush("w"),
                                               pen=pg.mkPen("k", width=2))
        self.plot_item.addItem(self.start_marker)
        self.layers = [PathLayer(self.plot_item, i) for i in range(MAX_RACERS)]
        self.inner = [InnerLayer(self.plot_item, i, COLOURS[i]) for i in range(MAX_RACERS)]
        self.status = StatusTable(MAX_RACERS)
        self.status_area = StatusArea(self.status)
        self.steps = StepTable()
        self.steps.hide()
        # The table stands beside the plot: the aspect-locked contours leave room at the sides,
        # while the height is already shared by the plot and the read-outs.
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(self.steps)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_area)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_MS)
        self._settle.timeout.connect(self._region_settled)
        self.plot_item.getViewBox().sigRangeChanged.connect(lambda *_: self._settle.start())
        self._region = None

    def show_steps(self, shown):
        """Show or hide the step table; shown, it gets the width its columns need, at most two
        thirds of the width (the splitter moves it; numbers that do not fit end in "…")."""
        self.steps.setVisible(shown)
        if shown:
            total = self.splitter.width()
            table = min(self.steps.wanted_width, 2 * total // 3)
            self.splitter.setSizes([total - table, table])

    def region(self):
        """((x0 lo, hi), (x1 lo, hi)) the plot shows now."""
        (lo0, hi0), (lo1, hi1) = self.plot_item.viewRange()
        return (float(lo0), float(hi0)), (float(lo1), float(hi1))

    def path_region(self):
        """The region paths are drawn in: what the plot shows, less a thin margin for the exit arrows."""
        return tuple((lo + INSET * (hi - lo), hi - INSET * (hi - lo)) for lo, hi in self.region())

    def region_used(self, region):
        """Contours and paths now cover region (a later resize to the same region is no change)."""
        self._region = region

    def _region_settled(self):
        region = self.region()
        if region != self._region:
            self.region_changed.emit(region)

    def status_fits(self):
        """The read-outs are shown whole, without scrolling (for tests of small windows)."""
        return not (self.status_area.verticalScrollBar().isVisible()
                    or self.status_area.horizontalScrollBar().isVisible())


class StatusArea(QScrollArea):
    """The read-outs, as tall as their rows need at the width they get; they scroll rather
    than overlap when a small window leaves them too little room (the plot keeps the rest)."""

    def __init__(self, status, parent=None):
        super().__init__(parent)
        self.setWidget(status)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        status.layout_changed.connect(self.updateGeometry)

    def _needed_height(self):
        status = self.widget()
        width = self.viewport().width()
        height = status.heightForWidth(width) if status.hasHeightForWidth() and width > 0 else -1
        return max(height, status.minimumSizeHint().height())

    def sizeHint(self):
        return QSize(self.widget().sizeHint().width(), self._needed_height())

    def minimumSizeHint(self):
        # Two rows stay visible however small the window; the rest scrolls.
        return QSize(0, min(self._needed_height(), 3 * self.fontMetrics().height()))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.widget().fit(self.viewport().width())
            self.updateGeometry()    # wrapped badges need another height at another width
