"""Optimizers racing on a 2-D function: the paths are the optimizers' own, the presets show what they say."""
import numpy as np
import pytest

from engine.expressions import parse
from engine.optimizer_race import MAX_RACERS, SURFACES, race, step_card
from engine.optimizers import make_optimizer


def height(surface):
    f = parse(surface.text, ("x0", "x1"))
    return lambda x0, x1: float(f(x0, x1))


def run(name, numerical=False):
    s = SURFACES[name]
    return {t.name: t for t in race(height(s), s.start, s.racers, s.steps,
                                     gradient=None if numerical else s.gradient)}


def test_each_path_is_what_the_optimizer_itself_does():
    s = SURFACES["optimizers"]
    traces = race(height(s), s.start, s.racers, s.steps, gradient=s.gradient)
    for trace, (name, hyper) in zip(traces, s.racers):
        optimizer = make_optimizer(name, **hyper)
        params = {"x": np.array(s.start)}
        for k in range(s.steps):
            g = np.array(s.gradient(*params["x"]))
            np.testing.assert_array_equal(trace.grads[k], g)
            optimizer.update(params, {"x": g})
            np.testing.assert_array_equal(trace.points[k + 1], params["x"])
        for key, state in optimizer.state().items():
            np.testing.assert_array_equal(trace.states[key][-1], state["x"])
        np.testing.assert_allclose(trace.steps, np.diff(trace.points, axis=0))
        assert trace.values[0] == pytest.approx(7.0 ** 2 / 20 + 4)


def test_the_numerical_gradient_gives_the_same_race_on_the_book_bowl():
    exact, numerical = run("optimizers"), run("optimizers", numerical=True)
    for name in exact:
        np.testing.assert_allclose(numerical[name].points, exact[name].points, atol=1e-9)


def test_fig_6_8_racers_and_their_state():
    traces = run("optimizers")
    assert list(traces) == ["sgd", "momentum", "adagrad", "adam"]
    assert traces["sgd"].hyperparameters == {"lr": 0.95}
    assert set(traces["momentum"].states) == {"v"} and set(traces["adam"].states) == {"m", "v"}
    h = traces["adagrad"].states["h"]
    assert np.all(np.diff(h, axis=0) >= 0)                 # AdaGrad's sum of squares only grows
    assert traces["adam"].lr_t is not None and traces["sgd"].lr_t is None
    assert traces["adagrad"].first_below() == 29 and traces["sgd"].first_below() is None


def test_the_saddle_lets_the_adaptive_racers_escape_first():
    traces = run("saddle-escape")
    escaped = {name: next((k for k, y in enumerate(t.points[:, 1]) if abs(y) > 0.5), None)
               for name, t in traces.items()}
    assert escaped["rmsprop"] < escaped["momentum"] and escaped["adam"] < escaped["momentum"]
    assert escaped["sgd"] is None                          # still near the ridge after 60 steps
    assert all(abs(abs(t.points[-1, 1]) - 1) < 0.1 for n, t in traces.items() if n != "sgd")


def test_the_plateau_stops_sgd_but_not_the_racers_that_scale_their_step():
    traces = run("plateau")
    start = np.array(SURFACES["plateau"].start)
    assert np.linalg.norm(traces["sgd"].points[-1] - start) < 0.5
    assert traces["rmsprop"].first_below() is not None and traces["adam"].first_below() is not None


def test_the_step_card_writes_out_this_steps_numbers():
    traces = run("optimizers")
    card = step_card(traces["momentum"], 1)
    v0, v1, x1, x2 = (traces["momentum"].states["v"][0], traces["momentum"].states["v"][1],
                      traces["momentum"].points[1], traces["momentum"].points[2])
    assert card[1].startswith("v ← α·v − η·∇f = 0.9·") and f"{v0[0]:.4g}" in card[1] and f"{v1[0]:.4g}" in card[1]
    assert f"{x1[0]:.4g}" in card[2] and card[2].endswith(f"{x2[1]:.4g})")
    for name, trace in traces.items():
        lines = step_card(trace, 0)
        assert len(lines) >= 3 and lines[-1].startswith("step taken")
    assert "η_t" in "".join(step_card(traces["adam"], 4)) and f"{traces['adam'].lr_t[4]:.4g}" in step_card(
        traces["adam"], 4)[1]


def test_a_diverging_racer_keeps_its_path_to_inf():
    s = SURFACES["optimizers"]
    trace, = race(height(s), s.start, [("sgd", {"lr": 10.0})], 400, gradient=s.gradient)
    assert not np.all(np.isfinite(trace.points[-1])) and np.isfinite(trace.points[1]).all()
    assert trace.first_below() is None


@pytest.mark.parametrize("racers, words", [
    ([], "1 to 6 racers"), ([("sgd", {})] * (MAX_RACERS + 1), "(got 7)"),
    ([("momentum", {"momentum": 1.2})], "momentum must lie in [0, 1)"), ([("sgd", {"lr": 0})], "above 0"),
])
def test_bad_races_are_refused(racers, words):
    with pytest.raises(ValueError) as error:
        race(lambda a, b: a * a + b * b, (1.0, 1.0), racers, 5)
    assert words in str(error.value)
