"""Scenario files in the window: save, change, open; refusals; drops; recent files; Copy as Python."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.main_window import MainWindow
from gui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def network_state(section):
    """What the network section shows: W, the lr box, the steps box, the tab."""
    return ([list(map(float, row)) for row in section._W], section.descent_box.lr.value(),
            section.descent_box.steps.value(), section.tabs.currentIndex())


def change_network(section, lr=0.5, steps=7, tab=1):
    section.apply_preset("random")
    section.descent_box.lr.setValue(lr)
    section.descent_box.steps.setValue(steps)
    section.tabs.setCurrentIndex(tab)


def test_save_then_change_then_open_restores_exactly(window, tmp_path):
    net = window.show_section("network")
    change_network(net)
    shown = network_state(net)
    path = tmp_path / "random.glab"
    assert window.scenario.save(str(path)) == str(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["format"] == "gradient-lab" and saved["version"] == 1
    assert saved["scenes"][0]["section"] == "network" and saved["scenes"][0]["lr"] == 0.5

    net.apply_preset("book")
    net.descent_box.lr.setValue(0.1)
    net.tabs.setCurrentIndex(0)
    window.show_section("loss")
    assert network_state(net) != shown

    assert window.scenario.open_path(str(path))
    assert window.current_name() == "network" and window.current_section() is net
    assert network_state(net) == shown
    assert "random.glab" in window.statusBar().currentMessage()
    # open then save: the same bytes
    again = tmp_path / "again.glab"
    window.scenario.save(str(again))
    assert again.read_bytes() == path.read_bytes()


def test_a_refused_file_leaves_everything_and_says_why(window, tmp_path):
    net = window.show_section("network")
    change_network(net)
    window.scenario.save(str(tmp_path / "good.glab"))
    before = network_state(net)
    loss = window.show_section("loss")

    bad = json.loads((tmp_path / "good.glab").read_text(encoding="utf-8"))
    bad["scenes"][0]["lr"] = "fast"
    (tmp_path / "bad.glab").write_text(json.dumps(bad), encoding="utf-8")
    assert not window.scenario.open_path(str(tmp_path / "bad.glab"))
    assert window.current_name() == "loss"
    assert network_state(net) == before
    assert loss.message.text() == f"{tmp_path / 'bad.glab'}, scene 1 (network): " \
                                  "lr must be a finite number, not 'fast'."

    (tmp_path / "broken.glab").write_text("{nope", encoding="utf-8")
    assert not window.scenario.open_path(str(tmp_path / "broken.glab"))
    assert loss.message.text().startswith(f"{tmp_path / 'broken.glab'} is not JSON: ")
    assert window.current_name() == "loss" and window.scenario.recent() == [str(tmp_path / "good.glab")]

    # a good file afterwards clears the refusal
    assert window.scenario.open_path(str(tmp_path / "good.glab"))
    assert loss.message.text() == ""


def test_scene_number_beyond_the_file(window, tmp_path):
    window.show_section("network")
    path = window.scenario.save(str(tmp_path / "one.glab"))
    assert not window.scenario.open_path(path, scene=2)
    assert window.current_section().message.text() == f"{path} has 1 scenes; there is no scene 2."


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(point.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_file_opens_it(window, tmp_path):
    net = window.show_section("network")
    change_network(net, lr=2.0, steps=9, tab=0)
    path = window.scenario.save(str(tmp_path / "dropped.glab"))
    shown = network_state(net)
    net.apply_preset("book")
    window.show_section("loss")
    (tmp_path / "notes.txt").write_text("not a scenario")
    assert _drop(window, [tmp_path / "notes.txt"]) == (False, False)
    assert window.current_name() == "loss"
    assert _drop(window, [tmp_path / "notes.txt", path]) == (True, True)
    assert window.current_name() == "network" and network_state(net) == shown


def test_recent_files_keep_the_last_eight_and_survive_a_restart(qtbot, tmp_path, translations):
    settings = Settings(tmp_path / "settings.ini")
    win = MainWindow(settings=settings, translations=translations)
    qtbot.addWidget(win)
    win.show_section("network")
    paths = [win.scenario.save(str(tmp_path / f"talk{i}.glab")) for i in range(10)]
    assert win.scenario.recent() == [str(tmp_path / f"talk{i}.glab") for i in range(9, 1, -1)]
    win.scenario.open_path(paths[4])
    assert win.scenario.recent()[:2] == [paths[4], paths[9]] and len(win.scenario.recent()) == 8
    win.scenario.recent_menu.aboutToShow.emit()
    actions = [a for a in win.scenario.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == win.scenario.recent()
    assert actions[0].text() == "&1  talk4.glab"
    win.shutdown()
    settings.sync()

    later = MainWindow(settings=Settings(tmp_path / "settings.ini"), translations=translations)
    qtbot.addWidget(later)
    assert later.scenario.recent()[0] == paths[4]
    later.scenario.recent_menu.aboutToShow.emit()
    entries = [a for a in later.scenario.recent_menu.actions() if a.data()]
    entries[1].trigger()                                   # talk9.glab, from the menu
    assert later.current_name() == "network" and later.scenario.recent()[0] == paths[9]
    os.remove(paths[8])                                    # a recent file that is gone
    assert not later.scenario.open_path(paths[8])
    assert later.current_section().message.text() == f"{paths[8]} does not exist."
    assert paths[8] not in later.scenario.recent() and len(later.scenario.recent()) == 7
    clear = later.scenario.recent_menu.actions()[-1]
    clear.trigger()
    assert later.scenario.recent() == []
    later.shutdown()


def test_file_menu_order_and_shortcuts(window):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&Open scenario…", "Open &recent", "&Save scenario…"]
    assert texts.index("Copy as &Python") < texts.index("&Export") < texts.index("&Quit")
    assert window.scenario.act_open.shortcut().toString() == "Ctrl+O"
    assert window.scenario.act_save.shortcut().toString() == "Ctrl+S"
    # the shortcuts work in presentation mode too, where the menu bar is hidden
    assert window.scenario.act_save in window.actions()


def _script_lines(script, tmp_path):
    path = tmp_path / "script.py"
    path.write_text(script, encoding="utf-8")
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_copy_as_python_puts_the_sections_script_on_the_clipboard(window, tmp_path):
    net = window.show_section("network")
    change_network(net)
    script = window.scenario.copy_python()
    assert QGuiApplication.clipboard().text() == script == net.python_script()
    assert "clipboard" in window.statusBar().currentMessage()
    assert "PySide6" not in script and "import numpy as np" in script
    printed = _script_lines(script, tmp_path)
    w_line = printed.index(next(line for line in printed if line.startswith("W = ")))
    assert repr(float(net._W[0][0]))[:8] in printed[w_line]


def test_save_as_python_starts_in_documents_and_adds_the_suffix(window, tmp_path, monkeypatch):
    window.show_section("network")
    asked = {}

    def dialog(parent, title, start, file_filter):
        asked.update(title=title, start=start, filter=file_filter)
        return str(tmp_path / "simple_net"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr("gui.settings.documents_folder", lambda: str(tmp_path))
    path = window.scenario.save_python()
    assert path == str(tmp_path / "simple_net.py")
    assert asked["start"] == str(tmp_path / "gradient-lab-network.py")
    assert asked["filter"] == "Python script (*.py)"
    written = (tmp_path / "simple_net.py").read_text(encoding="utf-8")
    assert written == window.current_section().python_script()
    assert f"Saved {path}" == window.statusBar().currentMessage()


def _missing(section, module):
    def raise_missing(*_args):
        raise ModuleNotFoundError(f"No module named '{section.info.module}.{module}'",
                                  name=f"{section.info.module}.{module}")
    return raise_missing


def test_a_section_without_a_scene_says_so(window, tmp_path, monkeypatch):
    section = window.show_section("loss")
    monkeypatch.setattr(section, "capture_scene", _missing(section, "scene"))
    monkeypatch.setattr(section, "python_script", _missing(section, "python"))
    assert window.scenario.save(str(tmp_path / "x.glab")) is None
    assert section.message.text() == "The loss section cannot be saved as a scene yet."
    assert not (tmp_path / "x.glab").exists()
    assert window.scenario.copy_python() is None
    assert section.message.text() == "The loss section cannot be written as Python yet."
    assert not window.scenario.add_view() and not window.scenario.deck.is_open()


def test_a_missing_module_inside_a_scene_is_a_real_error(window, monkeypatch):
    section = window.show_section("loss")

    def broken():
        raise ModuleNotFoundError("No module named 'scipy'", name="scipy")

    monkeypatch.setattr(section, "capture_scene", broken)
    from gui.scenario import scenes
    with pytest.raises(ModuleNotFoundError):
        scenes.capture(section)


class EngineTable(QTranslator):
    """The engine's sentences from scripts/translations_scenes.py (as the .qm files will hold them)."""

    def __init__(self, table):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(source) if context == "Engine" else None

    def isEmpty(self):
        return False


