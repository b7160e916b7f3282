"""What an optimizer carries from step to step, drawn at the racer's point (6.1, fig 6-8).

At step k the pictures describe update k, the one that moves x_k to x_(k+1), all in
the plot's units so they can be compared with the step itself:
  gradient   −η·∇f(x_k): where plain SGD with this racer's η would go;
  velocity   v after the update (Momentum, Nesterov), or −η_t·m (Adam's mean gradient);
  squares    a rectangle around x_k with sides η·√h (AdaGrad, RMSprop) or η_t·√v (Adam),
             one per coordinate: the larger the sum of squared gradients along an axis,
             the more the step along that axis is divided down;
  step       the step actually taken, x_(k+1) − x_k.
Items are created once per racer and only get setData.
"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

KINDS = ("path", "gradient", "velocity", "squares", "step")
HEAD = 0.25      # arrow heads: this share of the arrow's length, at ±25°
HEAD_ANGLE = np.radians(25)


def arrow_segments(origin, vector):
    """x, y of an arrow from origin along vector as connect="pairs" segments: shaft and two head lines."""
    origin, vector = np.asarray(origin, float), np.asarray(vector, float)
    tip = origin + vector
    if not (np.all(np.isfinite(tip)) and np.hypot(*vector) > 0):
        return np.empty(0), np.empty(0)
    back = -vector * HEAD
    c, s = np.cos(HEAD_ANGLE), np.sin(HEAD_ANGLE)
    left = tip + np.array([c * back[0] - s * back[1], s * back[0] + c * back[1]])
    right = tip + np.array([c * back[0] + s * back[1], -s * back[0] + c * back[1]])
    points = np.array([origin, tip, tip, left, tip, right])
    return points[:, 0], points[:, 1]


def update_parts(trace, history, k):
    """{kind: vector or (w, h)} of update k of a racer (trace None: SGD on the numerical gradient)."""
    steps = len(history) - 1
    if steps < 1:
        return {}
    j = min(k, steps - 1)
    if trace is None:           # x ← x − η∇f: the gradient step is the step
        step = history[j + 1] - history[j]
        return {"origin": history[j], "gradient": step, "step": step}
    lr = trace.hyperparameters["lr"]
    parts = {"origin": trace.points[j], "gradient": -lr * trace.grads[j], "step": trace.steps[j]}
    if trace.name in ("momentum", "nesterov"):
        parts["velocity"] = trace.states["v"][j]
    elif trace.name in ("adagrad", "rmsprop"):
        parts["squares"] = lr * np.sqrt(trace.states["h"][j])
    elif trace.name == "adam":
        parts["velocity"] = -trace.lr_t[j] * trace.states["m"][j]
        parts["squares"] = trace.lr_t[j] * np.sqrt(trace.states["v"][j])
    return parts


class InnerLayer:
    """The gradient, velocity, squared-gradient and step pictures of one racer."""

    def __init__(self, plot_item, index, colour):
        def item(**style):
            curve = pg.PlotDataItem(connect="pairs", **style)
            curve.skip_export = True      # a picture of one step; the CSV has every step in its table
            plot_item.addItem(curve)
            curve.setZValue(20 + index)
            return curve

        self.items = {
            "gradient": item(pen=pg.mkPen(colour, width=2, style=Qt.DotLine)),
            "velocity": item(pen=pg.mkPen(colour, width=2.5, style=Qt.DashDotLine)),   # contours are dashed
            "squares": pg.PlotDataItem(pen=pg.mkPen(colour, width=1.5), fillOutline=True,
                                       brush=pg.mkBrush(*pg.mkColor(colour).getRgb()[:3], 50)),
            "step": item(pen=pg.mkPen("k", width=3)),
        }
        squares = self.items["squares"]
        squares.skip_export = True
        plot_item.addItem(squares)
        squares.setZValue(5 + index)      # under the paths, whose points stay readable
        self.trace, self.history = None, np.empty((0, 2))

    def set_run(self, trace, history):
        self.trace, self.history = trace, np.asarray(history, dtype=np.float64)

    def show(self, k, shown):
        """Draw update k; shown: {kind: bool}. Kinds this optimizer has not are hidden."""
        parts = update_parts(self.trace, self.history, k) if shown.get("racer", True) else {}
        for kind, curve in self.items.items():
            if not shown.get(kind) or kind not in parts:
                curve.setVisible(False)
                continue
            if not np.all(np.isfinite(parts[kind])) or not np.all(np.isfinite(parts["origin"])):
                curve.setVisible(False)       # a diverged racer: nothing finite to draw
                continue
            if kind == "squares":
                (x, y), (w, h) = parts["origin"], parts["squares"] / 2
                curve.setData([x - w, x + w, x + w, x - w, x - w], [y - h, y - h, y + h, y + h, y - h])
            else:
                curve.setData(*arrow_segments(parts["origin"], parts[kind]))
            curve.setVisible(True)

    def hide(self):
        for curve in self.items.values():
            curve.setVisible(False)
