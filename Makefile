# CMCC Desktop — the commands a new developer needs. Everything runs inside .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint format bench clean dist dist-check dist-windows dist-windows-check lupdate translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(STAMP)

run: $(STAMP)  ## open the main window
	$(BIN)/cmcc-desktop

test: $(TEST_STAMP)  ## run the whole suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(TEST_STAMP)  ## ruff (lint and format) and mypy, as CI runs them
	$(BIN)/ruff check src tests bench installer
	$(BIN)/ruff format --check src tests bench installer
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests bench installer
	$(BIN)/ruff check --fix src tests bench installer

bench: $(TEST_STAMP)  ## print timings against raw SQLite baselines measured in the same run
	$(BIN)/python -m bench

# N_ and NP_ mark strings below the window (see src/cmcc_desktop/i18n.py); they land in the empty context.
LUPDATE = $(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete \
	-tr-function-alias QT_TR_NOOP+=N_,tr+=NP_ src/cmcc_desktop

lupdate: $(STAMP)  ## extract every marked string from the sources into resources/translations/*.ts
	$(LUPDATE) -target-language ar -ts resources/translations/cmcc-desktop_ar.ts
	$(LUPDATE) -pluralonly -target-language en -ts resources/translations/cmcc-desktop_en.ts

translations: $(STAMP)  ## compile resources/translations/*.ts into the .qm files the app loads
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis

VERSION = $(shell $(BIN)/python -c "import cmcc_desktop; print(cmcc_desktop.__version__)" 2>/dev/null)
TARBALL = dist/cmcc-desktop-$(VERSION)-linux-x86_64.tar.gz

dist: $(BIN)/python  ## build the Linux bundle: dist/cmcc-desktop-<version>-linux-x86_64.tar.gz
	$(BIN)/pip install --quiet -e ".[dist]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/pyinstaller/dist \
		--workpath build/pyinstaller/work installer/cmcc-desktop.spec
	sh installer/linux/make-tarball.sh $$($(BIN)/python -c "import cmcc_desktop; print(cmcc_desktop.__version__)")

dist-check: $(BIN)/python  ## try the built bundle as a new laptop would, and measure its size and start
	$(BIN)/python installer/check_bundle.py $(TARBALL)


dist-windows: $(STAMP)  ## build the Windows installer on Linux: dist/cmcc-desktop-<version>-windows-x64-setup.exe
	$(BIN)/python installer/windows/build.py

dist-windows-check: $(STAMP)  ## install it under Wine in a fresh prefix and try it as a new laptop would
	$(BIN)/python installer/windows/check.py
