"""Small controls shared by the sections: log slider, function input, play bar, read-outs, plots."""
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDoubleSpinBox, QGraphicsItem, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSlider, QStyle, QVBoxLayout, QWidget)

from engine.expressions import ExpressionError, parse

ERROR_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00; font-weight: bold;"
INFO_STYLE = "color: #1b5e20;"


def format_number(value, digits=6):
    """A compact, honest rendering: inf/nan spelled out, tiny and huge values in e-notation."""
    if value is None:
        return "—"
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "−inf"
    return f"{value:.{digits}g}".replace("-", "−")


def float_spin(lo, hi, value, decimals, step=None):
    """A QDoubleSpinBox that reports a value only when typing is finished (no half-typed numbers)."""
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    if step is not None:
        box.setSingleStep(step)
    box.setValue(value)
    box.setKeyboardTracking(False)
    return box


class RangeInput(QWidget):
    """'lo to hi' for a plotted range: a range with lo >= hi is refused, the last good one kept.

    Emits range_changed(lo, hi) for every accepted range. The refusal appears in
    self.error, which the section places (a form row of its own reads best).
    """
    range_changed = Signal(float, float)

    def __init__(self, lo, hi, step=None, parent=None):
        super().__init__(parent)
        self.range_from = float_spin(-1e6, 1e6, lo, 2, step)
        self.range_to = float_spin(-1e6, 1e6, hi, 2, step)
        for box in (self.range_from, self.range_to):
            box.setMaximumWidth(85)
        self.to_label = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._range = (float(lo), float(hi))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.range_from, self.to_label, self.range_to):
            row.addWidget(widget)
        self.range_from.valueChanged.connect(self._changed)
        self.range_to.valueChanged.connect(self._changed)
        self.retranslate()

    def value(self):
        return self._range

    def set_range(self, lo, hi):
        """Set programmatically, without emitting range_changed."""
        for box, v in ((self.range_from, lo), (self.range_to, hi)):
            box.blockSignals(True)
            box.setValue(v)
            box.blockSignals(False)
        self._range = (float(lo), float(hi))
        self.error.hide()

    def _changed(self):
        lo, hi = self.range_from.value(), self.range_to.value()
        if not lo < hi:
            self.error.setText(self.tr("The range needs 'from' < 'to'; the plot keeps %s to %s.")
                               % (f"{self._range[0]:g}", f"{self._range[1]:g}"))
            self.error.show()
            return
        self.error.hide()
        self._range = (lo, hi)
        self.range_changed.emit(lo, hi)

    def retranslate(self):
        self.to_label.setText(self.tr("to"))


