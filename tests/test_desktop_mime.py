"""A double-click on a .glab file opens it: the MIME type, the desktop entry and their installer agree."""
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.test_packaging import packaged_resources

ROOT = Path(__file__).resolve().parents[1]
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path):
    return dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)


def test_the_mime_type_names_glab_files_and_the_desktop_entry_takes_them():
    root = ET.parse(ROOT / "resources" / "gradient-lab-mime.xml").getroot()
    kind = root.find(f"{MIME}mime-type")
    assert kind.get("type") == "application/x-gradient-lab"
    assert [g.get("pattern") for g in kind.findall(f"{MIME}glob")] == ["*.glab"]
    entry = desktop_entry(ROOT / "resources" / "gradient-lab.desktop")
    assert entry["MimeType"] == "application/x-gradient-lab;"
    # --open: a file that cannot be used is said in the window, not on a terminal nobody sees
    assert entry["Exec"] == "@EXEC@ --open %f"
    assert ROOT / "resources" / "gradient-lab-mime.xml" in packaged_resources()


def test_the_installer_registers_the_type(tmp_path):
    fake = tmp_path / "bin dir" / "gradient-lab"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    out = subprocess.run(["bash", str(ROOT / "scripts" / "install-desktop.sh"), str(fake)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert (data / "mime" / "packages" / "gradient-lab.xml").read_bytes() == \
        (ROOT / "resources" / "gradient-lab-mime.xml").read_bytes()
    entry = desktop_entry(data / "applications" / "gradient-lab.desktop")
    assert entry["Exec"] == f'"{fake}" --open %f'
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed here")
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-gradient-lab:*.glab" in globs
