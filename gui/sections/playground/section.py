"""4.5 on a plane: a small network learning a 2-D data set live.

The decision boundary forms on the plane while a worker thread trains the book's
MultiLayerNet with the book's optimizers; every neuron is drawn as a thumbnail of
its output over the plane, the weights as edges, with the train and test loss per
epoch. A click on the plane adds a point where the boundary is wrong.
"""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout

from engine.playground import (PlaygroundConfig, PlaygroundTrainer, grid, make_network, make_points,
                               neuron_maps)
from engine.toy_data import feature_matrix
from gui.kit.messages import ERROR_STYLE
from gui.kit.numbers import fixed, format_number
from gui.kit.playbar import PlayBar
from gui.kit.plots import TITLE_STYLE, shrinkable, style_plot
from gui.kit.section import SectionBase
from gui.sections.playground.controls import PlaygroundControls
from gui.sections.playground.graph import RES, NetworkGraph
from gui.sections.playground.plots import PLANE_LUT, LossPlot, PlanePlot
from gui.sections.playground.worker import PlaygroundRun

GRID = 100                       # the plane's map: GRID × GRID forward passes per frame
THUMB = GRID // RES              # every THUMB-th grid point makes a neuron's thumbnail
SPEED = 300.0                    # steps per second when the section opens
SQUARES = ("x0", "x1", "x0²", "x1²")
PRESET_CONFIGS = {
    "xor": PlaygroundConfig(dataset="xor", hidden=(4,), activation="tanh", lr=0.1),
    "circle": PlaygroundConfig(dataset="circle", hidden=(4,), activation="tanh", lr=0.1),
    "spiral": PlaygroundConfig(dataset="spiral", n_samples=400, hidden=(8, 8), activation="tanh",
                               optimizer="adam", lr=0.03, batch_size=30),
    "linear-fails": PlaygroundConfig(dataset="xor", hidden=(), lr=0.1),
    "features": PlaygroundConfig(dataset="circle", features=SQUARES, hidden=(), lr=0.1),
}


def scaled(values, activation):
    """A neuron's outputs mapped onto [−1, 1] for its colours: tanh as it is, sigmoid from [0, 1],
    ReLU and identity (and the inputs) by their largest size on the plane."""
    if activation == "tanh":
        return values
    if activation == "sigmoid":
        return 2 * values - 1
    with np.errstate(all="ignore"):
        size = np.nanmax(np.abs(values), axis=0)
        return values / np.where(size > 0, size, 1.0)


