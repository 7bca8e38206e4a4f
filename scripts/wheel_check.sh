#!/usr/bin/env bash
# Issue 8: the tool as users install it. Build the wheel, install it (not
# editable) into a fresh virtual environment, and run every command in an
# empty temporary directory: nothing may read a path of this checkout.
# The venv sees the system's site-packages for the dependencies (no network
# here); the wheel's own summarizer comes first, which is checked.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${serve_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 -m pip wheel --quiet --no-deps --no-build-isolation -w "$work/dist" "$repo" >/dev/null
python3 -m venv --system-site-packages "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --no-deps --no-index "$work"/dist/summarizer-*.whl
bin="$work/venv/bin/summarizer"
cd "$work" && mkdir empty && cd empty

where=$("$work/venv/bin/python" -c 'import summarizer; print(summarizer.__file__)')
case "$where" in
  "$work/venv/"*) ;;
  *) echo "wheel check: summarizer imported from $where, not the wheel" >&2; exit 1 ;;
esac

"$bin" --version
"$bin" new site --title "Wheel check" >/dev/null
cd site
"$bin" check >/dev/null
"$bin" render stories/*.yaml --lang en | grep -q "^# "
"$bin" render stories/*.yaml --lang zh-Hant-HK >/dev/null
"$bin" glossary check >/dev/null
"$bin" vocabulary check >/dev/null
"$bin" build -j 1 2>/dev/null
test -f public/en/index.html && test -f public/zh-Hant/index.html
printf '# 标题\n\n亚马逊把佣金降到5%%，卖家要算清成本。\n' > note.md
"$bin" lint note.md >/dev/null
"$bin" draft sources/*.txt -o draft.yaml >/dev/null && test -s draft.yaml
"$bin" digest --help >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve -j 1 --port "$port" >/dev/null 2>&1 & serve_pid=$!
for _ in $(seq 1 50); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/en/index.html', timeout=1)" 2>/dev/null; then
    ok=1; break
  fi
  sleep 0.2
done
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
test "${ok:-0}" = 1 || { echo "wheel check: serve did not answer" >&2; exit 1; }
echo "wheel check: built, installed and ran every command from an empty directory ($where)"
