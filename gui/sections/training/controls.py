"""The training section's left column: run buttons, progress, read-outs and hyperparameters."""
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout,
                               QGroupBox, QLabel, QProgressBar, QPushButton, QSizePolicy, QSlider,
                               QSpinBox, QVBoxLayout, QWidget)

from engine.training import DTYPES, GRADIENTS, SAMPLINGS
from gui.kit.inputs import LogSlider
from gui.kit.numbers import format_number, short
from gui.kit.readouts import Readouts
from gui.sections.training.lab_controls import LabControls

BOOK = dict(iters_num=10000, batch_size=100, learning_rate=0.1, hidden_size=50,
            weight_init_std=0.01, gradient="backprop", dtype="float64", seed=0,
            train_size=60000, sampling="choice", hidden_layers=1, activation="sigmoid",
            optimizer="sgd", optimizer_params={}, weight_decay=0.0)
# 300 images, 3 iterations per epoch: 200 epochs in ~10 s; train acc reaches 1.0 by epoch ~120
# while test acc stalls near 0.80 (the book's full run keeps both near 0.95).
OVERFIT = dict(BOOK, train_size=300, iters_num=600, learning_rate=0.5)
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, None)   # iterations/s; None = max


class TrainingControls(QWidget):
    """Every input of a run; values() reads them, set_values() writes them (presets)."""
    learning_rate_changed = Signal(float)
    speed_changed = Signal(object)   # iterations/s or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.start_button, self.pause_button = QPushButton(), QPushButton()
        self.step_button, self.stop_button, self.reset_button = QPushButton(), QPushButton(), QPushButton()
        self.pause_button.setCheckable(True)
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.pause_button, 0, 1)
        buttons.addWidget(self.step_button, 0, 2)
        buttons.addWidget(self.stop_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1)
        for button in (self.start_button, self.pause_button, self.step_button,
                       self.stop_button, self.reset_button):
            button.setMinimumWidth(60)
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        # Dark text on a light chunk and on white: some styles draw the text in the highlight's
        # white over the whole bar, unreadable on the part not yet filled.
        self.progress.setStyleSheet(
            "QProgressBar { color: #000000; background: #ffffff; border: 1px solid #9f9f9f;"
            " border-radius: 3px; text-align: center; }"
            " QProgressBar::chunk { background: #9fc9ef; border-radius: 2px; }")
        self.readouts = Readouts(columns=1)
        for key in ("iteration", "epoch", "loss", "train_acc", "test_acc"):
            self.readouts.add(key)

        self.lr = LogSlider("", -4, 1, BOOK["learning_rate"], validate=self._check_lr)
        self.speed_label = QLabel()
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.valueChanged.connect(self._speed_moved)
        self.smooth = QCheckBox()
        self.smooth.setChecked(True)

        self.iters = self._spin(0, 10_000_000, BOOK["iters_num"], 1000)
        self.batch = self._spin(0, 1_000_000, BOOK["batch_size"], 10)
        self.hidden = self._spin(0, 2000, BOOK["hidden_size"], 10)
        self.init_std = QDoubleSpinBox()
        self.init_std.setDecimals(4)
        self.init_std.setRange(0.0, 10.0)
        self.init_std.setSingleStep(0.01)
        self.init_std.setValue(BOOK["weight_init_std"])
        self.gradient = QComboBox()
        self.dtype = QComboBox()
        self.seed = self._spin(0, 2**31 - 1, BOOK["seed"], 1)
        self.train_size = self._spin(0, 60000, BOOK["train_size"], 100)
        self.sampling = QComboBox()
        for combo, items in ((self.gradient, GRADIENTS), (self.dtype, DTYPES), (self.sampling, SAMPLINGS)):
            for value in items:
                combo.addItem(value, value)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self._form_fields = (self.iters, self.batch, self.hidden, self.init_std, self.gradient,
                             self.dtype, self.seed, self.train_size, self.sampling)
        for field in self._form_fields:
            self.form.addRow(QLabel(), field)
        self.hyper_box = QGroupBox()
        self.hyper_box.setLayout(self.form)
        self.lab = LabControls()
        self.lab.init.currentIndexChanged.connect(
            lambda _i: self.init_std.setEnabled(self.lab.init_name() is None))

        self.save_button, self.load_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        files = QGridLayout()
        files.addWidget(self.save_button, 0, 0)
        files.addWidget(self.load_button, 0, 1)
        files.addWidget(self.export_button, 1, 0, 1, 2)
        self.files_box = QGroupBox()
        self.files_box.setLayout(files)

        # the column is ~300 px: let the scroll area size us to it instead of scrolling sideways
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.readouts)
        layout.addWidget(self.lr)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed)
        layout.addWidget(self.smooth)
        layout.addWidget(self.hyper_box)
        layout.addWidget(self.lab)
        layout.addWidget(self.files_box)
        layout.addStretch(1)
        self.lr.valueChanged.connect(self.learning_rate_changed)

    @staticmethod
    def _spin(lo, hi, value, step):
        box = QSpinBox()
        box.setRange(lo, hi)
        box.setSingleStep(step)
        box.setGroupSeparatorShown(True)
        box.setValue(value)
        return box

    def _check_lr(self, value):
        if value <= 0:
            return self.tr("The learning rate must be greater than 0 (the book uses 0.1).")
        return None

    def _speed_moved(self, _pos):
        self._label_speed()
        self.speed_changed.emit(self.max_rate())

    def max_rate(self):
        return SPEEDS[self.speed.value()]

    def _label_speed(self):
        rate = self.max_rate()
        text = self.tr("max") if rate is None else self.tr("%d it/s") % rate
        self.speed_label.setText(self.tr("Demo speed: %s") % text)

    def retranslate(self):
        self.start_button.setText(self.tr("▶ Start"))
        self.pause_button.setText(self.tr("▶ Resume") if self.pause_button.isChecked() else self.tr("Pause"))
        self.step_button.setText(self.tr("→ Step"))
        self.stop_button.setText(self.tr("■ Stop"))
        self.reset_button.setText(self.tr("⟲ Reset"))
        self.start_button.setToolTip(self.tr("Start a new training run from fresh weights (space)"))
        self.step_button.setToolTip(self.tr("Exactly one iteration (→)"))
        self.reset_button.setToolTip(self.tr("Stop and clear the plots (R)"))
        for key, text in (("iteration", self.tr("Iteration")), ("epoch", self.tr("Epoch")),
                          ("loss", self.tr("Loss")), ("train_acc", self.tr("Train acc")),
                          ("test_acc", self.tr("Test acc"))):
            self.readouts.set_label(key, text)
        self.lr.label.setText(self.tr("Learning rate lr (live)"))
        self._label_speed()
        self.smooth.setText(self.tr("Smoothed loss"))
        self.smooth.setToolTip(self.tr("Orange line: the mean loss of the 50 iterations before and the 50 "
                                       "after each one, so it does not lag behind; at the newest 50 "
                                       "iterations, an exponentially weighted trend line"))
        labels = (self.tr("Iterations"), self.tr("Batch size"), self.tr("Hidden size"),
                  self.tr("Weight init std"), self.tr("Gradient"), self.tr("Precision"),
                  self.tr("Seed"), self.tr("Training images"), self.tr("Sampling"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.LabelRole).widget().setText(text)
        names = {"backprop": self.tr("backprop (ch. 5)"), "numerical": self.tr("numerical (vectorised)"),
                 "numerical-loop": self.tr("numerical (book's loop, very slow)"),
                 "choice": self.tr("random choice (book)"), "shuffle": self.tr("shuffled epochs")}
        for combo in (self.gradient, self.sampling):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        self.hidden.setToolTip(self.tr("Neurons in each hidden layer (the book's 4.5 network has 50)"))
        self.init_std.setToolTip(self.tr("The initial weights' standard deviation when 'Initial weights' "
                                         "is 'std' (the book uses 0.01)"))
        self.lab.retranslate()
        self.train_size.setToolTip(self.tr("Fewer training images make the network overfit (4.1.2)"))
        self.hyper_box.setTitle(self.tr("Hyperparameters (book 4.5.2)"))
        self.files_box.setTitle(self.tr("Files"))
        self.save_button.setText(self.tr("Save weights…"))
        self.load_button.setText(self.tr("Load weights…"))
        self.export_button.setText(self.tr("Export loss/accuracy CSV…"))

    def sampling_text(self, sampling):
        return self.tr("random choice") if sampling == "choice" else self.tr("shuffled epochs")

    # --- values ----------------------------------------------------------------
    def values(self):
        """TrainConfig's field names (train_size as typed; weight_init_std a number or "xavier"/"he")."""
        init = self.lab.init_name()
        return dict(iters_num=self.iters.value(), batch_size=self.batch.value(),
                    learning_rate=self.lr.value(), hidden_size=self.hidden.value(),
                    weight_init_std=self.init_std.value() if init is None else init,
                    gradient=self.gradient.currentData(),
                    dtype=self.dtype.currentData(), seed=self.seed.value(),
                    train_size=self.train_size.value(), sampling=self.sampling.currentData(),
                    **self.lab.values())

    def set_values(self, values):
        spins = {"iters_num": self.iters, "batch_size": self.batch, "hidden_size": self.hidden,
                 "seed": self.seed, "train_size": self.train_size}
        for key, value in values.items():
            if key in spins:
                spins[key].setValue(int(value))
            elif key == "weight_init_std" and not isinstance(value, str):
                self.init_std.setValue(float(value))
            elif key == "learning_rate":
                self.lr.setValue(float(value))
            elif key in ("gradient", "dtype", "sampling"):
                combo = getattr(self, key)
                combo.setCurrentIndex(max(0, combo.findData(value)))
        self.lab.set_values(values)

    def problem(self, values, available):
        """A message for the first bad value (available = images in the training data), or None."""
        n = min(values["train_size"], available) if available else values["train_size"]
        if values["iters_num"] < 1:
            return self.tr("Iterations must be at least 1.")
        if values["hidden_size"] < 1:
            return self.tr("Hidden size must be at least 1 neuron (the book uses 50).")
        if values["train_size"] < 1:
            return self.tr("The training set needs at least 1 image.")
        if values["batch_size"] < 1:
            return self.tr("Batch size must be at least 1 (the book uses 100).")
        if values["batch_size"] > n:
            return self.tr("Batch size %d is larger than the training set (%d images): lower the "
                           "batch size or use more training images.") % (values["batch_size"], n)
        if not values["learning_rate"] > 0:
            return self.tr("The learning rate must be greater than 0.")
        std = values["weight_init_std"]
        if not isinstance(std, str) and not math.isfinite(std):
            return self.tr("The weight init std must be a finite number.")
        return self.lab.problem(values)

    def set_state(self, state):
        """state: 'idle', 'running', 'paused' or 'finished'; only lr and speed stay live while running."""
        active = state in ("running", "paused")
        self.start_button.setEnabled(True)
        self.pause_button.setEnabled(active)
        self.pause_button.setChecked(state == "paused")
        self.step_button.setEnabled(state != "running")
        self.stop_button.setEnabled(active)
        self.hyper_box.setEnabled(not active)
        self.lab.setEnabled(not active)
        self.files_box.setEnabled(not active or state == "paused")
        self.retranslate_buttons()

    def retranslate_buttons(self):
        self.pause_button.setText(self.tr("▶ Resume") if self.pause_button.isChecked() else self.tr("Pause"))

    def show_run(self, last, train_acc, test_acc, total):
        """Read-outs and progress for the last TrainStep (None before a run) of total iterations."""
        r = self.readouts
        r.set("iteration", "%d" % (last.iteration if last else 0))
        r.set("epoch", "%d" % (last.epoch if last else 0))
        r.set("loss", format_number(last.loss, 4) if last else "—")
        r.set("train_acc", format_number(train_acc[-1], 4) if train_acc else "—")
        r.set("test_acc", format_number(test_acc[-1], 4) if test_acc else "—")
        self.show_progress(last.iteration if last else 0, total, last.iters_per_sec if last else 0)

    def show_scores(self, loss, train_acc, test_acc):
        """Loaded weights measured on the whole data: the loss on the training set, both accuracies."""
        r = self.readouts
        r.set("loss", format_number(loss, 4))
        r.set("train_acc", format_number(train_acc, 4))
        r.set("test_acc", format_number(test_acc, 4))

    def show_preparing(self):
        """The compiled step's loops are being prepared: say so instead of "0 it/s"."""
        self.progress.setFormat(self.tr("Preparing the fast training step — first start only…"))

    def show_progress(self, iteration, total, rate):
        self.progress.setValue(int(1000 * iteration / total) if total else 0)
        left = (total - iteration) / rate if rate and rate > 0 else float("nan")
        # whole numbers from 10 up: "1620 it/s · 4 s left" fits the bar, "1.62e+03" did not
        left_text = "" if not math.isfinite(left) else self.tr(" · %s s left") % short(left)
        self.progress.setFormat(self.tr("%d/%d · %s it/s%s")
                                % (iteration, total, short(rate), left_text))
