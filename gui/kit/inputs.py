"""Inputs a student types into: numbers, ranges, values on a log scale, h, and functions.

Each refuses what cannot be used with an inline message and keeps the last good value.
"""
import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget

from engine.expressions import ExpressionError, parse
from gui.kit.messages import engine_text, inline_error


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
        self.error = inline_error()
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


class LogSlider(QWidget):
    """A value on a log scale between 10**lo and 10**hi: a slider plus a box to type it.

    Typed values may lie outside the slider's range; validate(value) may return
    an error text (or a callable giving it, re-translated on a language switch), shown
    inline (the previous good value stays). Emits
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
        self.error = inline_error()
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
        # message may be a callable (see InlineError.show_error): said again on a language switch
        self.error.show_error(message)
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


class HSlider(LogSlider):
    """The step h of a difference quotient, 1e-50 … 1 on the slider, any h > 0 typed."""

    def __init__(self, value=1e-4, parent=None):
        super().__init__("h", -50, 0, value, validate=self.problem, parent=parent)
        self.retranslate()

    def problem(self, value):
        """Why h cannot be used (None when it can), as a callable giving the translated sentence."""
        h, size = f"{value:g}", f"{-value:g}"
        if value == 0:
            return lambda: self.tr("h = 0: the difference quotient would divide by zero (0/0, not a "
                                   "number). Type an h greater than 0, e.g. 1e-4.")
        if value < 0:
            # Not wrong in the formula, only on this log-scale control: say what it would mean.
            return lambda: self.tr("h = %s is negative. The formula still works with the sign flipped: "
                                   "the central difference gives the same slope as h = %s, and the "
                                   "forward difference becomes the backward difference "
                                   "(f(x) − f(x − %s)) / %s. Here h is the size of the step, on a log "
                                   "scale: type %s.") % (h, size, size, size, size)
        if value > 1e6:
            return lambda: self.tr("h = %s is far too large for a derivative; use h ≤ 1.") % h
        return None

    def retranslate(self):
        self.label.setText(self.tr("h (log scale; type any value > 0)"))

    def changeEvent(self, event):
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FunctionInput(QWidget):
    """A typed function of the given variables; errors inline, the last good function kept."""
    function_changed = Signal(object)  # an engine.expressions.Expression

    def __init__(self, variables, text, parent=None):
        super().__init__(parent)
        self.variables = tuple(variables)
        self.label = QLabel()
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(2000)
        self.error = inline_error()
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
            # A callable: the refusal is said again in a newly chosen language.
            self.error.show_error(lambda error=exc: engine_text(error) + " "
                                  + self.tr("The last valid function stays plotted."))
            return False
        self.error.hide()
        self._expression = expression
        self.function_changed.emit(expression)
        return True
