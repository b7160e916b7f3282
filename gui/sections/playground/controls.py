"""The playground's controls: the data, the inputs, the network's layers and the training settings.

PlaygroundControls holds only widgets and the values they show. It emits
data_changed when the points must be drawn again (data set, noise, test share),
network_changed when the network must be built again (features, layers,
activation), and setting_changed(name, value) for what a running network takes
between two steps (lr, optimizer, weight decay, batch size). Its lists of choices
come from the engine.
"""
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from engine.messages import Message
from engine.multilayer import ACTIVATIONS
from engine.optimizers import OPTIMIZERS
from engine.playground import FULL_BATCH, MAX_LAYERS, MAX_NEURONS, check_hidden, check_lr
from engine.toy_data import DATASETS, FEATURES
from gui.kit.inputs import LogSlider
from gui.kit.messages import engine_text, inline_error

DECAYS = (0.0, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0)


def parse_hidden(text):
    """The neurons per hidden layer typed as '4, 2' (an empty text: no hidden layer); ValueError(Message)."""
    parts = [p for p in text.replace("，", ",").replace(";", ",").split(",") if p.strip()]
    sizes = []
    for part in parts:
        try:
            sizes.append(int(part.strip()))
        except ValueError:
            raise ValueError(Message("Each hidden layer needs 1 to {limit} neurons (got {value})",
                                     limit=MAX_NEURONS, value=part.strip())) from None
    return check_hidden(sizes)


def lr_problem(lr):
    """Why lr cannot be used, in the user's language (None when it can)."""
    try:
        check_lr(lr)
    except ValueError as exc:
        return engine_text(exc)
    return None


