"""Decks: add views, reorder, delete, jump, PgDn/PgUp walk the scenes, "scene 2 / 3", save and open."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def answers(window, monkeypatch):
    """The "deck not saved" question answered Discard unless a test says otherwise; no deck left open."""
    asked = {"answer": QMessageBox.Discard, "count": 0}

    def question(*_args):
        asked["count"] += 1
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    yield asked
    window.scenario.deck.modified = False      # the window closes after the test without asking


def lr_of(window):
    return window.section("network").descent_box.lr.value()


def build_deck(window):
    """Three scenes: network lr 0.5, loss, network lr 2.0 (the last one shown)."""
    net = window.show_section("network")
    net.descent_box.lr.setValue(0.5)
    assert window.scenario.add_view()
    window.show_section("loss")
    assert window.scenario.add_view()
    window.show_section("network")
    net.descent_box.lr.setValue(2.0)
    assert window.scenario.add_view()
    return window.scenario


def rows(panel):
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_adding_views_builds_a_deck_with_its_list(window):
    files = build_deck(window)
    assert len(files.deck) == 3 and files.deck.index == 2
    assert files.panel.isVisible()
    assert rows(files.panel) == ["    1. 4.4.2  Gradient of a neural network", "    2. 4.2  Loss functions",
                                 "▶ 3. 4.4.2  Gradient of a neural network"]
    assert [s["section"] for s in files.deck.scenes] == ["network", "loss", "network"]
    assert files.label.text() == "scene 3 / 3" and files.label_action.isVisible()
    assert files.act_deck.isChecked() and files.act_deck.text() == "&Deck panel"
    files.act_deck.trigger()
    assert not files.panel.isVisible() and not files.act_deck.isChecked()
    files.act_deck.trigger()
    assert files.panel.isVisible()
    assert window.statusBar().currentMessage() == "Scene 3 added to the deck."


def test_page_keys_walk_the_deck_then_the_sections_again(window, qtbot):
    files = build_deck(window)
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert window.current_name() == "loss" and files.label.text() == "scene 2 / 3"
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert window.current_name() == "network" and lr_of(window) == 0.5
    assert files.label.text() == "scene 1 / 3" and rows(files.panel)[0].startswith("▶ 1.")
    qtbot.keyClick(window, Qt.Key_PageUp)           # the first scene: it stays
    assert files.deck.index == 0 and "first scene" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key_PageDown)
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert window.current_name() == "network" and lr_of(window) == 2.0
    qtbot.keyClick(window, Qt.Key_PageDown)
    assert window.current_name() == "network" and "last scene" in window.statusBar().currentMessage()
    files.panel.close_button.click()
    assert not files.deck.is_open() and not files.panel.isVisible() and not files.label_action.isVisible()
    qtbot.keyClick(window, Qt.Key_PageDown)         # the sections again: network → training
    assert window.current_name() == "training"


def test_reorder_delete_and_jump(window):
    files = build_deck(window)
    panel = files.panel
    panel.list.setCurrentRow(0)
    assert not panel.up_button.isEnabled() and panel.down_button.isEnabled()
    panel.down_button.click()
    assert [s["section"] for s in files.deck.scenes] == ["loss", "network", "network"]
    assert panel.list.currentRow() == 1 and files.deck.scenes[1]["lr"] == 0.5
    panel.list.setCurrentRow(2)
    panel.up_button.click()
    assert [s.get("lr") for s in files.deck.scenes] == [None, 2.0, 0.5]
    panel.list.setCurrentRow(0)
    panel.delete_button.click()
    assert [s["lr"] for s in files.deck.scenes] == [2.0, 0.5] and len(rows(panel)) == 2
    # double-click (activation) jumps to a scene
    panel.list.itemActivated.emit(panel.list.item(1))
    assert lr_of(window) == 0.5 and files.deck.index == 1 and files.label.text() == "scene 2 / 2"
    # replace: the selected scene takes what the window shows now
    window.section("network").descent_box.lr.setValue(0.25)
    panel.list.setCurrentRow(0)
    panel.replace_button.click()
    assert files.deck.scenes[0]["lr"] == 0.25


def test_presentation_shows_the_scene_number_not_the_list(window, qtbot):
    files = build_deck(window)
    qtbot.keyClick(window, Qt.Key_PageUp)
    before = files.label.font().pointSizeF()
    assert files.label.font().bold() and before > window.export_button.font().pointSizeF()
    window.presentation.enter()
    try:
        assert files.label.isVisible() and files.label.text() == "scene 2 / 3"
        assert not files.panel.isVisible()
        qtbot.keyClick(window, Qt.Key_PageDown)
        assert files.label.text() == "scene 3 / 3" and lr_of(window) == 2.0
        # larger than outside the presentation: it is scaled with the rest
        assert files.label.font().pointSizeF() == before * window.presentation.scale
    finally:
        window.presentation.leave()
    assert files.panel.isVisible()


def test_save_writes_the_deck_and_open_brings_it_back(window, tmp_path):
    files = build_deck(window)
    path = files.save(str(tmp_path / "lecture.glab"))
    saved = json.loads((tmp_path / "lecture.glab").read_text(encoding="utf-8"))
    assert [s["section"] for s in saved["scenes"]] == ["network", "loss", "network"]
    files.close_deck()
    window.show_section("loss")
    assert files.open_path(path, scene=2)
    assert files.deck.index == 1 and len(files.deck) == 3 and files.label.text() == "scene 2 / 3"
    assert window.current_name() == "loss" and files.deck.path == path
    window.show_section("partial")
    assert files.open_path(path)
    assert window.current_name() == "network" and lr_of(window) == 0.5 and files.deck.index == 0
    again = tmp_path / "again.glab"
    files.save(str(again))
    assert again.read_bytes() == (tmp_path / "lecture.glab").read_bytes()


def test_a_refused_scene_in_a_deck_is_said_and_passed(window, qtbot, tmp_path):
    files = build_deck(window)
    files.deck.scenes[1]["label"] = -1
    qtbot.keyClick(window, Qt.Key_PageUp)
    # the deck moves on, the window stays on what it showed
    assert files.deck.index == 1 and window.current_name() == "network" and lr_of(window) == 2.0
    assert window.current_section().message.text() == \
        "the deck, scene 2 (loss): label is -1, outside 0 … 9."
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert lr_of(window) == 0.5 and window.current_section().message.text() == ""


def test_opening_a_single_scene_closes_the_deck(window, tmp_path):
    files = build_deck(window)
    files.close_deck()
    window.show_section("network")
    single = files.save(str(tmp_path / "one.glab"))
    build_deck(window)
    assert files.open_path(single)
    assert not files.deck.is_open() and not files.panel.isVisible()


def test_the_list_names_sections_in_the_new_language(window, translations):
    files = build_deck(window)
    translations.set_language("zh_CN")
    assert rows(files.panel)[1] == "    2. 4.2  损失函数"
    assert files.label.text() == "scene 3 / 3" or "3 / 3" in files.label.text()
    translations.set_language("en")
    assert rows(files.panel)[1] == "    2. 4.2  Loss functions"


def test_an_unsaved_deck_is_not_lost(window, tmp_path, answers, monkeypatch):
    files = build_deck(window)
    other = files.save(str(tmp_path / "other.glab"))
    files.add_view()                                   # four scenes now, the fourth not saved
    answers["answer"] = QMessageBox.Cancel
    assert not files.open_path(other) and answers["count"] == 1
    assert len(files.deck) == 4 and files.deck.modified and lr_of(window) == 2.0
    assert not files.close_deck() and files.deck.is_open()
    assert not window.close() and window.isVisible()   # closing the window asks too
    answers["answer"] = QMessageBox.Save
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "kept.glab"), ""))
    assert files.open_path(other)                      # saved first, then opened
    assert len(json.loads((tmp_path / "kept.glab").read_text(encoding="utf-8"))["scenes"]) == 4
    assert len(files.deck) == 3 and not files.deck.modified
    assert files.close_deck() and answers["count"] == 4   # nothing changed since: no question
