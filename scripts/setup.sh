#!/usr/bin/env bash
# One-time set-up on a fresh machine (Python 3.11, pip, node/npm, apt):
# the package with its test extras, Debian's chromium and a CJK font for the
# browser tests, zsh and fish to check the completion scripts, axe-core for
# the accessibility checks, for the lint report tests textlint with
# textlint-rule-prh (the prh export is compared with our findings) and
# Microsoft's SARIF Multitool (GitHub ingestion rules), Pagefind for the
# search benchmark, and for the site's measured checks (tests/browser/
# test_measured.py) a headless JRE with the Nu Html Checker (vnu) and Lighthouse. Each npm tool has its own prefix (an npm install prunes
# what its prefix's package.json does not list). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'

# fonts-noto-cjk: a CJK face with a real bold, as Linux desktops ship (WenQuanYi Zen
# Hei has none, and Chromium on Linux does not embolden it: Chinese headings would
# be drawn regular; tests/browser/test_sources.py checks the face drawn)
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "wenquanyi" \
  || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
  || ! command -v zsh >/dev/null 2>&1 || ! command -v fish >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-zenhei \
    fonts-noto-cjk zsh fish >/dev/null
fi

if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null
fi

# pinned: vnu's rules and Lighthouse's audits change between versions; Lighthouse 13
# wants Node 22, and npm ci refuses locks made by 12.3 to 13.4
if [ ! -f tests/browser/.vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  mkdir -p tests/browser/.vnu
  npm install --silent --no-audit --no-fund --prefix tests/browser/.vnu vnu-jar@26.9.27 >/dev/null
fi
if [ ! -f tests/browser/.lighthouse/node_modules/lighthouse/cli/index.js ]; then
  mkdir -p tests/browser/.lighthouse
  npm install --silent --no-audit --no-fund --prefix tests/browser/.lighthouse -E lighthouse@12.2.3 >/dev/null
fi

if [ ! -f tests/browser/.node/node_modules/axe-core/axe.min.js ]; then
  mkdir -p tests/browser/.node
  npm install --silent --no-audit --no-fund --prefix tests/browser/.node axe-core@4 >/dev/null
fi

# pinned: the tests compare findings and ingestion rules of these versions
if [ ! -x tests/.node/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool ] \
  || [ ! -f tests/.node/node_modules/textlint-rule-prh/package.json ]; then
  mkdir -p tests/.node
  pkgs=(textlint@15.8.0 textlint-rule-prh@6.1.0)
  if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
    pkgs+=(@microsoft/sarif-multitool-linux@5.7.0)
  fi
  npm install --silent --no-audit --no-fund --prefix tests/.node "${pkgs[@]}" >/dev/null
fi

# Pagefind, only for benchmarks/bench_search.py (search quality and size against ours);
# the site's search needs nothing but the build.
if [ ! -x benchmarks/.pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended ] && [ "$(uname -sm)" = "Linux x86_64" ]; then
  mkdir -p benchmarks/.pagefind
  npm install --silent --no-audit --no-fund --prefix benchmarks/.pagefind pagefind@1.6.0 >/dev/null
fi
