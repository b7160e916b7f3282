"""Translations: Qt's own system, switched at run time; every string of the UI is covered."""
import ast
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget

from gui import i18n
from gui import sections as registry

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "ja")


def messages(path):
    """{(context, source): (translation, finished)} of a .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "",
                                                       translation.get("type") != "unfinished")
    return out




def test_language_codes():
    assert list(i18n.LANGUAGES) == ["en", "zh_CN", "ja"]
    with pytest.raises(ValueError, match="en, zh_CN, ja"):
        i18n.check_code("fr")
    assert i18n.system_language(QLocale("zh_CN")) == "zh_CN"
    assert i18n.system_language(QLocale("zh_TW")) == "zh_CN"
    assert i18n.system_language(QLocale("ja_JP")) == "ja"
    assert i18n.system_language(QLocale("de_DE")) == "en"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_match_their_sources(lang, tmp_path):
    qm = i18n.qm_path(lang)
    assert qm.exists(), "run `make translations` (or `make qm`)"
    fresh = tmp_path / qm.name
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(i18n.ts_path(lang)), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "the .qm is stale: run `make qm`"


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    sources = [str(p) for p in sorted((ROOT / "gui").rglob("*.py"))] + [str(ROOT / "main.py")]
    extracted = tmp_path / "gradient_lab_zh_CN.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-locations", "none", "-silent",
                    "-ts", str(extracted)], check=True, capture_output=True)
    in_code = set(messages(extracted))
    assert not [source for context, source in in_code if not context], \
        "strings outside a class need translate(\"Context\", ...): nothing looks them up otherwise"
    for lang in LANGS:
        missing = in_code - set(messages(i18n.ts_path(lang)))
        assert not missing, f"run `make translations`: {sorted(missing)[:10]}"


# --- every literal handed to a translation call, found by reading the code ---------------------------
# A translation call whose text is not a literal is invisible to lupdate (and so never translated),
# unless the text was marked with QT_TRANSLATE_NOOP where it is written. These are the only ones:
DYNAMIC_LOOKUPS = {
    ("gui/kit/messages.py", "_translate_engine"),     # engine Message templates (context "Engine")
    ("gui/kit/section.py", "retranslate"),            # SectionInfo title/summary/formula (registry)
    ("gui/kit/section.py", "_retranslate_base"),      # preset descriptions and names
    ("gui/main_window.py", "retranslate"),            # section titles in the list (registry)
}


class _Calls(ast.NodeVisitor):
    """Translation calls: tr() in a class (context: the class), translate/QT_TRANSLATE_NOOP(ctx, text)."""

    def __init__(self, path):
        self.path, self.classes, self.functions = path, [], []
        self.literal, self.dynamic = [], []

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node):
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name == "tr":
            context, text = (self.classes[-1] if self.classes else ""), node.args[0] if node.args else None
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            first = node.args[0]
            context = first.value if isinstance(first, ast.Constant) else None
            text = node.args[1]
        else:
            return self.generic_visit(node)
        where = (self.path, self.functions[-1] if self.functions else "")
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and context is not None:
            self.literal.append((context, text.value, f"{self.path}:{node.lineno}"))
        else:
            self.dynamic.append(where)
        self.generic_visit(node)


def translation_calls():
    literal, dynamic = [], set()
    for path in [*sorted((ROOT / "gui").rglob("*.py")), ROOT / "main.py"]:
        calls = _Calls(str(path.relative_to(ROOT)))
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        literal += calls.literal
        dynamic |= set(calls.dynamic)
    return literal, dynamic


def test_no_translation_call_hides_its_text_from_lupdate():
    _, dynamic = translation_calls()
    assert dynamic == DYNAMIC_LOOKUPS, ("a translation call without a literal text: lupdate cannot "
                                        f"see it, so it is never translated: {dynamic - DYNAMIC_LOOKUPS}")


@pytest.mark.parametrize("lang", LANGS)
def test_every_literal_of_the_code_is_translated_in_its_context(lang):
    """Read from the code itself, not from lupdate's output: a string lupdate misses fails here."""
    literal, _ = translation_calls()
    table = messages(i18n.ts_path(lang))
    missing = [(context, text, where) for context, text, where in literal
               if not table.get((context, text), ("", False))[1] and not any(
                   table.get((base, text), ("", False))[1] for base in _bases(context))]
    assert len(literal) > 400
    assert not missing, f"{len(missing)} not translated in their context, e.g. {missing[:5]}"


def _bases(context):
    """tr() in a subclass falls back to its base classes' contexts at run time (PySide walks the MRO)."""
    return {"SectionBase"} if context.endswith("Section") else set()


