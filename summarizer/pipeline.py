"""The pipeline: load -> validate -> derive -> select -> realise -> localise.

``make_brief`` is the whole chain for one story in one language; commands
and the site call it and only ``site``/commands write files. ``Project``
holds what every story shares (glossary, personas, template environments),
loaded once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from jinja2 import Environment, Template

from . import languages
from .config.project import DEFAULT, ProjectConfig
from .convert import hant
from .convert.names import story_names
from .facttable import fact_rows as fact_rows  # the facts table, importable from here too
from .model import Brief, Credit, Lang, Persona, Section, Sentence, Story
from .readers.select import Pick, plan
from .realise.realiser import Realiser, make_env, vary_openings
from .rules import Derived, derive
from .vocabulary.glossary import Glossary, with_vocabulary_names
from .vocabulary.vocab import (
    Vocabulary,
    activate,
    default_vocabulary,
)

log = logging.getLogger(__name__)


@dataclass
class Project:
    """Glossary, personas and template environments, shared by every story."""

    glossary: Glossary
    personas: tuple[Persona, ...]
    vocab: Vocabulary = field(default_factory=default_vocabulary)
    envs: dict[str, Environment] = field(default_factory=dict)
    #: compiled point templates per source language, filled as briefs ask
    templates: dict[str, dict[str, Template]] = field(default_factory=dict)
    _angled: frozenset[str] | None = None
    #: the site whose templates are looked up before the package's
    config: ProjectConfig = DEFAULT

    def persona(self, persona_id: str) -> Persona:
        for p in self.personas:
            if p.id == persona_id:
                return p
        known = ", ".join(p.id for p in self.personas)
        from .errors import ConfigError

        raise ConfigError.at(None, f"unknown persona '{persona_id}'; expected one of: {known}")

    def angled(self) -> frozenset[str]:
        """Takeaway messages with a meaning template in both source languages."""
        if self._angled is None:
            from .config.templates import template_names

            langs = languages.sources()
            names = [template_names(self.config, f"{lang}/meanings") for lang in langs]
            self._angled = frozenset(set.intersection(*names))
        return self._angled

    def env(self, lang: str) -> Environment:
        if lang not in self.envs:
            from .config.templates import brief_loader

            self.envs[lang] = make_env(lang, brief_loader(self.config, lang))
        return self.envs[lang]


def load_project(config: ProjectConfig = DEFAULT) -> Project:
    """The glossary, personas, vocabulary and templates of a site (the package
    defaults, with the site's own files layered on top when its config names them)."""
    from .config.load import site_glossary, site_personas, site_vocabulary
    from .config.templates import check_templates

    check_templates(config)
    vocab = site_vocabulary(config)
    activate(vocab)
    glossary = with_vocabulary_names(site_glossary(config), vocab)
    return Project(glossary, site_personas(config, glossary), vocab=vocab, config=config)


def source_lang(lang: str) -> str:
    """The language whose templates ``lang`` renders from (the registry's
    ``source``): zh-Hans and en have templates, the Traditional variants derive."""
    return languages.source_of(lang)


def make_brief(
    project: Project,
    story: Story,
    lang: Lang,
    personas: tuple[str, ...] | None = None,
    derived: Derived | None = None,
) -> Brief:
    """The quick read of ``story`` in ``lang`` (all personas unless given)."""
    src = source_lang(lang)
    if lang != src:
        source = _source_brief(project, story, src, personas, derived)
        return localise(source, lang, project.glossary, story_names(story))
    key = (project, story, personas, derived)
    derived = derived or _derive(story)
    templates = project.templates.setdefault(src, {})
    real = Realiser(project.env(src), project.glossary, story, src, templates)
    sections = []
    chosen = [project.persona(p) for p in personas] if personas else list(project.personas)
    planned = _plan(project, story, derived)
    for persona in chosen:
        voice = real.voice()
        picks = planned[persona.id]
        name = display_name(persona.name.get(src))
        if not picks:
            empty = persona.empty.get(src) if persona.empty else ""
            sections.append(Section(persona.id, name, Sentence(empty, ()), ()))
            continue
        framing = real.framing(persona, picks, voice, _topics(project, picks, src))
        points = vary_openings(tuple(real.point(p, voice, persona.labels) for p in picks), voice)
        sections.append(Section(persona.id, name, framing, points))
    own = Credit(story.source, story.title.get(src), story.outlet.get(src), story.url,
                 story.published)
    sources = (own, *_other_articles(story, sections, src))
    brief = Brief(
        story=story.id,
        lang=src,
        title=story.title.get(src),
        outlet=story.outlet.get(src),
        author=story.author.get(src),
        published=story.published,
        url=story.url,
        lede=Sentence(story.lede.get(src), ()),
        sections=tuple(sections),
        sources=sources,
        assumed=story.assumed,
        updated=story.updated,
    )
    if src in _converted_sources():
        _LAST_SOURCE[:] = [(key, brief)]
    return brief


def _converted_sources() -> set[str]:
    """Sources some variant is converted from (zh-Hans): their briefs are kept."""
    return {languages.source_of(code) for code in languages.derived()}


#: The last story derived, and the last zh-Hans brief made: rendering one
#: story in zh-Hans, zh-Hant and en (as the site and the benchmarks do)
#: derives once and renders the zh-Hans text once. Keys compare by identity
#: and hold the objects, so an id is never reused while cached; stories,
#: projects and briefs are not changed after they are made.
_LAST_DERIVED: list[tuple[Story, Derived]] = []
_LAST_SOURCE: list[tuple[tuple[Project, Story, tuple[str, ...] | None, Derived | None], Brief]] = []


def _derive(story: Story) -> Derived:
    if _LAST_DERIVED and _LAST_DERIVED[0][0] is story:
        return _LAST_DERIVED[0][1]
    derived = derive(story)
    _LAST_DERIVED[:] = [(story, derived)]
    return derived


#: The plan made for the last derived story: selection does not depend on
#: the language, so zh-Hans and en share it. Holds the objects it keys by,
#: so no id is reused while cached.
_LAST_PLAN: list[tuple[Project, Derived, dict[str, list[Pick]]]] = []


def _other_articles(story: Story, sections: list[Section], lang: Lang) -> tuple[Credit, ...]:
    """Articles other than the story's own that a shown sentence quotes (a
    claim from a second report), in order of first use: the sources list
    credits every article a reader's text rests on, by the outlet and
    headline ``story.articles`` gives, else by file or URL alone."""
    by_id = {f.id: f for f in story.facts}
    used = (
        by_id[fid].source.article
        for sec in sections
        for sentence in (sec.framing, *(s for p in sec.points for s in p.alone))
        for fid in sentence.facts
        if fid in by_id
    )
    out = []
    for name in dict.fromkeys(used):
        if not name or name == story.source:
            continue
        a = story.articles.get(name)
        if a is None:
            out.append(Credit(name, ""))
        else:
            title = a.title.get(lang) if a.title else ""
            out.append(Credit(name, title, a.outlet.get(lang), a.url, a.published))
    return tuple(out)


def _plan(project: Project, story: Story, derived: Derived) -> dict[str, list[Pick]]:
    """Every persona's picks for the story, chosen together (``readers.select``)."""
    if _LAST_PLAN and _LAST_PLAN[0][0] is project and _LAST_PLAN[0][1] is derived:
        return _LAST_PLAN[0][2]
    picks = plan(story, project.personas, derived.takeaways, project.vocab, project.angled())
    _LAST_PLAN[:] = [(project, derived, picks)]
    return picks


def _topics(project: Project, picks: list[Pick], lang: str) -> tuple[str, ...]:
    """The vocabulary's names for what the picks are about, each once, in order."""
    out: dict[str, None] = {}
    for p in picks:
        f = project.vocab.facets.get(p.label.facet)
        if f:
            out[f.topic.get(lang)] = None
    return tuple(out)


def _source_brief(
    project: Project,
    story: Story,
    src: str,
    personas: tuple[str, ...] | None,
    derived: Derived | None,
) -> Brief:
    """The ``src`` (zh-Hans) brief a Traditional one converts, reused if it was just made."""
    if _LAST_SOURCE:
        (p, s, names, d), brief = _LAST_SOURCE[0]
        if p is project and s is story and names == personas and d is derived and brief.lang == src:
            return brief
    return make_brief(project, story, src, personas, derived)


def display_name(name: str) -> str:
    """A persona name as a heading or picker label: 'brands' -> 'Brands'."""
    return name[:1].upper() + name[1:]


def localise(
    brief: Brief, lang: Lang, glossary: Glossary, names: tuple[str, ...] = ()
) -> Brief:
    """zh-Hans -> zh-Hant / zh-Hant-HK with OpenCC, glossary overrides and
    protected names; numbers were formatted before, so they are never touched.

    Every text of the brief is converted in one batch
    (``hant.to_traditional_many``); sections that share a point share its
    converted sentences.
    """
    texts = [brief.title, brief.outlet, brief.author, brief.lede.text]
    texts += (t for c in brief.sources[1:] for t in (c.quote, c.outlet))
    for sec in brief.sections:
        texts += (sec.name, sec.framing.text)
        for p in sec.points:
            texts.append(p.label)
            texts.extend(s.text for s in p.context + p.sentences + p.after_context)
    conv = hant.to_traditional_many(texts, lang, glossary, names)
    done: dict[int, tuple[Sentence, ...]] = {}  # by the id of a tuple in ``brief``

    def sents(ss: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        out = done.get(id(ss))
        if out is None:
            out = done[id(ss)] = tuple(Sentence(conv[s.text], s.facts) for s in ss)
        return out

    sections = tuple(
        Section(
            persona=sec.persona,
            name=conv[sec.name],
            framing=Sentence(conv[sec.framing.text], sec.framing.facts),
            points=tuple(
                replace(
                    p,
                    label=conv[p.label],
                    sentences=sents(p.sentences),
                    context=sents(p.context),
                    after_context=sents(p.after_context),
                )
                for p in sec.points
            ),
        )
        for sec in brief.sections
    )
    return replace(
        brief,
        lang=lang,
        title=conv[brief.title],
        outlet=conv[brief.outlet],
        author=conv[brief.author],
        lede=Sentence(conv[brief.lede.text], brief.lede.facts),
        sections=sections,
        # the sources list names each article as the editor wrote it (its
        # headline and outlet), converted as the heading is
        sources=tuple(replace(c, quote=conv[c.quote], outlet=conv[c.outlet])
                      for c in brief.sources),
    )
