"""Copy as Python for the derivative section: the script prints the slopes the section shows."""
import re

import pytest
from PySide6.QtCore import Qt

from tests.gui.sections.exported import printed, run_script


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def app_text(text):
    return text.replace("−", "-")


def pinned_slopes(section):
    return re.findall(r"numerical (\S+) ", app_text(section.pinned_label.text()))


def test_the_books_slopes_digit_for_digit(make_section, tmp_path):
    section = make_section()
    section.apply_preset("book")
    values = printed(run_script(section.python_script(), tmp_path))
    # The book's 4.3.2: 0.1999999999990898 and 0.2999999999986347, and what the section shows.
    assert values["numerical_diff(f, 5.0)"] == "0.1999999999990898"
    assert values["numerical_diff(f, 10.0)"] == "0.2999999999986347"
    assert values["numerical_diff(f, 5.0)"] == app_text(section.readouts.values["numeric"].text())
    assert pinned_slopes(section) == [values["numerical_diff(f, 10.0)"]]
    assert float(values["df(5.0)"]) == float(app_text(section.readouts.values["analytic"].text()))


@pytest.mark.parametrize("scheme, precision", [("forward", "float32"), ("central", "float32"),
                                                ("forward", "float64")])
def test_a_typed_function_h_scheme_and_precision(make_section, qtbot, tmp_path, scheme, precision):
    section = make_section()
    type_into(section.function.edit, "exp(-x^2) * ln(1 + x) + sigmoid(x) - relu(x - 2)")
    section.x_box.setValue(1.5)
    qtbot.mouseClick(section.pin_button, Qt.LeftButton)
    section.x_box.setValue(3.25)
    qtbot.mouseClick(section.pin_button, Qt.LeftButton)
    section.x_box.setValue(0.4)
    type_into(section.h.edit, "2e-3")
    section.scheme.setCurrentIndex(section.scheme.findData(scheme))
    section.precision.setCurrentIndex(section.precision.findData(precision))
    values = printed(run_script(section.python_script(), tmp_path))
    assert values["numerical_diff(f, 0.4)"] == app_text(section.readouts.values["numeric"].text())
    assert [values["numerical_diff(f, 1.5)"], values["numerical_diff(f, 3.25)"]] == pinned_slopes(section)
    # f' in float64 here, at 30 digits in the app: the same number within the last digit or two.
    assert float(values["df(0.4)"]) == pytest.approx(
        float(app_text(section.readouts.values["analytic"].text())), rel=1e-14)


def test_no_analytic_slope_where_the_app_shows_none(make_section, tmp_path):
    section = make_section()
    type_into(section.function.edit, "abs(x - 1)")
    section.x_box.setValue(1.0)
    assert section.readouts.values["analytic"].text() == "—"
    values = printed(run_script(section.python_script(), tmp_path))
    assert "df(1.0)" not in values
    assert values["numerical_diff(f, 1.0)"] == app_text(section.readouts.values["numeric"].text())
