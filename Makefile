# make run   - set everything up (once) and open Gradient Lab
# make test  - set everything up (once) and run the whole test suite offscreen
# make translations    - re-extract the UI strings into resources/i18n/*.ts, fill in the
#                        translations (scripts/translations_table.py) and rebuild the .qm files
# make install-desktop - a menu entry and icon for the current user (Exec = this venv)
# make bundle          - a one-folder PyInstaller bundle in dist/gradient-lab/
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The training step's compiled loops, cached on disk; rebuilt when their source changes.
KERNELS := $(VENV)/.kernels
# Debian packages: a real window (xcb), Chinese and Japanese glyphs in their own shapes (Noto CJK SC/JP).
DEB_RUN := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 fonts-noto-cjk
DEB_TEST := fonts-noto-cjk libegl1 libgl1

.PHONY: run test setup deps-run deps-test benchmarks screenshots translations qm install-desktop bundle clean

# Compiled translations: committed, and rebuilt here whenever a .ts source is newer.
TS := $(wildcard resources/i18n/gradient_lab_*.ts)
QM := $(TS:.ts=.qm)

run: deps-run setup $(KERNELS) $(QM)
	$(PY) main.py $(ARGS)

test: deps-test setup $(KERNELS) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

setup: $(STAMP)

# Re-install when the venv is missing, or pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

$(KERNELS): engine/kernels.py engine/warm_up.py $(STAMP)
	$(PY) -m engine.warm_up
	@touch $(KERNELS)

qm: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts
	@test -x $(VENV)/bin/pyside6-lrelease || $(MAKE) setup
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: setup
	$(PY) scripts/i18n_tool.py update
	$(PY) scripts/i18n_tool.py check
	$(PY) scripts/i18n_tool.py release

install-desktop: setup $(QM)
	scripts/install-desktop.sh "$(CURDIR)/$(VENV)/bin/gradient-lab"

bundle: setup $(QM)
	PY=$(PY) scripts/bundle.sh

deps-run:
	@scripts/debian-deps.sh $(DEB_RUN)

deps-test:
	@scripts/debian-deps.sh $(DEB_TEST)

benchmarks: setup
	$(PY) -m benchmarks.training
	$(PY) -m benchmarks.numerical_gradient
	$(PY) -m benchmarks.startup
	$(PY) -m benchmarks.quiver
	$(PY) -m benchmarks.ui_latency
	$(PY) -m benchmarks.soak

clean:
	rm -rf $(VENV) build dist *.egg-info
