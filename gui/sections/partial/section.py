"""Section 'partial' (4.3.3): f(x0, x1) as heatmap and 3-D surface; slices with their tangents."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from engine.derivative_demos import diagnose, difference_quotient
from engine.symbolic import derivative
from gui.kit.inputs import FunctionInput, HSlider, RangeInput, float_spin
from gui.kit.messages import WARNING_STYLE, engine_text
from gui.kit.numbers import full_precision
from gui.kit.readouts import BigReadouts
from gui.kit.section import SectionBase
from gui.sections.partial.plots import COLORMAP, SLICE0_COLOR, SLICE1_COLOR, Heatmap, SlicePlot
from gui.sections.partial.surface import SurfaceView

DEFAULT_FUNCTION = "x0^2 + x1^2"   # the book's function_2 (eq. 4.6)
GRID = 101          # heatmap / surface resolution per axis
SLICE_POINTS = 300


class PartialSection(SectionBase):
    NAME = "partial"
    PRESETS = {
        "problem-1": QT_TRANSLATE_NOOP("Presets", "Problem 1: ∂f/∂x0 at x0 = 3, x1 = 4 (fix x1 = 4), "
                                                  "the book's 6.00000000000378"),
        "problem-2": QT_TRANSLATE_NOOP("Presets", "Problem 2: ∂f/∂x1 at x0 = 3, x1 = 4 (fix x0 = 3), "
                                                  "the book's 7.999999999999119"),
        "fig-4-8": QT_TRANSLATE_NOOP("Presets", "Fig 4-8: the surface of x0² + x1² over −3 … 3 in 3-D "
                                                "(the heatmap where there is no OpenGL)"),
    }

    def __init__(self, parent=None, surface_probe=None):
        super().__init__(parent)
        self.function = FunctionInput(("x0", "x1"), DEFAULT_FUNCTION)
        self._expression = self.function.expression()
        self._derivatives = self._differentiate(self._expression)
        self.derivative_label = QLabel()
        self.derivative_label.setWordWrap(True)
        self.range_input = RangeInput(-5.0, 5.0, step=0.1)
        self.x0_box = float_spin(-5.0, 5.0, 3.0, 4, step=0.1)
        self.x1_box = float_spin(-5.0, 5.0, 4.0, 4, step=0.1)
        self.h = HSlider()
        self.scheme_note = QLabel()
        self.scheme_note.setWordWrap(True)
        self.trap = QLabel()
        self.trap.setWordWrap(True)
        self.trap.setStyleSheet(WARNING_STYLE)
        self.trap.hide()

        form = QFormLayout()
        form.addRow(self.function)
        form.addRow(self.derivative_label)
        self._labels = {key: QLabel() for key in ("range", "x0", "x1")}
        form.addRow(self._labels["range"], self.range_input)
        form.addRow(self.range_input.error)
        form.addRow(self._labels["x0"], self.x0_box)
        form.addRow(self._labels["x1"], self.x1_box)
        self.pick_hint = QLabel()
        self.pick_hint.setWordWrap(True)
        form.addRow(self.pick_hint)
        form.addRow(self.h)
        form.addRow(self.scheme_note)
        form.addRow(self.trap)
        self.controls.addLayout(form)

        # Sized for a slope near 1 in full precision (the book's 6.00000000000378), so that the
        # read-outs and the controls fit a 1024-pixel window side by side.
        keys = ("d0_numeric", "d0_analytic", "d1_numeric", "d1_analytic")
        self.readouts = BigReadouts(keys, columns=2, point_size=13,
                                    longest=dict.fromkeys(keys, "−6.0984000000097181"))
        self.heatmap = Heatmap()
        kwargs = {} if surface_probe is None else {"probe": surface_probe}
        self.surface = SurfaceView(**kwargs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.heatmap, "")
        self.tabs.addTab(self.surface, "")
        self.slice0 = SlicePlot(SLICE0_COLOR)
        self.slice1 = SlicePlot(SLICE1_COLOR)
        slices = QVBoxLayout()
        slices.addWidget(self.slice0)
        slices.addWidget(self.slice1)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        body.addLayout(slices, 2)
        right = QVBoxLayout(self.plots)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.readouts)
        right.addLayout(body, 1)

        self.function.function_changed.connect(self._function_changed)
        self.range_input.range_changed.connect(self._range_changed)
        self.x0_box.valueChanged.connect(self._recompute_point)
        self.x1_box.valueChanged.connect(self._recompute_point)
        self.h.valueChanged.connect(self._recompute_point)
        self.heatmap.point_picked.connect(self.set_point)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._recompute_surface()
        self.retranslate()

    @staticmethod
    def _differentiate(expression):
        return {v: derivative(expression, wrt=v) for v in ("x0", "x1")}

    # --- controls --------------------------------------------------------------
    def _function_changed(self, expression):
        self._expression = expression
        self._derivatives = self._differentiate(expression)
        self._recompute_surface()

    def _range_changed(self, lo, hi):
        for box in (self.x0_box, self.x1_box):
            box.blockSignals(True)
            box.setRange(lo, hi)
            box.blockSignals(False)
        self._recompute_surface()

    def set_point(self, x0, x1):
        """Pick the point (as clicking the heatmap or dragging its target does)."""
        for box, value in ((self.x0_box, x0), (self.x1_box, x1)):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        self._recompute_point()

    def _tab_changed(self, index):
        if self.tabs.widget(index) is not self.surface or self.surface.build():
            return
        self.surface.set_note(self._surface_note())
        # The method itself, so the note is said again in a newly chosen language.
        self.message.show_message(self._surface_note, "warning")
        self.tabs.setCurrentWidget(self.heatmap)

    def _surface_note(self):
        return self.tr("The 3-D surface needs OpenGL, which is not available here (%s). "
                       "The heatmap shows the same function.") % self.surface.problem

    def show_3d(self):
        """Switch to the 3-D tab; returns False (and shows the heatmap with a note) without OpenGL."""
        self.tabs.setCurrentWidget(self.surface)
        return self.surface.available

    # --- maths and view -----------------------------------------------------------
    def _recompute_surface(self):
        lo, hi = self.range_input.value()
        axis = np.linspace(lo, hi, GRID)
        X0, X1 = np.meshgrid(axis, axis, indexing="ij")
        Z = self._expression(X0, X1)
        self.heatmap.show_function(axis, axis, Z)
        finite = Z[np.isfinite(Z)]
        zlo, zhi = (np.percentile(finite, 1), np.percentile(finite, 99)) if finite.size else (0, 1)
        norm = np.clip((np.nan_to_num(Z, nan=zlo) - zlo) / ((zhi - zlo) or 1.0), 0, 1)
        colors = pg.colormap.get(COLORMAP).map(norm.ravel(), mode="float").reshape(GRID, GRID, 4)
        self.surface.show_surface(axis, axis, Z, colors)
        self._recompute_point()

    def _partials(self, x0, x1, h):
        """((numeric, analytic) for ∂f/∂x0, the same for ∂f/∂x1); the book's function_tmp1/2."""
        f = self._expression
        defined = np.isfinite(f(np.float64(x0), np.float64(x1)))
        d0 = difference_quotient(lambda t: f(t, np.float64(x1)), x0, h, "central")
        d1 = difference_quotient(lambda t: f(np.float64(x0), t), x1, h, "central")
        a0 = self._derivatives["x0"].at(x0, x1)[0] if defined else None
        a1 = self._derivatives["x1"].at(x0, x1)[0] if defined else None
        return (d0, a0), (d1, a1)

    def _recompute_point(self):
        f = self._expression
        x0, x1, h = self.x0_box.value(), self.x1_box.value(), self.h.value()
        lo, hi = self.range_input.value()
        xs = np.linspace(lo, hi, SLICE_POINTS)
        y = float(f(np.float64(x0), np.float64(x1)))
        (d0, a0), (d1, a1) = self._partials(x0, x1, h)
        ys0, ys1 = f(xs, np.full_like(xs, x1)), f(np.full_like(xs, x0), xs)
        self.slice0.show_slice(xs, ys0, x0, y, float(d0), a0)
        self.slice1.show_slice(xs, ys1, x1, y, float(d1), a1)
        self.heatmap.show_point(x0, x1)
        self.surface.show_point(x0, x1, y, (xs, ys0), (xs, ys1))
        traps = [v for v, (g, at) in (("x0", (lambda t: f(t, np.float64(x1)), x0)),
                                      ("x1", (lambda t: f(np.float64(x0), t), x1)))
                 if diagnose(g, at, h).kind]
        self.trap.setText(self.tr("h = %s is too small for ∂f/∂%s here: x + h rounds back to x or "
                                  "f does not change in float64, so the numerical slope is lost to "
                                  "rounding (see 4.3.1).") % (f"{h:.3g}", " and ∂f/∂".join(traps)))
        self.trap.setVisible(bool(traps))
        self.readouts.set("d0_numeric", full_precision(d0))
        self.readouts.set("d0_analytic", full_precision(a0))
        self.readouts.set("d1_numeric", full_precision(d1))
        self.readouts.set("d1_analytic", full_precision(a1))
        self._titles(x0, x1)

    def _titles(self, x0, x1):
        # Short titles with a fixed precision keep their width while the point is dragged; the exact
        # point is in the x0, x1 boxes.
        # point is in the x0, x1 boxes and each slice's slope in the read-outs above.
        self.slice0.set_title(self.tr("f(x0, x1 = %s)") % f"{x1:.2f}")
        self.slice1.set_title(self.tr("f(x0 = %s, x1)") % f"{x0:.2f}")
        self.readouts.set_caption("d0_numeric", self.tr("∂f/∂x0 numerical"))
        self.readouts.set_caption("d0_analytic", self.tr("∂f/∂x0 analytic"))
        self.readouts.set_caption("d1_numeric", self.tr("∂f/∂x1 numerical"))
        self.readouts.set_caption("d1_analytic", self.tr("∂f/∂x1 analytic"))
        texts = []
        for v in ("x0", "x1"):
            d = self._derivatives[v]
            texts.append(self.tr("∂f/∂%s = %s") % (v, d.text) if d.available
                         else self.tr("∂f/∂%s: no analytic derivative: %s") % (v, engine_text(d.reason)))
        at_point = [self.readouts.text(key) for key in ("d0_analytic", "d1_analytic")]
        if any(d.available for d in self._derivatives.values()) and "—" in at_point:
            texts.append(self.tr("No analytic value at (%s, %s): f has a corner, a jump or no finite "
                            "slope there.") % (f"{x0:g}", f"{x1:g}"))
            self.derivative_label.setStyleSheet(WARNING_STYLE)
        else:
            self.derivative_label.setStyleSheet("")
        self.derivative_label.setText("<br>".join(texts))

    # --- presets -------------------------------------------------------------------
    def _apply_preset(self, name):
        half = 3.0 if name == "fig-4-8" else 5.0
        self.function.setText(DEFAULT_FUNCTION)
        self.range_input.set_range(-half, half)
        self.h.blockSignals(True)
        self.h.setValue(1e-4)
        self.h.blockSignals(False)
        self._expression = self.function.expression()
        self._derivatives = self._differentiate(self._expression)
        for box in (self.x0_box, self.x1_box):
            box.blockSignals(True)
            box.setRange(-half, half)
            box.blockSignals(False)
        self._recompute_surface()
        if name == "fig-4-8":
            self.set_point(1.0, 1.0)
            self.show_3d()
            return
        self.tabs.setCurrentWidget(self.heatmap)
        self.set_point(3.0, 4.0)
        # Callables, so a language switch says the message again in the new language.
        if name == "problem-1":
            slope = self.readouts.text("d0_numeric")
            self.message.show_message(lambda: self.tr(
                "Problem 1: fix x1 = 4, so f becomes x0² + 4² — a function of x0 alone. Its "
                "slope at x0 = 3 (top slice) is ∂f/∂x0 = %s; the exact value is 2·x0 = 6.") % slope,
                "info")
        else:
            slope = self.readouts.text("d1_numeric")
            self.message.show_message(lambda: self.tr(
                "Problem 2: fix x0 = 3, so f becomes 3² + x1² — a function of x1 alone. Its "
                "slope at x1 = 4 (bottom slice) is ∂f/∂x1 = %s; the exact value is 2·x1 = 8.") % slope,
                "info")

    def reset(self):
        self._apply_preset("problem-1")
        return True

    def retranslate(self):
        self.function.retranslate()
        self._labels["range"].setText(self.tr("x0, x1 from"))
        self._labels["x0"].setText(self.tr("point x0"))
        self._labels["x1"].setText(self.tr("point x1"))
        self.pick_hint.setText(self.tr("Or click the heatmap, or drag its target."))
        self.range_input.retranslate()
        self.scheme_note.setText(self.tr(
            "Central difference, as the book: (f(x+h) − f(x−h)) / 2h along one variable, the other "
            "fixed.<br><span style='color:#d50000'>━ numerical tangent</span><br>"
            "<span style='color:#2e7d32'>╍ analytic tangent</span>"))
        self.tabs.setTabText(0, self.tr("Heatmap and contours"))
        self.tabs.setTabText(1, self.tr("3-D surface (fig 4-8)"))
        self.heatmap.retranslate()
        self.slice0.retranslate("x0", "f(x0, x1)")
        self.slice1.retranslate("x1", "f(x0, x1)")
        if self.surface.problem:
            self.surface.set_note(self._surface_note())
        self._titles(self.x0_box.value(), self.x1_box.value())
