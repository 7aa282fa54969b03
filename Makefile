# frontdesk developer commands. Everything runs inside .venv, which `make` creates itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LINT_PATHS := frontdesk tests packaging icons $(wildcard bench)

.PHONY: run demo demo-clinic test check format package package-smoke bench soak screenshots translations clean

$(STAMP): pyproject.toml setup.py packaging/bootstrap_venv.py
	$(PYTHON) packaging/bootstrap_venv.py $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# Before a window opens: the system libraries Qt's xcb plugin needs (Debian/Ubuntu), installed when
# root or passwordless sudo can, else the apt-get line is printed and make stops. Not for
# test/check: they run offscreen.
QT_SYSTEM_LIBS := $(PYTHON) packaging/qt_system_libs.py --root $(VENV)

# Translations (docs/translations.md): the .ts sources are kept from the code by lupdate and
# compiled into the .qm files the application loads. The .qm files are committed too (a clean
# clone, an installed package and CI have them); make rebuilds one when its .ts is newer.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

# English keeps only the texts with a plural (%n): its source texts are English already.
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative frontdesk/ui

translations: $(STAMP) ## update the .ts sources from frontdesk/ui, then compile the .qm files
	$(LUPDATE) -ts $(filter-out %_en.ts,$(TS))
	$(LUPDATE) -pluralonly -ts resources/translations/frontdesk_en.ts
	$(BIN)/pyside6-lrelease $(TS)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

run: $(STAMP) $(QM)    ## open the GUI (the demo clinic when no account is configured)
	$(QT_SYSTEM_LIBS)
	$(BIN)/frontdesk

demo: $(STAMP) $(QM)   ## always open the demo clinic
	$(QT_SYSTEM_LIBS)
	$(BIN)/frontdesk --demo

demo-clinic: $(STAMP) $(QM)  ## the clinic mode: a local PostgreSQL, the sync agent, two desks
	$(QT_SYSTEM_LIBS)
	$(BIN)/frontdesk demo --clinic

test: $(STAMP)         ## the whole suite, headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

check: $(STAMP)        ## lint, format check and type check
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/mypy --strict packaging/qt_system_libs.py packaging/smoke_test.py packaging/build_deb.py packaging/deb_smoke.py packaging/trim_icu.py packaging/clinic_smoke.py
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

package: $(STAMP) $(QM) ## standalone executable in dist/frontdesk/ (and its .deb where dpkg-deb exists)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/frontdesk.spec
	$(PYTHON) packaging/trim_icu.py dist/frontdesk
	if command -v dpkg-deb >/dev/null; then rm -f dist/frontdesk_*.deb; $(PYTHON) packaging/build_deb.py dist/frontdesk --out dist; fi
	@echo "installed folder: $$(du -sm dist/frontdesk | cut -f1) MB (target < 120 MB)"

package-smoke: package ## run the built executable outside the virtual environment
	$(PYTHON) packaging/smoke_test.py dist/frontdesk/frontdesk
	cd packaging && ../$(BIN)/python clinic_smoke.py ../dist/frontdesk/frontdesk
	if command -v dpkg-deb >/dev/null; then $(PYTHON) packaging/deb_smoke.py dist/frontdesk_*.deb; fi

bench: $(STAMP)
	for script in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

soak: $(STAMP)         ## the full kill proofs: 40+ SIGKILLs per vendor under the fault proxy, 30+ of the clinic's agent; JSON figures
	PYTHONPATH=. $(BIN)/python bench/soak_exactly_once.py
	PYTHONPATH=. $(BIN)/python bench/soak_clinic_kill.py

screenshots: $(STAMP) $(QM) ## regenerate docs/screenshots/: the window, each pane and dialog, light and dark
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
