"""Render every story through ``summarizer render``, in one process.

CI lints what ``summarizer render`` prints for every seed, every language and
both formats. Run as one process per file that was over a thousand
interpreter start-ups (about 0.7 s each, twelve minutes of CI); here each file
is still made by the command's own entry point (``summarizer.cli.main`` with
the same arguments), so what is linted is exactly what the command prints.

Usage: ``python3 scripts/render_all.py -o DIR --lang zh-Hans --lang en [STORY ...]``
(stories default to ``seeds/*.yaml``); writes ``DIR/<id>.<lang>.md`` and
``DIR/<id>.<lang>.json``. Exits with the first failing render's status.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.cli import main as summarizer_main  # noqa: E402


def render_one(story: Path, lang: str, fmt: str) -> tuple[int, str]:
    """What ``summarizer render STORY --lang LANG --format FMT`` prints, and its status."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = summarizer_main(["render", str(story), "--lang", lang, "--format", fmt])
    return status, out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", required=True, type=Path, help="output directory")
    parser.add_argument("--lang", action="append", required=True, help="language (repeatable)")
    parser.add_argument("stories", nargs="*", type=Path, help="facts files (default seeds/*.yaml)")
    args = parser.parse_args(argv)
    stories = args.stories or sorted((ROOT / "seeds").glob("*.yaml"))
    args.out.mkdir(parents=True, exist_ok=True)
    for story in stories:
        for lang in args.lang:
            for fmt in ("md", "json"):
                status, text = render_one(story, lang, fmt)
                if status != 0:
                    sys.stderr.write(f"render_all: {story} --lang {lang} --format {fmt}: "
                                     f"exit {status}\n")
                    return status
                (args.out / f"{story.stem}.{lang}.{fmt}").write_text(text, encoding="utf-8")
    sys.stdout.write(f"render_all: {len(stories)} stories x {len(args.lang)} languages "
                     f"x md, json -> {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
