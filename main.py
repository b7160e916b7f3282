"""Gradient Lab: chapter 4 of "Deep Learning from Scratch", visible and playable."""
import argparse
import os
import sys

# One OpenBLAS thread, set before NumPy loads: on these 2-core machines two BLAS threads
# spin against the GUI thread and the training worker ran ~7x slower inside the app
# (benchmarks/ui_latency.py: 111 vs ~1000 iterations/s). OPENBLAS_NUM_THREADS overrides.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


# Qt's own command-line options (QApplication, QGuiApplication, xcb): they are handed to Qt
# untouched, so `-style Fusion`, `-platform offscreen` or `-reverse` work as in any Qt app.
QT_OPTIONS_WITH_VALUE = frozenset({
    "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowtitle",
    "qwindowicon", "style", "stylesheet", "session", "display", "geometry", "title", "name",
    "visual", "ncols", "cmap", "fn", "font", "bg", "background", "fg", "foreground", "btn",
    "button", "im", "inputstyle", "qmljsdebugger", "scaleFactor"})
QT_FLAGS = frozenset({"reverse", "nograb", "dograb", "sync", "widgetcount", "testability"})


def split_qt_options(argv):
    """(Qt's options with their values, the rest) from a command line without the program name.

    Qt spells its options with one dash (-style) and also accepts two (--style) and
    -style=Fusion; our own options are all longer words, so the sets cannot clash.
    """
    qt_args, rest = [], []
    args = iter(argv)
    for arg in args:
        name = arg.lstrip("-").split("=", 1)[0]
        if arg.startswith("-") and arg != "-" and not arg.startswith("---"):
            if name in QT_FLAGS and "=" not in arg:
                qt_args.append(arg)
                continue
            if name in QT_OPTIONS_WITH_VALUE:
                qt_args.append(arg)
                if "=" not in arg:
                    value = next(args, None)
                    if value is not None:
                        qt_args.append(value)
                continue
        rest.append(arg)
    return qt_args, rest


def build_parser():
    from gui.sections import NAMES

    parser = argparse.ArgumentParser(
        prog="gradient-lab",
        description="Gradient Lab: loss functions, derivatives, gradients, gradient descent and "
                    "a two-layer network learning MNIST, live (Deep Learning from Scratch, ch. 4).",
        epilog="Qt's standard options (-style NAME, -platform NAME, -reverse, -stylesheet FILE, "
               "-qwindowgeometry WxH+X+Y, ...) are passed on to Qt.")
    parser.add_argument("file", nargs="?", metavar="FILE.glab",
                        help="open this scenario file (a deck of several scenes opens at its first)")
    parser.add_argument("--open", nargs="?", metavar="FILE.glab", dest="open_in_window",
                        help="open this scenario file in the window, as File > Open does: a file that "
                             "cannot be used is said in the window (what a double-click on a .glab runs)")
    parser.add_argument("--scene", type=int, metavar="N",
                        help="with FILE.glab: open its scene N (1 is the first)")
    parser.add_argument("--save-scenario", metavar="FILE.glab",
                        help="write the state reached by --section/--preset or by FILE.glab (a whole "
                             "deck, or its --scene N) to FILE.glab and exit, without a window")
    parser.add_argument("--export-python", metavar="FILE.py",
                        help="write the current section's standalone NumPy script to FILE.py and exit, "
                             "without a window")
    parser.add_argument("--section", metavar="NAME",
                        help=f"open this section: {', '.join(NAMES)}")
    parser.add_argument("--preset", metavar="NAME",
                        help="apply one of the section's presets (e.g. book); an unknown name lists them")
    parser.add_argument("--lang", metavar="CODE",
                        help="user-interface language: en, zh_CN or ja (default: the system's)")
    parser.add_argument("--present", action="store_true",
                        help="start in presentation mode (full screen, large text; F5 toggles, Esc leaves)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window at 1280x800, save it as FILE.png and exit "
                             "(works without a display)")
    parser.add_argument("--wait", type=float, default=0.5, metavar="SECONDS",
                        help="with --screenshot: seconds to let the section run first (default 0.5)")
    parser.add_argument("--autoplay", action="store_true",
                        help="start the section's animation or training")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="close the window (the normal way) after SECONDS")
    return parser


