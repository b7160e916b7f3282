"""Runs compared: every run that ends (finished, stopped or diverged) stays on the loss and accuracy
plots as a faded curve, its legend naming what differed from the run before ("Adam, lr 0.001").

Up to MAX_KEPT runs are kept, the oldest going first. A kept run holds a bounded copy of what the
run showed: its loss min/max-decimated to at most MAX_POINTS points, the book's smoothed loss
(engine.comparison.smooth_curve over every iteration) at the same points, and its accuracies per
epoch. The plot items (MAX_KEPT slots per plot) are made once and only get setData and pens.
"""
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from engine.comparison import differences, smooth_curve
from engine.training import TrainConfig
from gui.kit.numbers import format_number
from gui.sections.training.series import MAX_POINTS, decimate_minmax

MAX_KEPT = 8
CURVES_TAB = 0     # the tab the kept runs are drawn in
# Okabe & Ito's palette (yellow left out: it vanishes on white at a projector), grey instead;
# each run also has its own dashes, so two runs stay apart for every kind of colour vision.
COLOURS = ("#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#8c8c8c")
DASHES = ((6, 2), (2, 2), (8, 2, 2, 2), (12, 3), (4, 4), (6, 2, 2, 2, 2, 2), (1, 3), (14, 2, 4, 2))
TEST_DOTS = (1, 2)   # a kept run's test accuracy: its dashes after a dot, thinner than its train's
SYMBOL_EPOCHS = 40   # more epochs than this: no symbols (201 of them merge into a blot)
FADED = 190        # alpha of a kept curve: the current run, drawn opaque, stays in front
OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                   "rmsprop": "RMSprop", "adam": "Adam"}
ACTIVATION_NAMES = {"sigmoid": "sigmoid", "relu": "ReLU", "tanh": "tanh"}


@dataclass
class KeptRun:
    """What one ended run showed, at a bounded size."""
    number: int            # runs counted from 1 since the last Clear
    config: TrainConfig
    named: tuple           # the TrainConfig fields its legend names
    how: str               # "finished", "stopped", "diverged" or "failed"
    iterations: int
    x: np.ndarray          # iterations (from 1) of the kept loss points
    loss: np.ndarray       # the mini-batch loss at x (min and max of each bucket)
    smoothed: np.ndarray   # the book's smoothed loss at x
    epochs: np.ndarray
    epoch_iterations: np.ndarray
    train_acc: np.ndarray
    test_acc: np.ndarray
    slot: int              # its colour and dashes


def keep(history, config, number, named, how, slot, max_points=MAX_POINTS):
    """A KeptRun of a RunHistory (copies: the history is cleared for the next run)."""
    loss = history.losses()
    x, decimated = decimate_minmax(loss, max_points)
    index = x.astype(np.intp) - 1
    smoothed = smooth_curve(loss)[index] if len(loss) else np.empty(0)
    # epochs are bounded too (a run of one-image epochs has as many as iterations)
    n_epochs = len(history.epochs)
    picks = np.arange(n_epochs) if n_epochs <= max_points else \
        np.unique(np.linspace(0, n_epochs - 1, max_points).round().astype(np.intp))

    def pick(values):
        return np.asarray(values, dtype=np.float64)[picks] if n_epochs else np.empty(0)
    return KeptRun(number, config, tuple(named), how, int(history.n), x, decimated.copy(), smoothed,
                   pick(history.epochs), pick(history.epoch_iterations), pick(history.train_acc),
                   pick(history.test_acc), slot)


def _pen(slot, width=2.0, test=False):
    colour = pg.mkColor(COLOURS[slot])
    colour.setAlpha(FADED)
    pen = pg.mkPen(colour, width=width)
    pen.setStyle(Qt.CustomDashLine)
    pen.setDashPattern(list((TEST_DOTS if test else ()) + DASHES[slot]))
    return pen


