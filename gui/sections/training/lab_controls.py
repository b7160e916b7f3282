"""The training lab's hyperparameters beyond 4.5 (the book's 6.1–6.4): hidden layers, activation,
initial weights by name, the optimizer with its own settings, and weight decay.

The lists of choices and the optimizers' defaults are the engine's (engine.multilayer,
engine.optimizers); the learning rate stays the section's lr slider, the optimizer's η.
"""
import math

from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout)

from engine.multilayer import ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_WIDTH
from engine.optimizers import OPTIMIZERS, make_optimizer
from gui.kit.messages import engine_text

# The book's names (6.1) stay untranslated, as in the optimizer race.
OPTIMIZER_TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                    "rmsprop": "RMSprop", "adam": "Adam"}
# Each optimizer's settings besides η, with the book's defaults (read from the classes).
SETTINGS = {name: {k: v for k, v in make_optimizer(name).hyperparameters().items() if k != "lr"}
            for name in OPTIMIZERS}
SETTING_NAMES = ("momentum", "decay_rate", "beta1", "beta2")
# The initial scale: a number (the std box), or a name of engine.multilayer.INIT_SCALES.
INITS = (None, "xavier", "he")
MAX_DECAY = 100.0


def number_text(value):
    """A float as short text that reads back as exactly the same float."""
    text = f"{value:.12g}"
    return text if float(text) == value else repr(float(value))


