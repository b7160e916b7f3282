"""The command line's scenario options, run as a user would (subprocesses): exit codes and one line."""
import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import main
from engine import scenario

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"} if env is None else env
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env=environment)


def one_line(out):
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """--save-scenario of two sections' book presets, and a deck of both."""
    folder = tmp_path_factory.mktemp("cli")
    network, loss = folder / "network.glab", folder / "loss.glab"
    out = run("--section", "network", "--preset", "far_nudge", "--save-scenario", network)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(network)
    out = run("--section", "loss", "--save-scenario", loss)
    assert out.returncode == 0, out.stderr
    deck = folder / "deck.glab"
    scenario.write(deck, [*scenario.read(network), *scenario.read(loss)])
    return folder


def test_save_scenario_writes_the_preset_without_a_window(saved):
    scene = scenario.read(saved / "network.glab")[0]
    assert scene["section"] == "network" and scene["weight"] == "w23" and scene["delta"] == 2.5


def test_open_and_save_again_gives_the_same_bytes(saved, tmp_path):
    again = tmp_path / "again.glab"
    out = run(saved / "network.glab", "--save-scenario", again)
    assert out.returncode == 0, out.stderr
    assert again.read_bytes() == (saved / "network.glab").read_bytes()
    deck = tmp_path / "deck.glab"               # a whole deck: every scene restored and captured again
    out = run(saved / "deck.glab", "--save-scenario", deck)
    assert out.returncode == 0, out.stderr
    assert deck.read_bytes() == (saved / "deck.glab").read_bytes()
    second = tmp_path / "second.glab"           # --scene N: that scene alone
    out = run(saved / "deck.glab", "--scene", 2, "--save-scenario", second)
    assert out.returncode == 0, out.stderr
    assert second.read_bytes() == (saved / "loss.glab").read_bytes()


def test_a_scene_beyond_the_last(saved):
    out = run(saved / "deck.glab", "--scene", 5, "--save-scenario", saved / "x.glab")
    assert out.returncode == 2
    assert one_line(out) == f"gradient-lab: {saved / 'deck.glab'} has 2 scenes; there is no scene 5."
    assert not (saved / "x.glab").exists()
    out = run("--scene", 2, "--save-scenario", saved / "x.glab")
    assert out.returncode == 2 and "--scene N needs a scenario file" in one_line(out)


def test_bad_files_exit_2_with_one_line(saved, tmp_path):
    broken = tmp_path / "broken.glab"
    broken.write_text('{"format": "gradient-lab", "version": 1, "scenes": [', encoding="utf-8")
    out = run(broken)           # refused before any window (or Qt) starts
    assert out.returncode == 2
    assert one_line(out) == f"gradient-lab: {broken} is not JSON: Expecting value (line 1, column 53)."

    bad = json.loads((saved / "deck.glab").read_text(encoding="utf-8"))
    bad["scenes"][1]["label"] = 12
    wrong = tmp_path / "wrong.glab"
    wrong.write_text(json.dumps(bad), encoding="utf-8")
    out = run(wrong, "--save-scenario", tmp_path / "out.glab")
    assert out.returncode == 2
    assert one_line(out) == f"gradient-lab: {wrong}, scene 2 (loss): label is 12, outside 0 … 9."
    assert not (tmp_path / "out.glab").exists()


def test_open_from_a_file_manager_says_a_bad_file_in_the_window(saved, tmp_path):
    """--open (the desktop entry's Exec): the window opens and stays; the problem is said there."""
    broken = tmp_path / "broken.glab"
    broken.write_text("not json", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRADIENT_LAB_SETTINGS": str(tmp_path / "s.ini")}
    out = run("--open", broken, "--quit-after", 3, env=env)
    assert out.returncode == 0, out.stderr
    assert "not JSON" not in out.stderr
    out = run("--open", "--quit-after", 2, env=env)     # the launcher's %f without a file
    assert out.returncode == 0, out.stderr


def test_export_python_writes_a_numpy_script(saved, tmp_path):
    target = tmp_path / "net.py"
    out = run(saved / "network.glab", "--export-python", target)
    assert out.returncode == 0, out.stderr
    script = target.read_text(encoding="utf-8")
    assert "import numpy as np" in script and "PySide6" not in script and "gui" not in script
    printed = subprocess.run([sys.executable, str(target)], capture_output=True, text=True, timeout=60)
    assert printed.returncode == 0, printed.stderr
    assert "nudge w23 by 2.5" in printed.stdout


def test_a_section_without_a_script_exits_2(window, tmp_path, monkeypatch, capsys):
    """In-process (every section has its script by now): the headless path says so in one line."""
    from gui.scenario import command

    section = window.show_section("loss")

    def missing():
        raise ModuleNotFoundError("No module named 'gui.sections.loss.python'",
                                  name="gui.sections.loss.python")

    monkeypatch.setattr(section, "python_script", missing)
    options = argparse.Namespace(file=None, scene=None, scenes=None, preset=None, save_scenario=None,
                                 export_python=str(tmp_path / "x.py"))
    assert command.run_headless(window, "loss", options) == 2
    assert capsys.readouterr().err == "gradient-lab: The loss section cannot be written as Python yet.\n"
    assert not (tmp_path / "x.py").exists()


def test_without_a_display_one_line_instead_of_a_core_dump():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = run("--section", "descent", env=env)
    assert out.returncode == 2 and out.stdout == ""
    line = one_line(out)
    assert line.startswith("gradient-lab: no display") and "--screenshot FILE.png" in line


def test_what_counts_as_a_display():
    linux = "linux"
    assert not main.has_display((), {}, linux)
    assert main.has_display((), {"DISPLAY": ":0"}, linux)
    assert main.has_display((), {"WAYLAND_DISPLAY": "wayland-0"}, linux)
    assert main.has_display((), {"QT_QPA_PLATFORM": "offscreen"}, linux)
    assert main.has_display(("-platform", "minimal"), {}, linux)
    assert main.has_display(("--platform=offscreen",), {}, linux)
    assert not main.has_display((), {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, linux)
    assert not main.has_display((), {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, linux)
    assert main.has_display((), {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, linux)
    assert main.has_display((), {}, "win32") and main.has_display((), {}, "darwin")


def test_help_lists_the_file_options():
    out = run("--help")
    assert out.returncode == 0
    for option in ("FILE.glab", "--scene", "--save-scenario", "--export-python"):
        assert option in out.stdout


def test_a_deck_opens_at_its_scene_in_a_screenshot(saved, tmp_path):
    from PySide6.QtGui import QImage

    target = tmp_path / "deck.png"
    out = run(saved / "deck.glab", "--scene", 2, "--screenshot", target, "--wait", 0.1)
    assert out.returncode == 0, out.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
