#!/usr/bin/env bash
# One-time set-up on a fresh machine (Python 3.11, pip, node/npm, apt):
# the package with its test extras, Debian's chromium and a CJK font for the
# browser tests, axe-core for the accessibility checks and Pagefind for the
# search benchmark. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi"; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi

if [ ! -f tests/browser/.node/node_modules/axe-core/axe.min.js ]; then
  mkdir -p tests/browser/.node
  npm install --silent --no-audit --no-fund --prefix tests/browser/.node axe-core@4 >/dev/null
fi

# Pagefind, only for benchmarks/bench_search.py (search quality and size against ours);
# the site's search needs nothing but the build.
if [ ! -x tests/browser/.node/node_modules/@pagefind/linux-x64/bin/pagefind_extended ] && [ "$(uname -sm)" = "Linux x86_64" ]; then
  mkdir -p tests/browser/.node
  npm install --silent --no-audit --no-fund --prefix tests/browser/.node pagefind@1.6.0 >/dev/null
fi
