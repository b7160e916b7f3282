"""Save / load the network's weights and export the loss and accuracy series as CSV (atomic writes)."""
import dataclasses
import io

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from engine.atomic import atomic_path, atomic_write_text
from gui.training_tools import PARAMS, network_from
from gui.training_worker import make_config


def _checkpoint():
    """engine.checkpoint when it exists (it arrives with the training engine), else None."""
    try:
        from engine import checkpoint
    except ImportError:
        return None
    return checkpoint


def series_csv(losses, lrs, epoch_iters, train_acc, test_acc):
    """CSV text: one row per iteration; accuracies filled in at each epoch's last iteration."""
    acc = {int(i): (a, b) for i, a, b in zip(epoch_iters, train_acc, test_acc)}
    out = io.StringIO()
    out.write("iteration,loss,learning_rate,train_acc,test_acc\n")
    for i, (loss, lr) in enumerate(zip(losses, lrs), start=1):
        a, b = acc.get(i, ("", ""))
        out.write(f"{i},{float(loss)!r},{float(lr)!r},{a},{b}\n")
    return out.getvalue()


class FileActions(QObject):
    """The three file buttons of the training section; every failure becomes a message."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section

    def _say(self, text, level="info"):
        self.section.message.show_message(text, level)

    # --- weights -------------------------------------------------------------
    def save_weights(self, path):
        params = self.section._params
        if params is None:
            self._say(self.tr("There are no weights to save yet."), "error")
            return False
        values = dict(self.section.panel.values(), hidden_size=int(params["W1"].shape[1]))
        values["train_size"] = None if values["train_size"] >= 60000 else values["train_size"]
        try:
            config = make_config(**values)
            module = _checkpoint()
            if module is not None:
                module.save_network(path, network_from(params), config)
            else:
                with atomic_path(path) as tmp:
                    with open(tmp, "wb") as fh:
                        np.savez(fh, **{k: params[k] for k in PARAMS})
        except (OSError, ValueError, TypeError) as exc:
            self._say(self.tr("Could not save the weights: %s") % exc, "error")
            return False
        self._say(self.tr("Weights saved to %s") % path)
        return True

    def load_weights(self, path):
        """Show the weights in path; the next Start continues training from them."""
        try:
            module = _checkpoint()
            if module is not None:
                network, config = module.load_network(path)
                params = {k: np.array(network.params[k], copy=True) for k in PARAMS}
            else:
                with np.load(path, allow_pickle=False) as f:
                    params = {k: np.array(f[k]) for k in PARAMS}
                config = None
            W1, W2 = params["W1"], params["W2"]
            if W1.shape[0] != 784 or W2.shape[1] != 10 or W1.shape[1] != W2.shape[0]:
                raise ValueError(self.tr("these are not 784-hidden-10 TwoLayerNet weights"))
        except (OSError, ValueError, KeyError) as exc:
            self._say(self.tr("Could not load %s: %s. The current weights stay.") % (path, exc), "error")
            return False
        section = self.section
        section.reset()
        if config is not None:
            section.panel.set_values({k: v for k, v in dataclasses.asdict(config).items()
                                      if k in section.panel.values() and v is not None})
        section.panel.set_values({"hidden_size": W1.shape[1]})
        section.loaded_params = params
        section._params = {k: v.copy() for k, v in params.items()}
        section._params_dirty = True
        section._redraw()
        self._say(self.tr("Loaded %s: Start continues training from these weights; Reset "
                          "forgets them.") % path)
        return True

    def export_csv(self, path):
        s = self.section
        if s._n == 0:
            self._say(self.tr("Nothing to export yet: train first."), "error")
            return False
        text = series_csv(s._loss[:s._n], s._lr[:s._n], s._epoch_iter, s._train_acc, s._test_acc)
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            self._say(self.tr("Could not write %s: %s") % (path, exc), "error")
            return False
        self._say(self.tr("Exported %d iterations to %s") % (s._n, path))
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
