# Two commands on a fresh machine: `make report` (set up + run everything), `make test` (set up + all tests).
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
NBVAL_DIR := $(shell mktemp -d -u /tmp/nbval-XXXXXX)

.PHONY: help setup report test test-notebooks lab bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

setup: $(STAMP) ## create .venv and install the project with its pinned dependencies

report: $(STAMP) ## run every notebook: tables in data/processed, pages and figures in reports/
	$(PY) -m helpers.pipeline

test: $(STAMP) ## run all tests: pytest over tests/, then nbval over notebooks/
	$(PY) -m pytest
	$(MAKE) --no-print-directory test-notebooks

test-notebooks: $(STAMP) ## nbval over parameterised copies of notebooks/ writing to a temporary folder
	$(PY) tests/prepare_nbval.py $(NBVAL_DIR)
	cd $(NBVAL_DIR) && $(CURDIR)/$(PY) -m pytest --nbval-lax --nbval-current-env --nbval-cell-timeout=600 -p no:cacheprovider -o testpaths= --rootdir=. *.ipynb
	rm -rf $(NBVAL_DIR)

lab: $(STAMP) ## start JupyterLab at the project root with notebooks/ open; prints the URL to open
	@echo "JupyterLab starts at the project root: open the http://127.0.0.1:…/lab/tree/notebooks?token=… URL it prints (Ctrl-C twice stops it)"
	$(PY) -m jupyter lab --ServerApp.root_dir="$(CURDIR)" --LabApp.default_url=/lab/tree/notebooks \
		$(if $(filter 0,$(shell id -u)),--allow-root)

bench: $(STAMP) ## speed and accuracy beside dateparser, quantulum3 and a regex, scaling, pipeline cost; writes bench/results/
	$(PY) -m pip install --quiet -e ".[test,bench]" || echo "bench: the peers could not be installed; measuring without them"
	$(PY) -m bench --max-scale 25

eval: $(STAMP) ## score the extraction on ../shared/news-dev and tests/news (each half); figures in bench/results/
	$(PY) -m bench.eval

clean: ## delete the outputs (make report rebuilds them from data/raw)
	rm -rf data/processed/* reports/*