def engine_templates():
    """Every Message template written in engine/ (the literal first argument of Message(...))."""
    templates = []
    for path in sorted((ROOT / "engine").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                assert isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
                templates.append(node.args[0].value)
    return templates


def fields(text):
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("lang", LANGS)
def test_every_engine_message_is_translated_with_its_fields(lang):
    table = messages(i18n.ts_path(lang))
    templates = engine_templates()
    assert len(templates) > 100
    for template in templates:
        translation, done = table.get(("Engine", template), ("", False))
        assert done and translation, f"untranslated engine message: {template!r}"
        assert fields(translation) == fields(template), (template, translation)


def test_an_engine_error_reaches_the_user_in_their_language(translations):
    from engine.expressions import ExpressionError, parse
    from gui.kit.messages import engine_text

    with pytest.raises(ExpressionError) as error:
        parse("sinn(x)")
    english = engine_text(error.value)
    assert english == str(error.value) and "sin" in english
    translations.set_language("zh_CN")
    chinese = engine_text(error.value)
    assert chinese != english and "sinn" in chinese and "函数" in chinese
    translations.set_language("ja")
    assert "関数" in engine_text(error.value)


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang):
    unfinished = [key for key, (text, done) in messages(i18n.ts_path(lang)).items()
                  if not done or not text]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


PLACEHOLDER = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdrfgxe%]")


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders(lang):
    """The code formats with %: a translation must keep the placeholders, in order."""
    wrong = [(source, text) for (_, source), (text, _) in messages(i18n.ts_path(lang)).items()
             if PLACEHOLDER.findall(source) != PLACEHOLDER.findall(text)]
    assert not wrong, wrong[:5]


def test_seed_and_book_terms(translations):
    zh = {t for t, _ in messages(i18n.ts_path("zh_CN")).values()}
    ja = {t for t, _ in messages(i18n.ts_path("ja")).values()}
    for term in ("损失函数", "均方误差", "交叉熵误差", "数值微分", "偏导数", "梯度", "学习率"):
        assert any(term in t for t in zh), term
    for term in ("損失関数", "2乗和誤差", "交差エントロピー誤差", "数値微分", "偏微分", "勾配", "学習率"):
        assert any(term in t for t in ja), term




def test_switching_language_retranslates_the_window(window, translations):
    section = window.show_section("descent")
    english = (window.windowTitle(), window.nav.item(0).text(), section.explain.summary.text(),
               window.language_menu.title(), window.export_button.text())
    window.language_actions["zh_CN"].trigger()
    assert translations.language == "zh_CN" and any("gradient_lab_zh_CN.qm" in f
                                                    for f in translations.loaded_files())
    assert "梯度" in window.windowTitle()
    assert "损失函数" in window.nav.item(0).text()
    assert section.explain.title.text().endswith("梯度法")
    assert "学习率" in section.explain.summary.text()
    assert window.language_menu.title() != english[3] and window.export_button.text() != english[4]
    window.set_language("ja")
    assert "損失関数" in window.nav.item(0).text() and "学習率" in section.explain.summary.text()
    assert window.language_actions["ja"].isChecked()
    window.set_language("en")
    assert (window.windowTitle(), window.nav.item(0).text(), section.explain.summary.text(),
            window.language_menu.title(), window.export_button.text()) == english


def visible_texts(root):
    """(where, text) of every text a user can read under root: widgets, tooltips and plots."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.toolTip():
            out.append((f"{type(w).__name__} tooltip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)) and not isinstance(w, QLineEdit):
            out.append((type(w).__name__, w.text()))
        if isinstance(w, QLineEdit) and w.placeholderText():
            out.append(("placeholder", w.placeholderText()))
        if isinstance(w, QGroupBox):
            out.append(("QGroupBox", w.title()))
        if isinstance(w, QComboBox):
            out += [("QComboBox", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, pg.GraphicsView):
            for item in w.scene().items():
                if isinstance(item, pg.AxisItem) and item.labelText:
                    out.append(("axis label", item.labelText))
                if isinstance(item, pg.LabelItem) and item.text:
                    out.append(("plot label", item.text))
    return [(where, text) for where, text in out if text and text.strip()]


@pytest.mark.parametrize("name", registry.NAMES)
@pytest.mark.parametrize("lang", LANGS)
def test_no_english_left_in_a_translated_ui(window, translations, name, lang):
    """No visible text is still an English source text that the .ts translates."""
    english = {source for (_, source), (text, done) in messages(i18n.ts_path(lang)).items()
               if done and text and text != source}
    section = window.show_section(name)
    for tabs in section.findChildren(QTabWidget):     # tabs built on first use, too
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    translations.set_language(lang)
    left = [(where, text) for where, text in visible_texts(window) if text in english]
    assert not left, left
    assert section.explain.summary.text() not in english


def test_cli_rejects_an_unknown_language():
    out = subprocess.run([sys.executable, "main.py", "--lang", "klingon"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "en, zh_CN, ja" in out.stderr
