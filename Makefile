# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test bench schema lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/dateline extract tests/fixtures/unreserved-support.txt --date 2024-06-19 --format pretty

test: install
	$(BIN)/python -m pytest

schema: install
	$(BIN)/python -m dateline.schema docs/schema/article.schema.json

lint: install
	$(BIN)/ruff check dateline tests
