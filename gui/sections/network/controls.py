"""The control column of the network section: the net's inputs, the nudge and the descent groups."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSlider, QSpinBox, QVBoxLayout,
                               QWidget)

from engine import simple_net_demos as demos
from gui.kit.inputs import LogSlider
from gui.kit.messages import ERROR_STYLE, WARNING_STYLE, engine_text, inline_error
from gui.sections.network.plots import weight_name
from gui.sections.network.widgets import NumberGrid

DELTA_MAX = 3.0  # the nudge slider and plot span δ in [−3, 3]; slider position = 100·δ


class NetControls(QGroupBox):
    """x (1×2), W (2×3), the correct class t and a seeded Gaussian W."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.x_label, self.W_label, self.t_label, self.seed_label = (QLabel() for _ in range(4))
        self.x_grid = NumberGrid(1, 2)
        self.W_grid = NumberGrid(2, 3)
        self.t_combo = QComboBox()
        self.t_combo.addItems(["", "", ""])
        self.seed = QSpinBox()
        self.seed.setRange(0, 99999)
        self.randomise = QPushButton()
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_label)
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.randomise)
        for label in (self.x_label, self.W_label, self.t_label):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.x_label, self.x_grid, self.W_label, self.W_grid, self.t_label,
                       self.t_combo):
            layout.addWidget(widget)
        layout.addLayout(seed_row)

    def retranslate(self):
        self.setTitle(self.tr("simpleNet: x, W, t"))
        self.x_label.setText(self.tr("Input x (type in a cell, Enter):"))
        self.W_label.setText(self.tr("Weights W (row i = input x_i, column j = class j):"))
        self.t_label.setText(self.tr("Correct class t (one-hot):"))
        for k in range(3):
            t = ["0", "0", "0"]
            t[k] = "1"
            self.t_combo.setItemText(k, self.tr("label %d   t = [%s]") % (k, ", ".join(t)))
        self.x_grid.setHorizontalHeaderLabels(["x1", "x2"])
        self.x_grid.setVerticalHeaderLabels(["x"])
        self.W_grid.setHorizontalHeaderLabels(["1", "2", "3"])
        self.W_grid.setVerticalHeaderLabels(["1", "2"])
        self.seed_label.setText(self.tr("seed"))
        self.randomise.setText(self.tr("Randomise W"))
        self.randomise.setToolTip(self.tr("W = np.random.randn(2, 3) after np.random.seed(seed)"))


