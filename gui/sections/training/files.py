"""Save / load the network's weights (engine.checkpoint) and export the run's series as CSV."""
import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from engine.atomic import atomic_write_text
from engine.checkpoint import CheckpointError, load_network, save_network
from engine.mnist import N_CLASSES
from engine.networks import PARAM_KEYS, TwoLayerNet
from engine.training import TrainConfig
from gui.kit.messages import engine_text


class FileActions(QObject):
    """The three file buttons of the training section; every failure becomes a message."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section

    def _say(self, text, level="info"):
        self.section.message.show_message(text, level)

    # --- weights -------------------------------------------------------------
    def save_weights(self, path):
        params = self.section.params
        if params is None:
            self._say(self.tr("There are no weights to save yet."), "error")
            return False
        values = dict(self.section.config_values(), hidden_size=int(params["W1"].shape[1]))
        try:
            save_network(path, TwoLayerNet.from_params(params), TrainConfig(**values))
        except (OSError, ValueError) as exc:
            self._say(self.tr("Could not save the weights: %s") % engine_text(exc), "error")
            return False
        self._say(self.tr("Weights saved to %s") % path)
        return True

    def load_weights(self, path):
        """Show the weights in path; the next Start continues training from them."""
        section = self.section
        try:
            network, config = load_network(path)
        except CheckpointError as exc:
            self._say(self.tr("%s The current weights stay.") % engine_text(exc), "error")
            return False
        W1, W2 = network.params["W1"], network.params["W2"]
        if (W1.shape[0], W2.shape[1]) != (section.input_size(), N_CLASSES):
            self._say(self.tr("Could not load %s: its network maps %d pixels to %d classes, but "
                              "the images have %d pixels and %d classes. The current weights stay.")
                      % (path, W1.shape[0], W2.shape[1], section.input_size(), N_CLASSES), "error")
            return False
        section.reset()
        if config is not None:
            section.panel.set_values({k: v for k, v in dataclasses.asdict(config).items()
                                      if k in section.panel.values() and v is not None})
        section.panel.set_values({"hidden_size": W1.shape[1]})
        section.loaded_params = {k: network.params[k] for k in PARAM_KEYS}
        section.show_params({k: v.copy() for k, v in section.loaded_params.items()})
        self._say(self.tr("Loaded %s: Start continues training from these weights; Reset "
                          "forgets them.") % path)
        return True

    def export_csv(self, path):
        history = self.section.history
        if history.n == 0:
            self._say(self.tr("Nothing to export yet: train first."), "error")
            return False
        try:
            atomic_write_text(path, history.csv())
        except OSError as exc:
            self._say(self.tr("Could not write %s: %s") % (path, exc), "error")
            return False
        self._say(self.tr("Exported %d iterations to %s") % (history.n, path))
        return True

    # --- dialogs ---------------------------------------------------------------
    def save_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.section, self.tr("Save weights"), "weights.npz",
                                              self.tr("NumPy weights (*.npz)"))
        if path:
            self.save_weights(path)

    def load_dialog(self):
        path, _ = QFileDialog.getOpenFileName(self.section, self.tr("Load weights"), "",
                                              self.tr("NumPy weights (*.npz)"))
        if path:
            self.load_weights(path)

    def export_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self.section, self.tr("Export loss and accuracy"),
                                              "training.csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)
