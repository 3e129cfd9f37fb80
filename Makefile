# Two entry points: `make run` (set up and open the app), `make test` (set up and run every test).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean

# one stamp per kind of build, so that switching NEWSDIGEST_PURE on or off rebuilds
COMPILED := $(VENV)/.compiled$(if $(NEWSDIGEST_PURE),-pure)

$(STAMP): pyproject.toml hatch_build.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	NEWSDIGEST_PURE=1 $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The extractor compiled with mypyc (hatch_build.py), rebuilt whenever its sources change;
# if compilation fails it stays pure Python.  NEWSDIGEST_PURE=1 make ... skips compiling.
$(COMPILED): $(STAMP) $(wildcard desktop/newsdigest/extract/*.py desktop/newsdigest/domain/*.py)
	rm -f $(VENV)/.compiled $(VENV)/.compiled-pure
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@$(BIN)/python -c "import newsdigest.extract.pipeline as p; print('extractor:', 'compiled with mypyc' if p.__file__.endswith(('.so', '.pyd')) else 'pure Python (see pip install -v --no-deps -e .)')"
	touch $(COMPILED)

run: $(COMPILED)
	$(BIN)/newsdigest-gui

test: $(COMPILED)
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(COMPILED)
	for f in bench/bench_*.py; do $(BIN)/python $$f; done

clean:
	rm -rf $(VENV) .pytest_cache build dist
	find desktop -name "*.so" -delete  # mypyc output
