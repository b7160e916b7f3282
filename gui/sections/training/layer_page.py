"""The Layers tab's widgets (its page, the buttons choosing a picture, the digit and the case) and
LatestJob, the worker that computes for it. What they show is decided in layers.py."""
from collections import deque

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from engine.layer_stats import CASES
from gui.kit.worker import GeneratorThread
from gui.sections.training.display import scrolling

DIGIT, HISTOGRAMS, OVER_TIME = range(3)


class LatestJob(QObject):
    """One computation at a time in a worker thread; while one runs, the latest `waiting` wait
    (1: only the newest picture is worth computing; more: each snapshot of a run counts)."""
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent=None, waiting=1):
        super().__init__(parent)
        self.thread = GeneratorThread(self)
        self.thread.step_done.connect(self.done)
        self.thread.failed.connect(self.failed)
        self.thread.finished.connect(self._next)
        self._pending = deque(maxlen=waiting)

    @property
    def busy(self):
        return self.thread.running or bool(self._pending)

    def submit(self, compute):
        """compute() runs in the worker thread; its result arrives as done(result)."""
        if self.thread.running:
            self._pending.append(compute)
        else:
            self._start(compute)

    def _start(self, compute):
        def results():
            yield compute()
        self.thread.run_generator(results)

    def _next(self):
        if self._pending:
            self._start(self._pending.popleft())

    def shutdown(self):
        self._pending.clear()
        self.thread.shutdown()


def _row(widgets):
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class LayersPage(QWidget):
    """Three pictures on a stack, chosen by three buttons, each with its own controls above it."""

    def __init__(self, figures, parent=None):
        super().__init__(parent)
        self.page_buttons = QButtonGroup(self)
        buttons = []
        for index in (DIGIT, HISTOGRAMS, OVER_TIME):
            button = QPushButton()
            button.setCheckable(True)
            self.page_buttons.addButton(button, index)
            buttons.append(button)
        self.page_buttons.button(DIGIT).setChecked(True)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(_row(buttons))
        layout.addWidget(self.stack, 1)
        # one digit
        self.digit_label, self.waiting = QLabel(), QLabel()
        self.digit_spin = QSpinBox()
        self.digit_spin.setRange(0, 0)
        self.digit_spin.setMinimumWidth(90)
        self.mistake_button = QPushButton()
        self.mistake_note = QLabel()
        self.headers = [QLabel() for _ in figures]
        self.stack.addWidget(self._page([_row([self.digit_label, self.digit_spin, self.mistake_button,
                                               self.mistake_note, self.waiting])],
                                        figures[DIGIT], self.headers[DIGIT]))
        # activation histograms: the network on test digits, or the book's experiment (six cases)
        self.source_box = QComboBox()
        self.source_box.addItems(["", ""])
        # the six cases as the book groups them: sigmoid (figs 6-10, 6-11, 6-13), ReLU (fig 6-14)
        self.case_buttons = QButtonGroup(self)
        self.cases = QWidget()
        grid = QGridLayout(self.cases)
        grid.setContentsMargins(0, 0, 0, 0)
        self.activation_labels = {}
        columns = {}      # activation → buttons placed in its row so far
        for index, (activation, _scale, _figure) in enumerate(CASES.values()):
            if activation not in self.activation_labels:
                self.activation_labels[activation] = QLabel()
                grid.addWidget(self.activation_labels[activation], len(columns), 0)
                columns[activation] = 0
            row = list(columns).index(activation)
            button = QPushButton()
            button.setCheckable(True)
            self.case_buttons.addButton(button, index)
            columns[activation] += 1
            grid.addWidget(button, row, columns[activation])
        grid.setColumnStretch(4, 1)
        self.case_buttons.button(0).setChecked(True)
        self.stack.addWidget(self._page([_row([self.source_box]), _row([self.cases])], figures[HISTOGRAMS],
                                        self.headers[HISTOGRAMS]))
        # weights and gradients over time: a deep network's rows scroll
        self.stack.addWidget(self._page([], figures[OVER_TIME], self.headers[OVER_TIME], scroll=True))

    def _page(self, rows, figure, header, scroll=False):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in rows:
            layout.addLayout(row)
        # the figure's own line (which case, how many snapshots): wrapped, never widening the tab
        header.setWordWrap(True)
        header.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout.addWidget(header)
        figure.header = header
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(holder) if scroll else holder, 1)
        # a figure made for a network of another depth replaces the one before
        figure.rebuilt.connect(holder_layout.addWidget)
        return page

    def show_cases(self, shown):
        self.cases.setVisible(shown)

    def retranslate(self, scale_text):
        texts = (self.tr("One digit, layer by layer"), self.tr("Activation histograms"),
                 self.tr("Weights and gradients over time"))
        for index, text in enumerate(texts):
            self.page_buttons.button(index).setText(text)
        self.digit_label.setText(self.tr("Test digit (index):"))
        self.waiting.setText(self.tr("Waiting for MNIST and the network…"))
        self.mistake_button.setText(self.tr("Next mistake →"))
        self.mistake_button.setToolTip(self.tr("The next test digit the current network classifies wrongly"))
        self.source_box.setItemText(0, self.tr("Current network, 1000 test digits"))
        self.source_box.setItemText(1, self.tr("The book's experiment (figs 6-10 … 6-14)"))
        for activation, label in self.activation_labels.items():
            label.setText(self.tr("%s, initial weights:") % ("ReLU" if activation == "relu" else activation))
        for button, (_activation, scale, _) in zip(self.case_buttons.buttons(), CASES.values()):
            button.setText(scale_text(scale))
