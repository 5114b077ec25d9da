# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PORT   ?= 8000

.PHONY: install run test bench bench-dask schema lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/dateline ingest dateline/demo/voa_stories.jsonl --db dateline.db
	$(BIN)/dateline ingest dateline/demo/unreserved-support.txt --date 2024-06-19 --db dateline.db
	$(BIN)/dateline stats --db dateline.db
	$(BIN)/dateline serve --db dateline.db --port $(PORT)

test: install
	$(BIN)/python -m pytest

schema: install
	$(BIN)/python -m dateline.schema docs/schema/article.schema.json

bench: install
	$(BIN)/python bench/e2e.py --articles 2000
	$(BIN)/python bench/kill_resume.py --rounds 20

bench-dask: install
	$(BIN)/python bench/dask_bench.py --articles 4000 --single-articles 1068

lint: install
	$(BIN)/ruff check dateline tests
