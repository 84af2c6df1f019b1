# Math Foundations for Machine Learning: build, test and work on the book.
#   make book   build the HTML site (creates .venv and installs pinned dependencies)
#   make test   run the whole test suite (notebooks, build, browser, Binder, units)
#   make test-latest   the same suite on the newest versions pyproject allows (no pins)
SHELL     := /bin/bash
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
SITE      := book/_build/html
JOBS      ?= 2
# Pins for every install; `make test-latest` empties it (newest versions pyproject allows).
CONSTRAINTS ?= constraints.txt

.PHONY: setup book rebuild test test-latest lint serve lab exercises lock bench screenshots clean

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(if $(CONSTRAINTS),-c $(CONSTRAINTS)) -e ".[test,lab]"
	touch $(STAMP)

setup: $(STAMP)

book: $(STAMP)
	$(BIN)/jupyter-book build -W -n --keep-going book
	@echo
	@echo "The book is built. Open $(SITE)/index.html in a browser, or run: make serve"

rebuild: $(STAMP)   ## from scratch: also forgets cached notebook outputs
	rm -rf book/_build
	$(MAKE) book

test: $(STAMP)
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile

test-latest:   ## a separate .venv-latest without constraints.txt; lists what differs from the pins
	$(MAKE) setup VENV=.venv-latest CONSTRAINTS=
	mkdir -p test-reports
	.venv-latest/bin/python -m pip freeze --exclude-editable | grep -v '^mfml' \
	  | diff <(grep -v '^#' constraints.txt) - > test-reports/latest-versions.txt || true
	@echo "Versions that differ from constraints.txt: test-reports/latest-versions.txt"
	$(MAKE) test VENV=.venv-latest CONSTRAINTS=

lint: $(STAMP)        ## ruff and STYLE_GUIDE.md's checks alone (make test runs them too)
	$(BIN)/ruff check
	$(BIN)/python -m pytest -q tests/test_style.py

serve: book
	@echo "Serving on http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(BIN)/python -m http.server --directory $(SITE) --bind 127.0.0.1 8000

lab: $(STAMP)
	$(BIN)/jupytext-config set-default-viewer markdown myst
	$(BIN)/jupyter lab

exercises: $(STAMP)   ## regenerate learner notebooks from exercises/*_solutions.md
	$(BIN)/python -m mfml.exercises

lock: $(STAMP)        ## re-pin constraints.txt from the current environment
	{ head -n 2 constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -v '^mfml'; } > constraints.new
	mv constraints.new constraints.txt

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

screenshots: book
	$(BIN)/python benchmarks/screenshots.py

clean:
	rm -rf book/_build .pytest_cache
