"""A tiny stand-in for the pipeline, so site tests need no rules or seeds.

A fake seed is YAML: ``id``, ``published``, ``title``/``lede`` as {zh, en},
and ``facts`` as a list of {id, value, quote, facet (optional, the facet of
the points made from it)}. Every persona's section cites
the facts, so provenance links appear in every section.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from summarizer.model import (
    Brief,
    Credit,
    FactRow,
    Persona,
    Point,
    Section,
    Sentence,
    Story,
    Text,
)


def _persona(pid: str, zh: str, en: str) -> Persona:
    """A Persona with only id and name set (other required fields emptied),
    so the fake keeps working while the model grows."""
    values: dict[str, Any] = {}
    for f in fields(Persona):
        if f.default is not MISSING or f.default_factory is not MISSING:
            continue
        values[f.name] = {"id": pid, "name": Text(zh, en)}.get(f.name, ...)
        if values[f.name] is ...:
            values[f.name] = (
                Text("", "")
                if "Text" in str(f.type) and "tuple" not in str(f.type)
                else ("" if f.type in ("str", str) else ())
            )
    return Persona(**values)


PERSONAS = (
    _persona("general", "全文速览", "Quick Summary"),
    _persona("brand", "品牌商", "Brand owner"),
    _persona("seller", "卖家", "Seller"),
    _persona("factory", "工厂", "Factory"),
)
HANT = str.maketrans({"卖": "賣", "览": "覽", "读": "讀", "这": "這", "场": "場"})


def _word(text: str, lang: str) -> str:
    return text.translate(HANT) if lang == "zh-Hant" else text


class FakeEngine:
    """Implements summarizer.site.engine.Engine over fake seeds."""

    def __init__(self, glossary: Path | None = None, version: str = "1") -> None:
        self.glossary = glossary
        self.version = version

    def story_paths(self, seeds_dir: Path) -> list[Path]:
        return sorted(seeds_dir.glob("*.yaml"))

    def story_names(self, seeds_dir: Path) -> list[str]:
        return [p.name for p in self.story_paths(seeds_dir)]

    def is_story_name(self, name: str) -> bool:
        return name.endswith(".yaml")

    def load_project(self) -> Any:
        return PERSONAS

    def personas(self, project: Any) -> tuple[Persona, ...]:
        return PERSONAS

    def _raw(self, story: Story) -> dict[str, Any]:
        return yaml.safe_load(Path(story.path).read_text(encoding="utf-8"))

    def load_story(self, path: Path) -> Story:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        if raw.get("explode"):
            raise RuntimeError("boom")
        t = raw["title"]
        return Story(
            id=str(raw["id"]),
            path=str(path),
            title=Text(t["zh"], t["en"]),
            outlet=Text("新快报", "New Express"),
            author=Text("郑志辉", "Zheng Zhihui"),
            published=date.fromisoformat(str(raw["published"])),
            source="003_x.txt",
            url="",
            lede=Text(raw["lede"]["zh"], raw["lede"]["en"]),
            entities={},
            facts=(),
        )

    def brief(self, project: Any, story: Story, lang: str) -> Brief:
        raw = self._raw(story)
        fids = tuple(f["id"] for f in raw.get("facts", []))
        sections = []
        for p in PERSONAS:
            name = _word(p.name.get(lang), lang)
            points = tuple(
                Point(
                    str(f.get("facet", "f")),
                    _word("机会" if lang != "en" else "Opportunity", lang),
                    (Sentence(f"{name}: {f['value']}", (f["id"],)),),
                    "r",
                )
                for f in raw.get("facts", [])
            )
            sections.append(Section(p.id, name, Sentence(f"For {name}.", ()), points))
        return Brief(
            story=story.id,
            lang=lang,  # type: ignore[arg-type]
            title=_word(story.title.get(lang), lang),
            outlet=story.outlet.get(lang),
            author=story.author.get(lang),
            published=story.published,
            url=story.url,
            lede=Sentence(_word(story.lede.get(lang), lang), fids[:1]),
            sections=tuple(sections),
            sources=(Credit(story.source, "", story.outlet.get(lang), story.url, story.published),),
        )

    def fact_rows(self, project: Any, story: Story, lang: str) -> list[FactRow]:
        return [
            FactRow(f["id"], "智谱", "收入", str(f["value"]), "FY2024", f["quote"], "003_x.txt")
            for f in self._raw(story).get("facts", [])
        ]

    def glossary_path(self) -> Path | None:
        return self.glossary

    def fingerprint(self) -> str:
        return "fake-" + self.version


def spy_listings(monkeypatch: Any) -> list[Any]:
    """Record what each build's ``listings.write_listings`` returns (its
    ``Listed``: pages planned, written, gone), in build order."""
    from summarizer.site import listings

    seen: list[Any] = []
    real = listings.write_listings

    def spy(*args: Any) -> Any:
        seen.append(real(*args))
        return seen[-1]

    monkeypatch.setattr(listings, "write_listings", spy)
    return seen


def count_calls(monkeypatch: Any, owner: Any, name: str) -> list[int]:
    """A list that grows by one each time ``owner.name`` is called (it still runs)."""
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


FAKE = """\
id: {id}
published: 2026-01-{day:02d}
title: {{zh: 标题{id}, en: "Title {id}"}}
lede: {{zh: 导语。, en: Lede.}}
facts:
{facts}
"""


def fake(seeds: Path, sid: str, day: int, facets: list[str], quote: str = "引文") -> None:
    """A facts file ``sid`` for ``FakeEngine``, dated 2026-01-``day``, with a
    fact per facet (its company and topic tags)."""
    facts = "".join(
        f'  - {{id: f{i}, value: "{i}%", quote: "{quote}", facet: {f}}}\n'
        for i, f in enumerate(facets)
    )
    (seeds / f"{sid}.yaml").write_text(FAKE.format(id=sid, day=day, facts=facts), "utf-8")
