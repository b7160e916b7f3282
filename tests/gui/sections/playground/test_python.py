"""Copy as Python for the playground: the script's points, losses per epoch and accuracies are the app's."""
import ast
import re

from gui.kit.numbers import format_number
from tests.gui.sections.exported import run_script


def points(item):
    x, y = item.getData()
    return [[float(a), float(b)] for a, b in zip(x, y)]


def epoch_losses(stdout):
    """[(train, test)] from the script's 'epoch N: train loss L test loss M' lines, in order."""
    return [(float(train), float(test)) for train, test in
            re.findall(r"^epoch \d+:? train loss (\S+) test loss (\S+)$", stdout, re.M)]


def value(stdout, name):
    return re.search(rf"^{re.escape(name)} = (.+)$", stdout, re.M).group(1)


def train_steps(section, qtbot, steps):
    """Press Step (→) steps times and wait until the worker has made them all."""
    for _ in range(steps):
        section.step()
    qtbot.waitUntil(lambda: section.iteration() == steps, timeout=20000)


def status_accuracies(section):
    return re.search(r"accuracy: train (\S+), test (\S+)", section.status.text()).groups()


def test_the_script_draws_the_same_points_as_the_plane(make_section, tmp_path):
    section = make_section()
    section.apply_preset("spiral")
    section.panel.noise.setValue(20)
    section.add_point(0.5, -1.25)
    out = run_script(section.python_script(), tmp_path, *["0", "--points"])
    x_train, t_train = ast.literal_eval(value(out, "x_train")), ast.literal_eval(value(out, "t_train"))
    assert x_train == points(section.plane.train_points) and len(x_train) == 201
    assert ast.literal_eval(value(out, "x_test")) == points(section.plane.test_points)
    assert t_train == section._train[1].tolist()
    assert value(out, "iterations") == "0"


def test_xor_trains_to_the_same_losses_and_accuracies(make_section, qtbot, tmp_path):
    section = make_section()
    section.apply_preset("xor")            # 100 training points, batches of 10: 10 steps an epoch
    train_steps(section, qtbot, 30)
    assert section.epoch() == 3
    out = run_script(section.python_script(), tmp_path, *["3"])
    train, test = section.losses()
    assert epoch_losses(out) == list(zip(train, test))      # every digit, epochs 0 … 3
    assert value(out, "iterations") == "30"
    script_accuracies = (format_number(float(value(out, "train accuracy")), 3),
                         format_number(float(value(out, "test accuracy")), 3))
    assert script_accuracies == status_accuracies(section)


def test_adam_relu_decay_and_added_points_train_the_same(make_section, qtbot, tmp_path):
    section = make_section()
    section.apply_preset("spiral")         # Adam, batches of 30
    section.panel.activation.setCurrentIndex(section.panel.activation.findData("relu"))
    section.panel.decay.setCurrentIndex(section.panel.decay.findData(1e-2))
    section.panel.feature_boxes["x0²"].setChecked(True)
    section.add_point(2.0, 2.0)
    section.add_point(-1.5, 3.25)
    section.reset()                        # the clicked points are training points from the start
    train_steps(section, qtbot, 14)        # 202 points: 7 batches an epoch
    out = run_script(section.python_script(), tmp_path, *["2"])
    train, test = section.losses()
    assert len(train) == 3 and epoch_losses(out) == list(zip(train, test))
    assert (format_number(float(value(out, "train accuracy")), 3),
            format_number(float(value(out, "test accuracy")), 3)) == status_accuracies(section)


def test_every_other_optimizer_activation_and_data_set(make_section, qtbot, tmp_path):
    section = make_section()
    cases = [("circle", "momentum", "sigmoid", 0), ("gauss", "nesterov", "identity", 7),
             ("xor", "adagrad", "tanh", 0), ("circle", "rmsprop", "relu", 25)]
    for dataset, optimizer, activation, batch in cases:
        panel = section.panel
        panel.dataset.setCurrentIndex(panel.dataset.findData(dataset))
        panel.optimizer.setCurrentIndex(panel.optimizer.findData(optimizer))
        panel.activation.setCurrentIndex(panel.activation.findData(activation))
        panel.batch.setValue(batch)
        section.reset()
        steps = 3 if batch == 0 else -(-len(section._train[0]) // batch)   # 3 epochs, or 1
        train_steps(section, qtbot, steps)
        out = run_script(section.python_script(), tmp_path, *[str(section.epoch())])
        train, test = section.losses()
        assert epoch_losses(out) == list(zip(train, test)), (dataset, optimizer)
        assert (format_number(float(value(out, "train accuracy")), 3),
                format_number(float(value(out, "test accuracy")), 3)) == status_accuracies(section)
