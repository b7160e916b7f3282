"""The keyboard's way to point at a plot: arrow keys move the point a click (or the mouse) would set."""
from PySide6.QtCore import QEvent, QObject, Qt

from gui.kit.keys import TAKES_ARROWS

# One arrow press moves the point by this fraction of the visible range; Shift moves it 5× as far.
STEP_FRACTION = 1 / 40
MOVES = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, 1), Qt.Key_Down: (0, -1)}


class PointKeys(QObject):
    """Arrow keys on a focused PlotWidget move a point: set_point(x, y) gets the new place.

    The plot becomes a Tab stop with a focus frame (gui/style.py); the section-wide
    → leaves the arrows to it (gui/kit/keys.py). get_point() returns the current (x, y).
    """

    def __init__(self, plot_widget, get_point, set_point):
        super().__init__(plot_widget)
        self.plot_widget = plot_widget
        self.get_point, self.set_point = get_point, set_point
        plot_widget.setProperty(TAKES_ARROWS, True)
        plot_widget.setFocusPolicy(Qt.StrongFocus)
        plot_widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() != QEvent.KeyPress or event.key() not in MOVES:
            return False
        if event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier):
            return False     # Ctrl+← / Ctrl+→ still move between sections
        (x_lo, x_hi), (y_lo, y_hi) = self.plot_widget.getPlotItem().getViewBox().viewRange()
        factor = STEP_FRACTION * (5 if event.modifiers() & Qt.ShiftModifier else 1)
        dx, dy = MOVES[event.key()]
        x, y = self.get_point()
        # Kept inside the view, so the point never walks out of sight.
        x = min(x_hi, max(x_lo, x + dx * factor * (x_hi - x_lo)))
        y = min(y_hi, max(y_lo, y + dy * factor * (y_hi - y_lo)))
        self.set_point(x, y)
        return True
