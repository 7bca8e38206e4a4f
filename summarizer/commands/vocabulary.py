"""``summarizer vocabulary check | schema``: the vocabulary and the schema it makes.

``check`` loads a vocabulary (the project's by default) and the glossary its
metric names come from, and reports every problem at its file:line:col:
an unknown kind, role, stance or facet, a missing language name, a
duplicate id. ``schema`` writes the facts JSON Schema the vocabulary
generates (for an editor's YAML language server, or a site's own copy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import VOCABULARY_PATH

if TYPE_CHECKING:
    from ..vocabulary.vocab import Vocabulary


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("vocabulary", help="check the vocabulary or write its facts schema")
    p.add_argument(
        "--vocabulary",
        type=Path,
        help="vocabulary file (default: the site's layered over the package's, else the package's)",
    )
    p.add_argument(
        "--glossary", type=Path, help="glossary file (default: the site's, as for --vocabulary)"
    )
    sub = p.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    c = sub.add_parser("check", help="validate the vocabulary; every problem with file:line:col")
    c.set_defaults(func=run_check)
    s = sub.add_parser("schema", help="write the facts JSON Schema the vocabulary generates")
    s.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    s.set_defaults(func=run_schema)


def _vocabulary(args: argparse.Namespace) -> tuple[str, Vocabulary]:
    """The vocabulary named, else the site's (layered), else the package's."""
    from ..vocabulary.vocab import load_vocabulary

    if args.vocabulary:
        return str(args.vocabulary), load_vocabulary(args.vocabulary)
    from ..config.load import site_vocabulary
    from ..config.project import site_config

    cfg = site_config()
    shown = f"{cfg.vocabulary} over {VOCABULARY_PATH}" if cfg.vocabulary else str(VOCABULARY_PATH)
    return shown, site_vocabulary(cfg)


def run_check(args: argparse.Namespace) -> int:
    from ..vocabulary.glossary import load_glossary, with_vocabulary_names

    shown, vocab = _vocabulary(args)
    if args.glossary:
        glossary = load_glossary(args.glossary)
    else:
        from ..config.load import site_glossary
        from ..config.project import site_config

        glossary = site_glossary(site_config())
    with_vocabulary_names(glossary, vocab)
    sys.stdout.write(
        f"{shown}: {len(vocab.metrics)} metrics, {len(vocab.events)} event kinds, "
        f"{len(vocab.units)} units, {len(vocab.currencies)} currencies, "
        f"{len(vocab.facets)} facets, {len(vocab.roles)} roles; no problems\n"
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from ..userfiles import write_output
    from ..vocabulary.schema import schema_json

    text = schema_json(_vocabulary(args)[1])
    if args.output:
        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
