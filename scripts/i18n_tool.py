"""Keep the translations in step with the code.

  update   extract every tr()/translate()/QT_TRANSLATE_NOOP string from gui/ and main.py
           into resources/i18n/gradient_lab_<lang>.ts (pyside6-lupdate), then fill
  fill     write the translations of scripts/translations_table.py into the .ts files
           (marked finished); strings without an entry stay "unfinished"
  missing  list the source strings that have no translation yet
  release  build the .qm files from the .ts files (pyside6-lrelease)
  check    every translation keeps the %-placeholders of its source, in order, and every
           "Engine|" translation the {field} placeholders of its template

The engine's own sentences (engine.messages.Message templates, found in engine/*.py
by engine_messages) are filled in as context "Engine".

Usage: .venv/bin/python scripts/i18n_tool.py update|fill|missing|release
"""
import ast
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "ja")
BIN = Path(sys.executable).parent


def ts_file(lang):
    return I18N / f"gradient_lab_{lang}.ts"


def sources():
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "gui").rglob("*.py"))] + ["main.py"]


def update():
    I18N.mkdir(parents=True, exist_ok=True)
    cmd = [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
           "-ts", *[str(ts_file(lang)) for lang in LANGS]]
    subprocess.run(cmd, cwd=ROOT, check=True)
    fill()


def _table():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import translations_table

    return translations_table.TABLES


def _formula_words():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import translations_table

    return translations_table.FORMULA_WORDS


def _write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _refuse_empty_context(root):
    """Every string needs a context: a tr() inside a class (its name) or translate("Context", ...).

    lupdate files a string it finds outside any class under an empty context,
    which no lookup at run time uses: the string would stay English.
    """
    for context in root.findall("context"):
        if not context.findtext("name"):
            sources = [m.findtext("source") for m in context.iter("message")]
            sys.exit(f"strings without a translation context (use translate(\"Context\", ...)): {sources}")

def preset_names():
    """Every section's preset names: their buttons show them through context "PresetNames"."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from gui import sections

    names = []
    for name in sections.NAMES:
        for preset in sections.section_class(name).PRESETS:
            if preset not in names:
                names.append(preset)
    return names


def formulas():
    """The explanation panels' formulas (rich text): translated in context "SectionFormula"."""
    sys.path.insert(0, str(ROOT))
    from gui import sections

    return [info.formula for info in sections.SECTIONS]


def engine_messages():
    """The template of every Message(...) call in engine/*.py, in file and line order, each once.

    A template must be a string literal (adjacent literals are joined by the parser);
    anything else raises ValueError, since it could not be translated.
    """
    templates = []
    for path in sorted((ROOT / "engine").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Name) and node.func.id == "Message"]
        for call in sorted(calls, key=lambda node: (node.lineno, node.col_offset)):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise ValueError(f"{path.relative_to(ROOT)}:{call.lineno}: the first argument of "
                                 "Message(...) must be a string literal (the English template)")
            if first.value not in templates:
                templates.append(first.value)
    return templates


def _add_context(root, context_name, names):
    for context in root.findall("context"):
        if context.findtext("name") == context_name:
            root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = context_name
    for name in names:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = name
        ET.SubElement(message, "translation", type="unfinished")


def fill():
    tables = _table()
    presets = preset_names()
    for lang in LANGS:
        table = tables[lang]
        path = ts_file(lang)
        tree = ET.parse(path)
        _refuse_empty_context(tree.getroot())
        _add_context(tree.getroot(), "PresetNames", presets)
        _add_context(tree.getroot(), "SectionFormula", formulas())
        _add_context(tree.getroot(), "Engine", engine_messages())
        done = todo = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                text = table.get(f"{name}|{source}", table.get(source))
                if text is None and name == "SectionFormula":
                    text = source   # symbols stay; the few words are replaced
                    for word, translated in _formula_words()[lang].items():
                        text = text.replace(word, translated)
                if text is None:
                    todo += 1
                    if not translation.text:
                        translation.set("type", "unfinished")
                    continue
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
        _write(tree, path)
        print(f"{path.name}: {done} translated, {todo} unfinished")


PLACEHOLDER = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrfgxe%]")


def format_fields(text):
    """The set of str.format replacement fields of text, each as (name, conversion, format spec);
    ValueError when text is not a valid format string (e.g. a single brace)."""
    return {(name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None}


def check():
    """Every translation keeps the source's %-placeholders in the same order (Python % formatting);
    an "Engine|" entry (a str.format template) keeps exactly the {field}s of its template."""
    bad = 0
    for lang, table in _table().items():
        for key, text in table.items():
            context, _, rest = key.partition("|")
            source = rest if rest and context.isidentifier() and context[0].isupper() else key
            if context == "Engine" and rest:
                try:
                    same = format_fields(source) == format_fields(text)
                except ValueError:
                    same = False
                if not same:
                    bad += 1
                    print(f"{lang}: {{fields}} differ: {source!r} -> {text!r}")
                continue
            if PLACEHOLDER.findall(source) != PLACEHOLDER.findall(text):
                bad += 1
                print(f"{lang}: placeholders differ: {source!r} -> {text!r}")
    return bad


def missing():
    tables = _table()
    count = 0
    for lang in LANGS:
        for context in ET.parse(ts_file(lang)).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                if f"{name}|{source}" not in tables[lang] and source not in tables[lang] \
                        and name != "SectionFormula":
                    count += 1
                    print(f"{lang}\t{name}\t{source!r}")
    return count


def release():
    for lang in LANGS:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts_file(lang)),
                        "-qm", str(ts_file(lang).with_suffix(".qm"))], check=True)


def main(argv):
    commands = {"update": update, "fill": fill, "missing": missing, "release": release, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        sys.exit(__doc__)
    result = commands[argv[0]]()
    if argv[0] in ("missing", "check") and result:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
