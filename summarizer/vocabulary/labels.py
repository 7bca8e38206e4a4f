"""Names of facets and event types for the facts table.

These are labels of our own data model (what kind of point a claim makes,
what kind of event a fact records), not terms of the articles' domain, so
they live here rather than in the glossary, where every entry is also a
term the linter pairs across languages.
"""

from __future__ import annotations

from ..model import Text

FACETS: dict[str, Text] = {
    "trend": Text("趋势", "trend"),
    "opportunity": Text("机会", "opportunity"),
    "risk": Text("风险", "risk"),
    "capital": Text("资本", "capital"),
    "market": Text("市场", "market"),
    "product": Text("产品", "product"),
    "pricing": Text("定价", "pricing"),
    "marketing": Text("营销", "marketing"),
    "customers": Text("客户", "customers"),
    "policy": Text("政策", "policy"),
    "compliance": Text("合规", "compliance"),
    "supply": Text("供给", "supply"),
    "demand": Text("需求", "demand"),
    "operations": Text("运营", "operations"),
    "research": Text("研究", "research"),
}

EVENTS: dict[str, Text] = {
    "founding": Text("成立", "founded"),
    "hearing_passed": Text("通过上市聆讯", "listing hearing passed"),
    "prospectus_published": Text("披露招股书", "prospectus published"),
    "listing": Text("上市", "listing"),
    "lockup_expiry": Text("解禁", "lock-up expiry"),
    "price_change": Text("价格调整", "price change"),
    "price_peak": Text("股价高点", "share price peak"),
    "product_launch": Text("产品发布", "product launch"),
    "open_sourcing": Text("开源", "open-sourced"),
    "funding_round": Text("融资", "funding round"),
    "loan": Text("借款", "loan"),
    "regulation_issued": Text("印发", "issued"),
    "regulation_effective": Text("施行", "takes effect"),
    "access_ban": Text("禁止访问", "access ban"),
    "fine": Text("罚款", "fine"),
    "refund": Text("退款", "refund"),
    "listing_tutoring": Text("上市辅导", "listing tutoring"),
    "statement": Text("表态", "statement"),
    "forecast": Text("预测", "forecast"),
    "partnership": Text("合作", "partnership"),
    "delisting": Text("退市", "delisting"),
    "exit": Text("退出", "exit"),
}


def facet_name(facet: str, lang: str) -> str:
    text = FACETS.get(facet)
    return text.get(lang) if text else facet


def event_name(event: str, lang: str) -> str:
    text = EVENTS.get(event)
    return text.get(lang) if text else event.replace("_", " ")