class NudgeControls(QGroupBox):
    """Which weight to move and by how much: a slider, a box and ±h buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weight_label, self.delta_label, self.h_label = QLabel(), QLabel(), QLabel()
        self.weight = QComboBox()
        self.weight.addItems([weight_name(i, j) for i in range(2) for j in range(3)])
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(-int(DELTA_MAX * 100), int(DELTA_MAX * 100))
        self.delta = QDoubleSpinBox()
        self.delta.setRange(-DELTA_MAX, DELTA_MAX)
        self.delta.setDecimals(4)
        self.h = QDoubleSpinBox()
        self.h.setRange(1e-4, 1.0)
        self.h.setDecimals(4)
        self.h.setValue(0.01)
        self.h.setSingleStep(0.01)
        self.minus, self.plus, self.zero, self.keep = (QPushButton() for _ in range(4))
        grid = QGridLayout(self)
        grid.addWidget(self.weight_label, 0, 0)
        grid.addWidget(self.weight, 0, 1, 1, 2)
        grid.addWidget(self.delta_label, 1, 0)
        grid.addWidget(self.delta, 1, 1, 1, 2)
        grid.addWidget(self.slider, 2, 0, 1, 3)
        grid.addWidget(self.h_label, 3, 0)
        grid.addWidget(self.h, 3, 1, 1, 2)
        grid.addWidget(self.minus, 4, 0)
        grid.addWidget(self.plus, 4, 1)
        grid.addWidget(self.zero, 4, 2)
        grid.addWidget(self.keep, 5, 0, 1, 3)

    def retranslate(self):
        self.setTitle(self.tr("Nudge one weight"))
        self.weight_label.setText(self.tr("weight"))
        self.weight.setToolTip(self.tr("Or click a cell of the dW heatmap"))
        self.delta_label.setText(self.tr("δ"))
        self.delta.setToolTip(self.tr("The change added to the chosen weight (−3 … 3)"))
        self.h_label.setText(self.tr("h"))
        self.minus.setText(self.tr("δ − h"))
        self.plus.setText(self.tr("δ + h"))
        self.zero.setText(self.tr("δ = 0"))
        self.keep.setText(self.tr("Keep it: W ← W + δ"))


class StepsInput(QWidget):
    """The number of gradient steps, typed as text: '1e9' is read as 10⁹ and capped with a
    note, never turned into 19 as a spin box would; what cannot be used is refused inline."""

    def __init__(self, value=100, parent=None):
        super().__init__(parent)
        self._value = int(value)
        self.label = QLabel()
        self.edit = QLineEdit(str(self._value))
        self.error = inline_error()
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.edit.editingFinished.connect(lambda: self._take(self.edit.text()))

    def value(self):
        return self._value

    def setValue(self, value):
        """Set as if typed (a refusal or a cap is explained the same way)."""
        self.edit.setText(str(value))
        self._take(self.edit.text())

    def _take(self, text):
        previous = self._value
        try:
            number = float(text.strip().replace("−", "-").replace("_", ""))
        except ValueError:
            self._explain(ERROR_STYLE, lambda: self.tr("'%s' is not a number of steps; type e.g. 100. "
                                                       "The previous %d steps stay.") % (text, previous))
            return
        try:
            steps, capped = demos.capped_steps(number)
        except demos.BadInput as exc:
            self._explain(ERROR_STYLE, lambda exc=exc: engine_text(exc) + " "
                          + self.tr("The previous %d steps stay.") % previous)
            return
        self._value = steps
        self.edit.setText(str(steps))
        if capped:
            # each Run computes all its steps at once, before the animation starts
            self._explain(WARNING_STYLE, lambda: self.tr("%s steps would take too long: capped at %d.")
                          % (f"{number:g}", steps), keep_text=True)
        else:
            self.error.clear()

    def _explain(self, style, text, keep_text=False):
        if not keep_text:
            self.edit.setText(str(self._value))
        self.error.setStyleSheet(style)
        self.error.show_error(text)

    def retranslate(self):
        self.label.setText(self.tr("steps"))
        self.edit.setToolTip(self.tr("1 … %d gradient steps per Run") % demos.MAX_STEPS)


class WeightDescentControls(QGroupBox):
    """Learning rate, number of steps, Step / Run / Reset."""

    def __init__(self, validate_lr, parent=None):
        super().__init__(parent)
        self.lr = LogSlider("lr", -3, 2, 0.1, validate=validate_lr)
        self.lr.label.setWordWrap(True)
        self.steps = StepsInput(100)
        self.step_button, self.run_button, self.reset_button = (QPushButton() for _ in range(3))
        self.run_button.setCheckable(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lr)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def retranslate(self):
        self.setTitle(self.tr("Gradient descent on W"))
        self.lr.label.setText(self.tr("learning rate lr  (W ← W − lr·dW)"))
        self.steps.retranslate()
        self.step_button.setText(self.tr("→ Step"))
        self.step_button.setToolTip(self.tr("One gradient step (→)"))
        self.run_button.setText(self.tr("Pause") if self.run_button.isChecked() else self.tr("▶ Run"))
        self.run_button.setToolTip(self.tr("Take all the steps, animated (space)"))
        self.reset_button.setText(self.tr("⟲ Reset"))
        self.reset_button.setToolTip(self.tr("Back to the W before the first step (R)"))
