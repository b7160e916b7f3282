"""Starting the Qt application: options, the window, screenshots and timed quits."""
import os
import sys
import time

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

APP_NAME = "Gradient Lab"
# Set to 1 by benchmarks/startup.py: print a line when the window is on screen, then quit.
STARTUP_PROBE = "GRADIENT_LAB_STARTUP_PROBE"


def create_application(argv=None):
    """The QApplication (created once) with the look every section shares and the error hook."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
        app.setApplicationName(APP_NAME)
        app.setOrganizationName("Gradient Lab")
        app.setApplicationDisplayName(APP_NAME)
        app.setDesktopFileName("gradient-lab")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    pg.setConfigOptions(background="w", foreground="k", antialias=True)
    from gui import collector
    from gui.error_hook import install
    from gui.icons import app_icon
    from gui.style import apply_style

    apply_style(app)
    app.setWindowIcon(app_icon())
    install(app)
    collector.install(app)
    return app


def _wait(app, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _probe(window):
    """The section is built and painted: report and close (benchmarks/startup.py)."""
    print("section-ready", flush=True)
    window.close()


def run(options):
    """Open the window as the parsed command line asks; returns the exit code."""
    writes = bool(getattr(options, "save_scenario", None) or getattr(options, "export_python", None))
    if "QT_QPA_PLATFORM" not in os.environ and \
            (writes or (options.screenshot and not os.environ.get("DISPLAY"))):
        # A file to write needs no window on any screen: build the section offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application([sys.argv[0], *getattr(options, "qt_args", ())])
    from gui import i18n
    from gui.geometry import fit_to_screen
    from gui.main_window import MainWindow
    from gui.settings import Settings

    # A screenshot is a fixed 1280x800 picture of what the options ask for: it
    # neither reads nor changes what the user's last session remembered.
    settings = None if options.screenshot or writes else Settings()
    translations = i18n.Translations.of(app)
    remembered = settings.language if settings is not None else None
    language = options.lang or (remembered if remembered in i18n.LANGUAGES else None) \
        or i18n.system_language()
    translations.set_language(language)
    window = MainWindow(settings=settings, translations=translations)
    restored = settings is not None and settings.geometry is not None \
        and window.restoreGeometry(settings.geometry)
    if not options.screenshot:
        # On the screen it opens on, at its scale; a remembered place that no longer fits moves.
        fit_to_screen(window, first=not restored)
    name = options.section or (settings.section if settings is not None else None)
    from gui import sections

    name = name if name in sections.NAMES else "loss"
    if writes:
        from gui.scenario.command import run_headless

        try:
            return run_headless(window, name, options)
        finally:
            window.shutdown()
            window.deleteLater()
    if getattr(options, "file", None):
        # The file's scene is restored (and checked) before the window shows: one that is
        # refused ends here with one line, like any other unusable command line.
        from gui.scenario.command import open_file

        code = open_file(window, options)
        if code:
            window.shutdown()
            return code
        name = window.current_name()
    if options.screenshot:
        return _screenshot(app, window, name, options)
    # Paint the window first, then build the section in the event loop's first turn.
    window.preselect(name)
    window.show()
    # Again once the window manager's frame is known (it counts towards fitting).
    QTimer.singleShot(0, lambda: fit_to_screen(window))
    if getattr(options, "open_in_window", None):
        # From a file manager: a file that cannot be used is said in the window, which stays.
        QTimer.singleShot(0, lambda: window.scenario.open_path(options.open_in_window))
    if os.environ.get(STARTUP_PROBE):
        QTimer.singleShot(0, lambda: print("window-shown", flush=True))
    QTimer.singleShot(0, lambda: _open_section(window, name, options))
    if options.quit_after is not None:
        QTimer.singleShot(int(options.quit_after * 1000), window.close)
    return app.exec()


def _prepare(window, name, options):
    section = window.show_section(name)
    if getattr(options, "present", False):
        window.presentation.enter()
    if options.preset:
        section.apply_preset(options.preset)
    if options.autoplay:
        section.autoplay()
    return section


def _open_section(window, name, options):
    _prepare(window, name, options)
    if os.environ.get(STARTUP_PROBE):
        QTimer.singleShot(0, lambda: _probe(window))


def _screenshot(app, window, name, options):
    window.show()
    _prepare(window, name, options)
    _wait(app, options.wait)
    ok = window.grab().save(options.screenshot)
    window.close()
    if not ok:
        print(f"could not write {options.screenshot}", file=sys.stderr)
        return 1
    print(options.screenshot)
    return 0
