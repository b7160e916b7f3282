"""Section 4.4: the field of -grad f over a grid (fig 4-9), contours under it, hover read-outs."""
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from engine.gradient import numerical_gradient, numerical_gradient_grid
from engine.quiver import arrow_counts, arrow_segments, grid
from engine.surfaces import SURFACES
from gui.kit.contours import contour_levels, contour_segments
from gui.kit.inputs import FunctionInput
from gui.kit.messages import InlineError
from gui.kit.numbers import format_number
from gui.kit.plots import make_plot, style_plot
from gui.kit.pointkeys import PointKeys
from gui.kit.readouts import Readouts
from gui.kit.section import SectionBase

ARROW_COLOUR = "#0b3d91"
CONTOUR_COLOUR = "#9aa3b5"
CONTOUR_POINTS = 81   # per axis: the contour grid is finer than the arrow grid
MIN_ARROWS, MAX_ARROWS = 4, 60   # per axis; beyond 60 the arrows shrink to specks


class GradientSection(SectionBase):
    NAME = "gradient"
    PRESETS = {
        "book": QT_TRANSLATE_NOOP("Presets", "Fig 4-9: −∇f of f = x0² + x1² on arange(-2, 2.5, 0.25)"),
        "saddle": QT_TRANSLATE_NOOP("Presets", "A saddle f = x0² − x1²: downhill along x1, uphill along x0"),
        "rosenbrock": QT_TRANSLATE_NOOP("Presets", "Rosenbrock's valley: steep walls, an almost flat floor"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        surface = SURFACES["book"]
        self._grid_range = surface.grid_range
        self._field = None        # (X0, X1, U, V, spacing) of the last good function
        self._f = None            # the last good function: hover read-outs use it
        self._hover = (1.0, 1.5)
        self._contours = (np.empty(0), np.empty(0))
        self.last_redraw_ms = float("nan")

        # --- controls ---
        self.function = FunctionInput(("x0", "x1"), surface.text)
        self.normalise = QCheckBox()
        self.density_label = QLabel()
        self.density = QSpinBox()
        # The box takes any count, so a typed 200 is not silently cut to 20: out-of-range
        # counts are capped with an error under the box that says the accepted range.
        self.density.setRange(1, 9999)
        self.density.setKeyboardTracking(False)
        self.density.setValue(surface.grid_n)
        self.density_error = InlineError()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.timing = QLabel()
        self.timing.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.density_label, 1)
        row.addWidget(self.density)
        for widget in (self.function, self.normalise):
            self.controls.addWidget(widget)
        self.controls.addLayout(row)
        self.controls.addWidget(self.density_error)
        self.controls.addWidget(self.note)
        self.controls.addWidget(self.timing)

        # --- plot: contours under shafts and heads; each item created once ---
        self.plot = make_plot(legend=True)
        self.plot_item = self.plot.getPlotItem()
        PointKeys(self.plot, lambda: self._hover, self.hover_at)   # arrows: the keyboard's hover
        self.plot_item.setAspectLocked(True)
        self.plot_item.legend.setBrush(pg.mkBrush(255, 255, 255, 230))
        self.plot_item.legend.setOffset((10, 10))
        self.contour_curve = pg.PlotDataItem(connect="pairs", pen=pg.mkPen(CONTOUR_COLOUR, width=1.2,
                                                                           style=Qt.DashLine))
        # The contours only change with f: cached as a pixmap, they cost nothing when arrows redraw.
        self.contour_curve.curve.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        arrow_pen = pg.mkPen(ARROW_COLOUR, width=2)
        self.shaft_curve = pg.PlotDataItem(connect="pairs", pen=arrow_pen)
        self.head_curve = pg.PlotDataItem(connect="pairs", pen=arrow_pen)
        self.hover_marker = pg.ScatterPlotItem(size=12, brush=pg.mkBrush("#d55e00"), pen=pg.mkPen("w"))
        for item in (self.contour_curve, self.shaft_curve, self.head_curve, self.hover_marker):
            self.plot_item.addItem(item)
        self.readouts = Readouts(columns=2)
        for key in ("point", "f", "d0", "d1"):
            self.readouts.add(key)
        big = self.readouts.values["point"].font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        for label in self.readouts.values.values():
            label.setFont(big)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self.plots)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.readouts)

        self.function.function_changed.connect(lambda _f: self._function_changed())
        self.normalise.toggled.connect(lambda _on: self._update_arrows())
        self.density.valueChanged.connect(self._density_changed)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self._recompute(reset_view=True)
        self.hover_at(1.0, 1.5)
        self.retranslate()

    # --- computing ------------------------------------------------------------
    def _function_changed(self):
        self.message.clear()
        if self._recompute():
            self.hover_at(*self._hover)

    def _density_changed(self, n):
        capped = min(max(n, MIN_ARROWS), MAX_ARROWS)
        if capped != n:
            self.density.blockSignals(True)
            self.density.setValue(capped)
            self.density.blockSignals(False)
            self.density_error.show_error(lambda: self.tr(
                "%d arrows per axis is outside the accepted %d to %d; showing %d × %d.")
                % (n, MIN_ARROWS, MAX_ARROWS, capped, capped))
        else:
            self.density_error.clear()
        self._recompute()

    def _recompute(self, reset_view=False):
        """Gradient field and contours of the current function; keeps the last good one on failure."""
        start = time.perf_counter()
        f = self.function.expression()
        (lo0, hi0), (lo1, hi1) = self._grid_range
        X0, X1 = grid((lo0, hi0), (lo1, hi1), self.density.value())
        d0, d1 = numerical_gradient_grid(f, X0, X1)
        finite = np.isfinite(d0) & np.isfinite(d1)
        # Callables: a language switch says the message again in the new language.
        if not finite.any():
            self.message.show_message(lambda text=f.text: self.tr(
                "f(x0, x1) = %s is not a finite number anywhere on the grid (inf or nan), so it has "
                "no gradient to draw; the previous field stays.") % text)
            return False
        if not finite.all():
            counts = (np.count_nonzero(~finite), finite.size)
            self.message.show_message(lambda: self.tr(
                "f is not finite at %d of %d grid points (e.g. log or sqrt of a negative number, "
                "or a division by zero); no arrows are drawn there.") % counts, "warning")
        spacing = min((hi0 - lo0), (hi1 - lo1)) / max(self.density.value() - 1, 1)
        self._f = f
        self._field = (X0, X1, -d0, -d1, spacing)   # arrows show -grad f
        field_ms = (time.perf_counter() - start) * 1000   # the contours below are not the quiver's cost
        pad = 0.6 * spacing
        x = np.linspace(lo0 - pad, hi0 + pad, CONTOUR_POINTS)
        y = np.linspace(lo1 - pad, hi1 + pad, CONTOUR_POINTS)
        with np.errstate(all="ignore"):
            Z = f(*np.meshgrid(x, y))
        self._contours = contour_segments(x, y, Z, contour_levels(Z))
        self.contour_curve.setData(*self._contours)
        if reset_view:
            # Room above the grid for the legend, so it covers no arrow.
            self.plot_item.setRange(xRange=(lo0 - pad, hi0 + pad),
                                    yRange=(lo1 - pad, hi1 + pad + 0.4 * (hi1 - lo1)), padding=0)
        self._update_arrows(field_ms)
        return True

    def _update_arrows(self, field_ms=0.0):
        """Only setData: the segments of the current field in the current length mode."""
        start = time.perf_counter()
        if self._field is None:
            return
        X0, X1, U, V, spacing = self._field
        shaft_x, shaft_y, head_x, head_y, index = arrow_segments(X0, X1, U, V, spacing,
                                                                 normalise=self.normalise.isChecked())
        self.shaft_curve.setData(shaft_x, shaft_y)
        self.head_curve.setData(head_x, head_y)
        self.last_redraw_ms = field_ms + (time.perf_counter() - start) * 1000
        self.timing.setText(self._count_text(X0.shape, arrow_counts(U, V)) + "<br>" + self.tr(
            "Field computed and handed to the plot in %s ms.") % format_number(self.last_redraw_ms, 2))

    def _count_text(self, shape, counts):
        """How many arrows the n × n grid shows, and why any grid point has none."""
        drawn, flat, undefined = counts
        lines = [self.tr("%d × %d grid: %d arrows.") % (shape[0], shape[1], drawn)]
        if flat:
            lines.append(self.tr("No arrow at %d point(s) where ∇f = 0 (a minimum, maximum or "
                                 "saddle): there is no downhill direction.") % flat)
        if undefined:
            lines.append(self.tr("No arrow at %d point(s) where f or ∇f is not finite.") % undefined)
        return " ".join(lines)

    # --- hover -----------------------------------------------------------------
    def _mouse_moved(self, scene_pos):
        vb = self.plot_item.getViewBox()
        if vb.sceneBoundingRect().contains(scene_pos):
            point = vb.mapSceneToView(scene_pos)
            self.hover_at(point.x(), point.y())

    def hover_at(self, x0, x1):
        """Read-outs of f and its gradient (the book's per-point numerical_gradient) at (x0, x1)."""
        self._hover = (float(x0), float(x1))
        f = self._f
        x = np.array(self._hover)
        with np.errstate(all="ignore"):
            value = float(f(x[0], x[1]))
            grad = numerical_gradient(lambda p: f(p[0], p[1]), x)
        self.hover_marker.setData([x[0]], [x[1]])
        self.readouts.set("point", f"({format_number(x[0], 4)}, {format_number(x[1], 4)})")
        self.readouts.set("f", format_number(value))
        self.readouts.set("d0", format_number(grad[0]))
        self.readouts.set("d1", format_number(grad[1]))
        return value, grad

    # --- presets and text --------------------------------------------------------
    def _apply_preset(self, name):
        surface = SURFACES[name]
        self._grid_range = surface.grid_range
        self.normalise.blockSignals(True)
        self.normalise.setChecked(name == "rosenbrock")
        self.normalise.blockSignals(False)
        self.density.blockSignals(True)
        self.density.setValue(surface.grid_n)
        self.density.blockSignals(False)
        self.function.blockSignals(True)
        self.function.setText(surface.text)
        self.function.blockSignals(False)
        self._recompute(reset_view=True)
        self.hover_at(1.0, 1.5)

    def retranslate(self):
        self.normalise.setText(self.tr("Same length (direction only)"))
        self.normalise.setToolTip(self.tr("Off: arrow length is proportional to |∇f|, "
                                          "the longest arrow fills one grid step."))
        self.density_label.setText(self.tr("Arrows per axis"))
        self.note.setText(self.tr("Arrows show −∇f, the direction of steepest descent. "
                                  "Each arrow starts at its grid point; they are long where f is steep "
                                  "and vanish at the minimum."))
        self.hint.setText(self.tr("Move the mouse over the plot (or click it and use the arrow keys) "
                                  "to read f and its gradient there:"))
        self.readouts.set_label("point", self.tr("(x0, x1)"))
        self.readouts.set_label("f", self.tr("f(x0, x1)"))
        self.readouts.set_label("d0", self.tr("∂f/∂x0"))
        self.readouts.set_label("d1", self.tr("∂f/∂x1"))
        style_plot(self.plot_item, self.tr("Arrows: −∇f, the direction of steepest descent"),
                   self.tr("x0"), self.tr("x1"))
        legend = self.plot_item.legend
        legend.clear()
        # Short: the title already says what −∇f is, and a long entry runs past a narrow plot.
        legend.addItem(self.shaft_curve, self.tr("arrows: −∇f"))
        legend.addItem(self.contour_curve, self.tr("contour lines of f (equal height)"))
        if self._field is not None:
            self._update_arrows()
