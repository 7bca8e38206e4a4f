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

from ..paths import GLOSSARY_PATH, VOCABULARY_PATH


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("vocabulary", help="check the vocabulary or write its facts schema")
    p.add_argument("--vocabulary", type=Path, default=VOCABULARY_PATH, help="vocabulary file")
    p.add_argument("--glossary", type=Path, default=GLOSSARY_PATH, help="glossary file")
    sub = p.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    c = sub.add_parser("check", help="validate the vocabulary; every problem with file:line:col")
    c.set_defaults(func=run_check)
    s = sub.add_parser("schema", help="write the facts JSON Schema the vocabulary generates")
    s.add_argument("-o", "--output", type=Path, help="output file (default: stdout)")
    s.set_defaults(func=run_schema)


def run_check(args: argparse.Namespace) -> int:
    from ..vocabulary.glossary import load_glossary, with_vocabulary_names
    from ..vocabulary.vocab import load_vocabulary

    vocab = load_vocabulary(args.vocabulary)
    with_vocabulary_names(load_glossary(args.glossary), vocab)
    sys.stdout.write(
        f"{args.vocabulary}: {len(vocab.metrics)} metrics, {len(vocab.events)} event kinds, "
        f"{len(vocab.units)} units, {len(vocab.currencies)} currencies, "
        f"{len(vocab.facets)} facets, {len(vocab.roles)} roles; no problems\n"
    )
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from ..userfiles import write_output
    from ..vocabulary.schema import schema_json
    from ..vocabulary.vocab import load_vocabulary

    text = schema_json(load_vocabulary(args.vocabulary))
    if args.output:
        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0
