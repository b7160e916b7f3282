"""A non-editable install (`pip install .`) carries every file the app loads at run time."""
import tomllib
from pathlib import Path

import engine.mnist
import gui.i18n
import gui.icons

ROOT = Path(__file__).resolve().parent.parent


def packaged_resources():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "resources" in config["packages"]["find"]["include"]
    patterns = config["package-data"]["resources"]
    return {path for pattern in patterns for path in (ROOT / "resources").glob(pattern)}


def test_the_files_the_app_reads_are_package_data():
    packaged = packaged_resources()
    needed = [*engine.mnist.BUNDLED_DIR.glob("*.gz"), *gui.i18n.I18N_DIR.glob("*.qm"),
              *gui.icons.ICON_DIR.glob("*.png"), gui.icons.ICON_DIR / "gradient-lab.svg"]
    assert len(needed) >= 4 + 2 + 1
    missing = [str(p.relative_to(ROOT)) for p in needed if p not in packaged]
    assert not missing, f"not installed by `pip install .`: {missing}"


def test_the_app_looks_for_them_next_to_its_packages():
    # engine/ and gui/ are installed side by side with resources/ in site-packages.
    for folder in (engine.mnist.BUNDLED_DIR, gui.i18n.I18N_DIR, gui.icons.ICON_DIR):
        assert folder.parent == ROOT / "resources" and (ROOT / "resources" / "__init__.py").exists()
