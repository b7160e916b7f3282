"""Exporting from the window like a person: the plot keeps its size after an SVG, the file
dialog starts in the documents folder and then where this kind of file was saved last, and
the files get the usual permissions."""
import os
import re
import stat

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from gui.main_window import MainWindow
from gui.settings import Settings


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder with a Documents folder, and no user-dirs file saying otherwise."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def answer_file_dialog(path, seen):
    """When the save dialog opens: note the folder it shows, choose path, press Save."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(os.path.realpath(dialog.directory().absolutePath()))
        # Typed into the name field, as a person does: selectFile() can lose the name to the
        # dialog's default while its folder view is still loading.
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        if name_field is not None:
            name_field.setText(str(path))
        else:
            dialog.selectFile(str(path))
        dialog.accept()
    QTimer.singleShot(20, answer)


def _views(section):
    return [v for v in section.plots.findChildren(pg.GraphicsView) if v.isVisible()]


def test_svg_export_keeps_the_plot_size(window, qtbot, tmp_path, home):
    section = window.show_section("descent")
    qtbot.wait(50)
    view, = _views(section)
    before = view.size()
    path, seen = tmp_path / "descent.svg", []
    answer_file_dialog(path, seen)
    window.export_menu.svg.trigger()                # Export ▸ Plots as SVG drawing…
    qtbot.wait(50)
    assert view.size() == before
    head = re.search(rb"<svg[^>]*>", path.read_bytes()).group(0).decode()
    assert f'width="{before.width()}"' in head and f'height="{before.height()}"' in head
    assert f"0 0 {before.width()} {before.height()}" in head       # the viewBox
    window.show_section("loss")                     # leave and come back
    window.show_section("descent")
    qtbot.wait(50)
    assert view.size() == before


def test_dialog_starts_in_documents_then_in_the_last_folder_of_that_kind(qtbot, tmp_path, home):
    settings_path = tmp_path / "s.ini"
    window = MainWindow(settings=Settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    window.show_section("loss")
    elsewhere = tmp_path / "lecture" / "figures"
    elsewhere.mkdir(parents=True)
    seen = []
    answer_file_dialog(elsewhere / "loss.png", seen)
    window.export_menu.png.trigger()
    assert seen == [os.path.realpath(home / "Documents")]
    assert (elsewhere / "loss.png").exists()
    answer_file_dialog(elsewhere / "again.png", seen)
    window.export_menu.png.trigger()
    assert seen[-1] == os.path.realpath(elsewhere)
    answer_file_dialog(home / "Documents" / "loss.svg", seen)
    window.export_menu.svg.trigger()                # another kind of file: its own folder
    assert seen[-1] == os.path.realpath(home / "Documents")
    window.close()

    again = MainWindow(settings=Settings(settings_path))   # the next day
    qtbot.addWidget(again)
    again.show()
    again.show_section("loss")
    answer_file_dialog(elsewhere / "third.png", seen)
    again.export_menu.png.trigger()
    assert seen[-1] == os.path.realpath(elsewhere)
    again.close()


def test_without_a_documents_folder_the_dialog_starts_at_home(window, tmp_path, monkeypatch):
    home = tmp_path / "bare"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    window.show_section("loss")
    seen = []
    answer_file_dialog(home / "loss.png", seen)
    window.export_menu.png.trigger()
    assert seen == [os.path.realpath(home)]


def test_exported_files_get_the_usual_permissions(window, tmp_path):
    window.show_section("derivative")
    previous = os.umask(0o022)
    try:
        for fmt in ("png", "svg", "csv"):
            path = window.export_menu.save(fmt, str(tmp_path / f"derivative.{fmt}"))
            assert path, window.statusBar().currentMessage()
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    finally:
        os.umask(previous)


def test_svg_during_a_presentation_then_esc(window, qtbot, tmp_path):
    """The lecturer's sequence: 2.5× presentation, export the plot as SVG, Esc."""
    section = window.show_section("descent")
    qtbot.wait(50)
    view, = _views(section)
    before = view.size()
    window.set_presentation_scale(2.5)
    window.presentation.enter()
    qtbot.wait(50)
    shown = view.size()
    path = window.export_menu.save("svg", str(tmp_path / "talk.svg"))
    assert path, window.statusBar().currentMessage()
    head = re.search(rb"<svg[^>]*>", (tmp_path / "talk.svg").read_bytes()).group(0).decode()
    assert f'width="{shown.width()}" height="{shown.height()}"' in head
    assert view.size() == shown
    window.presentation.leave()
    qtbot.wait(50)
    assert view.size() == before
