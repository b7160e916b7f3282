"""Translations: Qt's own system, switched at run time; every string of the UI is covered."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QTabWidget, QWidget)

from gui import i18n
from gui import sections as registry
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "ja")


def messages(path):
    """{(context, source): (translation, finished)} of a .ts file ("" context counts as Section)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or "Section"
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "",
                                                       translation.get("type") != "unfinished")
    return out


@pytest.fixture
def translations(qapp):
    translations = i18n.Translations.of(qapp)
    yield translations
    translations.set_language("en")


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
    for lang in LANGS:
        missing = in_code - set(messages(i18n.ts_path(lang)))
        assert not missing, f"run `make translations`: {sorted(missing)[:10]}"


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


@pytest.fixture
def window(qtbot, translations):
    win = MainWindow(translations=translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


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
