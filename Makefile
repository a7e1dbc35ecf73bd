# Every target works as the first command on a fresh clone: it creates .venv and installs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
PFD    := $(VENV)/bin/pfd
STAMP  := $(VENV)/.installed-stamp
DATASETS ?= datasets
NAME   ?= press-freedom-incidents

export GX_ANALYTICS_ENABLED := false

.PHONY: dataset test lint typecheck unit validate eval baseline bench clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## dataset: serve the demo site on 127.0.0.1, crawl it, build and publish a version
dataset: $(STAMP)
	$(PFD) demo --archive archive/demo --output $(DATASETS) --name $(NAME)

## test: lint, type-check and run the offline test suite
test: lint typecheck unit

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline spiders demosite schemas tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy pipeline spiders demosite

unit: $(STAMP)
	$(PY) -m pytest

## validate: re-validate the latest published version
validate: $(STAMP)
	$(PFD) validate $(DATASETS)/$(NAME)

clean-venv:
	rm -rf $(VENV)

## eval: precision, recall, F1 and field accuracy of the extractor on the dev set
eval: $(STAMP)
	$(PY) -m pipeline.evaluate tests/devset

## baseline: raise the evaluation floors after an improvement (never lowers them)
baseline: $(STAMP)
	$(PY) -m pipeline.evaluate tests/devset --update-baseline

## bench: pages/s of pfd extract vs bare trafilatura, peak memory, cleaning quality
bench: $(STAMP)
	$(PY) -m pipeline.bench
