"""Copy as Python for the partial section: the script prints the partial derivatives the section shows."""
import pytest

from tests.gui.sections.exported import printed, run_script


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def app(section, key):
    return section.readouts.text(key).replace("−", "-")


@pytest.mark.parametrize("preset", ["problem-1", "problem-2"])
def test_the_books_problems_digit_for_digit(make_section, tmp_path, preset):
    section = make_section()
    section.apply_preset(preset)
    values = printed(run_script(section.python_script(), tmp_path))
    # The book's answers: 6.00000000000378 and 7.999999999999119.
    assert values["df/dx0"] == "6.00000000000378" == app(section, "d0_numeric")
    assert values["df/dx1"] == "7.999999999999119" == app(section, "d1_numeric")
    assert float(values["analytic df/dx0"]) == float(app(section, "d0_analytic")) == 6.0
    assert float(values["analytic df/dx1"]) == float(app(section, "d1_analytic")) == 8.0


def test_a_typed_function_at_another_point_with_another_h(make_section, tmp_path):
    section = make_section()
    type_into(section.function.edit, "x0^2 * sin(x1) + exp(x0/3) - softplus(x1)")
    section.x0_box.setValue(-1.3)
    section.x1_box.setValue(2.2)
    type_into(section.h.edit, "1e-3")
    values = printed(run_script(section.python_script(), tmp_path))
    assert values["df/dx0"] == app(section, "d0_numeric")
    assert values["df/dx1"] == app(section, "d1_numeric")
    assert float(values["analytic df/dx0"]) == pytest.approx(float(app(section, "d0_analytic")), rel=1e-14)
    assert float(values["analytic df/dx1"]) == pytest.approx(float(app(section, "d1_analytic")), rel=1e-14)


def test_no_analytic_value_where_the_app_shows_none(make_section, tmp_path):
    section = make_section()
    type_into(section.function.edit, "abs(x0) + x1^2")
    section.x0_box.setValue(0.0)
    assert section.readouts.text("d0_analytic") == "—"
    values = printed(run_script(section.python_script(), tmp_path))
    assert "analytic df/dx0" not in values and values["df/dx0"] == app(section, "d0_numeric")
    assert float(values["analytic df/dx1"]) == float(app(section, "d1_analytic"))