class PlaygroundControls(QWidget):
    data_changed = Signal()
    network_changed = Signal()
    setting_changed = Signal(str, object)
    node_chosen = Signal(object)        # None: the output; (column, row): an input or a neuron

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hidden = (4,)
        # --- data -----------------------------------------------------------------------------
        self.data_box = QGroupBox()
        self.dataset = QComboBox()
        for name in DATASETS:
            self.dataset.addItem(name, name)
        self.noise = QSpinBox()
        self.noise.setRange(0, 50)
        self.noise.setSuffix(" %")
        self.ratio = QSpinBox()
        self.ratio.setRange(10, 90)
        self.ratio.setSingleStep(10)
        self.ratio.setSuffix(" %")
        self.click_class = QComboBox()
        self.click_class.addItems(["", ""])
        # The keyboard's (and a screen reader's) way to what a click on a neuron does.
        self.large = QComboBox()
        self.large.activated.connect(lambda i: self.node_chosen.emit(self.large.itemData(i)))
        self._nodes = ((), (), None)
        data_form = QFormLayout(self.data_box)
        self.dataset_label, self.noise_label = QLabel(), QLabel()
        self.ratio_label, self.click_label, self.large_label = QLabel(), QLabel(), QLabel()
        for label, widget in ((self.dataset_label, self.dataset), (self.noise_label, self.noise),
                              (self.ratio_label, self.ratio), (self.click_label, self.click_class),
                              (self.large_label, self.large)):
            label.setWordWrap(True)
            data_form.addRow(label, widget)
        # --- features ------------------------------------------------------------------------
        self.features_box = QGroupBox()
        grid = QGridLayout(self.features_box)
        self.feature_boxes = {}
        for k, name in enumerate(FEATURES):
            box = QCheckBox(name)
            box.toggled.connect(lambda _on, n=name: self._feature_toggled(n))
            grid.addWidget(box, k // 4, k % 4)
            self.feature_boxes[name] = box
        self.features_error = inline_error()
        grid.addWidget(self.features_error, 2, 0, 1, 4)
        # --- network -------------------------------------------------------------------------
        self.network_box = QGroupBox()
        net = QVBoxLayout(self.network_box)
        layers_row = QHBoxLayout()
        self.layers_label = QLabel()
        self.layer_minus, self.layer_plus = QPushButton("−"), QPushButton("+")
        layers_row.addWidget(self.layers_label, 1)
        layers_row.addWidget(self.layer_minus)
        layers_row.addWidget(self.layer_plus)
        net.addLayout(layers_row)
        self.layer_rows = []
        for k in range(MAX_LAYERS):
            row = QHBoxLayout()
            label, minus, plus = QLabel(), QPushButton("−"), QPushButton("+")
            minus.clicked.connect(lambda _=False, i=k: self._neurons_by(i, -1))
            plus.clicked.connect(lambda _=False, i=k: self._neurons_by(i, +1))
            row.addWidget(label, 1)
            row.addWidget(minus)
            row.addWidget(plus)
            net.addLayout(row)
            self.layer_rows.append((label, minus, plus))
        pairs = [(self.layer_minus, self.layer_plus)] + [(minus, plus) for _, minus, plus in self.layer_rows]
        for button in (b for pair in pairs for b in pair):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 3 + 16)
        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_edit = QLineEdit()
        self.hidden_error = inline_error()
        net.addWidget(self.hidden_label)
        net.addWidget(self.hidden_edit)
        net.addWidget(self.hidden_error)
        self.activation = QComboBox()
        for name in ACTIVATIONS:
            self.activation.addItem(name, name)
        self.activation_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.activation_label, 1)
        row.addWidget(self.activation)
        net.addLayout(row)
        self.layer_minus.clicked.connect(lambda: self._layers_by(-1))
        self.layer_plus.clicked.connect(lambda: self._layers_by(+1))
        self.hidden_edit.editingFinished.connect(self._hidden_typed)
        # --- training ------------------------------------------------------------------------
        self.training_box = QGroupBox()
        train = QVBoxLayout(self.training_box)
        self.lr = LogSlider("", -5, 1, 0.03, validate=lr_problem)
        self.lr.label.setWordWrap(True)
        train.addWidget(self.lr)
        form = QFormLayout()
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(name, name)
        self.decay = QComboBox()
        for value in DECAYS:
            self.decay.addItem(f"{value:g}", value)
        self.batch = QSpinBox()
        self.batch.setRange(FULL_BATCH, 1000)
        self.optimizer_label, self.decay_label, self.batch_label = QLabel(), QLabel(), QLabel()
        for label, widget in ((self.optimizer_label, self.optimizer), (self.decay_label, self.decay),
                              (self.batch_label, self.batch)):
            label.setWordWrap(True)
            form.addRow(label, widget)
        train.addLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.data_box, self.features_box, self.network_box, self.training_box):
            layout.addWidget(box)
        self.dataset.currentIndexChanged.connect(lambda _i: self.data_changed.emit())
        self.noise.valueChanged.connect(lambda _v: self.data_changed.emit())
        self.ratio.valueChanged.connect(lambda _v: self.data_changed.emit())
        self.activation.currentIndexChanged.connect(lambda _i: self.network_changed.emit())
        self.lr.valueChanged.connect(lambda lr: self.setting_changed.emit("lr", lr))
        self.optimizer.currentIndexChanged.connect(
            lambda _i: self.setting_changed.emit("optimizer", self.optimizer.currentData()))
        self.decay.currentIndexChanged.connect(
            lambda _i: self.setting_changed.emit("weight_decay", self.decay.currentData()))
        self.batch.valueChanged.connect(lambda size: self.setting_changed.emit("batch_size", size))
        for spin in (self.noise, self.ratio, self.batch):
            spin.setKeyboardTracking(False)      # a half-typed number is not a new setting
        self._show_hidden()
        self.retranslate()

    # --- values -----------------------------------------------------------------------------------
    def features(self):
        return tuple(name for name, box in self.feature_boxes.items() if box.isChecked())

    def values(self):
        """The PlaygroundConfig fields the controls show."""
        return {"dataset": self.dataset.currentData(), "noise": self.noise.value() / 100,
                "test_ratio": 1 - self.ratio.value() / 100, "features": self.features(),
                "hidden": self.hidden, "activation": self.activation.currentData(),
                "optimizer": self.optimizer.currentData(), "lr": self.lr.value(),
                "weight_decay": self.decay.currentData(), "batch_size": self.batch.value()}

    def set_values(self, config):
        """Show config without emitting any change (a preset)."""
        widgets = (self.dataset, self.noise, self.ratio, self.activation, self.optimizer, self.decay,
                   self.batch, self.lr, *self.feature_boxes.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.dataset.setCurrentIndex(self.dataset.findData(config.dataset))
        self.noise.setValue(round(100 * config.noise))
        self.ratio.setValue(round(100 * (1 - config.test_ratio)))
        for name, box in self.feature_boxes.items():
            box.setChecked(name in config.features)
        self.activation.setCurrentIndex(self.activation.findData(config.activation))
        self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
        self.decay.setCurrentIndex(max(0, self.decay.findData(config.weight_decay)))
        self.batch.setValue(config.batch_size)
        self.lr.setValue(config.lr)
        for widget in widgets:
            widget.blockSignals(False)
        self.hidden = tuple(config.hidden)
        for error in (self.features_error, self.hidden_error):
            error.clear()
        self._show_hidden()

    def set_nodes(self, features, hidden, selected):
        """The maps the plane can show large: the output, each input and each hidden neuron."""
        self._nodes = (tuple(features), tuple(hidden), selected)
        entries = [(self.tr("Output p(class 1)"), None)]
        entries += [(self.tr("Input %s") % name, (0, i)) for i, name in enumerate(features)]
        entries += [(self.tr("Layer %d, neuron %d") % (layer, row + 1), (layer, row))
                    for layer, width in enumerate(hidden, start=1) for row in range(width)]
        self.large.blockSignals(True)
        self.large.clear()
        for text, node in entries:
            self.large.addItem(text, node)
        self.large.setCurrentIndex(next((i for i, (_, node) in enumerate(entries) if node == selected), 0))
        self.large.blockSignals(False)

    def clicked_class(self):
        """The class a click on the plane adds: 1 (blue) or 0 (orange)."""
        return 1 - self.click_class.currentIndex()

    # --- layers ----------------------------------------------------------------------------------
    def set_hidden(self, hidden):
        """Neurons per hidden layer; a layout the playground cannot draw is refused inline."""
        try:
            hidden = check_hidden(list(hidden))
        except ValueError as exc:
            self.hidden_error.show_error(exc)
            self._show_hidden(keep_text=True)
            return False
        self.hidden_error.clear()
        changed = hidden != self.hidden
        self.hidden = hidden
        self._show_hidden()
        if changed:
            self.network_changed.emit()
        return True

    def _layers_by(self, delta):
        if delta > 0:
            self.set_hidden(self.hidden + ((self.hidden[-1] if self.hidden else 4),))
        else:
            self.set_hidden(self.hidden[:-1])

    def _neurons_by(self, layer, delta):
        hidden = list(self.hidden)
        hidden[layer] += delta
        self.set_hidden(hidden)

    def _hidden_typed(self):
        try:
            hidden = parse_hidden(self.hidden_edit.text())
        except ValueError as exc:
            self.hidden_error.show_error(exc)
            return
        self.set_hidden(hidden)

    def _show_hidden(self, keep_text=False):
        count = len(self.hidden)
        self.layer_minus.setEnabled(count > 0)
        self.layer_plus.setEnabled(count < MAX_LAYERS)
        for k, (label, minus, plus) in enumerate(self.layer_rows):
            visible = k < count
            for widget in (label, minus, plus):
                widget.setVisible(visible)
            if visible:
                minus.setEnabled(self.hidden[k] > 1)
                plus.setEnabled(self.hidden[k] < MAX_NEURONS)
        if not keep_text:
            self.hidden_edit.setText(", ".join(str(n) for n in self.hidden))
        self._label_layers()

    def _label_layers(self):
        self.layers_label.setText(self.tr("Hidden layers: %d") % len(self.hidden))
        for k, (label, _, _) in enumerate(self.layer_rows):
            if k < len(self.hidden):
                label.setText(self.tr("Layer %d: %d neurons") % (k + 1, self.hidden[k]))

    def _feature_toggled(self, name):
        if not self.features():
            # a network needs an input: the last box stays ticked
            box = self.feature_boxes[name]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self.features_error.show_error(lambda: self.tr("The network needs at least one input."))
            return
        self.features_error.clear()
        self.network_changed.emit()

    # --- text -----------------------------------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.data_box.setTitle(self.tr("Data"))
        self.dataset_label.setText(self.tr("Data set"))
        # the book's names for the activations; the code's names stay in the item data
        activations = {"sigmoid": self.tr("sigmoid"), "relu": self.tr("ReLU"), "tanh": self.tr("tanh"),
                       "identity": self.tr("identity")}
        for i in range(self.activation.count()):
            name = self.activation.itemData(i)
            self.activation.setItemText(i, activations.get(name, name))
        optimizers = {"sgd": self.tr("SGD"), "momentum": self.tr("Momentum"), "nesterov": self.tr("Nesterov"),
                      "adagrad": self.tr("AdaGrad"), "rmsprop": self.tr("RMSprop"), "adam": self.tr("Adam")}
        for i in range(self.optimizer.count()):
            name = self.optimizer.itemData(i)
            self.optimizer.setItemText(i, optimizers.get(name, name))
        names = {"circle": self.tr("circle"), "xor": self.tr("xor (exclusive or)"),
                 "gauss": self.tr("two Gaussian blobs"), "spiral": self.tr("spiral")}
        for i in range(self.dataset.count()):
            self.dataset.setItemText(i, names.get(self.dataset.itemData(i), self.dataset.itemData(i)))
        self.noise_label.setText(self.tr("Noise"))
        self.ratio_label.setText(self.tr("Training share"))
        self.ratio.setToolTip(self.tr("The share of the points the network trains on; the rest test it."))
        self.click_label.setText(self.tr("A click on the plane adds"))
        self.click_class.setItemText(0, self.tr("blue (class 1)"))
        self.click_class.setItemText(1, self.tr("orange (class 0)"))
        self.large_label.setText(self.tr("Map shown large"))
        self.large.setToolTip(self.tr("The same as a click on a neuron in the network graph"))
        self.set_nodes(*self._nodes)
        self.features_box.setTitle(self.tr("Inputs (features)"))
        self.network_box.setTitle(self.tr("Network"))
        self.layer_minus.setToolTip(self.tr("Remove the last hidden layer"))
        self.layer_plus.setToolTip(self.tr("Add a hidden layer (at most %d)") % MAX_LAYERS)
        for _, minus, plus in self.layer_rows:
            minus.setToolTip(self.tr("One neuron less"))
            plus.setToolTip(self.tr("One neuron more (at most %d)") % MAX_NEURONS)
        self.hidden_label.setText(self.tr("Neurons per hidden layer (type e.g. 8, 8; empty: none)"))
        self.activation_label.setText(self.tr("Activation"))
        self.training_box.setTitle(self.tr("Training"))
        self.lr.label.setText(self.tr("Learning rate lr (η)"))
        self.optimizer_label.setText(self.tr("Optimizer"))
        self.decay_label.setText(self.tr("Weight decay λ (L2)"))
        self.batch_label.setText(self.tr("Batch size"))
        self.batch.setSpecialValueText(self.tr("full batch"))
        self.batch.setToolTip(self.tr("Points per update; 0 = full batch (every training point)."))
        self._label_layers()
