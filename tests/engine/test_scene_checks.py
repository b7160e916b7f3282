"""engine.scene_checks: what a scene's values must be together, each refusal naming its key."""
import pytest

from engine import scene_checks as checks
from engine.scene_values import SceneError


def refused(call, *args):
    with pytest.raises(SceneError) as error:
        call(*args)
    return str(error.value.args[0])


def test_a_probability_vector_adds_up_to_1():
    assert checks.probability_vector([0.1, 0.2, 0.7], "y") == [0.1, 0.2, 0.7]
    assert refused(checks.probability_vector, [0.5, 0.6], "y") == \
        "y must add up to 1 (a probability vector), not 1.1."


def test_a_range_runs_upwards():
    assert checks.ordered_range(-1.0, 2.0, "range") == (-1.0, 2.0)
    assert refused(checks.ordered_range, 2.0, 2.0, "range") == "range needs 'from' < 'to', not 2 … 2."


def test_clicked_points_and_their_count():
    assert checks.labelled_points([[1.0, 2.0, 1.0], [0.5, 0.0, 0.0]], "added") == \
        [(1.0, 2.0, 1), (0.5, 0.0, 0)]
    assert "added[1] must be [x0, x1, class]" in refused(checks.labelled_points,
                                                          [[1.0, 2.0, 1.0], [0.0, 0.0, 0.5]], "added")
    checks.at_most(5, 5, "added")
    assert refused(checks.at_most, 6, 5, "added") == "added holds 6 points; at most 5 are allowed."


@pytest.mark.parametrize("raw", [[], ["a", "a"], ["z"], "a", [1]])
def test_names_are_different_known_and_at_least_one(raw):
    assert "features must be a list of different inputs from: a, b, c." == \
        refused(checks.names_from, raw, ("a", "b", "c"), "features")


def test_names_come_back_in_the_order_of_the_choices():
    assert checks.names_from(["c", "a"], ("a", "b", "c"), "features") == ("a", "c")


def test_layers_and_nodes():
    assert checks.whole_numbers([4.0, 2.0], "hidden") == (4, 2)
    assert "whole numbers" in refused(checks.whole_numbers, [2.5], "hidden")
    sizes = [2, 4, 3]
    assert checks.node_of(None, sizes, "shown") is None
    assert checks.node_of([1, 3], sizes, "shown") == (1, 3)
    for bad in ([1, 4], [3, 0], [True, 0], [0], "output", [0.0, 1]):
        assert refused(checks.node_of, bad, sizes, "shown").startswith("shown must be null")
