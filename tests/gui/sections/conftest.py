"""Sections as their tests open them: shown at a given size, shut down (timers, workers) afterwards."""
import pytest


@pytest.fixture
def open_section(qtbot):
    """open_section(SectionClass, size=(w, h), **options): a fresh section, shut down after the test."""
    built = []

    def open_(cls, size=(1100, 760), **options):
        widget = cls(**options)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        built.append(widget)
        return widget
    yield open_
    for widget in built:
        widget.shutdown()
