"""Copy as Python for the network section: the script, run with NumPy alone, prints what the app shows."""
import numpy as np
import pytest

from engine import simple_net_demos as demos
from gui.sections.network.python import script
from tests.gui.sections.exported import blocks, numbers, run_script
from tests.gui.sections.network.test_scene import change_everything


def printed(section, tmp_path):
    return blocks(run_script(section.python_script(), tmp_path))


def shown_number(text):
    return float(text.replace("−", "-"))


def assert_prints_what_the_app_shows(section, out):
    np.testing.assert_array_equal(numbers(out["W"]), section.net_box.W_grid.values().ravel())
    # p with the 8 decimals of its read-out, argmax and the loss as the read-outs show them
    shown_p = numbers(section.p_readout.text("p").replace("−", "-"))
    np.testing.assert_allclose(numbers(out["p"]), shown_p, rtol=0, atol=5.1e-9)
    assert section.readouts.text("argmax").startswith(out["argmax(p)"].strip())
    assert float(out["loss"]) == pytest.approx(shown_number(section.readouts.text("loss")), abs=5.1e-9)
    # dW to the last digit: the heatmap holds the app's numbers in full
    np.testing.assert_array_equal(numbers(out["dW"]).reshape(2, 3), section.heatmap.image.image)
    # the nudge: the marker holds ΔL and dW·δ in full, the read-out L(W+δ) with 7 digits
    actual, predicted = section.nudge_plot.marker.getData()[1]
    assert float(out["actual change"]) == pytest.approx(actual, rel=1e-12, abs=1e-15)
    assert float(out["dW * delta"]) == predicted
    assert float(out["L(W + delta)"]) == pytest.approx(
        shown_number(section.nudge_readouts.text("new_loss")), rel=1e-6)


def test_book_preset_prints_the_books_numbers(section, tmp_path):
    section.apply_preset("book")
    out = printed(section, tmp_path)
    assert_prints_what_the_app_shows(section, out)
    np.testing.assert_allclose(numbers(out["p"]), demos.BOOK_P, atol=5e-9)
    assert out["argmax(p)"].strip() == "2"
    # the book printed the loss and dW without the 1e-7 guard in the log
    assert float(out["loss"]) == pytest.approx(demos.BOOK_LOSS, abs=1e-6)
    np.testing.assert_allclose(numbers(out["dW"]).reshape(2, 3), demos.BOOK_DW, atol=1e-6)


def test_changed_controls_print_the_changed_numbers(section, tmp_path):
    change_everything(section)
    section.set_delta(1.75)
    out = printed(section, tmp_path)
    assert_prints_what_the_app_shows(section, out)
    assert "nudge w22 by 1.75" in run_script(section.python_script(), tmp_path)


def test_far_nudge_and_random_presets(section, tmp_path):
    for name in ("far_nudge", "random", "descend"):
        section.apply_preset(name)
        assert_prints_what_the_app_shows(section, printed(section, tmp_path))


def test_script_is_the_scene_values_only():
    values = {"W": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "x": [0.5, -0.25], "t": 0, "seed": 0,
              "weight": "w13", "delta": -0.5, "h": 0.01, "lr": 0.1, "steps": 100, "tab": "nudge"}
    text = script(values)
    assert "import numpy as np" in text and "PySide6" not in text and "engine" not in text
    assert "np.array([[1.0, 2.0, 3.0]," in text and "t = np.array([1, 0, 0])" in text
    assert "i, j, delta = 0, 2, -0.5" in text
    compile(text, "script.py", "exec")
