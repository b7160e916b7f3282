"""The optimizer race's panel: which pictures to draw, the step card, and the table at the end.

The step card writes out one racer's update k (engine.optimizer_race.step_card) with
that step's numbers; the table gives every racer's final x, f(x) and the first step
at which f fell below 1e-3. Both are rewritten only when the step shown changes and
no animation runs, so playing costs nothing here.
"""
from html import escape

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout, QWidget)

from engine.optimizer_race import CONVERGED_BELOW, step_card
from gui.kit.numbers import format_number, point
from gui.sections.descent.inner import KINDS


def first_below(values, level=CONVERGED_BELOW):
    """The first step with f < level, or None (nan counts as not below)."""
    below = np.flatnonzero(np.nan_to_num(np.asarray(values, dtype=np.float64), nan=np.inf) < level)
    return int(below[0]) if below.size else None


def sgd_card(history, k, lr):
    """step_card's lines for SGD on the numerical gradient (no trace): ∇f is read off the step."""
    x_old, x_new = history[k], history[k + 1]
    g = (x_old - x_new) / lr

    def v(vector):
        return "(" + ", ".join(f"{float(c):.4g}" for c in vector) + ")"
    return [f"∇f{v(x_old)} = {v(g)}", f"x ← x − η·∇f = {v(x_old)} − {lr:g}·{v(g)} = {v(x_new)}",
            f"step taken = {v(x_new - x_old)}"]


