"""The training section's Layers tab: every layer of the current network visible (issue 19).

Three pages: one test digit through the network layer by layer (ConvNetJS's
MNIST view); each layer's activation histogram over 1000 test digits, or the
book's experiment of figs 6-10 … 6-14; each layer's weights and gradients over
the run as heatmaps (TensorBoard's histograms). The network is the section's
latest parameter copy. Gradients and the 1000-digit histograms are computed in
worker threads (LatestJob); nothing is drawn while the tab is hidden, and while
it is hidden the run's snapshots are taken less often.
"""
import time

import numpy as np
from PySide6.QtCore import QEvent, QObject, QTimer

from engine.labels import as_labels
from engine.layer_history import LayerHistory, gradient_snapshot
from engine.layer_stats import CASES, case_activations, layer_histograms, network_view
from gui.kit.messages import engine_text
from gui.kit.numbers import format_number
from gui.sections.training.display import scrolling
from gui.sections.training.layer_page import DIGIT, HISTOGRAMS, OVER_TIME, LatestJob, LayersPage
from gui.sections.training.layer_plots import ActivationHistograms, DigitLayers, TimeHeatmaps
SNAPSHOT_INTERVAL = 0.4          # s between weight/gradient snapshots while the tab is shown
HIDDEN_SNAPSHOT_INTERVAL = 1.0   # … and while it is not (the run's history keeps growing)
DRAW_MS = 250                    # at most four redraws a second
GRADIENT_BATCH = 100             # the fixed mini-batch the gradients are measured on
HISTOGRAM_INPUTS = 1000          # test digits per activation histogram (the book's 1000 inputs)
MISTAKE_CHUNK = 250              # test digits classified at a time when looking for a mistake
NETWORK, EXPERIMENT = "network", "experiment"


def activation_name(name):
    """As the book writes them: sigmoid, ReLU, tanh, identity."""
    return "ReLU" if name == "relu" else name


