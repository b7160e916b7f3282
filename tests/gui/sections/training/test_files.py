"""Save and load weights, export the run as CSV."""
import os

import numpy as np

from gui.kit.numbers import format_number
from gui.sections.training import TrainingSection

TIMEOUT = 20000


def test_save_load_and_export(qtbot, tmp_path, synthetic_data):
    section = TrainingSection(data=synthetic_data())
    qtbot.addWidget(section)
    section.panel.set_values(dict(iters_num=30, batch_size=20, hidden_size=7))
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.start()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    trained = {k: v.copy() for k, v in section.params.items()}
    assert section.files.save_weights(str(tmp_path / "w.npz"))
    assert section.files.export_csv(str(tmp_path / "run.csv"))
    lines = (tmp_path / "run.csv").read_text().splitlines()
    assert lines[0].startswith("iteration,loss") and len(lines) == 31
    assert float(lines[5].split(",")[1]) == section.losses()[4]
    assert lines[10].split(",")[3] != ""    # epoch end (200 / 20 = 10 iterations)

    other = TrainingSection(data=synthetic_data())
    qtbot.addWidget(other)
    assert other.files.load_weights(str(tmp_path / "w.npz"))
    for key in trained:
        np.testing.assert_array_equal(other.params[key], trained[key])
    assert other.panel.values()["hidden_size"] == 7
    # training continues from the loaded weights
    other.panel.set_values(dict(iters_num=5, batch_size=20))
    with qtbot.waitSignal(other.run.rested, timeout=TIMEOUT):
        other.step()
    assert other.losses()[0] < section.losses()[0]

    (tmp_path / "bad.npz").write_bytes(b"not a zip file")
    before = {k: v.copy() for k, v in other.params.items()}
    assert not other.files.load_weights(str(tmp_path / "bad.npz"))
    assert "Cannot load the network" in other.message.text() and other.message.level == "error"
    np.testing.assert_array_equal(other.params["W1"], before["W1"])
    other.stop()


def test_loaded_weights_show_their_accuracy_and_loss(qtbot, tmp_path, synthetic_data, translations):
    from engine.metrics import loss_and_accuracy

    data = synthetic_data()
    section = TrainingSection(data=data)
    qtbot.addWidget(section)
    section.panel.set_values(dict(iters_num=30, batch_size=20, hidden_size=7))
    with qtbot.waitSignal(section.run.finished, timeout=TIMEOUT):
        section.start()
    qtbot.waitUntil(lambda: section.state == "finished", timeout=TIMEOUT)
    assert section.files.save_weights(str(tmp_path / "w.npz"))

    other = TrainingSection(data=data)
    qtbot.addWidget(other)
    readouts = other.panel.readouts
    assert readouts.text("train_acc") == "—"
    assert other.files.load_weights(str(tmp_path / "w.npz"))
    # measured on the whole training and test sets, off the GUI thread
    qtbot.waitUntil(lambda: readouts.text("train_acc") != "—", timeout=TIMEOUT)
    (x_train, t_train), (x_test, t_test) = data
    loss, train_acc = loss_and_accuracy(other.loaded_params, x_train, t_train)
    test_acc = loss_and_accuracy(other.loaded_params, x_test, t_test)[1]
    assert readouts.text("train_acc") == format_number(train_acc, 4)
    assert readouts.text("test_acc") == format_number(test_acc, 4)
    assert readouts.text("loss") == format_number(loss, 4)
    # the "Loaded …" message is said again in the new language
    assert other.message.text().startswith("Loaded ")
    translations.set_language("ja")
    assert "を読み込みました" in other.message.text()
    # Reset forgets the weights and their numbers
    other.reset()
    assert readouts.text("train_acc") == "—" and readouts.text("loss") == "—"


def test_weight_dialogs_start_in_the_documents_then_in_the_last_folder(qtbot, synthetic_data, tmp_path,
                                                                        monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from gui.settings import documents_folder
    monkeypatch.setenv("GRADIENT_LAB_SETTINGS", str(tmp_path / "settings.ini"))
    section = TrainingSection(data=synthetic_data())
    qtbot.addWidget(section)
    starts = []
    folder = tmp_path / "lecture"
    folder.mkdir()

    def ask(parent, caption, start, filters):
        starts.append(start)
        return str(folder / "net.npz"), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    section.files.save_dialog()
    assert starts[0] == os.path.join(documents_folder(), "weights.npz")
    assert (folder / "net.npz").exists()
    section.files.load_dialog()
    assert starts[1].rstrip(os.sep) == str(folder)          # the folder just used
    section.shutdown()