class RacePanel(QWidget):
    """Toggles for the pictures, a step card for one racer, the end table."""
    toggled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.boxes = {kind: QCheckBox() for kind in KINDS}
        for kind, box in self.boxes.items():
            box.setChecked(True)
            box.toggled.connect(lambda on, kind=kind: self._box_toggled(kind, on))
        # Each racer has its own set of pictures; the boxes show and set the chosen racer's
        # (or every racer's, at "all racers").
        self._pictures = []                  # per racer: {kind: shown}
        self.show_label, self.target = QLabel(), QComboBox()
        self.target.currentIndexChanged.connect(lambda _i: self._show_target())
        toggles = QGridLayout()
        toggles.setContentsMargins(0, 0, 0, 0)
        toggles.addWidget(self.show_label, 0, 0)
        toggles.addWidget(self.target, 0, 1)
        for i, kind in enumerate(KINDS):
            toggles.addWidget(self.boxes[kind], 1 + i // 2, i % 2)
        self.card_label, self.racer = QLabel(), QComboBox()
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_label)
        card_row.addWidget(self.racer, 1)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.Monospace)
        self.card, self.table = QLabel(), QLabel()
        for label in (self.card, self.table):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.card.setFont(mono)
        for label in (self.card, self.table):      # long numbers wrap; they never widen the controls
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.table.setTextFormat(Qt.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toggles)
        layout.addLayout(card_row)
        layout.addWidget(self.card)
        layout.addWidget(self.table)
        self.racer.currentIndexChanged.connect(lambda _i: self.show_step(self._k, force=True))
        self._runs, self._names, self._k, self._shown_k = [], [], 0, None

    def shown(self, i=None):
        """{kind: drawn} for racer i (or as the boxes show them, for i None)."""
        if i is None or i >= len(self._pictures):
            return {kind: box.isChecked() for kind, box in self.boxes.items()}
        return dict(self._pictures[i])

    def _box_toggled(self, kind, on):
        chosen = self.target.currentIndex() - 1          # −1: all racers
        for i, pictures in enumerate(self._pictures):
            if chosen < 0 or i == chosen:
                pictures[kind] = on
        self.toggled.emit()

    def _show_target(self):
        chosen = self.target.currentIndex() - 1
        racers = self._pictures if chosen < 0 else self._pictures[chosen:chosen + 1]
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(all(p[kind] for p in racers) if racers else True)
            box.blockSignals(False)

    def _fill_targets(self):
        chosen = max(self.target.currentIndex(), 0)
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItems([self.tr("all racers"), *self._names])
        self.target.setCurrentIndex(min(chosen, len(self._names)))
        self.target.blockSignals(False)
        self._show_target()

    def set_runs(self, runs, names, colours):
        """runs: (racer, history, values, trace) per racer; names in the current language."""
        self._runs, self._names, self._colours = runs, names, colours
        # racers that stay keep their pictures; new ones start with everything drawn
        self._pictures = self._pictures[:len(runs)] + [dict.fromkeys(KINDS, True)
                                                       for _ in range(len(runs) - len(self._pictures))]
        self._fill_targets()
        chosen = max(self.racer.currentIndex(), 0)
        self.racer.blockSignals(True)
        self.racer.clear()
        self.racer.addItems(names)
        self.racer.setCurrentIndex(min(chosen, len(names) - 1))
        self.racer.blockSignals(False)
        self._shown_k = None

    def set_names(self, names):
        self._names = names
        for i, name in enumerate(names):
            self.racer.setItemText(i, name)
            self.target.setItemText(i + 1, name)
        self._shown_k = None

    def card_lines(self, i, k):
        """The lines of racer i's update k → k + 1 (the last update at the end of the run)."""
        (name, hyper), history, _values, trace = self._runs[i]
        steps = len(history) - 1
        if steps < 1:
            return []
        j = min(k, steps - 1)
        lines = step_card(trace, j) if trace is not None else sgd_card(history, j, hyper["lr"])
        return [self.tr("update %d: x_%d → x_%d") % (j + 1, j, j + 1)] + lines

    def show_step(self, k, force=False, playing=False):
        """The card and, at the end, the table for step k (nothing is rewritten while playing)."""
        self._k = k
        if playing or not self._runs or (k == self._shown_k and not force):
            return
        self._shown_k = k
        i = max(self.racer.currentIndex(), 0)
        self.card.setText("\n".join(self.card_lines(i, k)))
        steps = len(self._runs[0][1]) - 1
        self.table.setVisible(k >= steps)
        if k >= steps:
            self.table.setText(self._table_html())

    def final_rows(self):
        """Per racer: name, final x, f(x), first step with f < 1e-3 (None: never)."""
        return [(name, history[-1], values[-1], first_below(values))
                for name, (_racer, history, values, _trace) in zip(self._names, self._runs)]

    def _table_html(self):
        """One paragraph per racer: a table of four columns would not fit the controls' width."""
        rows = [self.tr("<b>At the end</b> (first step with f &lt; 1e-3):")]
        for i, (name, x, fx, first) in enumerate(self.final_rows()):
            when = self.tr("never") if first is None else self.tr("step %d") % first
            rows.append(f"<span style='color:{self._colours[i]}'>■</span> <b>{escape(name)}</b>: "
                        f"x = {point(x, 4)}, f(x) = {format_number(fx, 4)}; {when}")
        return "<br>".join(rows)

    def retranslate(self):
        self.show_label.setText(self.tr("Draw for"))
        self.target.setItemText(0, self.tr("all racers"))
        texts = {
            "path": (self.tr("path"), self.tr("The path x_0, x_1, … up to the step shown")),
            "gradient": (self.tr("−η∇f"), self.tr("−η·∇f: where plain SGD with this racer's η would step "
                                                   "(dotted arrow)")),
            "velocity": (self.tr("velocity"), self.tr("Momentum's and Nesterov's velocity v; Adam's mean "
                                                     "gradient m as −η_t·m (dash-dot arrow)")),
            "squares": (self.tr("√h squares"), self.tr("The sum of squared gradients h (AdaGrad, RMSprop; "
                                                       "Adam's v): sides η·√h per coordinate. The larger, "
                                                       "the more that coordinate's step is divided down")),
            "step": (self.tr("step taken"), self.tr("The step the optimizer actually took (black arrow)")),
        }
        for kind, box in self.boxes.items():
            box.setText(texts[kind][0])
            box.setToolTip(texts[kind][1])
        self.card_label.setText(self.tr("Step card of"))
        self._shown_k = None
        self.show_step(self._k)
