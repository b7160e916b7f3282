#!/usr/bin/env bash
# Builds a one-folder PyInstaller bundle in dist/gradient-lab/ (run by `make bundle`).
# PyInstaller is installed into the project's venv here only: the app and CI do not need it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
py=${PY:-.venv/bin/python}
"$py" -m pip install -q 'pyinstaller>=6.10'
start=$(date +%s)
# engine/kernels.py also goes in as a file: numba caches the compiled training loops by it
# (in ~/.cache when the bundle's folder is read-only), so only the first Start compiles.
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --onedir --windowed --name gradient-lab \
  --icon "$root/resources/icons/gradient-lab-256.png" \
  --add-data "$root/resources/mnist:resources/mnist" \
  --add-data "$root/resources/icons:resources/icons" \
  --add-data "$root/resources/i18n/*.qm:resources/i18n" \
  --add-data "$root/engine/kernels.py:engine" \
  --collect-submodules gui --collect-submodules engine \
  --exclude-module tkinter --exclude-module matplotlib --exclude-module IPython \
  --exclude-module pytest --exclude-module hypothesis \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" --specpath "$root/build/pyinstaller" \
  "$root/main.py"
end=$(date +%s)
size=$(du -sh dist/gradient-lab | cut -f1)
echo "Built dist/gradient-lab/ in $((end - start)) s; size $size"
# Smoke test: the bundled app renders a section without a display.
QT_QPA_PLATFORM=offscreen dist/gradient-lab/gradient-lab --section descent \
  --screenshot build/bundle-smoke.png --wait 0.2 >/dev/null
echo "Smoke test: dist/gradient-lab/gradient-lab rendered build/bundle-smoke.png"
