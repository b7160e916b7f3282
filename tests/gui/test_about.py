"""The About dialog names the version, the licences and the MNIST attribution."""
from gui.about import AboutDialog, app_version
from gui.main_window import MainWindow


def test_about_names_licences_and_mnist(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert app_version() in text
    for needle in ("MIT", "LGPL", "pyqtgraph", "NumPy", "BSD", "SymPy", "Numba", "PyOpenGL",
                   "CC BY-SA 3.0", "The MNIST database of handwritten digits",
                   "Yann LeCun", "Corinna Cortes", "Christopher J.C. Burges"):
        assert needle in text, needle


def test_help_menu_opens_about(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.act_about.trigger()
    dialogs = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1 and "CC BY-SA 3.0" in dialogs[0].text()
    dialogs[0].close()
    window.close()


def test_version_comes_from_the_project():
    import re
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert app_version() == re.search(r'^version\s*=\s*"([^"]+)"', pyproject, re.M).group(1)