def validate(parser, options):
    """Exit with code 2 and the valid names when a language, section or preset is unknown."""
    from gui import sections
    from gui.i18n import LANGUAGES as languages

    if options.lang is not None and options.lang not in languages:
        parser.exit(2, f"gradient-lab: unknown language {options.lang!r}; "
                       f"choose one of: {', '.join(languages)}\n")
    if options.section is not None and options.section not in sections.NAMES:
        parser.exit(2, f"gradient-lab: unknown section {options.section!r}; "
                       f"choose one of: {', '.join(sections.NAMES)}\n")
    if options.preset is not None:
        name = options.section or "loss"
        presets = sections.section_class(name).PRESETS
        if options.preset not in presets:
            parser.exit(2, f"gradient-lab: section {name!r} has no preset {options.preset!r}; "
                           f"choose one of: {', '.join(presets) or '(none yet)'}\n")
    validate_file(parser, options)


def validate_file(parser, options):
    """Read FILE.glab now (no Qt needed): a file that cannot be used exits 2 with one line.

    The scenes go on in options.scenes; each scene's values are checked by its
    section when it is restored (gui/scenario/command.py).
    """
    from engine import scenario
    from gui import sections

    options.scenes = None
    if options.file is None:
        if options.scene is not None:
            parser.exit(2, "gradient-lab: --scene N needs a scenario file: "
                           "gradient-lab FILE.glab --scene N\n")
        return
    if options.section is not None or options.preset is not None:
        parser.exit(2, f"gradient-lab: {options.file} sets the section; leave out --section and --preset\n")
    try:
        options.scenes = scenario.read(options.file, sections.NAMES)
        if options.scene is not None and not 1 <= options.scene <= len(options.scenes):
            raise scenario.scene_number_error(options.file, len(options.scenes), options.scene)
    except scenario.ScenarioError as exc:
        parser.exit(2, f"gradient-lab: {exc}\n")


# Platforms that draw without a display server (Qt's -platform / QT_QPA_PLATFORM names).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb",
                                "vkkhrdisplay"})


def has_display(qt_args=(), environ=None, platform=None):
    """Whether a window can be shown: on Linux, an X or Wayland display, or a platform that needs none."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    chosen = environ.get("QT_QPA_PLATFORM", "")
    args = list(qt_args)
    for i, arg in enumerate(args):
        name, _, value = arg.lstrip("-").partition("=")
        if name == "platform":
            chosen = value or (args[i + 1] if i + 1 < len(args) else "")
    kinds = [part.split(":")[0].strip() for part in chosen.split(";") if part.strip()]
    if any(kind in HEADLESS_PLATFORMS for kind in kinds):
        return True
    if kinds and all(kind.startswith("wayland") for kind in kinds):
        return bool(environ.get("WAYLAND_DISPLAY"))
    if kinds and all(kind == "xcb" for kind in kinds):
        return bool(environ.get("DISPLAY"))
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def needs_display(options):
    """Everything but the commands that write a file and exit opens a window."""
    return not (options.screenshot or options.save_scenario or options.export_python)


def main(argv=None):
    parser = build_parser()
    qt_args, argv = split_qt_options(sys.argv[1:] if argv is None else argv)
    options = parser.parse_args(argv)
    options.qt_args = qt_args
    validate(parser, options)
    if needs_display(options) and not has_display(qt_args):
        # Without this, Qt aborts (a core dump) when it finds no display to connect to.
        print("gradient-lab: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
              "for a picture of a section instead, use --screenshot FILE.png "
              "(e.g. gradient-lab --section descent --screenshot descent.png)", file=sys.stderr)
        return 2
    from gui.app import run

    return run(options)


if __name__ == "__main__":
    sys.exit(main())
