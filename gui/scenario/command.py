"""The command line's file options: FILE.glab [--scene N], --save-scenario and --export-python.

main.py checks the file itself (engine.scenario, before Qt starts); here its scene
is restored into the window's section, which checks every value. A refusal is one
line on stderr naming the file and the problem, and exit code 2. The headless
options build the section without showing a window, write their file and exit 0.
"""
import os
import sys

from engine import scenario
from engine.atomic import atomic_write_text
from gui.scenario import scenes

USAGE_ERROR = 2     # a file or an option that cannot be used
WRITE_ERROR = 1     # the output could not be written


def say(error):
    """One line on stderr: the program, then the file and the problem."""
    print(f"gradient-lab: {error}", file=sys.stderr, flush=True)


def chosen_number(options):
    """The scene the command line asks for: --scene N (1-based), else the first."""
    return options.scene if options.scene is not None else 1


def open_file(window, options):
    """Restore options.file's chosen scene (options.scenes, read by main.py); an exit code, or 0.

    With a window to show, a file of several scenes opens as a deck.
    """
    number = chosen_number(options)
    found = options.scenes
    try:
        scenes.restore(window, found[number - 1], number, options.file)
    except scenario.ScenarioError as exc:
        say(exc)
        return USAGE_ERROR
    window.scenario.adopt(found, options.file, number)
    return 0


def _scenes_to_save(window, options):
    """What --save-scenario writes: the current view, or every scene of the opened deck, each checked.

    A deck opened without --scene is saved whole: each scene is restored in turn (so
    each is checked) and captured again; with --scene N only that scene is saved.
    """
    if not options.file:
        return [scenes.capture(window.current_section())]
    if options.scene is not None or len(options.scenes) == 1:
        return [scenes.capture(window.current_section())]
    saved = []
    for number, scene in enumerate(options.scenes, 1):
        saved.append(scenes.capture(scenes.restore(window, scene, number, options.file)))
    # the state reached is the first scene's, as when the deck is opened
    scenes.restore(window, options.scenes[0], 1, options.file)
    return saved


def run_headless(window, name, options):
    """--save-scenario / --export-python: reach the state, write the file(s); the exit code."""
    if options.file:
        code = open_file(window, options)
        if code:
            return code
    else:
        section = window.show_section(name)
        if options.preset:
            section.apply_preset(options.preset)
    try:
        if options.save_scenario:
            found = _scenes_to_save(window, options)
            try:
                scenario.write(options.save_scenario, found)
            except OSError as exc:
                say(scenario.cannot_write(options.save_scenario, exc))
                return WRITE_ERROR
            except ValueError as exc:   # a value a file cannot hold (inf): nothing written
                if isinstance(exc, scenario.ScenarioError):
                    raise
                say(exc)
                return WRITE_ERROR
            print(os.fspath(options.save_scenario))
        if options.export_python:
            script = scenes.python_script(window.current_section())
            try:
                atomic_write_text(options.export_python, script)
            except OSError as exc:
                say(scenario.cannot_write(options.export_python, exc))
                return WRITE_ERROR
            print(os.fspath(options.export_python))
    except scenario.ScenarioError as exc:
        say(exc)
        return USAGE_ERROR
    return 0
