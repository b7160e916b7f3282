"""Reading a scene's values (from a .glab file) with the checks a typed value gets.

A section's scene is a dict of plain JSON values: numbers, strings, booleans,
lists and dicts. Every value read from a file passes through SceneValues, which
refuses a missing or unknown key, a wrong type, a number out of range or not
finite, an unknown choice, or a function the expression parser rejects (it is
parsed, never evaluated as Python). A refusal is a SceneError whose Message
names the key and the problem, so the app can say it in the reader's language.

    values = SceneValues(scene)
    lr = values.number("learning_rate", 1e-12, 1000)
    start = values.numbers("start", 2, -1e6, 1e6)
    racers = [SceneValues(r, "racers") for r in values.items("racers", 1, 6)]
    values.done()            # any key left unread is refused
"""
import math
from numbers import Integral, Real

from engine.expressions import ExpressionError, parse
from engine.messages import Message

MAX_TEXT = 1000   # characters of a string value (a typed function is at most 1000 long)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()   # "no default": a missing key is refused


class SceneError(ValueError):
    """A value of a scene that cannot be used; args[0] is a Message naming the key."""


class SceneValues:
    """The values of one scene (or one item of a list in it), read one key at a time.

    where: the path of this dict in the scene, e.g. "racers[2]", used in messages.
    Each reader returns a plain Python value; missing keys take default when one is
    given (files written by older versions), otherwise they are refused.
    """

    def __init__(self, values, where=""):
        if not isinstance(values, dict):
            if not where:
                raise SceneError(Message("The scene must be a JSON object, not {kind}.",
                                         kind=type(values).__name__))
            raise SceneError(Message("{where} must be a JSON object, not {kind}.",
                                     where=where, kind=type(values).__name__))
        self._values = values
        self._where = where
        self._read = set()

    def _name(self, key):
        return f"{self._where}.{key}" if self._where else key

    def _get(self, key, default):
        self._read.add(key)
        if key in self._values:
            return self._values[key]
        if default is not _MISSING:
            return default
        raise SceneError(Message("The scene has no value for {key}.", key=self._name(key)))

    def raw(self, key, default=_MISSING):
        """The value as the file has it, for a shape no reader covers (the caller checks it)."""
        return self._get(key, default)

    def has(self, key):
        return key in self._values

    def number(self, key, lo, hi, default=None):
        """A finite float with lo <= value <= hi."""
        value = self._get(key, _MISSING if default is None else default)
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            raise SceneError(Message("{key} must be a finite number, not {value}.",
                                     key=self._name(key), value=_show(value)))
        if not lo <= value <= hi:
            raise SceneError(Message("{key} is {value}, outside {lo} … {hi}.", key=self._name(key),
                                     value=_show(value), lo=f"{lo:g}", hi=f"{hi:g}"))
        return float(value)

    def integer(self, key, lo, hi, default=None):
        """A whole number with lo <= value <= hi (2.0 is accepted as 2)."""
        value = self._get(key, _MISSING if default is None else default)
        if isinstance(value, Real) and not isinstance(value, (bool, Integral)) \
                and math.isfinite(value) and value == int(value):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, Integral):
            raise SceneError(Message("{key} must be a whole number, not {value}.",
                                     key=self._name(key), value=_show(value)))
        if not lo <= value <= hi:
            raise SceneError(Message("{key} is {value}, outside {lo} … {hi}.", key=self._name(key),
                                     value=_show(value), lo=str(lo), hi=str(hi)))
        return int(value)

    def boolean(self, key, default=None):
        value = self._get(key, _MISSING if default is None else default)
        if not isinstance(value, bool):
            raise SceneError(Message("{key} must be true or false, not {value}.",
                                     key=self._name(key), value=_show(value)))
        return value

    def choice(self, key, choices, default=None):
        """One of choices (strings, or None when None is listed)."""
        value = self._get(key, _MISSING if default is None else default)
        if value not in choices or isinstance(value, bool):
            raise SceneError(Message("{key} must be one of {choices}, not {value}.",
                                     key=self._name(key), value=_show(value),
                                     choices=", ".join(_show(c) for c in choices)))
        return value

    def text(self, key, max_length=MAX_TEXT, default=None):
        value = self._get(key, _MISSING if default is None else default)
        if not isinstance(value, str):
            raise SceneError(Message("{key} must be text, not {value}.",
                                     key=self._name(key), value=_show(value)))
        if len(value) > max_length:
            raise SceneError(Message("{key} is {length} characters long; at most {limit} are allowed.",
                                     key=self._name(key), length=len(value), limit=max_length))
        return value

    def expression(self, key, variables, default=None):
        """A typed function (text): parsed by engine.expressions, never run as Python."""
        text = self.text(key, default=default)
        try:
            parse(text, variables)
        except ExpressionError as exc:
            raise SceneError(Message("{key}: {problem}", key=self._name(key),
                                     problem=exc.args[0])) from None
        return text

    def numbers(self, key, length, lo, hi, default=None, min_length=None):
        """A list of finite floats in [lo, hi]: exactly length of them, or min_length … length."""
        value = self._get(key, _MISSING if default is None else default)
        shortest = length if min_length is None else min_length
        if not isinstance(value, list) or not shortest <= len(value) <= length:
            count = str(length) if shortest == length else f"{shortest} … {length}"
            raise SceneError(Message("{key} must be a list of {count} numbers, not {value}.",
                                     key=self._name(key), count=count, value=_show(value)))
        item = SceneValues({str(i): v for i, v in enumerate(value)}, self._name(key))
        return [item.number(str(i), lo, hi) for i in range(len(value))]

    def matrix(self, key, shape, lo, hi, default=None):
        """A list of rows (lists of finite floats in [lo, hi]) of exactly shape (rows, columns)."""
        value = self._get(key, _MISSING if default is None else default)
        rows, columns = shape
        if not isinstance(value, list) or len(value) != rows:
            raise SceneError(Message("{key} must be {rows} rows of {columns} numbers.",
                                     key=self._name(key), rows=rows, columns=columns))
        holder = SceneValues({str(i): row for i, row in enumerate(value)}, self._name(key))
        return [holder.numbers(str(i), columns, lo, hi) for i in range(rows)]

    def items(self, key, min_length, max_length, default=None):
        """A list of JSON objects (e.g. racers), each returned as a SceneValues to read."""
        value = self._get(key, _MISSING if default is None else default)
        if not isinstance(value, list) or not min_length <= len(value) <= max_length:
            raise SceneError(Message("{key} must be a list of {lo} … {hi} entries.",
                                     key=self._name(key), lo=min_length, hi=max_length))
        return [SceneValues(item, f"{self._name(key)}[{i}]") for i, item in enumerate(value)]

    def done(self):
        """Refuse keys nobody read: a misspelt key would otherwise be ignored silently."""
        unknown = sorted(set(self._values) - self._read)
        if unknown and not self._where:
            raise SceneError(Message("The scene has unknown values: {keys}.", keys=", ".join(unknown)))
        if unknown:
            raise SceneError(Message("{where} has unknown values: {keys}.",
                                     where=self._where, keys=", ".join(unknown)))



def _show(value):
    """A short rendering of a bad value for a message (a huge list is not repeated in full)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
