"""Briefs as JSON: every sentence with the fact ids behind it.

Keys are sorted and the encoding fixed so the same Brief gives the same
bytes; dates are ISO strings.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from ..model import Brief


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [_plain(x) for x in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def brief_dict(brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = _plain(brief)
    if data.get("updated") is None:  # a story never revised: no key, not null
        data.pop("updated", None)
    return data


def brief_json(brief: Brief) -> str:
    return json.dumps(brief_dict(brief), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
