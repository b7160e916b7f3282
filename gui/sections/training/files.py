"""Save / load the network's weights (engine.checkpoint, any number of layers, with the whole
configuration) and export the run's series as CSV.

Loaded weights are measured on the whole training and test sets (~0.2 s for
MNIST) in a worker thread, and their loss and accuracies shown in the read-outs.
"""
import dataclasses
import os

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from engine.atomic import atomic_write_text
from engine import deep_step, metrics
from engine.checkpoint import CheckpointError, load_network, network_from_params, save_network
from engine.mnist import N_CLASSES
from engine.networks import TwoLayerNet
from engine.training import TrainConfig
from gui.kit.messages import engine_text
from gui.kit.worker import GeneratorThread
from gui.sections.training.launch import layer_sizes


def score(params, data, activation="sigmoid"):
    """Yield (params, (train loss, train acc, test acc)) of params on data, measured whole."""
    (x_train, t_train), (x_test, t_test) = data
    network = network_from_params(params, activation)
    if isinstance(network, TwoLayerNet):     # the book's network: the measurement of 4.5
        loss, train_acc = metrics.loss_and_accuracy(params, x_train, t_train)
        yield params, (loss, train_acc, metrics.loss_and_accuracy(params, x_test, t_test)[1])
        return
    loss, train_acc = deep_step.loss_and_accuracy(network, x_train, t_train)
    yield params, (loss, train_acc, deep_step.loss_and_accuracy(network, x_test, t_test)[1])


class FileActions(QObject):
    """The three file buttons of the training section; every failure becomes a message."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section
        self._folders = None            # gui.settings.FileFolders, made at the first dialog
        self.scoring = GeneratorThread(self)
        self.scoring.step_done.connect(self._scored)
        self.scoring.failed.connect(lambda exc: self._say(lambda: engine_text(exc), "error"))
        panel = section.panel
        panel.save_button.clicked.connect(self.save_dialog)
        panel.load_button.clicked.connect(self.load_dialog)
        panel.export_button.clicked.connect(self.export_dialog)

    def _say(self, text, level="info"):
        """text: a callable giving the sentence, so a language switch re-words it."""
        self.section.message.show_message(text, level)

    # --- weights -------------------------------------------------------------
    def save_weights(self, path):
        params = self.section.params
        if params is None:
            self._say(lambda: self.tr("There are no weights to save yet."), "error")
            return False
        # the configuration of these weights: their layers and activation, the rest as the controls say
        sizes, activation = layer_sizes(params), self.section.params_activation
        values = dict(self.section.config_values(), hidden_layers=len(sizes) - 2, activation=activation)
        if len(sizes) > 2:
            values["hidden_size"] = sizes[1]
        try:
            save_network(path, network_from_params(params, activation), TrainConfig(**values))
        except (OSError, ValueError) as exc:
            self._say(lambda e=exc: self.tr("Could not save the weights: %s") % engine_text(e), "error")
            return False
        self._say(lambda: self.tr("Weights saved to %s") % path)
        return True

    def load_weights(self, path):
        """Show the weights in path; the next Start continues training from them."""
        section = self.section
        try:
            network, config = load_network(path)
        except CheckpointError as exc:
            self._say(lambda e=exc: self.tr("%s The current weights stay.") % engine_text(e), "error")
            return False
        layers = layer_sizes(network.params)
        if (layers[0], layers[-1]) != (section.input_size(), N_CLASSES):
            sizes = (path, layers[0], layers[-1], section.input_size(), N_CLASSES)
            self._say(lambda: self.tr("Could not load %s: its network maps %d pixels to %d classes, "
                                      "but the images have %d pixels and %d classes. The current "
                                      "weights stay.") % sizes, "error")
            return False
        section.reset()
        if config is not None:
            section.panel.set_values({k: v for k, v in dataclasses.asdict(config).items()
                                      if k in section.panel.values() and v is not None})
        # what the weights are, whatever the settings say (without settings: the book's sigmoid)
        shape = {"hidden_layers": len(layers) - 2, **({} if config else {"activation": "sigmoid"})}
        if len(layers) > 2:
            shape["hidden_size"] = layers[1]
        section.panel.set_values(shape)
        section.loaded_params = dict(network.params)
        section.show_params({k: v.copy() for k, v in section.loaded_params.items()},
                            "sigmoid" if config is None else config.activation)
        self._say(lambda: self.tr("Loaded %s: Start continues training from these weights; Reset "
                                  "forgets them.") % path)
        self.score_loaded()
        return True

    def score_loaded(self):
        """Measure the loaded weights in a worker thread (once the data is there)."""
        params, data = self.section.loaded_params, self.section._data
        if params is not None and data is not None:
            copy = {k: v.copy() for k, v in params.items()}   # the worker's own
            activation = self.section.params_activation
            self.scoring.run_generator(lambda: score(copy, data, activation))

    def _scored(self, result):
        params, scores = result
        loaded = self.section.loaded_params
        # weights loaded since, or a run started from them: these numbers are out of date
        if loaded is not None and all(np.array_equal(params[k], loaded[k]) for k in params) \
                and self.section.history.n == 0:
            self.section.loaded_scores = scores
            self.section.panel.show_scores(*scores)

    def shutdown(self):
        self.scoring.shutdown()

    def export_csv(self, path):
        history = self.section.history
        if history.n == 0:
            self._say(lambda: self.tr("Nothing to export yet: train first."), "error")
            return False
        try:
            atomic_write_text(path, history.csv())
        except OSError as exc:
            self._say(lambda e=exc: self.tr("Could not write %s: %s") % (path, e), "error")
            return False
        n = history.n
        self._say(lambda: self.tr("Exported %d iterations to %s") % (n, path))
        return True

    # --- dialogs ---------------------------------------------------------------
    def _folder(self, kind, name=""):
        """Where a dialog for kind starts: the folder last used for it, else the documents folder."""
        if self._folders is None:
            from gui.settings import FileFolders, Settings
            self._folders = FileFolders(Settings())
        return os.path.join(self._folders.start(kind), name)

    def _used(self, kind, path):
        if path:
            self._folders.remember(kind, path)
        return path

    def save_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.section, self.tr("Save weights"),
                                              self._folder("weights", "weights.npz"),
                                              self.tr("NumPy weights (*.npz)"))
        if self._used("weights", path):
            self.save_weights(path)

    def load_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self.section, self.tr("Load weights"), self._folder("weights"),
                                              self.tr("NumPy weights (*.npz)"))
        if self._used("weights", path):
            self.load_weights(path)

    def export_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.section, self.tr("Export loss and accuracy"),
                                              self._folder("history", "training.csv"), self.tr("CSV (*.csv)"))
        if self._used("history", path):
            self.export_csv(path)
