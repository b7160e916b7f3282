"""Scenario files (.glab): what a file may hold, every refusal in one line naming the file, the same bytes."""
import json
import os

import numpy as np
import pytest

from engine import scenario
from engine.messages import Message, message_of

SECTIONS = ("loss", "descent")
GOOD = {"format": "gradient-lab", "version": 1,
        "scenes": [{"section": "descent", "lr": 0.1, "start": [-3.0, 4.0], "f": "x0**2 + x1**2"}]}


def refusal(content, name="deck.glab"):
    """The one-line message a file's content is refused with (and that it is a ScenarioError)."""
    data = content if isinstance(content, bytes) else json.dumps(content).encode()
    with pytest.raises(scenario.ScenarioError) as caught:
        scenario.loads(data, name, SECTIONS)
    assert isinstance(message_of(caught.value), Message)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(name)
    return text


def test_a_good_file_gives_its_scenes():
    scenes = scenario.loads(json.dumps(GOOD), "a.glab", SECTIONS)
    assert scenes == GOOD["scenes"]


def test_not_json():
    assert refusal(b'{"format": "gradient-lab",') == \
        "deck.glab is not JSON: Expecting property name enclosed in double quotes (line 1, column 27)."
    assert refusal(b"") == "deck.glab is not JSON: Expecting value (line 1, column 1)."


def test_not_utf8():
    assert refusal(b'{"a": "\xff"}') == "deck.glab is not UTF-8 text (byte 7)."


def test_a_byte_order_mark_is_allowed():
    data = b"\xef\xbb\xbf" + json.dumps(GOOD).encode()
    assert scenario.loads(data, "bom.glab", SECTIONS)[0]["section"] == "descent"


def test_nan_and_duplicate_keys_are_refused():
    assert refusal(b'{"format": "gradient-lab", "version": 1, "scenes": [{"section": "loss", "x": NaN}]}') \
        == "deck.glab is not JSON: NaN is not a number a file may hold."
    assert refusal(b'{"format": "gradient-lab", "format": "gradient-lab"}') == \
        'deck.glab is not JSON: the key "format" appears twice in one object.'


def test_wrong_structure():
    expected = 'deck.glab is not a Gradient Lab scenario (it has no "format": "gradient-lab").'
    assert refusal([1, 2]) == expected
    assert refusal({"format": "other", "version": 1, "scenes": []}) == expected
    assert refusal({**GOOD, "scenes": {}}) == 'deck.glab: "scenes" must be a list of 1 … 200 scenes.'
    assert refusal({**GOOD, "scenes": []}) == 'deck.glab: "scenes" must be a list of 1 … 200 scenes.'
    assert refusal({**GOOD, "scenes": [3]}) == \
        "deck.glab, scene 1: a scene must be a JSON object, not 3."
    assert refusal({**GOOD, "scenes": [GOOD["scenes"][0], {"lr": 1}]}) == \
        'deck.glab, scene 2: "section" must name a section.'
    assert refusal({**GOOD, "extra": 1}) == "deck.glab has unknown entries: extra."


def test_wrong_types():
    assert refusal({**GOOD, "version": "1"}) == \
        'deck.glab: "version" must be a whole number from 1, not "1".'
    assert refusal({**GOOD, "version": True}) == \
        'deck.glab: "version" must be a whole number from 1, not true.'
    assert refusal({**GOOD, "scenes": [{"section": 7}]}) == \
        'deck.glab, scene 1: "section" must name a section.'


def test_a_newer_version():
    assert refusal({**GOOD, "version": 2}) == \
        "deck.glab was written by a newer Gradient Lab (file version 2; this one reads version 1)."


def test_an_unknown_section():
    assert refusal({**GOOD, "scenes": [{"section": "magic"}]}) == \
        'deck.glab, scene 1: there is no section "magic"; the sections are loss, descent.'


