"""Starting the Qt application: options, the window, screenshots and timed quits."""
import os
import sys
import time

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

APP_NAME = "Gradient Lab"


def create_application(argv=None):
    """The QApplication (created once) with the look every section shares."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
        app.setApplicationName(APP_NAME)
        app.setOrganizationName("Gradient Lab")
        app.setApplicationDisplayName(APP_NAME)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    pg.setConfigOptions(background="w", foreground="k", antialias=True)
    from gui.style import apply_style

    apply_style(app)
    return app


def _wait(app, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def run(options):
    """Open the window as the parsed command line asks; returns the exit code."""
    if options.screenshot and not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application()
    from gui.main_window import MainWindow

    window = MainWindow()
    section = window.show_section(options.section or "loss")
    window.show()
    if options.preset:
        section.apply_preset(options.preset)
    if options.autoplay:
        section.autoplay()
    if options.screenshot:
        _wait(app, options.wait)
        ok = window.grab().save(options.screenshot)
        window.close()
        if not ok:
            print(f"could not write {options.screenshot}", file=sys.stderr)
            return 1
        print(options.screenshot)
        return 0
    if options.quit_after is not None:
        QTimer.singleShot(int(options.quit_after * 1000), window.close)
    return app.exec()
