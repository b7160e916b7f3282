"""The control column of the network section: the net's inputs, the nudge and the descent groups."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout)

from gui.kit.inputs import LogSlider
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


class WeightDescentControls(QGroupBox):
    """Learning rate, number of steps, Step / Run / Reset."""

    def __init__(self, validate_lr, parent=None):
        super().__init__(parent)
        self.lr = LogSlider("lr", -3, 2, 0.1, validate=validate_lr)
        self.lr.label.setWordWrap(True)
        self.steps_label = QLabel()
        self.steps = QSpinBox()
        self.steps.setRange(0, 2**31 - 1)
        self.steps.setValue(100)
        self.step_button, self.run_button, self.reset_button = (QPushButton() for _ in range(3))
        self.run_button.setCheckable(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.steps_label)
        row.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lr)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def retranslate(self):
        self.setTitle(self.tr("Gradient descent on W"))
        self.lr.label.setText(self.tr("learning rate lr  (W ← W − lr·dW)"))
        self.steps_label.setText(self.tr("steps"))
        self.step_button.setText(self.tr("→ Step"))
        self.step_button.setToolTip(self.tr("One gradient step (→)"))
        self.run_button.setText(self.tr("Pause") if self.run_button.isChecked() else self.tr("▶ Run"))
        self.run_button.setToolTip(self.tr("Take all the steps, animated (space)"))
        self.reset_button.setText(self.tr("⟲ Reset"))
        self.reset_button.setToolTip(self.tr("Back to the W before the first step (R)"))
