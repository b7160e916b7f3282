"""engine.scene_values: a scene's values pass the checks a typed value gets, with a message naming the key."""
import math

import pytest

from engine.scene_values import SceneError, SceneValues


def refusal(values, read):
    """The English message of the SceneError that read(SceneValues(values)) raises."""
    with pytest.raises(SceneError) as info:
        read(SceneValues(values))
    return str(info.value)


def test_good_values_come_back_as_plain_python():
    values = SceneValues({"lr": 0.1, "steps": 20.0, "on": True, "scheme": "central",
                          "f": "x0^2 + x1**2", "start": [-3, 4], "W": [[1, 2, 3], [4, 5, 6]],
                          "racers": [{"name": "sgd"}, {"name": "adam"}]})
    assert values.number("lr", 0, 10) == 0.1
    steps = values.integer("steps", 1, 100)
    assert steps == 20 and isinstance(steps, int)
    assert values.boolean("on") is True
    assert values.choice("scheme", ("central", "forward")) == "central"
    assert values.expression("f", ("x0", "x1")) == "x0^2 + x1**2"
    assert values.numbers("start", 2, -10, 10) == [-3.0, 4.0]
    assert values.matrix("W", (2, 3), -10, 10) == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    assert [r.choice("name", ("sgd", "adam")) for r in values.items("racers", 1, 6)] == ["sgd", "adam"]
    values.done()


@pytest.mark.parametrize("value, words", [
    ("0.1", "must be a finite number, not '0.1'"),
    (math.nan, "not nan"),
    (math.inf, "not inf"),
    (True, "not True"),
    (11, "lr is 11, outside 0 … 10"),
    (None, "not None"),
])
def test_a_bad_number_names_the_key_and_the_value(value, words):
    assert words in refusal({"lr": value}, lambda v: v.number("lr", 0, 10))


def test_a_missing_key_is_refused_unless_it_has_a_default():
    assert refusal({}, lambda v: v.number("lr", 0, 10)) == "The scene has no value for lr."
    assert SceneValues({}).number("lr", 0, 10, default=0.01) == 0.01


def test_an_unknown_key_is_refused_by_done():
    values = SceneValues({"lr": 0.1, "lrr": 0.2})
    values.number("lr", 0, 1)
    with pytest.raises(SceneError, match="unknown values: lrr"):
        values.done()


def test_a_typed_function_is_parsed_never_run():
    message = refusal({"f": "__import__('os').system('true')"}, lambda v: v.expression("f", ("x",)))
    assert message.startswith("f: ") and "not allowed" in message


def test_integers_refuse_fractions_and_ranges():
    assert "must be a whole number, not 2.5" in refusal({"n": 2.5}, lambda v: v.integer("n", 0, 9))
    assert "n is 10, outside 0 … 9" in refusal({"n": 10}, lambda v: v.integer("n", 0, 9))


def test_lists_name_the_position_of_a_bad_entry():
    assert "start.1 must be a finite number" in refusal({"start": [1, "a"]},
                                                         lambda v: v.numbers("start", 2, -9, 9))
    assert "list of 2 numbers" in refusal({"start": [1, 2, 3]}, lambda v: v.numbers("start", 2, -9, 9))
    message = refusal({"racers": [{"lr": -1}]},
                      lambda v: v.items("racers", 1, 6)[0].number("lr", 0, 1))
    assert message.startswith("racers[0].lr is -1")
    assert "1 … 6 entries" in refusal({"racers": []}, lambda v: v.items("racers", 1, 6))


def test_text_is_limited_and_a_huge_value_is_not_repeated_in_full():
    message = refusal({"name": "x" * 5000}, lambda v: v.text("name"))
    assert "5000 characters" in message and len(message) < 200
    message = refusal({"lr": list(range(10000))}, lambda v: v.number("lr", 0, 1))
    assert len(message) < 120


def test_a_scene_that_is_not_an_object_is_refused():
    with pytest.raises(SceneError, match="The scene must be a JSON object, not list"):
        SceneValues([1, 2])
