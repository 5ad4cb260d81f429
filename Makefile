# Two entry points for a fresh machine: `make run` (the app) and `make test` (the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-fast lint bench clean browser

$(STAMP): pyproject.toml
	@command -v cc >/dev/null 2>&1 || { echo "Installation d'un compilateur C (durable-rules se compile)"; \
	  apt-get update -qq && apt-get install -y -qq gcc python3-dev >/dev/null; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 'setuptools>=70'
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/qualif app

lint: $(STAMP)
	$(BIN)/ruff check engine ui tests bench
	$(BIN)/mypy

# The end-to-end test drives Debian's Chromium; if it cannot be installed, that test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { echo "Installation de Chromium (test de bout en bout)"; \
	  (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
	  || echo "Chromium n'a pas pu être installé : le test de bout en bout sera ignoré, raison affichée"; }

test: lint browser
	$(BIN)/python -m pytest -q -rs

# The inner loop: unit, property (a quarter of the examples: tests/budget.py) and Gherkin tests (rule coverage
# included); no browser, no AppTest session of the app, no load or soak.
test-fast: $(STAMP)
	QUALIF_TEST_BUDGET=fast $(BIN)/python -m pytest -q -rs -m "not slow and not browser and not app"

bench: $(STAMP)
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/bench_app.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