class LabControls(QGroupBox):
    """values() gives TrainConfig's fields hidden_layers, activation, optimizer, optimizer_params
    and weight_decay; init_name() the named initial scale (None: the std box's number)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layers = QSpinBox()
        self.layers.setRange(0, 2 * MAX_HIDDEN_LAYERS)   # more than 10 is explained, not clamped
        self.layers.setValue(1)
        self.activation = QComboBox()
        for name in ACTIVATIONS:
            self.activation.addItem(name, name)
        self.init = QComboBox()
        for name in INITS:
            self.init.addItem("", name)
        self.optimizer = QComboBox()
        for name in OPTIMIZERS:
            self.optimizer.addItem(OPTIMIZER_TITLES.get(name, name), name)
        self.settings = {}
        for key in SETTING_NAMES:
            box = QDoubleSpinBox()
            box.setDecimals(4)
            box.setRange(0.0, 1.0)       # 1 itself is refused with the optimizer's own sentence
            box.setSingleStep(0.01)
            self.settings[key] = box
        self.eta_hint = QLabel()
        self.eta_hint.setWordWrap(True)
        self.decay = QLineEdit("0")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for field in (self.layers, self.activation, self.init, self.optimizer, *self.settings.values(),
                      self.decay):
            self.form.addRow(QLabel(), field)
        # under the form, not in it: a form row gives a wrapped label the height of one width only
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.eta_hint)
        self._reset_settings()
        self.optimizer.currentIndexChanged.connect(lambda _i: self._show_settings())
        self._show_settings()

    def _reset_settings(self):
        for name in OPTIMIZERS:
            for key, value in SETTINGS[name].items():
                self.settings[key].setValue(value)

    def _show_settings(self):
        """Only the chosen optimizer's settings (α, ρ, β1, β2) are shown."""
        chosen = SETTINGS[self.optimizer.currentData()]
        for key, box in self.settings.items():
            self.form.setRowVisible(box, key in chosen)

    def retranslate(self):
        self.setTitle(self.tr("Deeper networks (book 6.1–6.4)"))
        labels = {self.layers: self.tr("Hidden layers"), self.activation: self.tr("Activation"),
                  self.init: self.tr("Initial weights"), self.optimizer: self.tr("Optimizer"),
                  self.settings["momentum"]: self.tr("Momentum α"),
                  self.settings["decay_rate"]: self.tr("Decay rate ρ"),
                  self.settings["beta1"]: self.tr("Adam β1"), self.settings["beta2"]: self.tr("Adam β2"),
                  self.decay: self.tr("Weight decay λ")}
        for field, text in labels.items():
            self.form.labelForField(field).setText(text)
        self.layers.setToolTip(self.tr("0 = softmax regression (no hidden layer); the book's 4.5 network "
                                       "has 1, fig 6-9's has 4. Each is 'Hidden size' neurons wide."))
        names = {"sigmoid": self.tr("sigmoid (book 4.5)"), "relu": self.tr("ReLU"),
                 "tanh": self.tr("tanh"), "identity": self.tr("identity (linear)")}
        for i in range(self.activation.count()):
            self.activation.setItemText(i, names[self.activation.itemData(i)])
        # the book's names, with what each does in a few words (as in the playground)
        optimizers = {"sgd": self.tr("SGD"), "momentum": self.tr("Momentum"), "nesterov": self.tr("Nesterov"),
                      "adagrad": self.tr("AdaGrad"), "rmsprop": self.tr("RMSprop"), "adam": self.tr("Adam")}
        for i in range(self.optimizer.count()):
            name = self.optimizer.itemData(i)
            self.optimizer.setItemText(i, optimizers.get(name, OPTIMIZER_TITLES.get(name, name)))
        inits = {None: self.tr("std (number below)"), "xavier": self.tr("Xavier √(1/n)"),
                 "he": self.tr("He √(2/n)")}
        for i in range(self.init.count()):
            self.init.setItemText(i, inits[self.init.itemData(i)])
        self.init.setToolTip(self.tr("n = the number of inputs of each layer. Xavier suits sigmoid and "
                                     "tanh, He suits ReLU (book 6.2)."))
        self.eta_hint.setText(self.tr("η is the learning rate above. The book: η 0.01 for SGD, Momentum "
                                      "and AdaGrad, 0.001 for Adam."))
        self.decay.setToolTip(self.tr("Adds ½ λ ΣW² to the loss: 0 = none; fig 6-20 uses 0.1."))

    # --- values ------------------------------------------------------------------
    def init_name(self):
        return self.init.currentData()

    def decay_value(self):
        """The typed λ (nan when it is not a number: problem() says so)."""
        try:
            return float(self.decay.text().strip().replace("−", "-"))
        except ValueError:
            return float("nan")

    def values(self):
        name = self.optimizer.currentData()
        return dict(hidden_layers=self.layers.value(), activation=self.activation.currentData(),
                    optimizer=name,
                    optimizer_params={key: self.settings[key].value() for key in SETTINGS[name]},
                    weight_decay=self.decay_value())

    def set_values(self, values):
        """Any of values()'s keys, and weight_init_std (a name picks it; a number picks 'std')."""
        if "hidden_layers" in values:
            self.layers.setValue(int(values["hidden_layers"]))
        for key, combo in (("activation", self.activation), ("optimizer", self.optimizer)):
            if key in values:
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
        if "optimizer_params" in values:
            self._reset_settings()    # what the values do not say is the book's default
            params = values["optimizer_params"]
            for key, value in (params.items() if isinstance(params, dict) else params):
                if key in self.settings:
                    self.settings[key].setValue(float(value))
        if "weight_decay" in values:
            self.decay.setText(number_text(float(values["weight_decay"])))
        if "weight_init_std" in values:
            std = values["weight_init_std"]
            name = {"relu": "he", "sigmoid": "xavier"}.get(std, std) if isinstance(std, str) else None
            self.init.setCurrentIndex(max(0, self.init.findData(name)))

    def problem(self, values):
        """A sentence for the first bad value of the lab's settings, or None."""
        layers = values["hidden_layers"]
        if layers > MAX_HIDDEN_LAYERS:
            return self.tr("%d hidden layers is too many: use at most %d (0 is softmax regression).") \
                % (layers, MAX_HIDDEN_LAYERS)
        if layers >= 1 and values["hidden_size"] > MAX_WIDTH:
            return self.tr("A hidden layer of %d neurons is too wide: use at most %d (the book uses 50 "
                           "and 100).") % (values["hidden_size"], MAX_WIDTH)
        decay = values["weight_decay"]
        if not (math.isfinite(decay) and 0 <= decay <= MAX_DECAY):
            return self.tr("Weight decay λ must be a number from 0 to %s (0 = none; fig 6-20 uses "
                           "0.1), not '%s'.") % (number_text(MAX_DECAY), self.decay.text())
        try:
            make_optimizer(values["optimizer"], lr=values["learning_rate"], **values["optimizer_params"])
        except ValueError as exc:
            return engine_text(exc)
        std = values["weight_init_std"]
        book = (layers == 1 and values["activation"] == "sigmoid" and values["optimizer"] == "sgd"
                and decay == 0)
        if not isinstance(std, str) and std <= 0 and not book:
            return self.tr("Weight init std 0 gives every neuron the same weights: choose a number above "
                           "0, Xavier or He.")
        if values["gradient"] != "backprop" and not (book and not isinstance(std, str)):
            return self.tr("The numerical gradient is offered for the book's network (1 sigmoid hidden "
                           "layer, SGD, no weight decay, a numeric std) only: choose backprop.")
        return None