class PlaygroundSection(SectionBase):
    NAME = "playground"
    PRESETS = {
        "xor": QT_TRANSLATE_NOOP("Presets", "xor: four tanh neurons bend the boundary around the quadrants"),
        "circle": QT_TRANSLATE_NOOP("Presets",
                                    "A circle inside a ring: four tanh neurons draw a closed boundary"),
        "spiral": QT_TRANSLATE_NOOP("Presets",
                                    "Two spirals: two hidden layers of 8 neurons (Adam) separate them"),
        "linear-fails": QT_TRANSLATE_NOOP("Presets",
                                          "xor without a hidden layer: a straight boundary cannot do it"),
        "features": QT_TRANSLATE_NOOP("Presets",
                                      "The circle with inputs x0² and x1²: separable without a hidden layer"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._config = PRESET_CONFIGS["xor"]
        self._train = self._test = None        # (x, t) the GUI's own copies, clicked points included
        self._latest = None                    # the PlaygroundStep on screen
        self._pending = None                   # the newest one not drawn yet
        self._playing = False
        self._diverged_at = None
        self._selected = None                  # (column, row) whose map the plane shows; None: the output
        self.xs, self._grid_points = grid(GRID)
        self.run = PlaygroundRun(self)
        self.run.stepped.connect(self._stepped)
        self.run.diverged.connect(self._diverged)
        self.run.failed.connect(self._failed)

        self.panel = PlaygroundControls()
        self.playbar = PlayBar(speed=SPEED)
        self.controls.addWidget(self.panel)
        self.controls.addWidget(self.playbar)
        self.graph = shrinkable(NetworkGraph())
        self.plane = shrinkable(PlanePlot())
        self.loss_plot = shrinkable(LossPlot())
        self.status = QLabel()
        self.badge = QLabel()
        self.badge.setStyleSheet(ERROR_STYLE)
        for label in (self.status, self.badge):
            label.setWordWrap(True)
            # wrapped to the plots' width, never widening the section past a 1024-pixel window
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        self.badge.hide()
        left = QVBoxLayout()
        left.addWidget(self.graph, 1)
        left.addWidget(self.status)
        layout = QGridLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 0, 0, 3, 1)
        layout.addWidget(self.badge, 0, 1)
        layout.addWidget(self.plane, 1, 1)
        layout.addWidget(self.loss_plot, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(2, 2)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render)

        self.panel.data_changed.connect(self._data_changed)
        self.panel.network_changed.connect(self._network_changed)
        self.panel.setting_changed.connect(self._setting_changed)
        self.playbar.play_toggled.connect(self._set_playing)
        self.playbar.step_clicked.connect(self.step)
        self.playbar.reset_clicked.connect(self.reset)
        self.playbar.speed_changed.connect(self.run.set_rate)
        self.plane.point_clicked.connect(self.add_point)
        self.graph.node_clicked.connect(self._node_clicked)
        self.panel.node_chosen.connect(self.select_node)
        self._apply_preset("xor")
        self.retranslate()

    # --- runs ----------------------------------------------------------------------------------
    def _new_points(self):
        self._train, self._test = make_points(self._config)

    def _new_run(self, playing=False):
        """A fresh network on the current points: drawn untrained at once, then handed to a worker."""
        self.run.stop()
        self._render_timer.stop()
        self._pending = None
        try:
            trainer = PlaygroundTrainer(self._config, self._train, self._test)
        except ValueError as exc:
            self.message.show_message(exc)
            self._set_playing(False)
            return
        self._display = make_network(self._config)
        self._grid_inputs = feature_matrix(self._grid_points, self._config.features)
        self._input_maps = scaled(self._grid_inputs, "inputs")     # the inputs' maps never change
        self._diverged_at = None
        self.badge.hide()
        self._selected = None
        self._title_plane()
        self._layout_graph()
        first = trainer.snapshot()
        self.loss_plot.reset(first.train_loss, first.test_loss)
        self._show(first)
        self.plane.set_points(self._train, self._test)
        self.run.start_run(trainer, playing, self.playbar.steps_per_second())
        self._set_playing(playing)

    def _stepped(self, snapshot):
        self.loss_plot.extend(snapshot.train_loss, snapshot.test_loss)
        self._pending = snapshot
        if not self._render_timer.isActive():
            self._render_timer.start(0)      # draw once for however many snapshots are queued

    def _render(self):
        if self._pending is not None:
            snapshot, self._pending = self._pending, None
            self._show(snapshot)

    def _diverged(self, snapshot):
        self._render_timer.stop()
        self._render()
        self.loss_plot.extend(snapshot.train_loss, snapshot.test_loss)
        self.loss_plot.redraw(force=True)
        self._diverged_at = snapshot.iteration
        self._set_playing(False)
        self.badge.setText(self._badge_text())
        self.badge.show()
        self.message.show_message(lambda: self.tr(
            "The weights stopped being finite numbers: the learning rate is too large for this network. "
            "Lower it and press Reset (R)."))

    def _failed(self, exc):
        self._set_playing(False)
        self.message.show_message(exc)

    # --- drawing (setData / setImage only) -------------------------------------------------------
    def _show(self, snapshot):
        """Draw the network of snapshot; parameters that are no longer finite are not drawn."""
        if not all(np.isfinite(value).all() for value in snapshot.params.values()):
            return
        self._latest = snapshot
        self._display.params = snapshot.params
        maps, p = neuron_maps(self._display, self._grid_inputs)
        self._maps = [self._input_maps, *(scaled(m, self._config.activation) for m in maps),
                      2 * p[:, None] - 1]
        self._draw_plane()
        self.graph.set_maps([self._thumbnails(m) for m in self._maps])
        L = self._display.layer_count
        weights = [snapshot.params[f"W{i}"] for i in range(1, L)]
        W, b = snapshot.params[f"W{L}"], snapshot.params[f"b{L}"]
        biases = [snapshot.params[f"b{i}"] for i in range(1, L)] + [b[1:] - b[:1]]
        # The output node shows p(class 1) = sigmoid(logit1 − logit0): its weights are the differences.
        self.graph.set_weights(weights + [W[:, 1:] - W[:, :1]], biases)
        self.loss_plot.redraw(force=not self._playing)
        self._show_status()

    def _thumbnails(self, values):
        """(n·n, k) grid values → (k, RES, RES) thumbnails, rows along x1."""
        k = values.shape[1]
        return values.T.reshape(k, GRID, GRID)[:, ::THUMB, ::THUMB]

    def _draw_plane(self):
        column, row = self._selected if self._selected is not None else (len(self._maps) - 1, 0)
        values = self._maps[column][:, row].reshape(GRID, GRID)
        self.plane.set_map(values, PLANE_LUT)
        # The boundary p = 0.5 is where the output's map (2p − 1) crosses 0; traced on every
        # THUMB-th grid point (a quarter of the work, still smooth at this size).
        coarse = self.xs[::THUMB]
        output = self._maps[-1][:, 0].reshape(GRID, GRID)[::THUMB, ::THUMB]
        shown = output if self._selected is None else np.full_like(output, np.nan)   # a neuron's map: no line
        self.plane.set_boundary(coarse, shown, 0.0)

    def _show_status(self):
        snapshot = self._latest
        train_acc, test_acc = snapshot.train_accuracy, snapshot.test_accuracy
        train_loss, test_loss = (values[-1] for values in self.loss_plot.losses())
        self.status.setText(self.tr("Epoch %d · iteration %d\nLoss: train %s, test %s · accuracy: train %s, "
                                    "test %s") % (snapshot.epoch, snapshot.iteration,
                                                  fixed(train_loss), fixed(test_loss),
                                                  format_number(train_acc, 3), format_number(test_acc, 3)))

    def _badge_text(self):
        return self.tr("DIVERGED at iteration %d. The last finite boundary stays.") % self._diverged_at

    def epoch(self):
        return self._latest.epoch

    def iteration(self):
        return self._latest.iteration

    def losses(self):
        """(train, test) loss per recorded epoch, as drawn."""
        return self.loss_plot.losses()

    # --- the network graph -------------------------------------------------------------------------
    def _layout_graph(self):
        sizes = [len(self._config.features), *self._config.hidden, 1]
        self.graph.set_layout(sizes, list(self._config.features), self._headers(), self._describe)
        self.panel.set_nodes(self._config.features, self._config.hidden, self._selected)

    def _headers(self):
        hidden = [self.tr("layer %d") % (k + 1) for k in range(len(self._config.hidden))]
        return [self.tr("inputs"), *hidden, self.tr("output")]

    def _describe(self, column, row, value):
        last = len(self._config.hidden) + 1
        if isinstance(row, tuple):
            i, j = row
            if column + 1 == last:
                return self.tr("Weight to the output: W%d[%d, 1] − W%d[%d, 0] = %s") % (
                    last, i, last, i, format_number(value, 4))
            return self.tr("Weight W%d[%d, %d] = %s") % (column + 1, i, j, format_number(value, 4))
        if column == 0:
            return self.tr("Input %s") % self._config.features[row]
        if column == last:
            return self.tr("Output p(class 1): bias b%d[1] − b%d[0] = %s") % (last, last,
                                                                              format_number(value, 4))
        return self.tr("Layer %d, neuron %d: bias b%d[%d] = %s") % (column, row + 1, column, row,
                                                                      format_number(value, 4))

    def _node_clicked(self, column, row):
        last = len(self._config.hidden) + 1
        node = None if column == last or (column, row) == self._selected else (column, row)
        self.select_node(node)

    def select_node(self, node):
        """Show node (column, row)'s map large on the plane; None: the output and its boundary."""
        self._selected = node
        self.graph.select(node)
        self.panel.set_nodes(self._config.features, self._config.hidden, node)
        self._title_plane()
        if self._latest is not None:
            self._draw_plane()

    def _title_plane(self):
        if self._selected is None:
            # short: pyqtgraph does not wrap a title, and a long one widens the plot past its window
            title = self.tr("Output p(class 1)")
        elif self._selected[0] == 0:
            title = self.tr("Input %s") % self._config.features[self._selected[1]]
        else:
            title = self.tr("Layer %d, neuron %d") % (
                self._selected[0], self._selected[1] + 1)
        style_plot(self.plane.plot_item, title, self.tr("x0"), self.tr("x1"))
        self.plane.plot_item.showGrid(x=False, y=False)   # the map fills the plane; a grid would only blur it

    # --- controls ------------------------------------------------------------------------------------
    def _data_changed(self):
        self._config = self._config.with_(**self.panel.values())
        self._new_points()
        self._new_run(self._playing)

    def _network_changed(self):
        self._config = self._config.with_(**self.panel.values())
        self._new_run(self._playing)

    def _setting_changed(self, name, value):
        self._config = self._config.with_(**{name: value})
        method = {"lr": "set_learning_rate", "optimizer": "set_optimizer", "weight_decay": "set_weight_decay",
                  "batch_size": "set_batch_size"}[name]
        self.run.change(method, value)

    def add_point(self, x0, x1):
        """A training point of the class chosen in the controls at (x0, x1), rounded to 0.01."""
        at = np.round([x0, x1], 2)
        t = self.panel.clicked_class()
        x_train, t_train = self._train
        self._train = (np.vstack([x_train, at[None, :]]), np.append(t_train, t))
        self.plane.set_points(self._train, self._test)
        self.run.change("add_point", at, t)

    def export_tables(self):
        names = {"train": self.tr("train"), "test": self.tr("test")}
        points = [(names[which], repr(float(x[0])), repr(float(x[1])), int(t))
                  for which, (xs, ts) in (("train", self._train), ("test", self._test))
                  for x, t in zip(xs, ts)]
        weights = [(column, i, j, repr(value)) for column, i, j, value in self.graph.weight_rows()]
        return [(self.tr("Points"), [self.tr("set"), "x0", "x1", self.tr("class")], points),
                (self.tr("Weights (the output's: W[i, 1] − W[i, 0])"),
                 [self.tr("from layer"), self.tr("from neuron"), self.tr("to neuron"), self.tr("weight")],
                 weights)]

    # --- playback -------------------------------------------------------------------------------------
    def _set_playing(self, playing):
        if playing and self._diverged_at is not None:
            playing = False
            self.message.show_message(lambda: self.tr("The run diverged: press Reset (R) to start again."))
        self._playing = playing
        if not playing:
            self.loss_plot.redraw(force=True)
        self.run.set_playing(playing)
        self.playbar.set_playing(playing)
        if playing and self.message.level == "info":
            self.message.clear()

    def is_playing(self):
        return self._playing

    def play_pause(self):
        self._set_playing(not self._playing)
        return True

    def step(self):
        self._set_playing(False)
        if self._diverged_at is None:
            self.run.step()
        return True

    def reset(self):
        self._new_run(playing=False)
        return True

    def autoplay(self):
        self._set_playing(True)
        return True

    def shutdown(self):
        self._render_timer.stop()
        self.run.shutdown()

    # --- presets and text ---------------------------------------------------------------------------
    def _apply_preset(self, name):
        self._config = PRESET_CONFIGS[name]
        self.panel.set_values(self._config)
        self._new_points()
        self._new_run(playing=False)
        self.message.show_message(lambda: self.tr(
            "Press Play (space) to train. Click the plane to add a point. Hover a weight to read it; "
            "click a neuron to see its map large, click it again to go back."), "info")

    def retranslate(self):
        style_plot(self.loss_plot.plot_item, self.tr("Loss per epoch"), self.tr("epoch"), self.tr("loss"))
        # No grid: its axes rescale with every frame while training, and repainting a translucent grid
        # across the plot took ~20 ms a frame (the axes' cache cannot help when the range moves).
        self.loss_plot.plot_item.showGrid(x=False, y=False)
        self.loss_plot.set_names(self.tr("train loss"), self.tr("test loss"))
        self.graph.plot_item.setTitle(self.tr("The network"), **TITLE_STYLE)
        self.graph.set_headers(self._headers(), list(self._config.features))
        self._title_plane()
        if self._latest is not None:
            self._show_status()
        if self._diverged_at is not None:
            self.badge.setText(self._badge_text())
