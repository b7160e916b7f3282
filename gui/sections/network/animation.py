"""The Run animation of the network section: a QTimer stepping through precomputed gradient steps."""
import math

from PySide6.QtCore import QObject, QTimer, Signal

FRAME_MS = 25       # animation tick
MAX_FRAMES = 120    # a Run lasts at most ~3 s however many steps it takes


class RunAnimation(QObject):
    """Shows a Descent a few steps per tick: frame_shown(W_history, losses) with the new steps."""
    frame_shown = Signal(object, object)
    finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._result, self._frames, self._shown = None, [], 0

    def start(self, result):
        """Animate result (an engine Descent) from its first step."""
        n = len(result.losses) - 1
        stride = max(1, math.ceil(n / MAX_FRAMES))
        self._result, self._shown = result, 0
        self._frames = list(range(stride, n, stride)) + [n]
        self._timer.start()

    def resume(self):
        """Continue a paused run; False when there is nothing left to show."""
        if self._frames:
            self._timer.start()
        return bool(self._frames)

    def pause(self):
        self._timer.stop()

    def stop(self):
        self._timer.stop()
        self._result, self._frames = None, []

    def is_active(self):
        return self._timer.isActive()

    def finish(self):
        """Show all remaining steps at once (tests, screenshots, presets)."""
        while self._frames:
            self._tick()

    def _tick(self):
        if not self._frames:
            self.stop()
            self.finished.emit()
            return
        k = self._frames.pop(0)
        start = self._shown + 1
        self._shown = k
        result = self._result
        if not self._frames:
            self.stop()
        self.frame_shown.emit(result.W_history[start:k + 1], result.losses[start:k + 1])
        if not self._frames:
            self.finished.emit()
