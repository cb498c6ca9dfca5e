# One entry point for every routine. `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint generate check-generated bench build clean servers-start servers-stop

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,generate]'
	$(BIN)/python -m compileall -q src loaders >/dev/null  # bytecode even where PYTHONDONTWRITEBYTECODE is set
	touch $(STAMP)

run: $(STAMP)  ## build the graph and answer the flagship question
	$(BIN)/aikg build
	$(BIN)/aikg ask offshore-gb200-access

test: $(STAMP)  ## the whole test suite
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests loaders bench scripts
	$(BIN)/mypy src

generate: $(STAMP)  ## regenerate OWL, SHACL, JSON-LD context, pydantic model and schema index
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check

bench: $(STAMP)  ## speed figures; SIZE=10k|100k|1m runs only the scale benchmark at that size
	AIKG_BENCH_SIZE=$(SIZE) $(BIN)/python bench/run.py

build: $(STAMP)
	$(BIN)/aikg build

clean:
	rm -rf .aikg $(VENV) .pytest_cache .ruff_cache .mypy_cache
