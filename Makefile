# Two commands for a fresh machine: `make run` and `make test`. Each creates what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
endif

.PHONY: run test soak matrix lint format build-db verify benchmark bundle standalone clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/sco-desktop

test: $(VENV)/.installed
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The whole suite SOAK_RUNS times in a row beside two CPU-busy processes; stops at the first failure.
SOAK_RUNS ?= 10
soak: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/soak.py $(SOAK_RUNS)

# The suite at both ends of the PySide6 range (needs the network for pip).
matrix:
	$(PYTHON) scripts/dependency_matrix.py

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

build-db: $(VENV)/.installed
	$(BIN)/sco-desktop build-db

verify: $(VENV)/.installed
	$(BIN)/sco-desktop verify

# The offline installer for this platform and Python, in dist/ (needs pip's package index).
bundle: $(VENV)/.installed
	$(BIN)/python scripts/bundle.py

# The same for a target without Python: one folder with its own interpreter (PyInstaller).
standalone: bundle
	$(BIN)/python scripts/standalone.py

clean:
	rm -rf $(VENV) .matrix build *.egg-info .pytest_cache

# Needs Xvfb (started on a free display) for the figures at 1x, 10x and 100x the data, and
# uses DB Browser for SQLite (`sqlitebrowser`) and the `sqlite3` shell for comparison if present.
benchmark: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,benchmark]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py
