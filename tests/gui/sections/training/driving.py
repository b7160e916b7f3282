"""What the training section shows, read the way its tests compare it with the engine's run."""
import numpy as np

from engine.training import TrainConfig, Trainer

TIMEOUT = 20000


def wait_finished(qtbot, section):
    if section.state in ("running", "paused"):
        with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
            pass


def shown_losses(section):
    """The loss curve's points (every iteration, for runs shorter than its 2000-point cap)."""
    y = section.loss_plots.curve.getData()[1]
    return np.empty(0) if y is None else y


def shown_iteration(section):
    return int(section.panel.readouts.text("iteration"))


def last_plotted(section):
    """The iteration of the loss curve's last point (runs of up to 2000 iterations: every one is drawn)."""
    x = section.loss_plots.curve.getData()[0]
    return 0 if x is None or len(x) == 0 else int(x[-1])


def headless_run(section, data):
    """The same run without the GUI: (steps, the Trainer at its end)."""
    trainer = Trainer(TrainConfig(**dict(section.panel.values(), train_size=None)), data)
    return list(trainer), trainer
