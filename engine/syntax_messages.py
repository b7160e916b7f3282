"""Why typed text is not a function, said so a student can act on it (engine.expressions uses these).

Python's parser only knows "invalid syntax"; a student who typed "import os"
or "f(x) = x^2" needs to hear that only one expression is read, not that a
bracket is missing. Positions are columns of the normalised text (UTF-8 byte
offsets, as ast gives them); the caller maps them back to the typed text.
"""
import ast
import re

from engine.messages import Message

# Statements a student may type ("import os", "def f(x): ..."), named by their keyword.
_STATEMENTS = {ast.Import: "import", ast.ImportFrom: "from", ast.FunctionDef: "def",
               ast.AsyncFunctionDef: "def", ast.ClassDef: "class", ast.Return: "return",
               ast.Delete: "del", ast.For: "for", ast.AsyncFor: "for", ast.While: "while", ast.If: "if",
               ast.With: "with", ast.AsyncWith: "with", ast.Raise: "raise", ast.Try: "try",
               ast.Assert: "assert", ast.Global: "global", ast.Nonlocal: "nonlocal", ast.Pass: "pass",
               ast.Break: "break", ast.Continue: "continue"}
_STATEMENT_WORDS = set(_STATEMENTS.values()) | {"async", "elif", "else", "except", "finally"}
_ASSIGNMENTS = (ast.Assign, ast.AugAssign, ast.AnnAssign)
# "f(x) = x^2" or "y = ..." that Python cannot even read as an assignment.
_DEFINITION = re.compile(r"\s*[A-Za-z_]\w*\s*(\([^()]*\))?\s*(=)(?!=)")
_EQUALS = re.compile(r"(\*\*|//|>>|<<|[-+*/%@&|^:])?=")   # '=' and '+=' etc.


def where(pos):
    """The clause " at position N" (1-based) for a 0-based position, or "" when it is unknown."""
    return Message(" at position {pos}", pos=pos + 1) if pos is not None else ""


def too_deep(depth, pos=None):
    """The refusal of nesting deeper than depth levels (Python's recursion would give out)."""
    return Message("The expression is nested more than {depth} levels deep{where}; simplify it.",
                   depth=depth, where=where(pos))


def statement(text, variables, functions):
    """(column, Message) when text is a Python statement rather than one expression, else None.

    The Message has a {where} field the caller fills in once it knows the position.
    """
    example = " + ".join(f"{v}^2" for v in variables) or "2"
    names = ", ".join(variables) or "x"
    try:
        body = ast.parse(text, mode="exec").body
    except (SyntaxError, ValueError, TypeError, RecursionError, MemoryError, OverflowError):
        body = None
    if body is None:
        word = re.match(r"\s*([A-Za-z_]\w*)", text)
        if word and word[1] in _STATEMENT_WORDS:
            return _column(text, word.start(1)), _statement_message(word[1], names, functions)
        definition = _DEFINITION.match(text)
        if definition is None:
            return None
        return _column(text, definition.start(2)), _assignment_message(example, names)
    node = next((n for n in body if not isinstance(n, ast.Expr)), None)
    if node is None:
        if len(body) < 2:
            return None
        return body[1].col_offset, Message("A second expression{where} is not allowed: type one "
                                           "expression, without ';'.")
    if isinstance(node, _ASSIGNMENTS):
        # Point at the '=' itself: the target before it may be a fine expression.
        target = node.targets[-1] if isinstance(node, ast.Assign) else node.target
        start = len(text.encode("utf-8")[:target.end_col_offset].decode("utf-8", "ignore"))
        equals = _EQUALS.search(text, start)
        column = _column(text, equals.start()) if equals else node.col_offset
        return column, _assignment_message(example, names)
    keyword = _STATEMENTS.get(type(node), type(node).__name__.lower())
    return node.col_offset, _statement_message(keyword, names, functions)


def _column(text, index):
    """The UTF-8 byte offset (as ast counts columns) of character index in text."""
    return len(text[:index].encode("utf-8"))


def _assignment_message(example, names):
    return Message("An assignment ('='){where} is not allowed: type only the expression, "
                   "e.g. {example} instead of f({variables}) = {example}.",
                   example=example, variables=names)


def _statement_message(keyword, names, functions):
    return Message("'{keyword}'{where} starts a Python statement, and statements are not allowed: "
                   "type one expression in {variables}, using numbers, + - * / ^ and the functions "
                   "{functions}.", keyword=keyword, variables=names, functions=", ".join(sorted(functions)))


def parser_message(msg):
    """Python's own syntax-error text as a Message when it is a common one (so it can be
    translated), else the text itself."""
    if msg == "invalid syntax":
        return Message("invalid syntax")
    if msg == "invalid decimal literal":
        return Message("invalid decimal literal")
    match = re.fullmatch(r"'(.)' was never closed", msg)
    if match:
        return Message("'{bracket}' was never closed", bracket=match[1])
    match = re.fullmatch(r"unmatched '(.)'", msg)
    if match:
        return Message("unmatched '{bracket}'", bracket=match[1])
    match = re.fullmatch(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'", msg)
    if match:
        return Message("closing parenthesis '{closing}' does not match opening parenthesis '{opening}'",
                       closing=match[1], opening=match[2])
    match = re.fullmatch(r"invalid character '(.)' \(U\+([0-9A-F]+)\)", msg)
    if match:
        return Message("invalid character '{char}' (U+{code})", char=match[1], code=match[2])
    match = re.fullmatch(r"invalid non-printable character U\+([0-9A-F]+)", msg)
    if match:
        return Message("invalid non-printable character U+{code}", code=match[1])
    match = re.fullmatch(r"unterminated string literal \(detected at line (\d+)\)", msg)
    if match:
        return Message("unterminated string literal (detected at line {line})", line=match[1])
    return msg