class MessageBar(QLabel):
    """One line of feedback above a section's body: errors, warnings, hints; hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.level = None
        self.hide()

    def show_message(self, text, level="error"):
        self.level = level
        style = {"error": ERROR_STYLE, "warning": WARNING_STYLE}.get(level, INFO_STYLE)
        self.setStyleSheet(style)
        self.setText(text)
        self.show()

    def clear(self):
        self.level = None
        super().clear()
        self.hide()


class LogSlider(QWidget):
    """A value on a log scale between 10**lo and 10**hi: a slider plus a box to type it.

    Typed values may lie outside the slider's range; validate(value) may return
    an error text, shown inline (the previous good value stays). Emits
    valueChanged(float) for every accepted value.
    """
    valueChanged = Signal(float)

    STEPS_PER_DECADE = 20

    def __init__(self, label, lo_exp, hi_exp, value, validate=None, parent=None):
        super().__init__(parent)
        self.lo_exp, self.hi_exp = lo_exp, hi_exp
        self._validate = validate
        self._value = float(value)
        self.label = QLabel(label)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, int((hi_exp - lo_exp) * self.STEPS_PER_DECADE))
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(110)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.slider.valueChanged.connect(self._slider_moved)
        self.edit.editingFinished.connect(self._typed)
        self._show(self._value)

    def value(self):
        return self._value

    def setValue(self, value):
        """Set programmatically (emits valueChanged when it changes)."""
        self._accept(float(value))

    def _show(self, value):
        self.edit.setText(f"{value:.3g}")
        if value > 0:
            pos = round((math.log10(value) - self.lo_exp) * self.STEPS_PER_DECADE)
            self.slider.blockSignals(True)
            self.slider.setValue(max(self.slider.minimum(), min(self.slider.maximum(), pos)))
            self.slider.blockSignals(False)

    def _slider_moved(self, pos):
        self._accept(10 ** (self.lo_exp + pos / self.STEPS_PER_DECADE))

    def _typed(self):
        text = self.edit.text().strip().replace("−", "-")
        try:
            value = float(text)
        except ValueError:
            self._reject(self.tr("'%s' is not a number; type e.g. 1e-4.") % text)
            return
        if value == self._value:
            self.error.hide()
            return
        self._accept(value)

    def _reject(self, message):
        self.error.setText(message)
        self.error.show()
        self._show(self._value)

    def _accept(self, value):
        problem = None
        if not math.isfinite(value):
            problem = self.tr("The value must be a finite number.")
        elif self._validate is not None:
            problem = self._validate(value)
        if problem:
            self._reject(problem)
            return
        self.error.hide()
        changed = value != self._value
        self._value = value
        self._show(value)
        if changed:
            self.valueChanged.emit(value)


class FunctionInput(QWidget):
    """A typed function of the given variables; errors inline, the last good function kept."""
    function_changed = Signal(object)  # an engine.expressions.Expression

    def __init__(self, variables, text, parent=None):
        super().__init__(parent)
        self.variables = tuple(variables)
        self.label = QLabel()
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(2000)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self._expression = parse(text, self.variables)
        self.edit.returnPressed.connect(self._commit)
        self.edit.editingFinished.connect(self._commit)
        self.retranslate()

    def retranslate(self):
        self.label.setText(self.tr("f(%s) =") % ", ".join(self.variables))
        self.edit.setToolTip(self.tr("Type a function and press Enter. Allowed: numbers, %s, "
                                     "+ - * / ** ^, parentheses, sin cos tan exp log sqrt abs "
                                     "tanh sigmoid …, pi, e.") % ", ".join(self.variables))

    def changeEvent(self, event):
        # Retranslate on a run-time language switch, whichever section holds this widget.
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def expression(self):
        return self._expression

    def setText(self, text):
        """Set programmatically; returns True when the text parsed."""
        self.edit.setText(text)
        return self._commit()

    def _commit(self):
        text = self.edit.text()
        if text.strip() == self._expression.text.replace("**", "^") or text.strip() == self._expression.text:
            self.error.hide()
            return True
        try:
            expression = parse(text, self.variables)
        except ExpressionError as exc:
            self.error.setText(str(exc) + " " + self.tr("The last valid function stays plotted."))
            self.error.show()
            return False
        self.error.hide()
        self._expression = expression
        self.function_changed.emit(expression)
        return True


class PlayBar(QWidget):
    """Play/Pause, Step, Reset and a speed slider (steps per second)."""
    play_toggled = Signal(bool)
    step_clicked = Signal()
    reset_clicked = Signal()
    speed_changed = Signal(float)

    def __init__(self, speed=10.0, parent=None):
        super().__init__(parent)
        self.play = QPushButton()
        self.play.setCheckable(True)
        self.step_button = QPushButton()
        self.reset_button = QPushButton()
        self.speed_label = QLabel()
        self.speed = QSlider(Qt.Horizontal)
        self.speed.setRange(0, 40)  # 10**(pos/10 - 1): 0.1 .. 1000 steps/s
        self.speed.setValue(round((math.log10(speed) + 1) * 10))
        buttons = QHBoxLayout()
        for b in (self.play, self.step_button, self.reset_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed)
        self.play.toggled.connect(self._toggled)
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        self.speed.valueChanged.connect(self._speed_moved)
        self.retranslate()

    def changeEvent(self, event):
        # Retranslate on a run-time language switch, whichever section holds this widget.
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def steps_per_second(self):
        return 10 ** (self.speed.value() / 10 - 1)

    def set_playing(self, playing):
        """Reflect the state without emitting play_toggled."""
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.blockSignals(False)
        self._label_play()

    def _toggled(self, playing):
        self._label_play()
        self.play_toggled.emit(playing)

    def _speed_moved(self, _pos):
        self._label_speed()
        self.speed_changed.emit(self.steps_per_second())

    def _label_play(self):
        # Qt's own media icons: glyphs such as U+23F8 are missing from many fonts.
        playing = self.play.isChecked()
        self.play.setIcon(self.style().standardIcon(QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay))
        self.play.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _label_speed(self):
        self.speed_label.setText(self.tr("Speed: %s steps/s") % format_number(self.steps_per_second(), 3))

    def retranslate(self):
        self._label_play()
        self._label_speed()
        self.step_button.setText(self.tr("Step"))
        self.step_button.setIcon(self.style().standardIcon(QStyle.SP_MediaSeekForward))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setIcon(self.style().standardIcon(QStyle.SP_MediaSkipBackward))
        self.play.setToolTip(self.tr("Play or pause (space)"))
        self.step_button.setToolTip(self.tr("One step (→)"))
        self.reset_button.setToolTip(self.tr("Back to the start (R)"))


class Readouts(QWidget):
    """A grid of large 'name  value' read-outs, e.g. for slopes and losses."""

    def __init__(self, parent=None, columns=1):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.names, self.values = {}, {}
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._value_font = font

    def add(self, key, label=""):
        n = len(self.names)
        row, col = divmod(n, self._columns)
        name = QLabel(label)
        value = QLabel("—")
        value.setFont(self._value_font)
        value.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._grid.addWidget(name, row, 2 * col)
        self._grid.addWidget(value, row, 2 * col + 1)
        self.names[key], self.values[key] = name, value
        return value

    def set_label(self, key, text):
        self.names[key].setText(text)

    def set(self, key, text, style=""):
        self.values[key].setText(text)
        self.values[key].setStyleSheet(style)

    def text(self, key):
        return self.values[key].text()


def make_plot(title="", x_label="", y_label="", x_units=None, y_units=None, legend=False):
    """A PlotWidget styled for a projector: white, large labels, a light grid."""
    widget = pg.PlotWidget()
    item = widget.getPlotItem()
    style_plot(item, title, x_label, y_label, x_units, y_units)
    if legend:
        item.addLegend(offset=(-10, 10), labelTextSize="11pt")
    return widget


def style_plot(item, title="", x_label="", y_label="", x_units=None, y_units=None):
    """Apply the shared look to a PlotItem (also used for items inside a GraphicsLayout)."""
    label_style = {"font-size": "12pt", "color": "#222"}
    if title:
        item.setTitle(title, size="13pt", color="#111")
    item.setLabel("bottom", x_label, units=x_units, **label_style)
    item.setLabel("left", y_label, units=y_units, **label_style)
    tick_font = QFont()
    tick_font.setPointSize(10)
    for axis in ("bottom", "left"):
        item.getAxis(axis).setTickFont(tick_font)
        # The axes paint the light grid across the whole plot (~14 ms a frame offscreen);
        # cached, they cost nothing per frame and re-render when the range changes.
        item.getAxis(axis).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
    item.showGrid(x=True, y=True, alpha=0.2)
    return item


def finite_or_nan(values):
    """values as float64 with inf replaced by nan, so pyqtgraph leaves a gap instead of failing."""
    out = np.array(values, dtype=np.float64)
    out[~np.isfinite(out)] = np.nan
    return out
