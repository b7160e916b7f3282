#!/usr/bin/env bash
# Builds a one-folder PyInstaller bundle in dist/gradient-lab/ (run by `make bundle`).
# PyInstaller is installed into the project's venv here only: the app and CI do not need it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
py=${PY:-.venv/bin/python}
"$py" -m pip install -q 'pyinstaller>=6.10'
start=$(date +%s)
# What a desktop bundle carries, and what it leaves out (the README gives the size and speed):
# - no Numba/LLVM (about 170 MB): the bundle trains with the NumPy step (engine/backprop_step.py),
#   which needs no compiler at run time and never makes the first Start wait;
# - of Qt, only the modules the app imports (Core, Gui, Widgets, Svg, OpenGL for the 3-D view),
#   the platform, image-format and icon plugins, and Qt's own zh_CN/ja translations;
# - sympy is imported lazily for typed functions; its plotting, physics, statistics and
#   other unused parts stay out.
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --onedir --windowed --name gradient-lab \
  --icon "$root/resources/icons/gradient-lab-256.png" \
  --add-data "$root/resources/mnist:resources/mnist" \
  --add-data "$root/resources/icons:resources/icons" \
  --add-data "$root/resources/i18n/*.qm:resources/i18n" \
  --collect-submodules gui --collect-submodules engine \
  --exclude-module tkinter --exclude-module matplotlib --exclude-module IPython \
  --exclude-module pytest --exclude-module hypothesis --exclude-module pytestqt \
  --exclude-module numba --exclude-module llvmlite \
  --exclude-module PySide6.QtNetwork --exclude-module PySide6.QtQml --exclude-module PySide6.QtQuick \
  --exclude-module PySide6.QtPdf --exclude-module PySide6.QtDBus \
  --exclude-module sympy.plotting --exclude-module sympy.physics --exclude-module sympy.stats \
  --exclude-module sympy.testing --exclude-module sympy.vector --exclude-module sympy.diffgeom \
  --exclude-module sympy.liealgebras --exclude-module sympy.categories --exclude-module sympy.holonomic \
  --exclude-module sympy.codegen --exclude-module sympy.crypto --exclude-module sympy.unify \
  --exclude-module sympy.parsing.latex --exclude-module sympy.parsing.autolev \
  --exclude-module sympy.parsing.c --exclude-module sympy.parsing.fortran \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" --specpath "$root/build/pyinstaller" \
  "$root/main.py"
# Qt's translations for the two languages the app speaks; the plugins it never loads.
qt=dist/gradient-lab/_internal/PySide6/Qt
find "$qt/translations" -type f ! -name 'qtbase_ja.qm' ! -name 'qtbase_zh_CN.qm' -delete 2>/dev/null || true
for plugin in generic networkinformation tls qmltooling sqldrivers multimedia position sensors \
              webview designer virtualkeyboard; do
  rm -rf "$qt/plugins/$plugin"
done
# Debug symbols of Qt, PySide6 and Python (not of numpy.libs or pillow.libs: those wheels'
# libraries are patched in a way strip breaks).
find dist/gradient-lab/_internal/PySide6 dist/gradient-lab/_internal/shiboken6 \
     dist/gradient-lab/_internal/python3.11 dist/gradient-lab/_internal/libpython3.11.so.1.0 \
     -name '*.so*' -type f -exec strip --strip-unneeded {} + 2>/dev/null || true
end=$(date +%s)
size=$(du -sh dist/gradient-lab | cut -f1)
echo "Built dist/gradient-lab/ in $((end - start)) s; size $size"
# Smoke test: the bundled app renders a section without a display.
QT_QPA_PLATFORM=offscreen dist/gradient-lab/gradient-lab --section descent \
  --screenshot build/bundle-smoke.png --wait 0.2 >/dev/null
echo "Smoke test: dist/gradient-lab/gradient-lab rendered build/bundle-smoke.png"
