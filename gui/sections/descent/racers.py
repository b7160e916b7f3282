"""The optimizer racers beside the learning-rate race: each an optimizer of 6.1 and its settings.

The slider and the race field are SGD racers (the learning-rate race of 4.4.1); this
list adds Momentum, Nesterov, AdaGrad, RMSprop or Adam (or more SGD) to the same
start, function and step count. Every value is checked by the engine's own
optimizer (make_optimizer): a refused value is explained under its racer and the
field goes back to the value in use.
"""
import math

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from engine.optimizer_race import MAX_RACERS
from engine.optimizers import make_optimizer
from gui.kit.messages import engine_text, inline_error
from gui.kit.numbers import format_number

translate = QCoreApplication.translate   # context "DescentRacers", a literal at each call for lupdate

# The book's names (6.1) stay untranslated; the symbols are the book's formulas' letters.
TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
          "rmsprop": "RMSprop", "adam": "Adam"}
SYMBOLS = {"lr": "η", "momentum": "α", "decay_rate": "ρ", "beta1": "β1", "beta2": "β2"}
NEW_LR = 0.1     # the classes' lr = 0.01 barely moves on the presets' views


def defaults(name):
    """The settings a newly chosen optimizer starts with: the book's, with lr = 0.1."""
    hyper = make_optimizer(name).hyperparameters()
    hyper["lr"] = NEW_LR
    return hyper


def _meaning(key):
    return {"lr": translate("DescentRacers", "learning rate"),
            "momentum": translate("DescentRacers", "momentum"),
            "decay_rate": translate("DescentRacers", "decay rate"),
            "beta1": translate("DescentRacers", "β1: how slowly m (the mean gradient) forgets"),
            "beta2": translate("DescentRacers", "β2: how slowly v (the mean squared gradient) forgets")}[key]


def _text(value):
    return format_number(value, 4).replace("−", "-")


class RacerRow(QWidget):
    """One racer: its colour, optimizer, one field per setting it has, a remove button."""
    changed = Signal()
    removed = Signal(object)

    def __init__(self, name, hyper, parent=None):
        super().__init__(parent)
        self.swatch = QLabel("■")
        self.optimizer = QComboBox()
        for key, title in TITLES.items():
            self.optimizer.addItem(title, key)
        self.remove = QPushButton("✕")
        self.remove.setMaximumWidth(32)
        self.error = inline_error()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.swatch)
        top.addWidget(self.optimizer, 1)
        top.addWidget(self.remove)
        self.fields_row = QHBoxLayout()
        self.fields_row.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 2)
        column.setSpacing(2)
        column.addLayout(top)
        column.addLayout(self.fields_row)
        column.addWidget(self.error)
        self.edits, self.labels, self.hyper = {}, {}, {}
        self.set_racer(name, hyper)
        self.optimizer.currentIndexChanged.connect(self._optimizer_chosen)
        self.remove.clicked.connect(lambda: self.removed.emit(self))

    def racer(self):
        return self.optimizer.currentData(), dict(self.hyper)

    def set_racer(self, name, hyper):
        """Show name with hyper (already checked): one label and field per setting."""
        self.optimizer.blockSignals(True)
        self.optimizer.setCurrentIndex(self.optimizer.findData(name))
        self.optimizer.blockSignals(False)
        while self.fields_row.count():
            item = self.fields_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.edits, self.labels, self.hyper = {}, {}, dict(hyper)
        for key, value in hyper.items():
            label, edit = QLabel(SYMBOLS[key]), QLineEdit(_text(value))
            edit.setMaximumWidth(70)
            edit.editingFinished.connect(lambda key=key: self._commit(key))
            self.fields_row.addWidget(label)
            self.fields_row.addWidget(edit)
            self.labels[key], self.edits[key] = label, edit
        self.fields_row.addStretch(1)
        self.error.clear()
        self.retranslate()

    def set_colour(self, colour):
        self.swatch.setStyleSheet(f"color: {colour};")

    def _optimizer_chosen(self, _index):
        name = self.optimizer.currentData()
        hyper = defaults(name)
        hyper["lr"] = self.hyper.get("lr", NEW_LR)   # the racer keeps its learning rate
        self.set_racer(name, hyper)
        self.changed.emit()

    def _commit(self, key):
        edit = self.edits[key]
        if not edit.isModified():
            return
        edit.setModified(False)
        text = edit.text().strip().replace("−", "-")
        try:
            value = float(text)
        except ValueError:
            value = None
        if value is None or not math.isfinite(value):
            old = _text(self.hyper[key])
            self.error.show_error(lambda: translate("DescentRacers", "'%s' is not a finite number; %s stays "
                                                                     "%s.") % (text, SYMBOLS[key], old))
            edit.setText(_text(self.hyper[key]))
            return
        hyper = dict(self.hyper, **{key: value})
        try:
            make_optimizer(self.optimizer.currentData(), **hyper)
        except ValueError as error:
            # Said again on a language switch, after the except clause has unbound error.
            refused, old = error, _text(self.hyper[key])
            self.error.show_error(lambda: translate("DescentRacers", "%s. %s stays %s.")
                                  % (engine_text(refused), SYMBOLS[key], old))
            edit.setText(old)
            return
        self.error.clear()
        edit.setText(_text(value))
        if value != self.hyper[key]:
            self.hyper = hyper
            self.changed.emit()

    def retranslate(self):
        self.optimizer.setToolTip(translate("DescentRacers", "The optimizer of this racer (6.1)"))
        self.remove.setToolTip(translate("DescentRacers", "Remove this racer"))
        for key, edit in self.edits.items():
            edit.setToolTip(_meaning(key))
            self.labels[key].setToolTip(_meaning(key))


class RacerList(QWidget):
    """Racers after the SGD learning rates; room() says how many more the plot can take."""
    changed = Signal()

    def __init__(self, room, parent=None):
        super().__init__(parent)
        self._room = room
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.add = QPushButton()
        self.error = inline_error()
        self.rows = []
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.column)
        layout.addWidget(self.add)
        layout.addWidget(self.error)
        self.add.clicked.connect(self._add_clicked)
        self.retranslate()

    def racers(self):
        return [row.racer() for row in self.rows]

    def set_racers(self, racers):
        """The racers of a preset: no message, nothing emitted."""
        while self.rows:
            self._drop(self.rows[-1])
        for name, hyper in racers:
            self._append(name, {**defaults(name), **hyper})    # the engine's defaults for what is not said
        self.error.clear()

    def set_colours(self, colours):
        for row, colour in zip(self.rows, colours):
            row.set_colour(colour)

    def _append(self, name, hyper):
        row = RacerRow(name, hyper)
        row.changed.connect(self.changed)
        row.removed.connect(self._remove)
        self.rows.append(row)
        self.column.addWidget(row)

    def _drop(self, row):
        self.rows.remove(row)
        self.column.removeWidget(row)
        row.deleteLater()

    def _add_clicked(self):
        if self._room() < 1:
            self.error.show_error(lambda: translate(
                "DescentRacers", "At most %d racers share the plot (learning rates included); remove one "
                                 "first.") % MAX_RACERS)
            return
        self.error.clear()
        self._append("momentum", defaults("momentum"))
        self.changed.emit()

    def _remove(self, row):
        self._drop(row)
        self.error.clear()
        self.changed.emit()

    def retranslate(self):
        self.title.setText(translate("DescentRacers", "Optimizers racing with them (6.1): up to six "
                                                      "racers in all"))
        self.add.setText(translate("DescentRacers", "Add a racer"))
        for row in self.rows:
            row.retranslate()
