"""Copy as Python for the gradient section: the book's 4.4 gradients and the read-outs' gradient."""
import ast

from gui.kit.numbers import format_number
from tests.gui.sections.exported import printed, run_script


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def assert_matches_readouts(section, values):
    grad = ast.literal_eval(values["numerical_gradient(function_2, x)"])
    point = ast.literal_eval(values["x"])
    # The read-outs round to 6 digits: the script's full numbers, rounded the same way.
    assert section.readouts.values["d0"].text() == format_number(grad[0])
    assert section.readouts.values["d1"].text() == format_number(grad[1])
    assert section.readouts.values["f"].text() == format_number(float(values["function_2(x)"]))
    assert section.readouts.values["point"].text() == f"({format_number(point[0], 4)}, " \
                                                    f"{format_number(point[1], 4)})"


def test_the_books_three_gradients(make_section, tmp_path):
    section = make_section()
    section.apply_preset("book")
    section.hover_at(3.0, 4.0)
    values = printed(run_script(section.python_script(), tmp_path))
    # The book prints array([6., 8.]), array([0., 4.]) and array([6., 0.]).
    book = {"[3.0, 4.0]": [6.0, 8.0], "[0.0, 2.0]": [0.0, 4.0], "[3.0, 0.0]": [6.0, 0.0]}
    for point, expected in book.items():
        got = ast.literal_eval(values[f"numerical_gradient(function_2, np.array({point}))"])
        assert [round(v, 9) for v in got] == expected
    assert values["numerical_gradient(function_2, np.array([3.0, 4.0]))"] == \
        "[6.00000000000378, 7.999999999999119]"
    assert_matches_readouts(section, values)
    assert section.readouts.values["d0"].text() == "6" and section.readouts.values["d1"].text() == "8"


def test_a_typed_function_at_the_read_out_point(make_section, tmp_path):
    section = make_section()
    type_into(section.function.edit, "x0^2 - 3*x0*x1 + tanh(x1) + sigmoid(x0 - x1)")
    section.hover_at(-0.7, 1.3)
    script = section.python_script()
    assert "np.array([3.0, 4.0])" not in script   # the book's points are for the book's function
    values = printed(run_script(script, tmp_path))
    assert_matches_readouts(section, values)
    arrow = ast.literal_eval(values["-grad (the arrow's direction)"])
    grad = ast.literal_eval(values["numerical_gradient(function_2, x)"])
    assert arrow == [-g for g in grad]
