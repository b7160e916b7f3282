"""Numerical vs backprop: a gradient check on the current network and a race of the two methods."""
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from engine.metrics import gradient_check
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig, train
from gui.kit.messages import engine_text
from gui.kit.numbers import format_number
from gui.kit.plots import shrinkable, style_plot
from gui.kit.worker import GeneratorThread
from gui.sections.training.plots import BLUE, ORANGE


def race(config_values, data, seconds, report_every=0.05):
    """Yield ('progress', method, iteration, loss, elapsed) for backprop, then numerical,
    each training from the same start for `seconds` of wall time."""
    for method in ("backprop", "numerical"):
        trainer = train(TrainConfig(**dict(config_values, gradient=method, evaluate=False,
                                           iters_num=10**9)), data)
        start = last = time.perf_counter()
        yield ("progress", method, 0, float("nan"), 0.0)
        while True:
            step = next(trainer)
            now = time.perf_counter()
            done = now - start >= seconds
            if done or now - last >= report_every:
                last = now
                yield ("progress", method, step.iteration, step.loss, now - start)
            if done:
                break


class GradientTools(QWidget):
    """The 'numerical vs backprop' tab. The section supplies params/data through callables."""
    check_done = Signal(object)
    race_done = Signal(object)

    def __init__(self, current_params, current_data, current_values, current_activation=lambda: "sigmoid",
                 parent=None):
        super().__init__(parent)
        self._params, self._data, self._values = current_params, current_data, current_values
        self._activation = current_activation
        self.jobs = GeneratorThread(self)
        self.jobs.failed.connect(self._failed)
        self.jobs.finished.connect(self._finished)
        self.jobs.step_done.connect(self._item)
        self._job = None    # "check" or "race" while one runs
        self._check_shown = False
        self.check_button, self.race_button = QPushButton(), QPushButton()
        self.check_text, self.race_text = QLabel(), QLabel()
        for label in (self.check_text, self.race_text):
            label.setWordWrap(True)
        self.table = QGridLayout()
        self.cells = {}
        for row, key in enumerate(PARAM_KEYS, start=1):
            self.table.addWidget(QLabel(key), row, 0)
            for col in (1, 2):
                cell = QLabel("—")
                self.table.addWidget(cell, row, col)
                self.cells[key, col] = cell
        self.head = [QLabel(), QLabel()]
        self.table.addWidget(self.head[0], 0, 1)
        self.table.addWidget(self.head[1], 0, 2)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 60.0)
        self.seconds.setValue(3.0)
        self.seconds_label = QLabel()
        self.plot = shrinkable(pg.PlotWidget())
        legend = self.plot.getPlotItem().addLegend(offset=(10, -10), labelTextSize="11pt")
        self.plot.getPlotItem().enableAutoRange()
        self.curves = {"backprop": self.plot.plot(pen=pg.mkPen(BLUE, width=2.5)),
                       "numerical": self.plot.plot(pen=pg.mkPen(ORANGE, width=2.5), symbol="o",
                                                   symbolSize=7, symbolBrush=ORANGE)}
        self.legend = legend
        self.series = {m: ([], []) for m in self.curves}
        self.done = {m: (0, float("nan")) for m in self.curves}

        left = QVBoxLayout()
        left.addWidget(self.check_button)
        left.addLayout(self.table)
        left.addWidget(self.check_text)
        row = QHBoxLayout()
        row.addWidget(self.seconds_label)
        row.addWidget(self.seconds)
        left.addSpacing(16)
        left.addLayout(row)
        left.addWidget(self.race_button)
        left.addWidget(self.race_text)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        holder = QWidget()
        holder.setLayout(left)
        holder.setMaximumWidth(330)
        layout.addWidget(holder)
        layout.addWidget(self.plot, 1)
        self.check_button.clicked.connect(self.run_check)
        self.race_button.clicked.connect(self.run_race)

    def retranslate(self):
        self.check_button.setText(self.tr("Gradient check on the current network"))
        self.head[0].setText(self.tr("max |diff|"))
        self.head[1].setText(self.tr("max rel. diff"))
        self.seconds_label.setText(self.tr("Race time per method (s)"))
        self.race_button.setText(self.tr("Race: backprop vs numerical"))
        style_plot(self.plot.getPlotItem(), self.tr("Race: loss vs wall time"),
                   self.tr("wall time"), self.tr("loss"), x_units="s")
        self.legend.clear()
        self.legend.addItem(self.curves["backprop"], self.tr("backprop"))
        self.legend.addItem(self.curves["numerical"], self.tr("numerical"))
        if not self._check_shown:  # until a check ran, the label explains the check
            self.check_text.setText(self.tr("Compares backprop with central differences "
                                            "(h = 1e-4) on 10 test images."))
        self._show_race()

    @property
    def busy(self):
        return self.jobs.running

    def _item(self, item):
        (self._checked if self._job == "check" else self._raced)(item)

    def _start(self, job, make_iterator):
        self._job = job
        self.jobs.run_generator(make_iterator)
        self.check_button.setEnabled(False)
        self.race_button.setEnabled(False)

    def run_check(self):
        params, data = self._params(), self._data()
        if params is None or data is None:
            self.check_text.setText(self.tr("No network or data yet: wait for MNIST to load."))
            return
        if set(params) != set(PARAM_KEYS) or self._activation() != "sigmoid":
            # the fast numerical gradient is TwoLayerNet's; a deep net's element-by-element one takes minutes
            self.check_text.setText(self.tr("The gradient check is offered for the book's network (one "
                                            "sigmoid hidden layer). Choose 1 hidden layer and sigmoid, "
                                            "then Reset or train."))
            return
        network = TwoLayerNet.from_params(params)
        (_, _), (x_test, t_test) = data
        x = np.array(x_test[:10], dtype=network.params["W1"].dtype)
        t = np.array(t_test[:10])
        self.check_text.setText(self.tr("Checking…"))
        self._start("check", lambda: iter([gradient_check(network, x, t)]))

    def _checked(self, result):
        worst = 0.0
        for key in PARAM_KEYS:
            abs_diff, rel_diff = result[key]
            worst = max(worst, abs_diff)
            self.cells[key, 1].setText(format_number(abs_diff, 3))
            self.cells[key, 2].setText(format_number(rel_diff, 3))
        verdict = self.tr("agree: backprop is correct") if worst < 1e-5 else self.tr("DISAGREE")
        self._check_shown = True
        self.check_text.setText(self.tr("Largest difference %s — the two methods %s.")
                                % (format_number(worst, 3), verdict))
        self.check_done.emit(result)

    def run_race(self):
        data = self._data()
        if data is None:
            self.race_text.setText(self.tr("No data yet: wait for MNIST to load."))
            return
        values, seconds = dict(self._values()), self.seconds.value()
        try:
            book = TrainConfig(**dict(values, gradient="backprop")).is_book_network
        except ValueError as exc:
            self.race_text.setText(self.tr("Failed: %s") % engine_text(exc))
            return
        if not book:
            self.race_text.setText(self.tr("The race needs the numerical gradient, offered for the book's "
                                           "network only: 1 sigmoid hidden layer, SGD, no weight decay, a "
                                           "numeric std."))
            return
        self.series = {m: ([], []) for m in self.curves}
        self.done = {m: (0, float("nan")) for m in self.curves}
        for curve in self.curves.values():
            curve.setData([], [])
        self.race_text.setText(self.tr("Racing…"))
        self._start("race", lambda: race(values, data, seconds))

    def _raced(self, item):
        _, method, iteration, loss, elapsed = item
        xs, ys = self.series[method]
        if iteration > 0:
            xs.append(elapsed)
            ys.append(loss)
            self.curves[method].setData(np.array(xs), np.array(ys))
        self.done[method] = (iteration, loss)
        self._show_race()

    def _show_race(self):
        (nb, lb), (nn, ln) = self.done["backprop"], self.done["numerical"]
        if nb == 0 and nn == 0:
            self.race_text.setText(self.tr("Both methods train from the same weights for the "
                                           "same wall time."))
            return
        text = self.tr("backprop: %d iterations, loss %s\nnumerical: %d iterations, loss %s") % (
            nb, format_number(lb, 4), nn, format_number(ln, 4))
        if nn > 0:
            text += "\n" + self.tr("backprop did %s× as many iterations") % format_number(nb / nn, 3)
        self.race_text.setText(text)

    def _failed(self, error):
        label = self.check_text if self._job == "check" else self.race_text
        label.setText(self.tr("Failed: %s") % engine_text(error))

    def _finished(self):
        self.check_button.setEnabled(True)
        self.race_button.setEnabled(True)
        if self._job == "race":
            self.race_done.emit(dict(self.done))
        self._job = None

    def shutdown(self):
        self.jobs.shutdown()
