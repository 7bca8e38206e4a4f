#!/usr/bin/env bash
# The whole test suite: static checks (ruff, mypy --strict), facts checks, glossary lint over templates, rendered
# output and README, region lint over zh-Hant / zh-Hant-HK output and the Traditional Chinese
# report (scripts/hant_report.py), then pytest (unit, golden, property and browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m ruff check summarizer tests benchmarks scripts
python3 -m mypy summarizer
python3 -m summarizer check seeds/
python3 -m summarizer glossary check
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# every seed as `summarizer render` prints it, Markdown and JSON (one process: scripts/render_all.py)
python3 scripts/render_all.py -o "$out" --lang zh-Hans --lang zh-Hant --lang en
python3 -m summarizer lint --strict summarizer/defaults/templates/ README.md docs/ "$out"
python3 scripts/reader_report.py
python3 scripts/draft_report.py
python3 scripts/badinput_report.py

# Traditional Chinese as Taipei and Hong Kong editors write it (issue 10): every seed
# rendered in zh-Hant and zh-Hant-HK, region lint must find nothing; then the figures.
hant="$out/hant"
python3 scripts/render_all.py -o "$hant" --lang zh-Hant --lang zh-Hant-HK
python3 -m summarizer lint --strict --enable region "$hant"
python3 scripts/hant_report.py

# The tool as a newsroom installs it (issue 8): the wheel in a fresh venv, every
# command run from an empty directory on a site made by `summarizer new`.
bash scripts/wheel_check.sh

set +e
python3 -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
