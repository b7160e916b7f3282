"""The 'Output and loss' tab: drag or type y, pick t, read MSE (4.1) and cross-entropy (4.2)."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from engine.functions import softmax
from engine.loss_demos import (BOOK_T, BOOK_Y1, LOGIT_LIMIT, check_logit, logits_from_probabilities,
                               output_losses, set_probability)
from gui.kit.numbers import fixed
from gui.kit.plots import ui_font
from gui.kit.readouts import MONO, big_label
from gui.sections.loss.plots import (DIGITS, LABEL_COLOR, DragViewBox, digit_plot, label_brushes,
                                     nice_top, subscript, titled, value_texts)

NORMALISE, LOGITS = "normalise", "logits"


class OutputPanel(QWidget):
    """Owns y (or its logits) and the label t; emits changed(OutputLosses) after every edit.

    `controls` is the widget for the section's left column; the panel itself is the view.
    """
    changed = Signal(object)

    def __init__(self, message, parent=None):
        super().__init__(parent)
        self.message = message
        self._y = np.array(BOOK_Y1)
        self._logits = logits_from_probabilities(self._y)
        self._label = BOOK_T
        self._mode = NORMALISE
        self.book_printed = None   # {"mse": ..., "ce": ...} while a book preset is shown
        self.result = None
        self._build_controls()
        self._build_view()
        self.retranslate()
        self._recompute()

    # --- construction ---------------------------------------------------------
    def _build_controls(self):
        self.controls = QWidget()
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)

        self.mode_box = QGroupBox()
        self.normalise_radio = QRadioButton()
        self.logits_radio = QRadioButton()
        self.normalise_radio.setChecked(True)
        mode_layout = QVBoxLayout(self.mode_box)
        mode_layout.addWidget(self.normalise_radio)
        mode_layout.addWidget(self.logits_radio)
        self.logits_radio.toggled.connect(self._mode_toggled)
        layout.addWidget(self.mode_box)

        self.label_box = QGroupBox()
        grid = QGridLayout(self.label_box)
        self.label_group = QButtonGroup(self)
        self.label_group.setExclusive(True)
        for k in DIGITS:
            button = QPushButton(str(k))
            button.setCheckable(True)
            button.setMinimumWidth(28)   # ten buttons must fit the controls column
            self.label_group.addButton(button, int(k))
            grid.addWidget(button, k // 5, k % 5)
        self.label_group.button(self._label).setChecked(True)
        self.label_group.idClicked.connect(self.set_label)
        self.one_hot_label = QLabel()
        self.one_hot_label.setFont(ui_font(11, family=MONO))
        self.one_hot_label.setWordWrap(True)
        grid.addWidget(self.one_hot_label, 2, 0, 1, 5)
        layout.addWidget(self.label_box)

        self.edit_box = QGroupBox()
        grid = QGridLayout(self.edit_box)
        self.edit_names, self.edits = [], []
        for k in DIGITS:
            name = QLabel()
            edit = QLineEdit()
            edit.setMinimumWidth(50)
            edit.editingFinished.connect(lambda k=int(k): self._typed(k))
            row, col = k % 5, 2 * (k // 5)
            grid.addWidget(name, row, col)
            grid.addWidget(edit, row, col + 1)
            self.edit_names.append(name)
            self.edits.append(edit)
        buttons = QHBoxLayout()
        self.uniform_button = QPushButton()
        self.one_hot_button = QPushButton()
        self.uniform_button.clicked.connect(lambda: self.set_output(np.full(10, 0.1)))
        self.one_hot_button.clicked.connect(lambda: self.set_output(np.eye(10)[self._label]))
        buttons.addWidget(self.uniform_button)
        buttons.addWidget(self.one_hot_button)
        grid.addLayout(buttons, 5, 0, 1, 4)
        layout.addWidget(self.edit_box)
        layout.addStretch(1)

    def _build_view(self):
        # Large read-outs beside their formulas.
        self.mse_title, self.ce_title = QLabel(), QLabel()
        for title in (self.mse_title, self.ce_title):
            title.setTextFormat(Qt.RichText)
            title.setFont(ui_font(12))
            title.setStyleSheet("color: #1a237e;")
            # Wrapped, so the two formulas side by side do not make the tab wider than a
            # 1024-pixel window (sizes chosen so the plots below keep their height there too).
            title.setWordWrap(True)
        self.mse_value, self.ce_value = big_label(22), big_label(22)
        self.ce_value.setStyleSheet(f"color: {LABEL_COLOR};")
        self.mse_full, self.ce_full = QLabel(), QLabel()
        for full in (self.mse_full, self.ce_full):
            full.setFont(ui_font(9, family=MONO))
            full.setStyleSheet("color: #444;")
            full.setTextInteractionFlags(Qt.TextSelectableByMouse)
        readouts = QGridLayout()
        readouts.addWidget(self.mse_title, 0, 0)
        readouts.addWidget(self.mse_value, 1, 0)
        readouts.addWidget(self.mse_full, 2, 0)
        readouts.addWidget(self.ce_title, 0, 1)
        readouts.addWidget(self.ce_value, 1, 1)
        readouts.addWidget(self.ce_full, 2, 1)

        # The editable output: drag a bar (or click where its top should be).
        self.drag_box = DragViewBox()
        self.y_plot = pg.PlotWidget(viewBox=self.drag_box)
        item = self.y_plot.getPlotItem()
        item.getAxis("bottom").setTicks([[(k, str(k)) for k in DIGITS]])
        item.hideButtons()
        self.y_bars = pg.BarGraphItem(x=DIGITS, height=np.zeros(10), width=0.7,
                                      brushes=label_brushes(self._label))
        self.t_bars = pg.BarGraphItem(x=DIGITS, height=np.zeros(10), width=0.86, brush=None,
                                      pen=pg.mkPen("#222", width=2, style=Qt.DashLine))
        item.addItem(self.y_bars)
        item.addItem(self.t_bars)
        self.y_texts = value_texts(item, size="10pt")
        self.drag_box.edited.connect(self._dragged)

        # Each class's contribution to the two losses.
        self.sq_plot = digit_plot()
        self.sq_bars = pg.BarGraphItem(x=DIGITS, height=np.zeros(10), width=0.7,
                                       brushes=label_brushes(self._label))
        self.sq_plot.getPlotItem().addItem(self.sq_bars)
        self.ce_plot = digit_plot()
        self.ce_bars = pg.BarGraphItem(x=DIGITS, height=np.zeros(10), width=0.7,
                                       brushes=label_brushes(self._label))
        self.ce_plot.getPlotItem().addItem(self.ce_bars)
        self.ce_text = value_texts(self.ce_plot.getPlotItem(), 1, "12pt")[0]
        self.ce_plot.getPlotItem().getViewBox().sigResized.connect(lambda _box: self._place_ce_text())

        # Heights below which the bars can no longer be read: on a short window the section
        # scrolls instead of squeezing the plots flat.
        self.y_plot.setMinimumHeight(170)
        for plot in (self.sq_plot, self.ce_plot):
            plot.setMinimumHeight(120)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sq_plot)
        bottom.addWidget(self.ce_plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(readouts)
        layout.addWidget(self.y_plot, 3)
        layout.addLayout(bottom, 2)

    def retranslate(self):
        self.mode_box.setTitle(self.tr("Edit mode"))
        self.normalise_radio.setText(self.tr("Normalise: edit y, others rescale"))
        self.logits_radio.setText(self.tr("Logits: edit a, y = softmax(a)"))
        self.label_box.setTitle(self.tr("Correct label t (click a digit)"))
        self.edit_box.setTitle(self.tr("Type the output"))
        for k, name in enumerate(self.edit_names):
            name.setText(("y%d" if self._mode == NORMALISE else "a%d") % k)
        self.uniform_button.setText(self.tr("All 0.1"))
        self.one_hot_button.setText(self.tr("y = t (one-hot)"))
        self.uniform_button.setToolTip(self.tr("y_k = 0.1 for every digit: a network with no idea"))
        self.one_hot_button.setToolTip(self.tr("A perfectly confident, correct output: both losses ≈ 0"))
        self.mse_title.setText(self.tr("Mean squared error (4.1)<br>E = ½ Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)²"))
        self.ce_title.setText(self.tr("Cross-entropy error (4.2)<br>E = −Σ<sub>k</sub> t<sub>k</sub> log(y<sub>k</sub> + 10<sup>−7</sup>)"
                                      " = −log y<sub>t</sub>"))
        titled(self.y_plot, self._y_plot_title(), self.tr("digit k"), self._y_axis_label())
        # No "digit k" under the two small plots: the same digits as the plot above, and the
        # line's height is better spent on the bars.
        titled(self.sq_plot, self.tr("Squared errors ½(y<sub>k</sub> − t<sub>k</sub>)²"), "",
               self.tr("term"))
        titled(self.ce_plot, self.tr("Cross-entropy −t<sub>k</sub> log y<sub>k</sub>"), "",
               self.tr("term"))
        if self.result is not None:
            self._redraw(self.result)

    def _y_plot_title(self):
        if self._mode == NORMALISE:
            return self.tr("Output y: drag a bar (dashed: one-hot t)")
        return self.tr("Logits a: drag a bar (numbers: y = softmax(a))")

    def _y_axis_label(self):
        return self.tr("probability y_k") if self._mode == NORMALISE else self.tr("logit a_k")

    # --- state changes ----------------------------------------------------------
    def y(self):
        return self._y.copy()

    def label(self):
        return self._label

    def mode(self):
        return self._mode

    def logits(self):
        return self._logits.copy()

    def set_logits(self, logits, label=None):
        """Show y = softmax(logits) for these exact logits (logit mode's own state, e.g. a scene's)."""
        self.book_printed = None
        if label is not None:
            self._label = int(label)
            self.label_group.button(self._label).setChecked(True)
        self._logits = np.array(logits, dtype=np.float64)
        self._y = softmax(self._logits)
        self._recompute()

    def set_mode(self, mode):
        (self.logits_radio if mode == LOGITS else self.normalise_radio).setChecked(True)

    def _mode_toggled(self, logits):
        self._mode = LOGITS if logits else NORMALISE
        self.book_printed = None
        if logits:  # start from logits that reproduce the current y
            self._logits = logits_from_probabilities(self._y)
            self._y = softmax(self._logits)
        self.retranslate()
        self._recompute()

    def set_label(self, label):
        self.book_printed = None
        self._label = int(label)
        button = self.label_group.button(self._label)
        if not button.isChecked():
            button.setChecked(True)
        self._recompute()

    def set_output(self, y, label=None, book_printed=None):
        """Show the probability vector y (n,) (and label); in logit mode its logits are derived.

        book_printed: the book's printed values for a preset, shown under the read-outs.
        """
        y = np.asarray(y, dtype=np.float64)
        self.book_printed = book_printed
        if label is not None:
            self._label = int(label)
            self.label_group.button(self._label).setChecked(True)
        self._y = y.copy()
        self._logits = logits_from_probabilities(y)
        if self._mode == LOGITS:
            self._y = softmax(self._logits)
        self._recompute()

    def set_probability(self, k, value):
        """y_k = value with the others rescaled (in logit mode via the logit); False if rejected."""
        try:
            y = set_probability(self._y, k, value)
        except ValueError as exc:
            self.message.show_message(exc, "error")
            return False
        self.message.clear()
        self.set_output(y)
        return True

    def set_logit(self, k, value):
        try:
            value = check_logit(value)
        except ValueError as exc:
            self.message.show_message(exc, "error")
            return False
        self.message.clear()
        self.book_printed = None
        self._logits = self._logits.copy()
        self._logits[k] = value
        self._y = softmax(self._logits)
        self._recompute()
        return True

    def _dragged(self, k, value):
        if self._mode == NORMALISE:
            self.set_probability(k, min(1.0, max(0.0, value)))
        else:
            self.set_logit(k, min(LOGIT_LIMIT, max(-LOGIT_LIMIT, value)))

    def _typed(self, k):
        text = self.edits[k].text().strip().replace("−", "-")
        shown = self._logits[k] if self._mode == LOGITS else self._y[k]
        if text == self._format_edit(shown):
            return
        try:
            value = float(text)
        except ValueError:
            value = text  # the engine's check words the message
        ok = (self.set_probability(k, value) if self._mode == NORMALISE else self.set_logit(k, value))
        if not ok:
            self.edits[k].setText(self._format_edit(shown))

    @staticmethod
    def _format_edit(value):
        return f"{value:.6g}"

    # --- compute and draw ----------------------------------------------------------
    def _recompute(self):
        self.result = output_losses(self._y, self._label)
        self._redraw(self.result)
        self.changed.emit(self.result)

    def _redraw(self, r):
        brushes = label_brushes(r.label)
        heights = r.y if self._mode == NORMALISE else self._logits
        self.y_bars.setOpts(height=heights, brushes=brushes)
        self.t_bars.setOpts(height=r.t if self._mode == NORMALISE else np.zeros(10))
        self.t_bars.setVisible(self._mode == NORMALISE)
        if self._mode == NORMALISE:
            self.y_plot.getPlotItem().setYRange(0, 1.12, padding=0)
        else:
            limit = nice_top(float(np.abs(self._logits).max()) * 1.15, (6.0, 10.0, 20.0, 35.0))
            self.y_plot.getPlotItem().setYRange(-limit, limit, padding=0)
        for k, text in enumerate(self.y_texts):
            top = max(heights[k], 0.0)
            # Two decimals keep every label as narrow as "0.05", so neighbours never overlap
            # (the exact values are in the boxes on the left).
            text.setText(f"{r.y[k]:.2f}")
            text.setPos(k, top + (0.0 if self._mode == NORMALISE else 0.1))
        self.sq_bars.setOpts(height=r.squared_terms, brushes=brushes)
        self._set_top(self.sq_plot, nice_top(float(r.squared_terms.max()) * 1.15, (0.05, 0.1, 0.25, 0.6)))
        self.ce_bars.setOpts(height=r.ce_terms, brushes=brushes)
        top = float(r.ce_terms.max())
        self._set_top(self.ce_plot, nice_top(top * 1.4, (1.0, 2.5, 5.0, 10.0, 25.0)))
        self.ce_text.setText(self.tr("−log y%s = %s") % (subscript(r.label), fixed(r.ce)))
        self._place_ce_text()

        self.mse_value.setText(fixed(r.mse))
        self.ce_value.setText(fixed(r.ce))
        self.mse_full.setText(self._full_line(r.mse, "mse"))
        self.ce_full.setText(self._full_line(r.ce, "ce"))
        self.mse_value.setToolTip(self.tr("float64: %.17g") % r.mse)
        self.ce_value.setToolTip(self.tr("float64: %.17g") % r.ce)
        t_text = ", ".join(str(int(v)) for v in r.t)
        self.one_hot_label.setText(self.tr("t = %d, one-hot: [%s]") % (r.label, t_text))
        for k, edit in enumerate(self.edits):
            edit.setText(self._format_edit(self._logits[k] if self._mode == LOGITS else r.y[k]))

    def _place_ce_text(self):
        """The −log y_t label in the top corner away from the label's bar, the only non-zero one
        (t is one-hot), so it covers no bar; hidden when the plot is too short to hold it (the
        same number is in the read-out above)."""
        if self.result is None:
            return
        box = self.ce_plot.getPlotItem().getViewBox()
        top = box.viewRange()[1][1]
        if self.result.label <= 4:
            self.ce_text.setAnchor((1, 0))
            self.ce_text.setPos(9.55, top)
        else:
            self.ce_text.setAnchor((0, 0))
            self.ce_text.setPos(-0.55, top)
        self.ce_text.setVisible(box.height() >= 1.5 * self.ce_text.textItem.boundingRect().height())

    @staticmethod
    def _set_top(plot, top):
        box = plot.getPlotItem().getViewBox()
        if box.viewRange()[1] != [0, top]:
            box.setYRange(0, top, padding=0)

    def _full_line(self, value, key):
        line = self.tr("float64: %.17g") % value
        if self.book_printed is not None:
            line += "\n" + self.tr("book prints: %s") % self.book_printed[key]
        return line
