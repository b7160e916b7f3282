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


def test_the_bar_translates_an_engine_error_and_empties_when_cleared(qtbot, translations):
    bar = MessageBar()
    qtbot.addWidget(bar)
    with pytest.raises(ValueError) as error:
        check_probability(1.5)
    translations.set_language("zh_CN")
    bar.show_message(error.value, "error")
    assert bar.level == "error" and bar.showing()
    assert "1.5" in bar.text() and bar.text() != str(error.value) and "概率" in bar.text()
    bar.clear()
    assert not bar.showing() and bar.level is None and bar.text() == ""


def test_a_message_on_screen_is_said_again_in_the_new_language(qtbot, translations):
    bar = MessageBar()
    qtbot.addWidget(bar)
    translations.set_language("en")
    with pytest.raises(ValueError) as error:
        check_probability(1.5)
    bar.show_message(error.value, "error")
    english = bar.text()
    translations.set_language("ja")
    assert bar.text() != english and "1.5" in bar.text()
    translations.set_language("en")
    assert bar.text() == english
    # A callable is called again: a sentence built with the section's tr() follows the language too.
    bar.show_message(lambda: bar.tr("Example %d") % 3, "info")
    assert bar.text() == "Example 3"


def test_the_bar_keeps_its_place_whether_or_not_it_shows_a_message(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    empty = bar.height()
    bar.show_message("A short hint.", "info")
    qtbot.wait(10)
    assert bar.isVisible() and bar.height() == empty >= 2 * bar.fontMetrics().lineSpacing()
    bar.clear()
    assert bar.isVisible() and bar.height() == empty


def test_an_inline_error_is_said_again_in_the_new_language(qtbot, translations):
    from gui.kit.messages import InlineError
    label = InlineError()
    qtbot.addWidget(label)
    translations.set_language("en")
    with pytest.raises(ValueError) as error:
        check_probability(1.5)
    label.show_error(error.value)
    english = label.text()
    translations.set_language("zh_CN")
    assert label.text() != english and "概率" in label.text()
    label.clear()
    assert label.isHidden() and label.source is None
