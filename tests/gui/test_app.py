"""The window, its lazily built sections, and the command line."""
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from gui import sections as registry

ROOT = Path(__file__).resolve().parents[2]




def test_sections_in_chapter_order(window):
    assert registry.NAMES == ("loss", "derivative", "partial", "gradient", "descent", "network", "training",
                              "playground")
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[0].startswith("4.2") and texts[-1].startswith("4.5")


def test_sections_are_built_lazily(window):
    assert set(window.built_sections()) <= {"loss"}   # at most the first, shown one
    section = window.show_section("partial")
    assert "partial" in window.built_sections() and "training" not in window.built_sections()
    assert window.stack.currentWidget() is section
    assert section.explain.title.text().startswith("4.3.3")
    assert "x<sub>0</sub>" in section.explain.formula.text()
    assert window.show_section("partial") is section


def test_navigation_by_list_and_keys(window, qtbot):
    window.show_section("loss")
    window.nav.setCurrentRow(3)
    assert window.current_name() == "gradient"
    window.move_section(+1)
    assert window.current_name() == "descent"
    qtbot.keyClick(window, Qt.Key_PageUp)
    assert window.current_name() == "gradient"


def test_explanation_collapses(window):
    section = window.show_section("loss")
    section.explain.toggle.setChecked(False)
    assert not section.explain.summary.isVisible()
    section.explain.toggle.setChecked(True)
    assert section.explain.summary.isVisible()


def _run(*args):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_cli_help_documents_options():
    out = _run("--help")
    assert out.returncode == 0
    for option in ("--section", "--preset", "--lang", "--screenshot", "--autoplay", "--quit-after"):
        assert option in out.stdout


def test_cli_unknown_section_lists_names():
    out = _run("--section", "nope")
    assert out.returncode == 2
    assert "loss, derivative, partial, gradient, descent, network, training, playground" in out.stderr


def test_cli_unknown_preset_exits_2():
    out = _run("--section", "descent", "--preset", "no-such-preset")
    assert out.returncode == 2 and "no preset 'no-such-preset'" in out.stderr


def test_cli_screenshot(tmp_path):
    target = tmp_path / "descent.png"
    out = _run("--section", "descent", "--screenshot", str(target), "--wait", "0.1")
    assert out.returncode == 0, out.stderr
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_cli_quit_after_closes_normally():
    out = _run("--section", "loss", "--quit-after", "0.3")
    assert out.returncode == 0, out.stderr
