"""The training section's tabs and what they draw: curves, predictions, the gradient tools and
the drawing pad. Plot items are made once and only updated in place.

While the section is off screen the run goes on but nothing is drawn: the
section keeps its dirty flags and the latest confusion matrix waits here, so
the section it was left for keeps the GUI thread to itself.
"""
import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget

from engine.checkpoint import network_from_params
from gui.kit.plots import plot_grid
from gui.kit.titles import fit_title
from gui.sections.training.canvas import DigitCanvas
from gui.sections.training.plots import (AccuracyPerEpoch, ConfusionView, DigitGrid, LossPerIteration,
                                         WeightTiles)

PREDICTIONS_TAB = 1


def scrolling(page):
    """page in a frameless scroll area: a small window scrolls it instead of widening the tabs."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setWidget(page)
    return area


class TrainingViews(QObject):
    """The four tabs (learning curves, predictions, numerical vs backprop, draw a digit)."""

    def __init__(self, tools, parent=None):
        super().__init__(parent)
        self.loss_plots, self.accuracy = LossPerIteration(self), AccuracyPerEpoch(self)
        self.tiles, self.digits, self.confusion = WeightTiles(self), DigitGrid(self), ConfusionView(self)
        self.canvas = DigitCanvas()
        self.tools = tools
        self.tabs = QTabWidget()
        curves = plot_grid([[self.loss_plots.full, self.loss_plots.zoom],
                            [self.accuracy.widget, self.tiles.widget]], column_stretch=(5, 4))
        predictions = plot_grid([[self.digits.widget, self.confusion.widget]], column_stretch=(1, 1))
        # the plot grids shrink with the window; the two tool pages have a fixed pad and tables
        for tab in (curves, predictions, scrolling(tools), scrolling(self.canvas)):
            self.tabs.addTab(tab, "")
        self.hidden = False
        self._pending_matrix = None
        self._acc_drawn = -1
        self.extra_tabs = []        # the lab's views (layers) that add a tab of their own
        self._templates = False     # no hidden layer: W1's columns are the 10 class templates

    def add_tab(self, view):
        """A tab after the four (its page view.page, its title view.tab_title()); its index."""
        self.extra_tabs.append(view)
        return self.tabs.addTab(view.page, view.tab_title())

    def set_matrix(self, epoch, matrix):
        """An epoch's confusion matrix; off screen only the latest is kept (100 counts to repaint)."""
        if self.hidden:
            self._pending_matrix = (matrix, epoch)
        else:
            self.confusion.set_matrix(matrix, epoch)

    def shown(self):
        self.hidden = False
        if self._pending_matrix is not None:
            (matrix, epoch), self._pending_matrix = self._pending_matrix, None
            self.confusion.set_matrix(matrix, epoch)

    def clear(self):
        self._acc_drawn = -1

    def draw_series(self, history):
        """The loss per iteration every frame; the accuracies only when an epoch has ended."""
        self.loss_plots.set_series(history.losses())
        if self._acc_drawn != len(history.epochs):
            self._acc_drawn = len(history.epochs)
            self.accuracy.set_series(np.array(history.epochs, dtype=float),
                                     np.array(history.train_acc, dtype=float),
                                     np.array(history.test_acc, dtype=float))

    def draw_params(self, params, grid_x, grid_t, activation="sigmoid"):
        """W1's tiles, the drawing pad's network and the test digits' predictions for params
        (W1 b1 … WL bL; activation: their hidden layers')."""
        self.tiles.set_weights(params["W1"])
        templates = "W2" not in params
        if templates != self._templates:
            self._templates = templates
            self._title_tiles()
        network = network_from_params(params, activation)
        self.canvas.set_network(network)
        if grid_x is not None and network.params["W1"].shape[0] == grid_x.shape[1]:
            y = network.predict(grid_x.astype(network.params["W1"].dtype))
            self.digits.set_predictions(y, grid_t)

    def preview(self, values, available):
        """Axes for the run these control values describe, before it starts."""
        train_size = min(values["train_size"], available) if available else values["train_size"]
        self.loss_plots.set_run_length(values["iters_num"])
        self.loss_plots.set_series(np.empty(0))
        if values["batch_size"] >= 1 and train_size >= 1:
            # the engine's iter_per_epoch = max(train_size / batch_size, 1)
            self.accuracy.set_epochs(values["iters_num"] / max(train_size / values["batch_size"], 1))

    def export_tables(self):
        """The Predictions tab's tables (the curves of the other tabs export themselves)."""
        if self.tabs.currentIndex() != PREDICTIONS_TAB:
            return []
        return [table for table in (self.digits.table(), self.confusion.table()) if table]

    def retranslate(self):
        for view in (self.loss_plots, self.accuracy, self.tiles, self.digits, self.confusion,
                     self.canvas, self.tools):
            view.retranslate()
        for index, text in enumerate((self.tr("Learning curves"), self.tr("Predictions"),
                                      self.tr("Numerical vs backprop"), self.tr("Draw a digit"))):
            self.tabs.setTabText(index, text)
        for view in self.extra_tabs:
            view.retranslate()
            self.tabs.setTabText(self.tabs.indexOf(view.page), view.tab_title())
        self._title_tiles()

    def _title_tiles(self):
        if self._templates:
            fit_title(self.tiles.widget, self.tr("W1: a 28×28 template per digit 0 … 9"))
        else:
            self.tiles.retranslate()
