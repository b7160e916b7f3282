# make run   - set everything up (once) and open Gradient Lab
# make test  - set everything up (once) and run the whole test suite offscreen
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages: a real window (xcb), Chinese/Japanese glyphs, screenshots under Xvfb.
DEB_RUN := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 fonts-wqy-microhei
DEB_TEST := fonts-wqy-microhei libegl1 libgl1

.PHONY: run test setup deps-run deps-test benchmarks screenshots translations clean

run: deps-run setup
	$(PY) main.py $(ARGS)

test: deps-test setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

setup: $(STAMP)

# Re-install when the venv is missing, or pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

deps-run:
	@scripts/debian-deps.sh $(DEB_RUN)

deps-test:
	@scripts/debian-deps.sh $(DEB_TEST)

benchmarks: setup
	$(PY) -m benchmarks.training
	$(PY) -m benchmarks.numerical_gradient

clean:
	rm -rf $(VENV) build dist *.egg-info
