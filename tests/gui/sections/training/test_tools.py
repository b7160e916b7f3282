"""Numerical vs backprop: the gradient check on the current network and the race."""
from gui.sections.training import TrainingSection

TIMEOUT = 20000


def test_gradient_check_on_the_current_network(qtbot, synthetic_data):
    section = TrainingSection(data=synthetic_data())
    qtbot.addWidget(section)
    tools = section.tools
    with qtbot.waitSignal(tools.check_done, timeout=60000) as blocker:
        tools.check_button.click()
    result = blocker.args[0]
    assert set(result) == {"W1", "b1", "W2", "b2"}
    assert all(abs_diff < 1e-6 for abs_diff, _ in result.values())
    assert tools.cells["W1", 1].text() != "—" and "agree" in tools.check_text.text()
    qtbot.waitUntil(lambda: tools.check_button.isEnabled(), timeout=TIMEOUT)


def test_race_backprop_does_more_iterations_in_the_same_time(qtbot, synthetic_data):
    section = TrainingSection(data=synthetic_data())
    qtbot.addWidget(section)
    tools = section.tools
    tools.seconds.setValue(0.5)
    curve = tools.curves["backprop"]
    with qtbot.waitSignal(tools.race_done, timeout=60000) as blocker:
        tools.race_button.click()
    done = blocker.args[0]
    assert done["backprop"][0] > done["numerical"][0] >= 1
    assert tools.curves["backprop"] is curve and len(curve.getData()[0]) >= 1
    assert "iterations" in tools.race_text.text()


