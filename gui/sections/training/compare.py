"""The comparison presets (figs 6-9, 6-15, 6-20): a set of runs, one after another, drawn together.

A preset puts its first run's settings into the controls and says what will run; Start runs the
set: each run shows live in the main curves like any run, is kept when it ends (runs.py, in its
own colour and dashes, named by what the preset varies), and the next one starts from the
controls set to its settings, so the controls always show the run on screen. Stop ends the set
(the runs so far stay), Reset forgets it. The runs share their mini-batches (engine.comparison).
"""
import dataclasses

from PySide6.QtCore import QObject, QTimer

from engine.comparison import comparison_configs, named_fields
from engine.training import TrainConfig

Y_TOP = {"optimizers-mnist": 1.0}     # the book's plt.ylim(0, 1) of fig 6-9: where the four differ


def apply_preset(section, name):
    """Put the (already reset) training section into comparison preset name: ready, not running."""
    section.comparison.arm(name)


def control_values(config):
    """A TrainConfig as the controls' values (train_size None: every image; settings as a dict)."""
    values = dataclasses.asdict(config)
    values["optimizer_params"] = dict(config.optimizer_params)
    if values["train_size"] is None:
        values["train_size"] = 60000      # the box's "all of MNIST"; config_values() makes it None
    return values


class Comparison(QObject):
    """The training section's comparison set: armed by a preset, run by Start, ended by Stop/Reset."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section
        self.name = None
        self.configs = []
        self.index = -1             # the run of the set on screen (-1: none started)
        self.armed = False          # the next Start runs the set
        self._expecting = False     # the set asked the section for a run that has not begun yet
        section.run_started.connect(self._run_started)
        section.run_ended.connect(self._run_ended)

    @property
    def active(self):
        """A set is running (one of its runs is on screen or about to start)."""
        return self.index >= 0

    def arm(self, name):
        kept = self.section.kept
        self.cancel()
        kept.clear()
        self.name, self.configs, self.armed = name, comparison_configs(name), True
        panel = self.section.panel
        panel.set_values(control_values(self.configs[0]))
        panel.speed.setValue(panel.speed.maximum())
        self.section.preview_axes()
        self.section.message.show_message(self._plan, "info")

    def _labels(self):
        describe = self.section.kept.describe
        return [describe(config, named_fields(self.name)) for config in self.configs]

    def _plan(self):
        return self.tr("%d runs × %d iterations: %s — press Start") % (
            len(self.configs), self.configs[0].iters_num, "; ".join(self._labels()))

    def start(self):
        """Start the armed set from its first run (the kept runs cleared: the set is drawn alone).

        A setting changed in the controls since the preset (fewer iterations, float32) applies
        to every run of the set, except the ones the set compares.
        """
        self.armed = False
        self.configs = self._with_changes(self.configs)
        self.section.stop()         # a run going on ends (and is kept) before the set's are drawn alone
        self.section.kept.clear()
        self.section.kept.named_next = named_fields(self.name)
        self.index = -1
        return self._next()

    def _with_changes(self, configs):
        try:
            shown = TrainConfig(**self.section.config_values())
        except (TypeError, ValueError):
            return configs         # a bad value: the set runs as the preset made it
        compared = set(named_fields(self.name))
        if "optimizer" in compared:
            compared.add("optimizer_params")    # each optimizer its own (its defaults)
        changed = {f.name: getattr(shown, f.name) for f in dataclasses.fields(TrainConfig)
                   if f.name not in compared and getattr(shown, f.name) != getattr(configs[0], f.name)}
        return [dataclasses.replace(config, **changed) for config in configs]

    def _next(self):
        self.index += 1
        config = self.configs[self.index]
        self.section.panel.set_values(control_values(config))
        self._expecting = True      # (while MNIST loads, the run begins later)
        started = self.section.start()
        if not started:
            self._end()
            return False
        return True

    def _run_started(self, _config):
        if self.active and not self._expecting:
            self._end()              # a run the set did not start (Start pressed meanwhile)
        elif self.active:
            # said once the run has begun: a start that waited for MNIST clears the message bar first
            n, label, index = len(self.configs), self._labels()[self.index], self.index
            self.section.message.show_message(lambda: self.tr("Run %d of %d: %s") % (index + 1, n, label),
                                              "info")
        self._expecting = False

    def _run_ended(self, how):
        if not self.active:
            return
        if how in ("stopped", "failed"):
            done, n = self.index, len(self.configs)
            self._end()
            if how == "stopped":
                self.section.message.show_message(
                    lambda: self.tr("Comparison stopped after %d of %d runs: those that ran are kept.")
                    % (done + 1, n), "info")
            return
        if self.index + 1 < len(self.configs):
            # after the section has finished with this run (its slots run first)
            QTimer.singleShot(0, self._continue)
        else:
            n = len(self.configs)
            self._end()
            self.section.kept.show_current(False)     # the last run is kept: the set alone
            if self.name in Y_TOP:
                self.section.loss_plots.full.setYRange(0, Y_TOP[self.name], padding=0.02)
            self.section.message.show_message(
                lambda: self.tr("All %d runs done: each is drawn in its own colour and dashes, the "
                                "loss smoothed as the book smooths it.") % n, "info")

    def _continue(self):
        if self.active and self.section.state not in ("running", "paused"):
            self._next()

    def _end(self):
        self.index = -1
        self._expecting = False
        self.section.kept.named_next = None

    def cancel(self):
        """Forget the set (Reset, another preset): nothing armed, nothing more started."""
        self.armed = False
        self._end()
