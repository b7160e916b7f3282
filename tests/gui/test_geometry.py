"""The window on small and scaled screens: it fits, nothing is cut, the section scrolls instead."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from gui import sections as registry
from gui.geometry import fit_to_screen, fitted
from gui.kit.readouts import BigReadouts
from gui.main_window import MainWindow

# A 1600×1000 screen at 1.25, 1.5 and 2 (logical pixels), and a 1024×700 one at 1.
SCREENS = {"1.25x": QRect(0, 0, 1280, 800), "1.5x": QRect(0, 0, 1067, 667),
           "2x": QRect(0, 0, 800, 500), "1024x700": QRect(0, 0, 1024, 700)}


def test_fitted_moves_and_shrinks_onto_the_screen():
    screen = QRect(0, 0, 1600, 1000)
    assert fitted(QRect(700, 300, 1150, 800), screen) == QRect(450, 200, 1150, 800)
    assert fitted(QRect(-50, -20, 2560, 1600), screen) == screen
    assert fitted(QRect(100, 100, 400, 300), screen) == QRect(100, 100, 400, 300)


def test_remembered_geometry_partly_off_screen_is_moved_back(qtbot, translations):
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    window.show()
    # What restoreGeometry gave on a 1600-px screen: 700,300 and 1150 px wide (Qt's offscreen
    # screen is smaller, so the restore itself is replayed with setGeometry).
    window.setGeometry(700, 300, 1150, 800)
    screen = QRect(0, 0, 1600, 1000)
    assert not screen.contains(window.frameGeometry())
    fit_to_screen(window, available=screen)
    assert screen.contains(window.frameGeometry())
    assert window.width() == 1150     # moved, not needlessly shrunk


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_first_window_fits_and_nothing_is_cut(qtbot, translations, screen):
    available = SCREENS[screen]
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    fit_to_screen(window, available=available, first=True)
    window.show()
    fit_to_screen(window, available=available)      # as the app does once the frame is known
    assert available.contains(window.frameGeometry())
    for name in registry.NAMES:
        section = window.show_section(name)
        qtbot.wait(20)
        QApplication.processEvents()
        # The window kept its size: the section scrolls rather than forcing the window larger.
        assert window.width() <= available.width() and window.height() <= available.height()
        hint = section.minimumSizeHint()
        assert section.width() >= hint.width() and section.height() >= hint.height(), name
        for button in section._preset_buttons.values():
            assert button.width() >= button.minimumSizeHint().width(), (name, button.text())
        for readouts in section.findChildren(BigReadouts):
            for value in readouts.values.values():
                if value.isVisible():
                    assert value.width() >= value.sizeHint().width(), (name, value.text())
    window.close()


def test_section_list_narrower_on_a_small_screen(qtbot, translations):
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    fit_to_screen(window, available=SCREENS["2x"], first=True)
    window.show()
    assert window.nav.width() <= 800 // 6 + 40


def test_short_window_opens_sections_with_the_explanation_collapsed(qtbot, translations):
    window = MainWindow(translations=translations)
    qtbot.addWidget(window)
    fit_to_screen(window, available=SCREENS["1.5x"], first=True)
    window.show()
    section = window.show_section("loss")
    qtbot.waitUntil(lambda: section.isVisible())
    assert not section.explain.summary.isVisible()
    qtbot.keyClick(section.explain.toggle, Qt.Key_Space)      # the keyboard opens it again
    assert section.explain.summary.isVisible()
