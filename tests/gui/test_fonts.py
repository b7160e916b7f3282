"""Han characters in the reader's own typeface: Japanese glyphs for ja, Chinese ones for zh_CN."""
import numpy as np
import pytest
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from gui import fonts

def test_the_first_installed_family_of_the_language_is_chosen(qapp):
    assert fonts.cjk_family("ja", installed=["IPAGothic", "Noto Sans CJK SC"]) == "IPAGothic"
    assert fonts.cjk_family("zh_CN", installed=["IPAGothic", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert fonts.cjk_family("ja", installed=["DejaVu Sans"]) is None          # falls back: nothing added
    assert fonts.cjk_family("en", installed=QFontDatabase.families()) is None


def test_a_font_keeps_its_own_family_first_and_swaps_the_cjk_one(qapp):
    from PySide6.QtGui import QFont
    font = QFont()
    font.setFamilies(["DejaVu Sans Mono", "Noto Sans CJK SC"])
    assert fonts.with_cjk(font, "Noto Sans CJK JP").families() == ["DejaVu Sans Mono", "Noto Sans CJK JP"]
    assert fonts.with_cjk(font, None).families() == ["DejaVu Sans Mono"]


def pixels(label):
    label.adjustSize()
    image = QImage(label.size(), QImage.Format_RGB32)
    image.fill(0xFFFFFF)
    label.render(image)
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).copy()


def test_switching_language_redraws_han_in_that_languages_shapes(window, translations, qtbot):
    ja, zh = fonts.cjk_family("ja"), fonts.cjk_family("zh_CN")
    if not (ja and zh and ja != zh):
        pytest.skip("needs a Japanese and a Chinese font (Debian: fonts-noto-cjk)")
    translations.set_language("zh_CN")
    title = window.findChild(QLabel, "SectionTitle") or QLabel("直")
    probe = QLabel("直骨角")
    qtbot.addWidget(probe)
    chinese = pixels(probe)
    assert fonts.cjk_family("zh_CN") in probe.font().families()
    translations.set_language("ja")
    japanese = pixels(probe)
    assert fonts.cjk_family("ja") in probe.font().families()
    assert fonts.cjk_family("ja") in title.font().families()
    assert chinese.shape != japanese.shape or np.any(chinese != japanese)
    # Fonts made after the switch (plots, big read-outs) follow too, monospace ones included.
    from gui.kit.plots import ui_font
    mono = ui_font(12, family="DejaVu Sans Mono")
    assert mono.families()[0] == "DejaVu Sans Mono" and fonts.cjk_family("ja") in mono.families()
    translations.set_language("en")
    assert fonts.cjk_family("en") is None and not (set(probe.font().families()) & set(fonts._ALL_CJK))