class KeptRuns(QObject):
    """The kept runs of a training section: their curves, legends, Clear button and CSV tables."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section
        self.runs = []
        self.named_next = None      # fields a comparison wants the next runs named by
        self._config = None         # the running run's TrainConfig
        self._previous = None       # the TrainConfig of the run before it
        self._count = 0
        self._slot = 0
        loss_item = section.loss_plots.full.getPlotItem()
        acc_item = section.accuracy.widget.getPlotItem()
        self.loss_curves, self.train_curves, self.test_curves = [], [], []
        for _ in range(MAX_KEPT):
            for item, curves in ((loss_item, self.loss_curves), (acc_item, self.train_curves),
                                 (acc_item, self.test_curves)):
                curve = item.plot(antialias=True, connect="finite")
                curve.setSymbolSize(5)         # (the accuracies' symbols: set in draw)
                curve.setZValue(-1)            # behind the current run
                curve.skip_export = True       # the CSV has a table per kept run instead
                curve.setVisible(False)
                curves.append(curve)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        layout = section.panel.layout()
        layout.insertWidget(layout.indexOf(section.panel.smooth) + 1, self.clear_button)
        section.panel.smooth.toggled.connect(lambda _on: self.draw())
        section.run_started.connect(self._started)
        section.run_ended.connect(self._ended)
        self.draw()

    # --- runs ---------------------------------------------------------------------
    def _started(self, config):
        self._config = config
        self.show_current(True)

    def show_current(self, on):
        """Draw the current run's curves (False: a finished comparison's kept runs alone, as the
        book's figures show them; the last run of the set is kept, so nothing is lost)."""
        loss_plots, accuracy = self.section.loss_plots, self.section.accuracy
        if loss_plots.current_shown == on:
            return
        for plots, items in ((loss_plots, (loss_plots.curve, loss_plots.smooth)),
                             (accuracy, (accuracy.train, accuracy.test))):
            plots.current_shown = on
            for item in items:
                item.setVisible(on)
            plots.retranslate()

    def _ended(self, how):
        config, self._config = self._config, None
        history = self.section.history
        if config is None or history.n == 0:
            return
        named = self.named_next or differences(self._previous, config)
        self._previous = config
        self._count += 1
        self.runs.append(keep(history, config, self._count, named, how, self._slot))
        self._slot = (self._slot + 1) % MAX_KEPT
        del self.runs[:-MAX_KEPT]
        self.draw()

    def clear(self):
        """Forget every kept run (the run now going on is kept when it ends)."""
        self.runs.clear()
        self._previous = None
        self._count = self._slot = 0
        self.draw()

    # --- drawing ---------------------------------------------------------------------
    def draw(self):
        smooth = self.section.panel.smooth.isChecked()
        for k in range(MAX_KEPT):
            curves = (self.loss_curves[k], self.train_curves[k], self.test_curves[k])
            if k >= len(self.runs):
                for curve in curves:
                    curve.setData([], [])
                    curve.setVisible(False)
                continue
            run = self.runs[k]
            pen = _pen(run.slot)
            loss, train, test = curves
            loss.setPen(pen)
            loss.setData(run.x, run.smoothed if smooth else run.loss, connect="finite")
            colour = pg.mkColor(COLOURS[run.slot])
            few = len(run.epochs) <= SYMBOL_EPOCHS
            for curve, values, symbol, width in ((train, run.train_acc, "o", 2.0),
                                                 (test, run.test_acc, "s", 1.3)):
                curve.setPen(_pen(run.slot, width, test=curve is test))
                curve.setSymbol(symbol if few else None)
                curve.setSymbolBrush(colour)
                curve.setSymbolPen(None)
                curve.setData(run.epochs, values)
            for curve in curves:
                curve.setVisible(True)
        self.clear_button.setEnabled(bool(self.runs))
        self.retranslate()

    def label(self, run):
        """The legend's words for run: its number and what differed from the run before."""
        text = "#%d %s" % (run.number, self.describe(run.config, run.named))
        if run.how in ("stopped", "diverged", "failed"):
            text += " (%s)" % {"stopped": self.tr("stopped"), "diverged": self.tr("diverged"),
                               "failed": self.tr("failed")}[run.how]
        return text

    def describe(self, config, named):
        """The settings named (TrainConfig field names) in words: "Adam, lr 0.001", "λ 0.1"."""
        words = []
        for name in named:
            value = getattr(config, name)
            if name == "optimizer":
                words.append(OPTIMIZER_NAMES.get(value, value))
            elif name == "learning_rate":
                words.append(self.tr("lr %s") % format_number(value, 3))
            elif name == "optimizer_params":
                words.append(", ".join("%s %s" % (k, format_number(v, 3)) for k, v in value)
                             or self.tr("default settings"))
            elif name == "weight_decay":
                words.append("λ %s" % format_number(value, 3))
            elif name == "hidden_layers":
                words.append(self.tr("1 hidden layer") if value == 1 else self.tr("%d hidden layers") % value)
            elif name == "hidden_size":
                words.append(self.tr("%d neurons per layer") % value)
            elif name == "activation":
                words.append(ACTIVATION_NAMES.get(value) or self.tr("identity"))
            elif name == "weight_init_std":
                words.append(self._init_text(value))
            elif name == "train_size":
                words.append(self.tr("all images") if value is None
                             else self.tr("%s images") % format_number(value, 6))
            elif name == "batch_size":
                words.append(self.tr("batch %d") % value)
            elif name == "iters_num":
                words.append(self.tr("%d iterations") % value)
            elif name == "sampling":
                words.append(self.section.panel.sampling_text(value))
            elif name == "gradient":
                words.append({"backprop": self.tr("backprop"), "numerical": self.tr("numerical gradient")}
                             .get(value, self.tr("the book's loop")))
            elif name == "seed":
                words.append(self.tr("seed %d") % value)
            else:
                words.append(str(value))
        return ", ".join(words) if words else self.tr("same settings")

    def _init_text(self, value):
        if isinstance(value, str):
            return "He" if value.lower() in ("he", "relu") else "Xavier"
        return self.tr("std %s") % format_number(value, 3)

    def retranslate(self):
        self.clear_button.setText(self.tr("Clear kept runs (%d)") % len(self.runs) if self.runs
                                  else self.tr("Clear kept runs"))
        self.clear_button.setToolTip(self.tr("Each run that ends stays as a faded curve (up to %d, the "
                                             "oldest goes first); this forgets them") % MAX_KEPT)
        loss_plots, accuracy = self.section.loss_plots, self.section.accuracy
        loss_plots.legend_extra = [(self.loss_curves[k], self.label(run)) for k, run in enumerate(self.runs)]
        if len(self.runs) <= 2:     # room for both of each (fig 6-20: train and test of λ 0 and 0.1)
            accuracy.legend_extra = [entry for k, run in enumerate(self.runs) for entry in (
                (self.train_curves[k], self.tr("#%d train") % run.number),
                (self.test_curves[k], self.tr("#%d test") % run.number))]
        else:                       # each run's number, named in the loss plot's legend
            accuracy.legend_extra = [(self.train_curves[k], "#%d" % run.number)
                                     for k, run in enumerate(self.runs)]
        for k, run in enumerate(self.runs):
            name = self.label(run)
            self.loss_curves[k].opts["name"] = name
            self.train_curves[k].opts["name"] = self.tr("%s: train acc") % name
            self.test_curves[k].opts["name"] = self.tr("%s: test acc") % name
        loss_plots.retranslate()
        accuracy.retranslate()

    # --- export ----------------------------------------------------------------------
    def tables(self):
        """One CSV table per kept run: (title, columns, rows), the loss points and the epoch ends."""
        out = []
        if self.section.tabs.currentIndex() != CURVES_TAB:
            return out               # the other tabs export what they show
        columns = [self.tr("iteration"), self.tr("mini-batch loss"), self.tr("smoothed loss (book)"),
                   self.tr("epoch"), self.tr("train acc"), self.tr("test acc")]
        for run in self.runs:
            rows = {int(i): [int(i), float(l), float(s), "", "", ""]
                    for i, l, s in zip(run.x, run.loss, run.smoothed)}
            for i, e, a, b in zip(run.epoch_iterations, run.epochs, run.train_acc, run.test_acc):
                row = rows.setdefault(int(i), [int(i), "", "", "", "", ""])
                row[3:] = [int(e), float(a), float(b)]
            title = self.tr("Kept run %s · %d iterations") % (self.label(run), run.iterations)
            out.append((title, columns, [rows[i] for i in sorted(rows)]))
        return out
