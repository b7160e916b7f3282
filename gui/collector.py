"""Python's cycle collector, run only in the GUI thread.

Automatic collection runs in whichever thread happens to allocate. When that
is a training worker and the garbage holds Qt objects (a closed dialog's
menu, say), their C++ destructors run in the worker, where they wait for a
Qt lock the GUI thread holds while the GUI thread waits for the Python lock
the worker holds: the window freezes for good. So automatic collection is
switched off and this timer collects, generation by generation as Python
would, from the GUI thread.
"""
import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent, interval_ms=INTERVAL_MS):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)
        gc.disable()

    def collect(self):
        """Collect the generations whose allocation counts passed Python's own thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return generation
        return None


def install(app):
    """Once per application; returns the collector."""
    collector = app.findChild(GuiThreadCollector)
    return collector if collector is not None else GuiThreadCollector(app)
