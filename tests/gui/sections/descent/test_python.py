"""Copy as Python for the descent section: the script, run with NumPy alone, prints what the app shows."""
import math

import numpy as np
import pytest

from engine.expression_code import HELPERS, numpy_source
from engine.expressions import ExpressionError, parse
from gui.sections.descent import DescentSection
from tests.gui.sections.descent.test_scene import change_everything
from tests.gui.sections.exported import blocks, numbers, run_script


def finals(section):
    """Per racer (name, x, f(x)) at full precision, from the table the race panel shows at the end
    (the CSV export writes the same rows)."""
    section.seek(section._run_steps)
    tables = section.export_tables()
    assert len(tables) == 2, "the end table is shown at the last step"
    return [(name, np.array([float(x0), float(x1)]), float(fx)) for name, x0, x1, fx, _ in tables[1][2]]


def assert_prints_what_the_app_shows(section, tmp_path):
    out = blocks(run_script(section.python_script(), tmp_path))
    rows = finals(section)
    assert len(rows) == len(section.racers())
    for i, (name, x, fx) in enumerate(rows, 1):
        printed = numbers(out[f"x_{i}"])
        np.testing.assert_array_equal(printed, x, err_msg=name)     # every digit
        assert float(out[f"f(x_{i})"]) == pytest.approx(fx, rel=1e-14, abs=1e-300, nan_ok=True)
        # and as the read-out under the plot writes it
        shown = section.status.xs[i - 1].text().replace("−", "-")
        assert numbers(shown) == pytest.approx(printed, rel=1e-7, abs=1e-300, nan_ok=True)
    return out


@pytest.mark.parametrize("preset", list(DescentSection.PRESETS))
def test_every_preset(section, tmp_path, preset):
    section.apply_preset(preset)
    assert_prints_what_the_app_shows(section, tmp_path)


def test_the_books_numbers(section, tmp_path):
    section.apply_preset("race")
    text = section.python_script()
    assert "# the book prints [-6.11110793e-10  8.14814391e-10]" in text
    out = assert_prints_what_the_app_shows(section, tmp_path)
    # 4.4.1: lr = 0.1, 10 and 1e-10 from (-3, 4), 100 steps, as the book prints them
    np.testing.assert_allclose(numbers(out["x_1"]), [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)
    np.testing.assert_allclose(numbers(out["x_2"]), [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)
    np.testing.assert_allclose(numbers(out["x_3"]), [-2.99999994, 3.99999992], rtol=1e-8)


def test_typed_function_and_racers_on_the_numerical_gradient(section, qtbot, tmp_path):
    change_everything(section, qtbot)
    text = section.python_script()
    assert "np.sin(x1) ** 2.0" in text and "class Momentum" in text and "class Adam" in text
    assert "Adam(lr=0.1, beta1=0.8, beta2=0.999)" in text
    assert_prints_what_the_app_shows(section, tmp_path)


def test_every_optimizer_and_helper_function(section, qtbot, tmp_path):
    section.restore_scene(dict(
        section.capture_scene(), function="softplus(x0) + sigmoid(x1)*relu(x1) + step(x0)/10 + x1^2",
        start=[1.5, -2.0], lr=0.2, steps=25, race=[], pictures=[{}] * 6, draw_for=0, step_card=0,
        table_racer=0, step=25,
        racers=[{"optimizer": name, "lr": 0.05} for name in ("momentum", "nesterov", "adagrad", "rmsprop",
                                                             "adam")]))
    assert_prints_what_the_app_shows(section, tmp_path)


def test_a_diverging_racer(section, qtbot, tmp_path):
    section.apply_preset("book-lr-10")
    section.restore_scene(dict(section.capture_scene(), function="x0^4 + x1^4", race=[0.01],
                               pictures=[{}, {}]))
    out = assert_prints_what_the_app_shows(section, tmp_path)
    assert "DIVERGED" in section.status.badge_text(0)
    # far past the view (the numerical gradient runs out of digits up there), printed all the same
    assert np.max(np.abs(numbers(out["x_1"]))) > 1e30 and np.max(np.abs(numbers(out["x_2"]))) < 5


FUNCTIONS = ["x0**2 + x1**2", "x0^2 + x1^2", "(1 - x0)**2 + 100*(x1 - x0**2)**2",
             "1 - exp(-(x0**2 + 2*x1**2)/8)", "sin(x0)*cos(x1) + sqrt(abs(x0*x1))",
             "sigmoid(x0) - relu(x1) + step(x0 - x1) + softplus(3*x0)", "2**0.5*x0 + (-8)**(1/3) + pi*e*x1",
             "−x0 + +x1 − −2 × x1 · 3", "ln(x0^2 + 1) + log2(1 + x1^2) + log10(6 + x0) + tanh(x1)",
             "10**400*x0", "x0**0.5 + x1**-1", "5", "x0/3 - x1/7", "2**3**2 * x0", "(1+2)*(3-4)/x1",
             "x0 ** 2.5 + atan(x1) + arcsin(x0/10) + sinh(x1/3) + asin(0.5) + cosh(x0) + sign(x1)",
             "12345678901234567890*x0 + 0.1*x1"]


@pytest.mark.parametrize("text", FUNCTIONS)
def test_a_typed_function_becomes_numpy_computing_the_same_numbers(text):
    """As the descent's script uses it: f of two variables, evaluated one point at a time."""
    source, helpers = numpy_source(text, ("x0", "x1"))
    space = {"np": np, "math": math}
    for name in helpers:
        exec(HELPERS[name], space)
    exec("def f(x0, x1):\n    x0, x1 = np.asarray(x0, dtype=np.float64), np.asarray(x1, dtype=np.float64)\n"
         f"    return {source}\n", space)
    parsed = parse(text, ("x0", "x1"))
    points = np.random.default_rng(0).uniform(-5, 5, size=(300, 2))
    with np.errstate(all="ignore"):
        for x0, x1 in points:          # scalars, as gradient_descent evaluates f
            assert np.array_equal(space["f"](x0, x1), parsed(x0, x1), equal_nan=True), (text, x0, x1)


@pytest.mark.parametrize("text", ["__import__('os').system('true')", "x0.real", "x0 if x1 else 1",
                                  "open('f')", "x0; import os"])
def test_text_the_parser_refuses_never_reaches_a_script(text):
    with pytest.raises(ExpressionError):
        numpy_source(text, ("x0", "x1"))
