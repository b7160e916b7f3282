"""Copy as Python for the loss section: the script prints the losses the section shows."""
from PySide6.QtCore import Qt

from gui.kit.numbers import fixed as ld_text

from tests.gui.sections.exported import printed, run_script


def type_into(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def float64_line(label):
    return float(label.text().splitlines()[0].split(":")[1])


def test_the_script_prints_both_losses_as_the_section_shows_them(make_section, qtbot, tmp_path):
    section = make_section()
    section.apply_preset("book-example-1")
    out = run_script(section.python_script(), tmp_path)
    values = printed(out)
    # The book's 4.2.1 numbers, and the section's float64 lines, digit for digit.
    assert values["mean_squared_error"] == "0.09750000000000003"
    assert values["cross_entropy_error"] == "0.510825457099338"
    assert float(values["mean_squared_error"]) == float64_line(section.output.mse_full)
    assert float(values["cross_entropy_error"]) == float64_line(section.output.ce_full)

    qtbot.mouseClick(section.output.label_group.button(8), Qt.LeftButton)
    type_into(section.output.edits[8], "0.123")
    values = printed(run_script(section.python_script(), tmp_path))
    assert float(values["mean_squared_error"]) == float64_line(section.output.mse_full)
    assert float(values["cross_entropy_error"]) == float64_line(section.output.ce_full)


def test_logits_go_through_the_books_softmax(make_section, qtbot, tmp_path):
    section = make_section()
    qtbot.mouseClick(section.output.logits_radio, Qt.LeftButton)
    type_into(section.output.edits[2], "-4.75")
    type_into(section.output.edits[6], "12")
    script = section.python_script()
    assert "y = softmax(a)" in script
    values = printed(run_script(script, tmp_path))
    assert float(values["mean_squared_error"]) == float64_line(section.output.mse_full)
    assert float(values["cross_entropy_error"]) == float64_line(section.output.ce_full)
    assert section.output.ce_value.text() == f"{float(values['cross_entropy_error']):.4f}"


def test_the_mini_batch_on_screen_is_drawn_with_the_same_indices(make_section, tmp_path):
    section = make_section()   # the bundled MNIST: 60000 training images, as the script assumes
    section.apply_preset("mini-batch")
    section.batch.seed.setValue(42)
    out = printed(run_script(section.python_script(), tmp_path))
    mask = eval(out["batch_mask"], {})   # a printed list of ints
    assert mask == section.batch.batch_mask.tolist()
    listed = section.batch.indices.text().split("[", 1)[1].split("]", 1)[0]
    assert listed == ", ".join(str(i) for i in mask[:20])
    # The mean losses of the section's fresh network over that batch, from the same MNIST files.
    assert float(out["mean cross_entropy_error (labels)"]) == float(
        section.batch.label_mean.toolTip().split(":")[1])
    assert ld_text(float(out["mean cross_entropy_error (one-hot)"])) == section.batch.onehot_mean.text()
    assert f"batch accuracy {100 * float(out['batch accuracy']):.0f} %" in section.batch.difference.text()


def test_the_wild_network_and_a_missing_mnist_folder(make_section, tmp_path):
    section = make_section()
    section.apply_preset("mini-batch")
    section.batch.network_combo.setCurrentIndex(1)
    script = section.python_script()
    out = printed(run_script(script, tmp_path))
    assert float(out["mean cross_entropy_error (labels)"]) == float(
        section.batch.label_mean.toolTip().split(":")[1])
    # Another folder without the files: the script says where it looked and stops cleanly.
    said = run_script(script, tmp_path, *[str(tmp_path)])
    assert "No MNIST files in " + str(tmp_path) in said and "batch_mask = " in said
