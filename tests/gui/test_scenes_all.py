"""Every section's scenes through a file: each preset's state saved, the section changed, and brought back.

capture(restore(x)) == x for the whole file text (the same bytes), in every section
that can be saved, with the state changed in between so restoring has work to do.
"""
import pytest

from engine import scenario
from gui import sections as registry
from gui.scenario import scenes


@pytest.mark.parametrize("name", registry.NAMES)
def test_every_preset_state_comes_back_from_its_file(window, name, tmp_path):
    section = window.show_section(name)
    files = []
    for preset in [None, *section.PRESETS]:
        if preset is not None:
            section.apply_preset(preset)
        try:
            scene = scenes.capture(section)
        except scenario.ScenarioError as exc:
            pytest.skip(str(exc))
        path = tmp_path / f"{preset or 'default'}.glab"
        scenario.write(path, [scene])
        files.append(path)
    window.show_section("loss" if name != "loss" else "network")
    # newest first: each restore starts from another preset's state
    for path in reversed(files):
        assert window.scenario.open_path(str(path)), window.current_section().message.text()
        assert window.current_name() == name
        again = tmp_path / "again.glab"
        window.scenario.save(str(again))
        assert again.read_bytes() == path.read_bytes(), path.name