class LayersView(QObject):
    """The Layers tab of a TrainingSection (it reads the section's params, data and config)."""

    def __init__(self, section):
        super().__init__(section)
        self.section = section
        self.history = LayerHistory()       # the run's W and ∂L/∂W quantiles (bounded: see nbytes)
        # every snapshot of the run is measured (a few may wait); only the newest histograms matter
        self.gradients, self.activations = LatestJob(self, waiting=8), LatestJob(self)
        self.gradients.done.connect(self._snapshot_done)
        self.activations.done.connect(self._histograms_done)
        for job in (self.gradients, self.activations):
            job.failed.connect(lambda error: section.message.show_message(
                lambda: self.tr("The Layers tab could not compute: %s") % engine_text(error), "error"))
        self.digit_figure, self.hist_figure = DigitLayers(self), ActivationHistograms(self)
        self.time_figure = TimeHeatmaps(self)
        self.source, self.case = NETWORK, next(iter(CASES))
        self._build_page()
        self._config = None
        self._params = None          # the parameters drawn last (identity tells a new copy)
        self._params_version = 0
        self.shapes = []             # W1 … WL's shapes in the history
        self.shown_key = None        # what the histograms show: (source, case or params version, …)
        self._run_id = 0
        self._last_snapshot = -1e9
        self._latest = None          # (iteration, params) of the run, for the final snapshot
        self._taken = None           # iteration of the last snapshot asked for
        self.snapshots_taken = 0     # … and how many this run
        self._batch = None
        self._experiments = {}       # case → (value_range, histograms): the experiment is fixed
        self._dirty = {DIGIT: True, HISTOGRAMS: True, OVER_TIME: True}
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(DRAW_MS)
        self._draw_timer.timeout.connect(self.draw)
        section.run.params_ready.connect(self._params_ready)
        section.run_started.connect(self._run_started)
        section.run_ended.connect(self._run_ended)
        section.redrawn.connect(self._section_redrawn)
        self.index = section.views.add_tab(self)

    # --- the page ------------------------------------------------------------------
    def _build_page(self):
        self.controls = p = LayersPage((self.digit_figure, self.hist_figure, self.time_figure))
        # the tab's page scrolls in a small window instead of widening every tab (as the tool pages)
        self.page = scrolling(p)
        self.page.installEventFilter(self)
        p.page_buttons.idClicked.connect(self.set_page)
        self.stack, self.digit_spin, self.waiting = p.stack, p.digit_spin, p.waiting
        self.digit_spin.valueChanged.connect(lambda _value: self._mark(DIGIT))
        p.mistake_button.clicked.connect(self.next_mistake)
        p.source_box.currentIndexChanged.connect(
            lambda index: self.set_source(EXPERIMENT if index else NETWORK))
        p.case_buttons.idClicked.connect(lambda index: self.set_case(list(CASES)[index]))
        p.show_cases(self.source == EXPERIMENT)

    def set_page(self, index):
        self.controls.page_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.schedule(now=True)

    def set_source(self, source):
        self.source = source
        box = self.controls.source_box
        box.blockSignals(True)
        box.setCurrentIndex(1 if source == EXPERIMENT else 0)
        box.blockSignals(False)
        self.controls.show_cases(source == EXPERIMENT)
        self._mark(HISTOGRAMS)

    def set_case(self, name):
        self.case = name
        self.controls.case_buttons.button(list(CASES).index(name)).setChecked(True)
        self._mark(HISTOGRAMS)

    @property
    def visible(self):
        return self.page.isVisible()

    def eventFilter(self, watched, event):
        if watched is self.page and event.type() == QEvent.Show:
            self.schedule(now=True)     # draw what arrived while the tab was hidden
        return False

    # --- what the section reports ------------------------------------------------------
    def network_setup(self):
        """(activation, weight decay λ) of the network the section holds: the run's, else the controls'."""
        config = self._config if self.section.state != "idle" else None
        if config is not None:     # (the run's first weights arrive here before the section has them)
            return config.activation, config.weight_decay
        values = self.section.panel.values()
        # the section names the activation of the weights it holds (loaded from a file, say)
        activation = getattr(self.section, "params_activation", None) or values.get("activation", "sigmoid")
        return activation, values.get("weight_decay", 0.0)

    def _run_started(self, config):
        self._config = config
        self._run_id += 1
        self.history.clear()
        self._latest = self._taken = None
        self._last_snapshot = -1e9
        self.snapshots_taken = 0
        self._mark(OVER_TIME)

    def _params_ready(self, iteration, params):
        self._latest = (iteration, params)
        interval = SNAPSHOT_INTERVAL if self.visible else HIDDEN_SNAPSHOT_INTERVAL
        if time.perf_counter() - self._last_snapshot >= interval:
            self._take_snapshot(iteration, params)

    def _run_ended(self, _how):
        if self._latest is not None and self._latest[0] != self._taken:
            self._take_snapshot(*self._latest)     # the run's last weights are always in the history

    def _section_redrawn(self):
        data = self.section._data
        if data is not None and self.digit_spin.maximum() != len(data[1][0]) - 1:
            self.digit_spin.setMaximum(len(data[1][0]) - 1)     # any test digit can be chosen
        if self._sync_params():
            self._mark(DIGIT, HISTOGRAMS)

    def _sync_params(self):
        """Follow the section's latest parameter copy; True when it is a new one."""
        if self.section.params is self._params:
            return False
        self._params = self.section.params
        self._params_version += 1
        return True

    def _mark(self, *pages):
        for page in pages:
            self._dirty[page] = True
        self.schedule(now=not self._draw_timer.isActive() and self.section.state != "running")

    def schedule(self, now=False):
        if now:
            self._draw_timer.stop()
            self.draw()
        elif not self._draw_timer.isActive():
            self._draw_timer.start()

    # --- snapshots of weights and gradients (a worker thread) ---------------------------
    def _fixed_batch(self):
        """A mini-batch of GRADIENT_BATCH training images, the same for the whole session."""
        if self._batch is None and self.section._data is not None:
            (x_train, t_train), _ = self.section._data
            rows = np.random.default_rng(0).choice(len(x_train), min(GRADIENT_BATCH, len(x_train)),
                                                   replace=False)
            self._batch = (np.array(x_train[rows]), as_labels(t_train)[rows])
        return self._batch

    def _take_snapshot(self, iteration, params):
        batch = self._fixed_batch()
        if batch is None:
            return
        self._last_snapshot = time.perf_counter()
        self._taken = iteration
        self.snapshots_taken += 1
        activation, decay = self.network_setup()
        run_id, (x, t) = self._run_id, batch

        def compute():
            network = network_view(params, activation, decay)
            weights, grads = gradient_snapshot(network, x, t)
            return run_id, iteration, LayerHistory.quantiles(weights, grads), [w.shape for w in weights]
        self.gradients.submit(compute)

    def _snapshot_done(self, result):
        run_id, iteration, column, shapes = result
        if run_id != self._run_id:
            return       # a snapshot of the run before
        self.history.add(iteration, column, [rows * cols for rows, cols in shapes])
        self.shapes = shapes
        self._mark(OVER_TIME)

    # --- the 1000-digit histograms (a worker thread) ------------------------------------
    def _histograms_done(self, result):
        key, value_range, histograms = result
        if key[0] == EXPERIMENT:
            self._experiments[key[1]] = (value_range, histograms)
        if key == self._histogram_key():
            self._show_histograms(key, value_range, histograms)

    def _histogram_key(self):
        if self.source == EXPERIMENT:
            return EXPERIMENT, self.case
        return NETWORK, self._params_version, self.network_setup()[0]

    # --- drawing (only while visible) ---------------------------------------------------
    def draw(self):
        if not self.visible:
            return
        self._sync_params()     # the section may have new weights without a redraw (a reset)
        page = self.stack.currentIndex()
        if not self._dirty[page]:
            return
        self._dirty[page] = False
        (self._draw_digit, self._draw_histograms, self._draw_time)[page]()

    def _network(self):
        params = self._params
        if params is None:
            return None
        activation, decay = self.network_setup()
        return network_view(params, activation, decay)

    def _draw_digit(self):
        data, network = self.section._data, self._network()
        self.waiting.setVisible(data is None or network is None)
        if data is None or network is None:
            return
        _, (x_test, t_test) = data
        self.digit_spin.setMaximum(len(x_test) - 1)
        index = self.digit_spin.value()
        x = np.asarray(x_test[index:index + 1], dtype=network.dtype)
        label = int(as_labels(t_test[index:index + 1])[0])
        hidden, y = network.forward(x)
        figure = self.digit_figure
        figure.ensure(len(hidden))
        figure.show_digit(x[0], index, label)
        activation = network.activation
        levels = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}.get(activation)
        figure.show_layers([out[0] for _, out in hidden], levels, y[0], label)
        figure.header.setText(self.tr("Each cell is one neuron's output for this digit (the number of "
                                      "neurons in brackets); colour: dark = %s, yellow = %s") % (
            (format_number(levels[0]), format_number(levels[1])) if levels else
            (self.tr("the layer's min"), self.tr("the layer's max"))))

    def next_mistake(self):
        """Go to the next test digit (after the one shown, wrapping round) the network gets wrong."""
        data, network = self.section._data, self._network()
        if data is None or network is None:
            return None
        (_, _), (x_test, t_test) = data
        labels, n, start = as_labels(t_test), len(x_test), self.digit_spin.value() + 1
        order = np.concatenate([np.arange(start, n), np.arange(0, start)])
        for block in np.array_split(order, max(1, n // MISTAKE_CHUNK)):  # a few ms each, stops at the first
            wrong = np.argmax(network.predict(np.asarray(x_test[block], dtype=network.dtype)), axis=1) \
                != labels[block]
            if wrong.any():
                self.controls.mistake_note.setText("")
                self.digit_spin.setValue(int(block[np.argmax(wrong)]))
                return self.digit_spin.value()
        self.controls.mistake_note.setText(self.tr("no mistake among the %d test digits") % n)
        return None

    def _draw_histograms(self):
        key = self._histogram_key()
        if key[0] == EXPERIMENT and key[1] in self._experiments:
            self._show_histograms(key, *self._experiments[key[1]])
            return
        if key[0] == EXPERIMENT:
            def compute(case=key[1]):
                return (key, *layer_histograms(case_activations(case), CASES[case][0]))
        else:
            network, data = self._network(), self.section._data
            if network is None or data is None:
                return
            x = np.asarray(data[1][0][:HISTOGRAM_INPUTS], dtype=network.dtype)

            def compute():
                return (key, *layer_histograms(network.activations(x), network.activation))
        self.activations.submit(compute)

    def _show_histograms(self, key, value_range, histograms):
        if not histograms:
            self.hist_figure.ensure(0)
            self.hist_figure.header.setText(self.tr("This network has no hidden layer (softmax "
                                                    "regression): there are no activations to show."))
            return
        self.hist_figure.ensure(len(histograms))
        self.hist_figure.show(self._histogram_header(key), value_range, histograms,
                              zeros_apart=(CASES[key[1]][0] if key[0] == EXPERIMENT else key[2]) == "relu")
        self.shown_key = key

    def _histogram_header(self, key):
        if key[0] == EXPERIMENT:
            activation, scale, figure = CASES[key[1]]
            return self.tr("Fig. %s: %s, initial weights %s · 1000 standard-normal inputs of 100 values, "
                           "five layers of 100 nodes, no bias") % (figure, activation_name(activation),
                                                                   self._scale_text(scale))
        count = min(HISTOGRAM_INPUTS, len(self.section._data[1][0]))
        return self.tr("%d test digits through the current network (%s) · the same bins for every "
                       "layer") % (count, activation_name(key[2]))

    def _scale_text(self, scale, short=False):
        if scale in ("xavier", "he"):
            name = "Xavier" if scale == "xavier" else "He"
            if short:
                return name
            return (self.tr("Xavier (std √(1/n))") if scale == "xavier" else self.tr("He (std √(2/n))"))
        return self.tr("std %s") % format_number(scale)

    def _draw_time(self):
        figure = self.time_figure
        layers = self.history.layer_count
        figure.ensure(layers)
        header = self.tr("%d snapshots, iteration %s … %s · gradients on %d fixed training images · "
                         "colour: how many values lie in each bin (log scale)") % (
            len(self.history), self.history.iterations[0] if layers else "—",
            self.history.iterations[-1] if layers else "—", GRADIENT_BATCH)
        figure.widget.setMinimumHeight(40 + 150 * layers)
        figure.show(header, self.history, self.shapes if layers else [])

    # --- the preset, language and lifetime -----------------------------------------------
    def tab_title(self):
        return self.tr("Layers")

    def retranslate(self):
        self.controls.retranslate(lambda scale: self._scale_text(scale, short=True))
        for figure in (self.digit_figure, self.hist_figure, self.time_figure):
            figure.retranslate_axes()
        for page in self._dirty:
            self._dirty[page] = True
        self.schedule()

    def shutdown(self):
        self._draw_timer.stop()
        self.gradients.shutdown()
        self.activations.shutdown()


def apply_preset(section, name):
    """Figs 6-10 … 6-14: the Layers tab on the book's experiment, opening on its first case."""
    view = section.layers
    view.set_source(EXPERIMENT)
    view.set_case(next(iter(CASES)))
    view.set_page(HISTOGRAMS)
    section.tabs.setCurrentIndex(view.index)
