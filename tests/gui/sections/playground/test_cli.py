"""The command line opens the playground, trains it (--autoplay) and renders it (--screenshot)."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[4]


def screenshot(tmp_path, *args):
    target = tmp_path / "playground.png"
    command = [sys.executable, "main.py", "--section", "playground", *args, "--screenshot", str(target)]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                              "GRADIENT_LAB_SETTINGS": str(tmp_path / "settings.ini")})
    assert out.returncode == 0, out.stderr
    with Image.open(target) as image:
        assert image.size == (1280, 800)
        return np.asarray(image.convert("RGB"))


def test_autoplay_trains_what_the_screenshot_shows(tmp_path):
    still = screenshot(tmp_path, "--preset", "spiral", "--wait", "1.5")
    trained = screenshot(tmp_path, "--preset", "spiral", "--autoplay", "--wait", "1.5")
    assert not np.array_equal(still, trained)
    # the boundary's colours: orange and blue pixels both on screen
    orange = np.all(np.abs(trained.astype(int) - (245, 147, 34)) < 40, axis=-1).sum()
    blue = np.all(np.abs(trained.astype(int) - (8, 119, 189)) < 40, axis=-1).sum()
    assert orange > 500 and blue > 500


def test_unknown_preset_lists_the_playgrounds():
    out = subprocess.run([sys.executable, "main.py", "--section", "playground", "--preset", "nope"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 2 and "xor, circle, spiral, linear-fails, features" in out.stderr
