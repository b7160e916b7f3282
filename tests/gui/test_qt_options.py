"""Qt's own command-line options reach Qt instead of being refused by ours."""
import os
import subprocess
import sys
from pathlib import Path

from main import split_qt_options

ROOT = Path(__file__).resolve().parents[2]


def test_split_keeps_qt_options_with_their_values():
    qt, rest = split_qt_options(["--section", "loss", "-style", "Fusion", "-reverse",
                                 "--platform=offscreen", "-stylesheet", "a.qss", "--lang", "ja"])
    assert qt == ["-style", "Fusion", "-reverse", "--platform=offscreen", "-stylesheet", "a.qss"]
    assert rest == ["--section", "loss", "--lang", "ja"]


def test_app_starts_with_qt_options(tmp_path):
    out = tmp_path / "shot.png"
    # Reports what Qt made of the options just before the app's style sheet wraps the style.
    code = ("import sys, main, gui.style as s\n"
            "orig = s.apply_style\n"
            "def probe(app, *args):\n"
            "    print('style', app.style().name(), 'rtl', app.isRightToLeft(),\n"
            "          'platform', app.platformName())\n"
            "    return orig(app, *args)\n"
            "s.apply_style = probe\n"
            "sys.exit(main.main(sys.argv[1:]))\n")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "-c", code, "--section", "loss", "-style", "Windows", "-reverse",
                             "-platform", "offscreen", "--screenshot", str(out), "--wait", "0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "style windows rtl true platform offscreen" in result.stdout.lower()
    assert out.exists()
