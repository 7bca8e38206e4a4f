"""Derive stage: small registered rules that read facts and emit takeaways.

Each rule is a plain function in a family module (growth, valuation, capital,
pricing, regulation, claims), registered by name with the inputs it needs.
Rules are pure: no I/O, no wording, no number formatting. They return
``Takeaway`` values (structured numbers + the fact ids used), and stated
figures they recomputed as ``Check`` records, which ``summarizer check``
compares. Importing this package registers every family, in order.
"""

from __future__ import annotations

from .registry import RULES, Check, Derived, derive, rule, rule_names

from . import growth, valuation, capital, pricing, regulation, claims  # noqa: E402,F401,I001

__all__ = ["RULES", "Check", "Derived", "derive", "rule", "rule_names"]
