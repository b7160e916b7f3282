"""Section 'loss' (4.2): editable output and label, −log y, MNIST mini-batches, why not accuracy.

Each tab is a panel (output, curve, batch, accuracy) with its own controls; the left column
shows the controls of the current tab. The output panel owns y and t; the
−log y tab follows it and edits y_t through it.
"""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from engine.loss_demos import BOOK_PRINTED, BOOK_T, BOOK_Y1, BOOK_Y2
from gui.kit.section import SectionBase
from gui.sections.loss.accuracy import AccuracyPanel
from gui.sections.loss.batch import MiniBatchPanel
from gui.sections.loss.curve import NegLogPanel
from gui.sections.loss.output import NORMALISE, OutputPanel

OUTPUT_TAB, CURVE_TAB, BATCH_TAB, ACCURACY_TAB = range(4)


class LossSection(SectionBase):
    NAME = "loss"
    PRESETS = {
        "book-example-1": QT_TRANSLATE_NOOP("Presets", "4.2.1: digit 2 gets 0.6 — MSE 0.0975, CE 0.5108"),
        "book-example-2": QT_TRANSLATE_NOOP("Presets", "4.2.1: digit 7 gets 0.6 — MSE 0.5975, CE 2.3026"),
        "log-zero": QT_TRANSLATE_NOOP("Presets", "y_t = 0: the 1e-7 guard gives 16.1 instead of infinity"),
        "mini-batch": QT_TRANSLATE_NOOP("Presets", "4.2.3: np.random.choice(60000, 10) from MNIST"),
        "why-not-accuracy": QT_TRANSLATE_NOOP("Presets", "4.2.5: accuracy is a staircase, the loss is smooth"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.output = OutputPanel(self.message)
        self.curve = NegLogPanel()
        # The mini-batch and accuracy tabs are built when first opened (or used), which
        # keeps the app's first section quick to appear.
        self._lazy = {BATCH_TAB: None, ACCURACY_TAB: None}

        self.tabs = QTabWidget()
        self.controls_stack = QStackedWidget()
        self._pages, self._control_pages = [], []
        for panel in (self.output, self.curve, None, None):
            page, control_page = QWidget(), QWidget()
            for container in (page, control_page):
                box = QVBoxLayout(container)
                box.setContentsMargins(0, 0, 0, 0)
            if panel is not None:
                page.layout().addWidget(panel)
                control_page.layout().addWidget(panel.controls)
            self.tabs.addTab(page, "")
            self.controls_stack.addWidget(control_page)
            self._pages.append(page)
            self._control_pages.append(control_page)
        self.controls.addWidget(self.controls_stack)
        layout = QVBoxLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.output.changed.connect(self._output_changed)
        self.curve.yt_requested.connect(self._yt_requested)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._output_changed(self.output.result)
        self.retranslate()

    def retranslate(self):
        titles = (self.tr("Output and loss"), self.tr("−log y"), self.tr("Mini-batch"),
                  self.tr("Why not accuracy"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for panel in self.panels():
            panel.retranslate()

    # --- the tabs' panels -------------------------------------------------------------------------
    def panels(self):
        """The panels built so far (the mini-batch and accuracy ones appear when first used)."""
        return [p for p in (self.output, self.curve, *self._lazy.values()) if p is not None]

    def _panel(self, index):
        panel = self._lazy[index]
        if panel is None:
            panel = MiniBatchPanel(self.message) if index == BATCH_TAB else AccuracyPanel(self.message)
            self._lazy[index] = panel
            self._pages[index].layout().addWidget(panel)
            self._control_pages[index].layout().addWidget(panel.controls)
        return panel

    @property
    def batch(self):
        return self._panel(BATCH_TAB)

    @property
    def accuracy(self):
        return self._panel(ACCURACY_TAB)

    # --- wiring between the tabs ----------------------------------------------------------
    def _output_changed(self, result):
        self.curve.show_yt(result.y[result.label], result.label)

    def _yt_requested(self, value):
        self.output.set_probability(self.output.label(), value)
        self.curve.show_yt(self.output.result.y[self.output.label()], self.output.label())

    def _tab_changed(self, index):
        self.controls_stack.setCurrentIndex(index)
        # MNIST is read the first time the mini-batch tab is opened, never at start-up.
        if index == BATCH_TAB and self.batch.batch_mask is None:
            self.batch.draw()
        if index == ACCURACY_TAB:
            self.accuracy.ensure_computed()

    def show_tab(self, index):
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def set_network(self, network, name=None):
        """Plug in another network (e.g. the one trained in the Training section) for the mini-batch."""
        self.batch.set_network(network, name)

    # --- presets -------------------------------------------------------------------------------
    def _apply_preset(self, name):
        if name in ("book-example-1", "book-example-2"):
            self.output.set_mode(NORMALISE)
            y = BOOK_Y1 if name == "book-example-1" else BOOK_Y2
            self.output.set_output(np.array(y), BOOK_T, book_printed=BOOK_PRINTED[name])
            self.show_tab(OUTPUT_TAB)
        elif name == "log-zero":
            self.output.set_mode(NORMALISE)
            self.output.set_output(np.array(BOOK_Y2), BOOK_T)
            self.output.set_probability(BOOK_T, 0.0)
            self.show_tab(CURVE_TAB)
        elif name == "mini-batch":
            self.batch.batch_size.blockSignals(True)
            self.batch.seed.blockSignals(True)
            self.batch.batch_size.setValue(10)
            self.batch.seed.setValue(0)
            self.batch.batch_size.blockSignals(False)
            self.batch.seed.blockSignals(False)
            self.show_tab(BATCH_TAB)
            self.batch.draw()
        elif name == "why-not-accuracy":
            self.accuracy.weight.setCurrentIndex(0)
            self.show_tab(ACCURACY_TAB)
