"""The facts JSON Schema, generated from the vocabulary.

The schema's structure (which keys a metric, an event or a claim has) is
the checked-in ``summarizer/schema/facts.schema.json``; every list of
allowed values in it (metrics, events, units, currencies, scales,
qualifiers, facets, entity kinds, roles) is filled from the vocabulary, so
the schema an editor's YAML language server sees and the one the validator
uses are the same, and neither can drift from ``vocabulary.yaml``.
``summarizer schema`` writes it; a test keeps the checked-in file equal to
what the default vocabulary generates.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from ..paths import SCHEMA_PATH
from .vocab import Vocabulary

_ID = "^[a-z0-9][a-z0-9_-]{0,63}$"


def _text(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["zh-Hans", "en"],
        "properties": {
            "zh-Hans": {"type": "string", "minLength": 1, "maxLength": 400},
            "en": {"type": "string", "minLength": 1, "maxLength": 600},
        },
        "description": description,
    }


def _amount_keys(props: dict[str, Any], vocab: Vocabulary) -> None:
    """Value, scale, currency, unit and qualifier, shared by metrics and events."""
    props["value"] = {
        "anyOf": [
            {"type": ["number", "string"]},
            {
                "type": "array",
                "items": {"type": ["number", "string"]},
                "minItems": 2,
                "maxItems": 2,
            },
        ],
        "description": "The number as written, before the scale word: 5.34 for 5.34亿. "
        'A string keeps trailing zeros ("2.70"); [151, 165] is a range (HK$151–165).',
    }
    props["scale"] = {"enum": list(vocab.scales), "description": "Scale word as written."}
    props["currency"] = {"enum": list(vocab.currencies), "description": "ISO currency code."}
    props["unit"] = {"enum": list(vocab.units), "description": "Unit id (vocabulary units)."}
    props["qualifier"] = {
        "enum": list(vocab.qualifiers),
        "description": (
            "约 about, 超/逾 over, 近 nearly, 至少 at_least, 不超过 up_to, "
            "不到 under (a count below a round number)."
        ),
    }
    props["per"] = {
        "enum": list(vocab.per),
        "description": "What an amount is per: a fee per unit, a duty per parcel.",
    }


def facts_schema(vocab: Vocabulary) -> dict[str, Any]:
    """The complete schema for ``vocab`` (a fresh dict each call)."""
    with open(SCHEMA_PATH, encoding="utf-8") as fh:
        schema: dict[str, Any] = copy.deepcopy(json.load(fh))
    defs = schema["$defs"]
    metric, event, claim = (defs[k]["properties"] for k in ("metric", "event", "claim"))
    metric["metric"]["enum"] = list(vocab.metrics)
    metric["measure"]["enum"] = list(vocab.measures)
    _amount_keys(metric, vocab)
    metric["at"] = {
        "anyOf": [
            {"enum": list(vocab.snapshots)},
            {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"},
        ],
        "description": "For a figure of one day: which moment (open, high, low, close, "
        "intraday) or the time it was read (10:30, local to the market).",
    }
    metric["base"] = {
        "type": "string",
        "pattern": _ID,
        "description": "The fact this figure is compared with (the old fee, the offer price, "
        "the peak); without it, changes are against the previous period.",
    }
    metric["forecast"] = {
        "type": "string",
        "pattern": _ID,
        "description": "Who expects this figure (an entity of the story: a research firm, "
        "or the company itself for guidance): a forecast, not a result. It is worded "
        "as expected and never compared with results.",
    }
    event["event"]["enum"] = list(vocab.events)
    event["grounds"] = {
        "enum": list(vocab.grounds),
        "description": "For a fine: what it punishes (misleading consumers, "
        "anti-competitive conduct, data and privacy, product safety).",
    }
    event["area"] = {
        "enum": list(vocab.policy_areas),
        "description": "For a platform's policy_change: what its rules are about ("
        + ", ".join(vocab.policy_areas)
        + "), so each reader is told what they ask of it.",
    }
    _amount_keys(event, vocab)
    claim["facet"]["enum"] = list(vocab.facets)
    implication = _text(
        "What the claim means for this reader, or what to do, in one sentence; "
        "'facet' when that is another kind of point than the claim (a market fact "
        "that is a risk for platforms)."
    )
    implication["properties"]["facet"] = {"enum": list(vocab.facets)}
    claim["implications"] = {
        "type": "object",
        "propertyNames": {"enum": list(vocab.roles)},
        "additionalProperties": implication,
        "maxProperties": 12,
        "description": "Per-reader implications, by role (seller, brand, factory, …).",
    }
    schema["properties"]["story"]["properties"]["assumed"] = {
        "type": "array",
        "items": {"enum": ["published", "outlet", "author", "fx", "url"]},
        "uniqueItems": True,
        "description": "Header values the editor supplied because the article does not say "
        "them (shown as assumed, never as fact).",
    }
    entity_props = schema["properties"]["entities"]["additionalProperties"]["properties"]
    entity_props["kind"]["enum"] = list(vocab.entity_kinds)
    entity_props["reader"]["enum"] = list(vocab.roles)
    return schema


def schema_json(vocab: Vocabulary) -> str:
    """The schema as the checked-in file is written (stable key order, UTF-8)."""
    return json.dumps(facts_schema(vocab), ensure_ascii=False, indent=2) + "\n"
