"""Scenario files (.glab): one scene or a deck of scenes, read with every check and written atomically.

A .glab file is UTF-8 JSON, readable by a person:

    {"format": "gradient-lab", "version": 1,
     "scenes": [{"section": "descent", ...every control's value...}, ...]}

read() refuses a file that cannot be used — unreadable, too large, not UTF-8,
not JSON, nested absurdly deep, the wrong structure, a newer version, an
unknown section — with a ScenarioError whose Message names the file and the
problem in one line. The values inside a scene are checked by the section that
restores them (engine.scene_values); scene_error() words such a refusal the
same way. dumps() is deterministic (keys in a fixed order, two-space indent,
text kept as typed), so opening a file and saving it again gives the same bytes.
"""
import json
import math
import os
import re

import numpy as np

from engine.atomic import atomic_write_bytes
from engine.messages import Message, message_of

FORMAT = "gradient-lab"
VERSION = 1
SUFFIX = ".glab"
MAX_BYTES = 5 * 1024 * 1024   # a deck of a few dozen scenes is a few kilobytes
MAX_DEPTH = 32                # a scene nests a few levels (racers, layers); JSON bombs nest thousands
MAX_SCENES = 200
TOP_KEYS = ("format", "version", "scenes")

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]")


class ScenarioError(ValueError):
    """A scenario file that cannot be used; args[0] is a Message naming the file and the problem."""


