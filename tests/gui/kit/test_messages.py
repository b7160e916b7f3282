"""The message bar and the engine's messages in the user's language."""
import pytest

from engine.loss_demos import check_probability
from engine.messages import Message
from gui.kit.messages import MessageBar, engine_text


def test_engine_text_of_every_kind_of_value():
    message = Message("{value:g} is negative; a probability lies between 0 and 1.", value=-0.5)
    assert engine_text(message) == "-0.5 is negative; a probability lies between 0 and 1."
    with pytest.raises(ValueError) as error:
        check_probability(-0.5)
    assert engine_text(error.value) == str(error.value) == engine_text(message)
    assert engine_text(RuntimeError("the engine broke")) == "RuntimeError: the engine broke"
    assert engine_text("already a sentence") == "already a sentence"


def test_the_bar_translates_an_engine_error_and_hides_when_cleared(qtbot, translations):
    bar = MessageBar()
    qtbot.addWidget(bar)
    with pytest.raises(ValueError) as error:
        check_probability(1.5)
    translations.set_language("zh_CN")
    bar.show_message(error.value, "error")
    assert bar.level == "error" and not bar.isHidden()
    assert "1.5" in bar.text() and bar.text() != str(error.value) and "概率" in bar.text()
    bar.clear()
    assert bar.isHidden() and bar.level is None and bar.text() == ""
