"""SectionBase: the shape every section shares — explanation, presets, message, controls | plots."""
import importlib

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QSplitter, QStyle, QToolButton, QVBoxLayout, QWidget)

from gui import sections as registry
from gui.kit.messages import MessageBar


SHORT_WINDOW = 720   # logical pixels: below this the explanation opens collapsed


class ExplainPanel(QFrame):
    """Title with the book's section number, two or three sentences and the formula; collapsible."""

    def __init__(self, info, parent=None):
        super().__init__(parent)
        self.info = info
        self.setObjectName("ExplainPanel")
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setArrowType(Qt.DownArrow)
        self.toggle.toggled.connect(self._set_expanded)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.formula = QLabel(info.formula)
        self.formula.setObjectName("Formula")
        self.formula.setTextFormat(Qt.RichText)
        self.formula.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.formula)
        self.retranslate()

    def _set_expanded(self, expanded):
        self.toggle.setArrowType(Qt.DownArrow if expanded else Qt.RightArrow)
        self.summary.setVisible(expanded)
        self.formula.setVisible(expanded)

    def retranslate(self):
        # title and summary are marked with QT_TRANSLATE_NOOP("SectionInfo", ...) in the registry
        title = QCoreApplication.translate("SectionInfo", self.info.title)
        self.title.setText(f"{self.info.book}  {title}")
        self.summary.setText(QCoreApplication.translate("SectionInfo", self.info.summary))
        # Formulas are mostly symbols; the few words in them are translated in context
        # "SectionFormula" (added to the .ts files by scripts/i18n_tool.py).
        self.formula.setText(QCoreApplication.translate("SectionFormula", self.info.formula))
        self.toggle.setToolTip(self.tr("Show or hide the explanation"))


class SectionBase(QWidget):
    """Base of every section: subclasses set NAME, fill self.controls and self.plots.

    PRESETS maps a preset name to a short description (marked with
    QT_TRANSLATE_NOOP("Presets", ...)); each gets a button and a command-line name.
    A section with an animation overrides play_pause / step / reset (keyboard:
    space, →, R) and returns True when it handled the key. shutdown() stops
    timers and workers; the window calls it before closing.
    """
    NAME = ""
    PRESETS = {}
    preset_applied = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.info = registry.info(self.NAME)
        self.explain = ExplainPanel(self.info)
        self.message = MessageBar()
        self._preset_buttons = {}
        self._column_fitted = False
        preset_row = QHBoxLayout()
        self._preset_label = QLabel()
        preset_row.addWidget(self._preset_label)
        for name in self.PRESETS:
            button = QPushButton(name)
            button.clicked.connect(lambda _=False, n=name: self.apply_preset(n))
            preset_row.addWidget(button)
            self._preset_buttons[name] = button
        # Messages keep a fixed place beside the presets (two lines high, the rest of the row
        # wide): a message neither pushes the controls down nor costs a row of its own.
        preset_row.addSpacing(12)
        preset_row.addWidget(self.message, 1)
        self._preset_label.setVisible(bool(self.PRESETS))

        self.controls_widget = QWidget()
        self.controls_widget.setObjectName("Controls")
        # Controls sit at the top with a stretch below them. (Aligning the layout to the top
        # instead would give each child only its sizeHint, squeezing word-wrapped messages.)
        column = QVBoxLayout(self.controls_widget)
        self.controls = QVBoxLayout()
        column.addLayout(self.controls)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.controls_widget)
        scroll.setMinimumWidth(280)
        scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        self.plots = QWidget()
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("SectionSplitter")   # presentation mode widens the controls
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.plots)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 960])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.explain)
        layout.addLayout(preset_row)
        layout.addWidget(self.splitter, 1)
        self._retranslate_base()

    # --- presets -------------------------------------------------------------
    def apply_preset(self, name):
        """Put the section into preset name (KeyError for an unknown name)."""
        if name not in self.PRESETS:
            raise KeyError(f"unknown preset {name!r} for section {self.NAME!r}; "
                           f"choose one of: {', '.join(self.PRESETS) or '(none)'}")
        self.message.clear()
        self._apply_preset(name)
        self.preset_applied.emit(name)

    def _apply_preset(self, name):
        raise NotImplementedError(f"{type(self).__name__} lists preset {name!r} but does not apply it")

    # --- playback (keyboard and presentation clickers) ------------------------
    def play_pause(self):
        return False

    def step(self):
        return False

    def reset(self):
        return False

    def autoplay(self):
        """Start the section's animation or training (--autoplay)."""
        return self.play_pause()

    def shutdown(self):
        """Stop timers and worker threads; called before the window closes."""

    # --- scenes (.glab files, decks) and Copy as Python ---------------------------
    # Each section package has scene.py with capture(section) -> dict (every control's value
    # as plain JSON) and restore(section, values) (every value checked through
    # engine.scene_values first, SceneError naming the problem; nothing changes when one
    # is refused), and python.py with script(values) -> str: a standalone NumPy-only
    # script of capture()'s values that prints the numbers the section shows.
    def _module(self, name):
        return importlib.import_module(f"{self.info.module}.{name}")

    def capture_scene(self):
        """Every control's value as a dict of plain JSON values (without the section's name)."""
        return self._module("scene").capture(self)

    def restore_scene(self, values):
        """Put the section into a captured state; SceneError (nothing changed) for a bad value."""
        self._module("scene").restore(self, values)

    def python_script(self):
        """A standalone script (NumPy only) reproducing what the section shows now."""
        return self._module("python").script(self.capture_scene())

    def export_tables(self):
        """Tables of what the section shows, for the CSV export: [(title, column names, rows)].

        Written before the plotted curves; the default is none. Titles and column
        names are translated; numbers are kept at full precision.
        """
        return []

    def showEvent(self, event):
        super().showEvent(event)
        if not self._column_fitted:
            self._column_fitted = True
            self._fit_controls_column()
            # A short window (a small screen, or a 1.5x/2x scale) gives the plots the
            # explanation's lines; its toggle (a Tab stop) opens it again.
            if self.window().height() < SHORT_WINDOW:
                self.explain.toggle.setChecked(False)

    def _fit_controls_column(self):
        """Widen the controls column when its content needs more than the default width."""
        scroll_bar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        need = self.controls_widget.minimumSizeHint().width() + scroll_bar + 4
        sizes = self.splitter.sizes()
        if sizes[0] < need < sum(sizes) // 2:
            self.splitter.setSizes([need, sum(sizes) - need])

    # --- translation -----------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self._retranslate_base()
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_base(self):
        self.explain.retranslate()
        self._preset_label.setText(self.tr("Book examples:"))
        for name, button in self._preset_buttons.items():
            button.setToolTip(QCoreApplication.translate("Presets", self.PRESETS[name]))
            # The command-line name, shown translated (context "PresetNames", filled in by
            # scripts/i18n_tool.py from every section's PRESETS).
            button.setText(QCoreApplication.translate("PresetNames", name))

    def retranslate(self):
        """Subclasses set every visible text here (called on language change)."""
