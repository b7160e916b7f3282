"""A dark desktop palette does not reach the app: its own light look stays readable everywhere."""
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from gui.style import apply_style


def _luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def dark_desktop(qapp):
    """The palette a dark desktop theme hands to Qt applications, until the app applies its style."""
    previous = QPalette(qapp.palette())
    dark = QPalette()
    for role, colour in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#dddddd"),
                         (QPalette.Base, "#1e1e1e"), (QPalette.Text, "#dddddd"),
                         (QPalette.Button, "#3a3a3a"), (QPalette.ButtonText, "#dddddd")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(previous)


def test_dark_desktop_keeps_text_readable_on_the_light_panels(dark_desktop, window, qapp):
    apply_style(qapp)      # as gui.app.create_application does at start-up (the fixture did too)
    section = window.show_section("loss")
    panel = QColor("#f6f8fc")          # the explanation panel's fixed background (gui/style.py)
    for label in (section.explain.title, section.explain.summary):
        assert contrast(label.palette().color(label.foregroundRole()), panel) >= 4.5
    # The headings of the read-outs are navy: they need the light window behind them.
    window_colour = section.palette().color(QPalette.Window)
    assert contrast(QColor("#1a237e"), window_colour) >= 4.5
    # Text typed into fields: dark on light.
    edit = section.findChildren(QLineEdit)[0]
    assert contrast(edit.palette().color(QPalette.Text), edit.palette().color(QPalette.Base)) >= 4.5


def test_presentation_mode_keeps_the_light_palette(dark_desktop, window, qapp):
    apply_style(qapp)
    window.presentation.enter()
    try:
        title = window.show_section("loss").explain.title
        assert contrast(title.palette().color(title.foregroundRole()), QColor("#fffbe6")) >= 4.5
    finally:
        window.presentation.leave()
    title = window.current_section().explain.title
    assert contrast(title.palette().color(title.foregroundRole()), QColor("#f6f8fc")) >= 4.5
