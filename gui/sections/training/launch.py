"""What the training section says around a run: the first bad value of the controls (then nothing
starts), the warnings a run deserves, and the network shown before any run (the freshly initialised
weights of the current settings). Each sentence is a callable, re-worded on a language switch."""
import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.checkpoint import layer_keys
from engine.mnist import N_CLASSES
from engine.multilayer import MultiLayerNet
from engine.networks import TwoLayerNet
from engine.training import TrainConfig
from gui.kit.messages import engine_text
from gui.kit.numbers import format_number

translate = QCoreApplication.translate   # context "TrainingSection", a literal at each call for lupdate


def layer_sizes(params):
    """[inputs, hidden …, outputs] of W1 b1 … WL bL."""
    count = len(params) // 2
    return [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]


def expected_sizes(values, input_size):
    """The layer sizes a run of these control values trains."""
    return [input_size] + [values["hidden_size"]] * values["hidden_layers"] + [N_CLASSES]


def problem(section, values):
    """A callable giving the message for the first bad value (re-worded on a language switch), or None."""
    available = section.available()
    panel = section.panel
    if panel.problem(values, available) is not None:
        return lambda: panel.problem(values, available)
    loaded = section.loaded_params
    if loaded is not None and layer_sizes(loaded) != expected_sizes(values, section.input_size()):
        sizes = "-".join(map(str, layer_sizes(loaded)))
        hidden = len(loaded) // 2 - 1
        return lambda: translate("TrainingSection", "The loaded weights are a %s network (%d hidden "
                                 "layers): set the hidden layers and hidden size to match or press "
                                 "Reset.") % (sizes, hidden)
    return None


def checked_config(section, values):
    """(TrainConfig of the section's controls, None), or (None, why not: a callable or the engine's error)."""
    why = problem(section, values)
    if why is not None:
        return None, why
    try:
        return TrainConfig(**section.config_values()), None
    except ValueError as exc:
        return None, exc


def warning(values):
    """A callable giving a warning for a run that is allowed but will disappoint, or None."""
    lr = format_number(values["learning_rate"], 3)
    if values["gradient"] == "numerical-loop":
        return lambda: translate("TrainingSection", "The book's element-by-element loop needs about "
                                 "40 s per iteration on MNIST: watch a few steps, then compare with "
                                 "backprop.")
    if values["learning_rate"] >= 10:
        return lambda: translate("TrainingSection", "Learning rate %s is very large: expect the loss "
                                 "to diverge.") % lr
    return None


def diverging(lr):
    lr = format_number(lr, 3)
    return lambda: translate("TrainingSection", "The loss stays far above 2.3 (guessing) instead of "
                             "falling: learning rate %s is too large and training diverges. Try 0.1 "
                             "(the book's value).") % lr


def diverged(iteration, loss):
    loss = format_number(loss)
    return lambda: translate("TrainingSection", "Training diverged at iteration %d: the loss became %s. "
                             "Lower the learning rate (the book uses 0.1) and check the data for "
                             "NaN.") % (iteration, loss)


def failed(error, loading=False):
    """What to say when reading MNIST (loading) or a run stopped with an exception."""
    if loading:
        return lambda: translate("TrainingSection", "MNIST could not be loaded: %s") % engine_text(error)
    return lambda: translate("TrainingSection", "Training stopped with an error: %s") % engine_text(error)


def read_mnist():
    """MNIST as the section trains on it, for a GeneratorThread: ~0.8 s to read, never in the GUI thread."""
    from engine.mnist import load_mnist
    yield load_mnist(normalize=True, one_hot_label=False)


def initial_params(values, input_size):
    """(W1 b1 … WL bL, activation) of a fresh network of these values, or None where none can be built.

    The book's network is the TwoLayerNet the run will train (same seed, same numbers); any
    other configuration the MultiLayerNet the engine builds for it.
    """
    try:
        config = TrainConfig(**dict(values, train_size=None))
    except ValueError:
        return None          # the controls say why when Start is pressed
    dtype = np.dtype(config.dtype)
    if config.is_book_network:
        net = TwoLayerNet(input_size, config.hidden_size, N_CLASSES, config.weight_init_std,
                          seed=config.seed, dtype=dtype)
    else:
        try:
            net = MultiLayerNet(input_size, [config.hidden_size] * config.hidden_layers, N_CLASSES,
                                activation=config.activation, weight_init_std=config.weight_init_std,
                                seed=config.seed, dtype=dtype)
        except ValueError:
            return None
    return {k: net.params[k].copy() for k in layer_keys(len(net.params) // 2)}, config.activation