def test_absurdly_large(tmp_path):
    path = tmp_path / "big.glab"
    with open(path, "wb") as fh:
        fh.truncate(scenario.MAX_BYTES + 1)
    with pytest.raises(scenario.ScenarioError) as caught:
        scenario.read(path, SECTIONS)
    assert str(caught.value) == f"{path} is 5.0 MB; a scenario file is at most 5 MB."
    assert refusal(b" " * (scenario.MAX_BYTES + 1)) == "deck.glab is 5.0 MB; a scenario file is at most 5 MB."


def test_deeply_nested_is_counted_before_parsing():
    bomb = b"[" * 100000 + b"]" * 100000      # json.loads would hit the recursion limit
    assert refusal(bomb) == "deck.glab nests 100000 levels deep; a scenario nests at most 32."
    # brackets inside strings do not count
    assert scenario.nesting_depth('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}') == 1
    assert scenario.nesting_depth('{"a": "\\"[[[", "b": [[1]]}') == 3


def test_unreadable_files(tmp_path):
    with pytest.raises(scenario.ScenarioError) as caught:
        scenario.read(tmp_path / "none.glab")
    assert str(caught.value) == f"{tmp_path / 'none.glab'} does not exist."
    with pytest.raises(scenario.ScenarioError) as caught:
        scenario.read(tmp_path)
    assert str(caught.value) == f"{tmp_path} is a folder, not a scenario file."


def test_scene_errors_name_the_file_scene_and_section():
    from engine.scene_values import SceneError, SceneValues

    with pytest.raises(SceneError) as caught:
        SceneValues({"lr": "fast"}).number("lr", 0, 10)
    error = scenario.scene_error("talk.glab", 3, "descent", caught.value)
    assert str(error) == "talk.glab, scene 3 (descent): lr must be a finite number, not 'fast'."
    assert str(scenario.scene_number_error("talk.glab", 7, 9)) == \
        "talk.glab has 7 scenes; there is no scene 9."


def test_dumps_is_deterministic_and_readable():
    scene = {"section": "descent", "z": [1, 2.5], "a": {"y": None, "b": True}, "f": "x0² 日本"}
    text = scenario.dumps([scene])
    assert text == scenario.dumps([dict(reversed(list(scene.items())))])   # key order does not matter
    assert text.endswith("}\n") and "日本" in text and '"z": [1, 2.5]' in text
    lines = text.splitlines()
    assert lines[:4] == ["{", '  "format": "gradient-lab",', '  "version": 1,', '  "scenes": [']
    assert lines[5] == '      "section": "descent",'           # the section first, then sorted keys
    assert scenario.dumps(scenario.loads(text, "x", None)) == text
    assert json.loads(text)["scenes"][0] == scene


def test_dumps_keeps_floats_exactly():
    values = [0.1, 1e-50, 2.0 ** -1074, 1 / 3, -0.0, 12345678901234567890]
    text = scenario.dumps([{"section": "loss", "v": values}])
    assert scenario.loads(text, "x")[0]["v"] == values
    assert scenario.dumps([{"section": "loss", "v": np.float64(0.1)}]) == \
        scenario.dumps([{"section": "loss", "v": 0.1}])


def test_dumps_refuses_what_a_file_cannot_hold():
    with pytest.raises(ValueError, match="holds inf"):
        scenario.dumps([{"section": "loss", "v": float("inf")}])
    with pytest.raises(ValueError, match="holds a set"):
        scenario.dumps([{"section": "loss", "v": {1}}])
    with pytest.raises(ValueError, match="at least one scene"):
        scenario.dumps([])


def test_write_is_atomic_and_round_trips(tmp_path, monkeypatch):
    path = tmp_path / "deck.glab"
    scenes = [{"section": "loss", "y": [0.1, 0.9]}, {"section": "descent", "lr": 10.0}]
    scenario.write(path, scenes)
    first = path.read_bytes()
    assert scenario.read(path, SECTIONS) == scenes
    scenario.write(path, scenario.read(path, SECTIONS))
    assert path.read_bytes() == first

    def broken(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError):
        scenario.write(path, [{"section": "loss"}])
    assert path.read_bytes() == first and sorted(p.name for p in tmp_path.iterdir()) == ["deck.glab"]
