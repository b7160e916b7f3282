"""engine.messages: English by str(), translated template by template, nested clauses too."""
from engine.expressions import ExpressionError, parse
from engine.messages import Message, message_of


def test_a_message_reads_as_english_and_formats_its_fields():
    message = Message("h = {h:.3g} underflows to 0 in {dtype}.", h=1e-50, dtype="float32")
    assert str(message) == "h = 1e-50 underflows to 0 in float32."
    assert "underflows" in message and message == Message(message.template, **message.fields)


def test_translate_reaches_every_nested_clause():
    inner = Message(" at position {position}", position=4)
    outer = Message("Syntax error{where}.", where=inner)
    table = {"Syntax error{where}.": "语法错误{where}。", " at position {position}": "（第 {position} 个字符处）"}
    assert outer.format(lambda text: table[text]) == "语法错误（第 4 个字符处）。"
    assert str(outer) == "Syntax error at position 4."


def test_an_engine_error_carries_its_message():
    try:
        parse("sinn(x)")
    except ExpressionError as error:
        message = message_of(error)
        assert message is not None and str(message) == str(error) and error.position == 0
    assert message_of(ValueError("plain text")) is None