# --- reading ---------------------------------------------------------------------------------
# --- reading ---------------------------------------------------------------------------------
def read(path, sections=None):
    """The scenes of the .glab file at path: a list of dicts, each with its "section".

    sections: the names a scene may have (None: any). ScenarioError for any problem.
    """
    file = os.fspath(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise _too_large(path, size)
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except ScenarioError:
        raise
    except IsADirectoryError:
        raise ScenarioError(Message("{file} is a folder, not a scenario file.", file=file)) from None
    except FileNotFoundError:
        raise ScenarioError(Message("{file} does not exist.", file=file)) from None
    except OSError as exc:
        raise ScenarioError(Message("{file} cannot be read: {reason}.", file=file,
                                    reason=exc.strerror or type(exc).__name__)) from None
    return loads(data, path, sections)


def _too_large(path, size):
    return ScenarioError(Message("{file} is {size} MB; a scenario file is at most {limit} MB.",
                                 file=os.fspath(path), size=f"{size / 1024 / 1024:.1f}",
                                 limit=MAX_BYTES // (1024 * 1024)))


def loads(data, path, sections=None):
    """The scenes of a file's content (bytes or text); path names the file in messages."""
    file = os.fspath(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _too_large(path, len(data))
    try:
        text = data.decode("utf-8-sig")   # a byte-order mark (some Windows editors) is allowed
    except UnicodeDecodeError as exc:
        raise ScenarioError(Message("{file} is not UTF-8 text (byte {position}).", file=file,
                                    position=exc.start)) from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise ScenarioError(Message("{file} nests {depth} levels deep; a scenario nests at most {limit}.",
                                    file=file, depth=depth, limit=MAX_DEPTH))
    try:
        document = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise ScenarioError(Message("{file} is not JSON: {problem} (line {line}, column {column}).",
                                    file=file, problem=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except ValueError as exc:
        message = message_of(exc)
        raise ScenarioError(Message("{file} is not JSON: {problem}", file=file,
                                    problem=message if message is not None else str(exc))) from None
    return scenes_of(document, path, sections)


def nesting_depth(text):
    """How deeply arrays and objects nest in JSON text (counted before parsing it)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return 0
    codes = np.frombuffer(brackets.encode("ascii"), dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1)
    return int(np.cumsum(steps).max())


def _no_constant(name):
    raise ValueError(Message("{name} is not a number a file may hold.", name=name))


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(Message("the key {key} appears twice in one object.", key=json.dumps(key)))
        seen[key] = value
    return seen


def scenes_of(document, path, sections=None):
    """The scenes of a parsed file, after checking its structure."""
    file = os.fspath(path)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ScenarioError(Message("{file} is not a Gradient Lab scenario "
                                    "(it has no \"format\": \"gradient-lab\").", file=file))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ScenarioError(Message("{file}: \"version\" must be a whole number from 1, not {value}.",
                                    file=file, value=_short(version)))
    if version > VERSION:
        raise ScenarioError(Message("{file} was written by a newer Gradient Lab (file version {version}; "
                                    "this one reads version {supported}).", file=file, version=version,
                                    supported=VERSION))
    unknown = sorted(set(document) - set(TOP_KEYS))
    if unknown:
        raise ScenarioError(Message("{file} has unknown entries: {keys}.", file=file,
                                    keys=", ".join(unknown)))
    scenes = document.get("scenes")
    if not isinstance(scenes, list) or not 1 <= len(scenes) <= MAX_SCENES:
        raise ScenarioError(Message("{file}: \"scenes\" must be a list of 1 … {limit} scenes.", file=file,
                                    limit=MAX_SCENES))
    for number, scene in enumerate(scenes, 1):
        if not isinstance(scene, dict):
            raise ScenarioError(Message("{file}, scene {number}: a scene must be a JSON object, not {value}.",
                                        file=file, number=number, value=_short(scene)))
        name = scene.get("section")
        if not isinstance(name, str):
            raise ScenarioError(Message("{file}, scene {number}: \"section\" must name a section.",
                                        file=file, number=number))
        if sections is not None and name not in sections:
            raise ScenarioError(Message("{file}, scene {number}: there is no section {name}; the sections "
                                        "are {names}.", file=file, number=number, name=_short(name),
                                        names=", ".join(sections)))
    return scenes


def scene_error(path, number, section, error):
    """A section's refusal of scene number (1-based) of the file, as a ScenarioError."""
    return ScenarioError(Message("{file}, scene {number} ({section}): {problem}", file=os.fspath(path),
                                 number=number, section=section, problem=message_of(error) or str(error)))


def scene_number_error(path, count, number):
    """--scene number of a file with count scenes is not there."""
    return ScenarioError(Message("{file} has {count} scenes; there is no scene {number}.",
                                 file=os.fspath(path), count=count, number=number))


def cannot_restore(path, number, section):
    """A scene of a section that cannot be restored from a file (yet)."""
    return ScenarioError(Message("{file}, scene {number}: the {section} section cannot be opened from a "
                                 "file yet.", file=os.fspath(path), number=number, section=section))


def cannot_save(section):
    """The section has no scene to save (yet)."""
    return ScenarioError(Message("The {section} section cannot be saved as a scene yet.",
                                 section=section))


def cannot_write_python(section):
    """The section has no Python script to give (yet)."""
    return ScenarioError(Message("The {section} section cannot be written as Python yet.",
                                 section=section))


def cannot_write(path, error):
    """Writing path failed (a full disk, no permission): the old file is still whole."""
    return ScenarioError(Message("{file} could not be written: {reason}.", file=os.fspath(path),
                                 reason=getattr(error, "strerror", None) or str(error)
                                 or type(error).__name__))


def _short(value):
    text = json.dumps(value, ensure_ascii=False) if _is_json(value) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _is_json(value):
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


# --- writing ---------------------------------------------------------------------------------
def document(scenes):
    """The file's JSON object for scenes (dicts with a "section" and plain JSON values)."""
    if not scenes:
        raise ValueError(Message("A scenario needs at least one scene."))
    return {"format": FORMAT, "version": VERSION, "scenes": [_scene(scene) for scene in scenes]}


def _scene(scene):
    name = scene.get("section")
    if not isinstance(name, str) or not name:
        raise ValueError(Message("A scene must name its section."))
    rest = {key: value for key, value in scene.items() if key != "section"}
    return {"section": name, **_plain(rest, name)}


def _plain(value, section):
    """value with every dict's keys sorted (a fixed order) and only JSON's types."""
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise ValueError(Message("A scene of {section} has a key that is not text.", section=section))
        return {key: _plain(value[key], section) for key in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item, section) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(Message("A scene of {section} holds {value}, which a file cannot store.",
                                 section=section, value=repr(value)))
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise ValueError(Message("A scene of {section} holds a {kind}, which a file cannot store.",
                             section=section, kind=type(value).__name__))


def dumps(scenes):
    """The file's text: the same scenes always give the same text (open then save: same bytes).

    Two-space indent, text as typed (not \\u escapes); a list of plain values stays on
    one line, so a point or a weight matrix's row reads as a row.
    """
    return _encode(document(scenes), "") + "\n"


def _encode(value, indent):
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_scalar(key)}: {_encode(item, inner)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list):
        if all(not isinstance(item, (dict, list)) for item in value):
            return "[" + ", ".join(_scalar(item) for item in value) + "]"
        return "[\n" + ",\n".join(inner + _encode(item, inner) for item in value) + "\n" + indent + "]"
    return _scalar(value)


def _scalar(value):
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def write(path, scenes):
    """Write scenes to path atomically (a failed save leaves the old file whole)."""
    atomic_write_bytes(path, dumps(scenes).encode("utf-8"))