def test_the_refusal_on_screen_follows_a_language_change(window, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    from translations_scenes import ENGINE_ENTRIES

    loss = window.show_section("loss")
    path = tmp_path / "new.glab"
    path.write_text(json.dumps({"format": "gradient-lab", "version": 9, "scenes": [{}]}))
    assert not window.scenario.open_path(str(path))
    assert loss.message.text() == f"{path} was written by a newer Gradient Lab " \
                                  "(file version 9; this one reads version 1)."
    translator = EngineTable({en: zh for en, zh, _ja in ENGINE_ENTRIES})
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        assert loss.message.text() == \
            f"{path} 是由更新版本的梯度实验室写的（文件版本 9；本程序只能读取版本 1）。"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
    assert loss.message.text().endswith("(file version 9; this one reads version 1).")


def test_a_value_a_file_cannot_hold_is_said_and_nothing_is_written(window, tmp_path, monkeypatch):
    section = window.show_section("network")
    monkeypatch.setattr(section, "capture_scene", lambda: {"lr": float("inf")})
    assert window.scenario.save(str(tmp_path / "inf.glab")) is None
    assert section.message.text() == "A scene of network holds inf, which a file cannot store."
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file(window, tmp_path, monkeypatch):
    window.show_section("network")
    missing = tmp_path / "no such folder" / "talk.glab"
    assert window.scenario.save(str(missing)) is None
    assert window.current_section().message.text() == \
        f"{missing} could not be written: No such file or directory."
    old = tmp_path / "talk.glab"
    old.write_text("old", encoding="utf-8")

    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert window.scenario.save(str(old)) is None
    assert window.current_section().message.text() == \
        f"{old} could not be written: No space left on device."
    assert old.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["talk.glab"]     # no temporary file left either
