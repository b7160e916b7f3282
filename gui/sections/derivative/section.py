"""Section 'derivative' (4.3.1–4.3.2): tangents, numerical vs analytic slope, and the h trap."""
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from engine.derivative_demos import (PRECISIONS, SCHEMES, diagnose, difference_quotient,
                                     error_model, error_vs_h, regime)
from engine.symbolic import derivative
from gui.kit.inputs import FunctionInput, HSlider, RangeInput, float_spin
from gui.kit.messages import INFO_STYLE, WARNING_STYLE, engine_text
from gui.kit.numbers import full_precision
from gui.kit.readouts import BigReadouts
from gui.kit.section import SectionBase
from gui.sections.derivative.plots import DerivativePlots
from gui.sections.derivative.table import SlopeTable

DEFAULT_FUNCTION = "0.01*x^2 + 0.1*x"   # the book's function_1 (eq. 4.5)
CURVE_POINTS = 600
H_POINTS = 241


class DerivativeSection(SectionBase):
    NAME = "derivative"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "f(x) = 0.01x² + 0.1x with its tangents at x = 5 and x = 10 "
                                             "(central difference, h = 1e-4), fig 4-7"),
        "bad-implementation": QT_TRANSLATE_NOOP("Presets", "The book's bad implementation: forward "
                                                           "difference with h = 10e-50 gives slope 0"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pinned = []          # x values of pinned tangents (the book draws two)
        self._result = None
        self._shown_function = None
        # Space rolls the tangent point along the curve (fig 4-7 in motion); → moves it one step.
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(lambda: self._advance(1 / 200))

        self.function = FunctionInput(("x",), DEFAULT_FUNCTION)
        self._expression = self.function.expression()
        self._derivative = derivative(self._expression)
        self.derivative_label = QLabel()
        self.derivative_label.setWordWrap(True)
        self.range_input = RangeInput(0.0, 20.0)
        self.x_box = float_spin(0.0, 20.0, 5.0, 6)
        self.x_box.setSingleStep(0.1)
        self.h = HSlider()
        self.scheme = QComboBox()
        self.precision = QComboBox()
        for key in SCHEMES:
            self.scheme.addItem(key, key)
        self.scheme_formula = QLabel()
        self.scheme_formula.setStyleSheet("color: #1a237e;")
        for key in PRECISIONS:
            self.precision.addItem(key, key)
        self.pin_button = QPushButton()
        self.clear_button = QPushButton()

        self.form = QFormLayout()
        self.form.addRow(self.function)
        self.form.addRow(self.derivative_label)
        self._labels = {key: QLabel() for key in ("range", "x", "scheme", "precision")}
        self.form.addRow(self._labels["range"], self.range_input)
        self.form.addRow(self.range_input.error)
        self.form.addRow(self._labels["x"], self.x_box)
        self.form.addRow(self.h)
        self.form.addRow(self._labels["scheme"], self.scheme)
        self.form.addRow(self.scheme_formula)
        self.form.addRow(self._labels["precision"], self.precision)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.clear_button)
        self.form.addRow(pin_row)
        self.pinned_label = QLabel()
        self.pinned_label.setObjectName("PinnedReadout")
        # Sizes through setFont, not style sheets: presentation mode scales widget fonts.
        self.pinned_label.setStyleSheet("color: #4a148c;")
        pinned_font = QFont()
        pinned_font.setPointSize(11)
        self.pinned_label.setFont(pinned_font)
        self.pinned_label.setWordWrap(True)
        # Under its buttons, in the scrolling column: appearing or growing, it never shrinks the plots.
        self.form.addRow(self.pinned_label)
        self.controls.addLayout(self.form)

        # Sized for a full-precision difference such as −9.102163467389346e−13, so that the
        # read-outs and the controls fit side by side in a 1024-pixel window.
        keys = ("numeric", "analytic", "difference")
        self.readouts = BigReadouts(keys, columns=2, point_size=12,
                                    longest=dict.fromkeys(keys, "−9.102163467389346e−13"))
        self.diagnosis = QLabel()
        self.diagnosis.setWordWrap(True)
        font = QFont()
        font.setPointSize(12)
        self.diagnosis.setFont(font)
        # In the controls column: its height may change with the text without resizing the plots.
        self.controls.addWidget(self.diagnosis)
        self.table = SlopeTable()
        self.controls.addWidget(self.table)
        self.figures = DerivativePlots()
        right = QVBoxLayout(self.plots)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.readouts)
        right.addWidget(self.figures, 1)

        self.function.function_changed.connect(self._function_changed)
        self.range_input.range_changed.connect(self._range_changed)
        self.x_box.valueChanged.connect(self._recompute)
        self.figures.x_dragged.connect(self._dragged)
        self.h.valueChanged.connect(self._recompute)
        self.scheme.currentIndexChanged.connect(self._recompute)
        self.precision.currentIndexChanged.connect(self._recompute)
        self.pin_button.clicked.connect(self._pin)
        self.clear_button.clicked.connect(self._clear_pins)
        self.retranslate()

    # --- controls --------------------------------------------------------------
    def _function_changed(self, expression):
        self._expression = expression
        self._derivative = derivative(expression)   # sympy; fast for anything 1000 characters allow
        self._pinned = []   # tangents of the old f would be drawn on the new curve
        self._recompute()

    def _range_changed(self, lo, hi):
        self.x_box.blockSignals(True)
        self.x_box.setRange(lo, hi)   # clamps x into the new range
        self.x_box.blockSignals(False)
        self._recompute()

    def _dragged(self, x):
        self.x_box.setValue(x)   # rounds to the box's decimals; emits valueChanged -> _recompute

    def _pin(self):
        x = self.x_box.value()
        if x not in self._pinned:
            self._pinned.append(x)
        self._recompute()

    def _clear_pins(self):
        self._pinned = []
        self._recompute()

    def set_x(self, x):
        """Move the tangent point (as dragging does)."""
        self.x_box.setValue(float(x))

    # --- maths -------------------------------------------------------------------
    def _slopes(self, x, h, scheme, dtype):
        """(numerical slope in dtype, analytic slope or None, reason when None)."""
        numeric = difference_quotient(self._expression, x, h, scheme, dtype)
        analytic, _ = self._derivative.at(x)
        if not np.isfinite(self._expression(np.float64(x))):
            analytic = None   # f itself is undefined here (e.g. log of a negative number)
        return numeric, analytic

    def _recompute(self):
        f = self._expression
        x, h = self.x_box.value(), self.h.value()
        scheme, dtype = self.scheme.currentData(), self.precision.currentData()
        lo, hi = self.range_input.value()
        xs = np.linspace(lo, hi, CURVE_POINTS)
        numeric, analytic = self._slopes(x, h, scheme, dtype)
        pinned = [(px, float(f(np.float64(px))), *self._slopes(px, h, scheme, dtype)) for px in self._pinned]
        # The error curve runs from 1e-20 (or further down to the chosen h) up to 1.
        lowest = min(-20, int(np.floor(np.log10(h)))) if h > 0 else -20
        highest = max(0, int(np.ceil(np.log10(h)))) if h > 0 else 0   # a typed h > 1 stays in view
        hs = np.logspace(lowest, highest, H_POINTS)
        reference = analytic
        if reference is None:
            # No analytic value here: compare with the best float64 central difference instead.
            reference = float(difference_quotient(f, x, 1e-5 * max(1.0, abs(x)), "central"))
        other = "forward" if scheme == "central" else "central"
        model = error_model(f, x, hs, scheme, dtype)
        self._result = dict(
            x=x, h=h, scheme=scheme, dtype=dtype, xs=xs, ys=f(xs), y=float(f(np.float64(x))),
            numeric=numeric, analytic=analytic, pinned=pinned, hs=hs,
            error=error_vs_h(f, x, reference, hs, scheme, dtype),
            other=error_vs_h(f, x, reference, hs, other, dtype),
            h_error=abs(float(numeric) - reference) if np.isfinite(reference) else None,
            model=model, diagnosis=diagnose(f, x, h, scheme, dtype),
            regime=regime(f, x, h, scheme, dtype), fallback=analytic is None,
            measurable=bool(np.isfinite(reference)))
        self._redraw(self._result)

    # --- view ----------------------------------------------------------------------
    def _redraw(self, r):
        shown = (self._expression.text, self.range_input.value())
        if shown != self._shown_function:   # the curve only changes with f or the range
            self._shown_function = shown
            self.figures.show_function(r["xs"], r["ys"], self.range_input.value())
        self.figures.show_point(r["x"], r["y"], float(r["numeric"]), r["analytic"], r["xs"])
        self.figures.show_pinned([p[0] for p in r["pinned"]], [p[1] for p in r["pinned"]],
                                 [float(p[2]) for p in r["pinned"]], self.range_input.value())
        if not r["measurable"]:
            note = self.tr("No error to draw: f is not finite near x, so there is no slope to "
                           "compare with.")
        elif r["fallback"]:
            note = self.tr("No analytic slope here: error measured against a float64 central "
                           "difference.")
        else:
            note = ""
        self.figures.show_errors(r["hs"], r["error"], r["other"], r["model"].truncation,
                                 r["model"].rounding, r["h"], r["h_error"], note)
        self._show_readouts(r)

    def _show_readouts(self, r):
        numeric, analytic = r["numeric"], r["analytic"]
        self.readouts.set("numeric", full_precision(numeric))
        self.readouts.set("analytic", full_precision(analytic))
        if analytic is None:
            self.readouts.set("difference", "—")
        else:
            self.readouts.set("difference", full_precision(float(numeric) - analytic))
        # Short: the caption has the width of the number under it.
        self.readouts.set_caption("numeric", self.tr("numerical (%s, %s)")
                                  % (self._scheme_name(r["scheme"]), r["dtype"]))
        self.readouts.set_caption("analytic", self.tr("analytic slope f'(x)"))
        self.readouts.set_caption("difference", self.tr("numerical − analytic"))
        self.scheme_formula.setText(self.tr("(f(x+h) − f(x−h)) / 2h") if r["scheme"] == "central"
                                    else self.tr("(f(x+h) − f(x)) / h"))
        # Pinned tangents follow h, the scheme and the precision: the line says which ones.
        lines = [self.tr("Pinned tangent at x = %s: numerical %s (%s, h = %s), analytic %s")
                 % (f"{px:g}", full_precision(n), self._scheme_name(r["scheme"]), f"{r['h']:.3g}",
                    full_precision(a)) for px, _, n, a in r["pinned"]]
        self.pinned_label.setText("<br>".join(lines))
        self.pinned_label.setVisible(bool(lines))
        self._show_diagnosis(r)
        self._show_derivative_text(r)
        self.table.show_slopes(self._expression, r["x"], r["h"], r["scheme"], r["dtype"])

    def _scheme_name(self, scheme):
        return self.tr("central") if scheme == "central" else self.tr("forward")

    def _show_diagnosis(self, r):
        d = r["diagnosis"]
        if d.kind:
            # A negative h is no failure, only worth explaining.
            self.diagnosis.setStyleSheet(INFO_STYLE if d.kind == "negative-h" else WARNING_STYLE)
            self.diagnosis.setText(engine_text(d.message))
        else:
            regime_text = {
                "rounding": self.tr("Rounding error dominates at this h: make h larger."),
                "truncation": self.tr("Truncation error dominates at this h: a smaller h (or the "
                                      "central difference) is more accurate."),
            }.get(r["regime"], "")
            self.diagnosis.setStyleSheet(INFO_STYLE)
            self.diagnosis.setText(regime_text)

    def _show_derivative_text(self, r):
        d = self._derivative
        if not d.available:
            self.derivative_label.setStyleSheet(WARNING_STYLE)
            self.derivative_label.setText(self.tr("No analytic derivative: %s") % engine_text(d.reason))
        elif r["analytic"] is None:
            self.derivative_label.setStyleSheet(WARNING_STYLE)
            reason = (self.tr("f has a corner or a jump there (abs, sign, step or relu of 0).")
                      if d.kink_at(r["x"]) else self.tr("the slope is infinite or f is undefined there."))
            self.derivative_label.setText(self.tr("f'(x) = %s, but there is no analytic derivative at "
                                                  "x = %s: %s") % (d.text, f"{r['x']:g}", reason))
        else:
            self.derivative_label.setStyleSheet("")
            self.derivative_label.setText(self.tr("f'(x) = %s") % d.text)

    # --- presets ----------------------------------------------------------------
    def _set_controls(self, x, h, scheme, dtype, pinned):
        for widget in (self.x_box, self.scheme, self.precision):
            widget.blockSignals(True)
        self.function.setText(DEFAULT_FUNCTION)
        self._expression = self.function.expression()
        self._derivative = derivative(self._expression)
        self.range_input.set_range(0.0, 20.0)
        self.x_box.setRange(0.0, 20.0)
        self.x_box.setValue(x)
        self.scheme.setCurrentIndex(self.scheme.findData(scheme))
        self.precision.setCurrentIndex(self.precision.findData(dtype))
        for widget in (self.x_box, self.scheme, self.precision):
            widget.blockSignals(False)
        self._pinned = list(pinned)
        self.h.blockSignals(True)
        self.h.setValue(h)
        self.h.blockSignals(False)
        self._recompute()

    def _apply_preset(self, name):
        if name == "book":
            self._set_controls(5.0, 1e-4, "central", "float64", [10.0])
        elif name == "bad-implementation":
            self._set_controls(5.0, 10e-50, "forward", "float64", [])
            # A callable, so the message is said again in a newly chosen language.
            self.message.show_message(lambda: self.tr(
                "The book's bad implementation: (f(x + h) − f(x)) / h with h = 10e-50. In float64, "
                "x + h == x, so the slope is 0; in float32, h itself underflows to 0 "
                "(np.float32(1e-50) is 0.0) and the quotient is 0/0. Switch the precision to see "
                "both; the book's fix is the central difference with h = 1e-4."), "warning")

    def _advance(self, fraction):
        """Move x right by fraction of the range, wrapping round at the end."""
        lo, hi = self.range_input.value()
        x = self.x_box.value() + fraction * (hi - lo)
        self.set_x(lo if x > hi + 1e-12 else min(x, hi))

    def play_pause(self):
        if self._timer.isActive():
            self._timer.stop()
        else:
            self._timer.start()
        return True

    def step(self):
        self._timer.stop()
        self._advance(1 / 20)
        return True

    def reset(self):
        self._timer.stop()
        self._apply_preset("book")
        return True

    def shutdown(self):
        self._timer.stop()

    def retranslate(self):
        self.function.retranslate()
        self.range_input.retranslate()
        self._labels["range"].setText(self.tr("x from"))
        self._labels["x"].setText(self.tr("point x"))
        self._labels["scheme"].setText(self.tr("difference"))
        self._labels["precision"].setText(self.tr("precision"))
        for i in range(self.scheme.count()):
            self.scheme.setItemText(i, self._scheme_name(self.scheme.itemData(i)))
        self.pin_button.setText(self.tr("Pin tangent"))
        self.clear_button.setText(self.tr("Clear pins"))
        self.x_box.setToolTip(self.tr("Or drag the dotted vertical line in the plot."))
        self.figures.retranslate()
        self.table.retranslate()
        self._recompute()
