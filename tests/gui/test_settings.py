"""Remembered settings: section, language, geometry and presentation scale survive a restart."""
import pytest
from PySide6.QtCore import QByteArray

from gui.main_window import MainWindow
from gui.settings import SCALE_DEFAULT, SCALE_MAX, SCALE_MIN, Settings, clamp_scale


def test_round_trip(tmp_path):
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.section is None and settings.language is None and settings.geometry is None
    assert settings.scale == SCALE_DEFAULT
    settings.section, settings.language, settings.scale = "descent", "ja", 2.0
    settings.geometry = QByteArray(b"\x01\x02geometry")
    assert settings.sync()
    again = Settings(path)
    assert (again.section, again.language, again.scale) == ("descent", "ja", 2.0)
    assert bytes(again.geometry) == b"\x01\x02geometry"


@pytest.mark.parametrize("raw, expected", [("nonsense", SCALE_DEFAULT), ("nan", SCALE_DEFAULT),
                                           (0.1, SCALE_MIN), (99, SCALE_MAX), (1.75, 1.75)])
def test_bad_scale_values_are_clamped(tmp_path, raw, expected):
    assert clamp_scale(raw) == expected
    path = tmp_path / "s.ini"
    path.write_text(f"[presentation]\nscale={raw}\n")
    assert Settings(path).scale == expected


def test_environment_variable_chooses_the_file(tmp_path, monkeypatch):
    path = tmp_path / "env.ini"
    monkeypatch.setenv("GRADIENT_LAB_SETTINGS", str(path))
    settings = Settings()
    settings.section = "network"
    settings.sync()
    assert path.exists() and Settings().section == "network"


def test_window_remembers_section_geometry_and_scale(qtbot, tmp_path):
    path = tmp_path / "window.ini"
    window = MainWindow(settings=Settings(path))
    qtbot.addWidget(window)
    window.show()
    window.show_section("partial")
    window.set_presentation_scale(2.0)
    window.resize(900, 560)
    geometry = bytes(window.saveGeometry())
    window.close()
    saved = Settings(path)
    assert saved.section == "partial" and saved.scale == 2.0
    assert bytes(saved.geometry) == geometry

    again = MainWindow(settings=saved)
    qtbot.addWidget(again)
    assert again.restoreGeometry(saved.geometry)
    assert again.height() == 560   # (the width is clamped to the small offscreen screen)
    assert again.presentation.scale == 2.0
    assert again.scale_actions[2.0].isChecked()
    again.close()
