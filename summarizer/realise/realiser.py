"""Realise stage: takeaways -> sentences, through Jinja2 templates per language.

One template per takeaway message in ``templates/<lang>/points/``. Templates
word things; they never compute. Numbers reach them as Quantities (as the
article wrote them) or ``Num`` (computed), and filters format them through
Babel with an explicit locale (``summarizer.realise.locale``). Terms come only from
the glossary through ``t('term-id')``, which expands an abbreviation at its
first mention in a section. ``cite(fact, ...)`` starts a new sentence and
records the facts behind it, so the JSON output can say, for every
sentence, which facts it rests on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from jinja2 import (
    Environment,
    Template,
)
from jinja2.runtime import Context

from ..model import Fact, Persona, Point, Sentence, Story, Takeaway
from ..model.brief import TOLD_FIRST
from ..readers.select import Pick
from ..readers.wording import READER_WORDED
from ..vocabulary.glossary import Glossary
from .figurevalues import absq
from .filters import make_env
from .restates import restates
from .text import _CITE, split_sentences, tidy, vary_openings
from .voice import Voice, cite

__all__ = ["Realiser", "make_env", "vary_openings"]

#: A rendered point: what it asked of the voice (see ``Voice.asked``), its
#: sentences, the terms it first mentioned and the turns it left.
_Rendered = tuple[
    tuple[tuple[tuple[str, str], object], ...], tuple[Sentence, ...], set[str], dict[str, int]
]


def _reuse(
    renders: list[_Rendered], seen: set[str], turns: dict[str, int]
) -> tuple[Sentence, ...] | None:
    """A point rendered before from the same answers, its effects replayed."""
    for asked, sentences, added, turned in renders:
        if all(
            (key[1] in seen) is answer if key[0] == "t" else turns.get(key[1], 0) == answer
            for key, answer in asked
        ):
            seen.update(added)
            turns.update(turned)
            return sentences
    return None


#: Helpers templates call that take no context (see ``_Context``).
_PLAIN: frozenset[Any] = frozenset(
    (Voice.term, Voice.name, Voice.segment, Voice.org, Voice.connective, cite, absq)
)


#: Framing sentences by (environment, audience, point count); the environment
#: is kept alive by its Project, so its id is not reused while cached.
_FRAMINGS: dict[tuple[int, str, int, tuple[str, ...]], Sentence] = {}


class _Context(Context):
    """A template context that calls this module's helpers directly.

    ``Context.call`` inspects every callable for ``pass_context`` and the
    like; the helpers a point template calls most (``t``, ``name``, ``cite``
    …) take none, so they skip that inspection. Anything else goes the usual
    way.
    """

    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        if getattr(__obj, "__func__", __obj) in _PLAIN:
            if kwargs:
                kwargs.pop("_loop_vars", None)
                kwargs.pop("_block_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


def _name_fixes(story: Story, lang: str) -> tuple[tuple[str, str], ...]:
    """What templates joining a name to its neighbour can get wrong, and the mend.

    Chinese: a company's name said twice where a template puts it before a
    part named after it (京东 + 京东零售 -> 京东京东零售): said once. English keeps
    its possessive ("JD.com's JD Retail"), but a name that is a plural word
    ("PDD Holdings", "Walgreens") takes the apostrophe alone: "PDD Holdings'",
    not "PDD Holdings's" (an all-capital name, "UPS's", keeps its 's).

    Only the names in the story, so nothing else is looked for."""
    names = {e.name.get(lang) for e in story.entities.values()}
    if not lang.startswith("zh"):
        return tuple(
            (n + "'s", n + "'")
            for n in sorted(names)
            if n.endswith("s") and not n.endswith("ss") and not n.split()[-1].isupper()
        )
    prefixes = [n for n in sorted(names) if len(n) >= 2]
    return tuple(
        (n + n, n) for n in prefixes if any(m != n and m.startswith(n) for m in names)
    )


class Realiser:
    """Renders the parts of one brief (one story, one source language)."""

    def __init__(
        self,
        env: Environment,
        glossary: Glossary,
        story: Story,
        lang: str,
        templates: dict[str, Template] | None = None,
    ) -> None:
        self.env, self.glossary, self.story, self.lang = env, glossary, story, lang
        #: compiled templates by name; a Project shares one dict per language
        #: (bounded by the template files), so briefs skip the loader's stat
        self._templates: dict[str, Template] = {} if templates is None else templates
        self._points: dict[int, list[_Rendered]] = {}
        self._base: dict[str, Any] = {**env.globals, "story": story, "lang": lang}
        self._scope: tuple[Voice | None, dict[str, Any]] = (None, self._base)
        self._fixes = _name_fixes(story, lang)

    def _render(self, name: str, voice: Voice, **context: Any) -> str:
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        scope_voice, scope = self._scope
        if scope_voice is not voice:  # the names a template sees, once per section
            scope = {
                **self._base,
                "t": voice.term,
                "name": voice.name,
                "seg": voice.segment,
                "in_seg": voice.in_segment,
                "org": voice.org,
                "turn": voice.connective,
                "cite": cite,
            }
            self._scope = (voice, scope)
        # Template.render, without copying the environment's globals each time
        ctx = _Context(self.env, {**scope, **context}, template.name, template.blocks)
        try:
            text = self.env.concat(template.root_render_func(ctx))
        except Exception:
            self.env.handle_exception()
        text = tidy(text, self.lang, f"{self.story.path}: template {name}")
        for wrong, right in self._fixes:
            if wrong in text:
                text = text.replace(wrong, right)
        return text

    def voice(self) -> Voice:
        return Voice(self.glossary, self.story, self.lang)

    def point(self, pick: Pick, voice: Voice, labels: bool) -> Point:
        """One takeaway worded as a point.

        Several personas often pick the same takeaway, so within one brief a
        point is rendered once per distinct answer to what it asks of the
        voice: the text depends only on the takeaway and on whether each term
        it names was already mentioned and which turn each connective is at
        (``Voice.asked``); a reuse replays the mentions and turns it made.
        """
        t: Takeaway = pick.takeaway
        seen, turns = voice.seen, voice.turns
        renders = self._points.setdefault(id(t), [])
        sentences = _reuse(renders, seen, turns)
        if sentences is None:
            before = set(seen)
            voice.asked = {}
            try:
                text = self._render(f"points/{t.message}.j2", voice, v=t.values, tk=t)
                asked = tuple(voice.asked.items())
            finally:
                voice.asked = None
            sentences = split_sentences(text, t.facts)
            turned = {key[1]: turns[key[1]] for key, _ in asked if key[0] == "c"}
            renders.append((asked, sentences, seen - before, turned))
        context: tuple[Sentence, ...] = ()
        if not pick.lead:  # shown in another section
            # an editor's implication is written to follow its claim, and an
            # event's meaning for a reader to follow the event: the claim or
            # the event is kept for where this section is read alone; a
            # figure's meaning template words a non-lead point to stand alone
            # (it restates the figure in a clause of its own); an implication
            # that says its claim again needs none (``restates``)
            claim = t.values.get("claim")
            told = (
                isinstance(claim, Fact) and not restates(claim, pick.angle)
            ) or t.message in TOLD_FIRST
            context = sentences if told else ()
            sentences = ()
        after: tuple[Sentence, ...] = ()
        if pick.angle:
            meaning = self.meaning(pick, voice)
            if self.lang == "en" and meaning:  # spans keep their own spacing
                if sentences:
                    meaning = (replace(meaning[0], text=" " + meaning[0].text), *meaning[1:])
                elif context:
                    context = (*context[:-1], replace(context[-1], text=context[-1].text + " "))
            if context and t.message in TOLD_FIRST:
                after = self._after_event(pick, voice, meaning)
            sentences += meaning
        label = pick.label.text.get(self.lang) if labels else ""
        return Point(pick.label.facet, label, sentences, t.rule, pick.angle, context, after)

    def _after_event(
        self, pick: Pick, voice: Voice, alone: tuple[Sentence, ...]
    ) -> tuple[Sentence, ...]:
        """An event's meaning for a point that does not lead, worded as where
        it leads (right after the event: "until then"), for the places that
        print the event before it (``Point.after_context``); () if the same.
        The voice is left as the standalone wording left it."""
        seen, turns = set(voice.seen), dict(voice.turns)
        try:
            after = self.meaning(pick, voice, lead=True)
        finally:
            voice.seen, voice.turns = seen, turns
        return () if [s.text for s in after] == [s.text for s in alone] else after

    def meaning(self, pick: Pick, voice: Voice, lead: bool | None = None) -> tuple[Sentence, ...]:
        """What the point means for the reader it is worded for: the editor's
        implication for that role, or the takeaway's meaning template
        (``lead``: worded as if it led its point; default, as it does)."""
        t = pick.takeaway
        if t.message in READER_WORDED:
            return ()
        claim = t.values.get("claim")
        if isinstance(claim, Fact):
            text = dict(claim.implications)[pick.angle].get(self.lang)
            return (Sentence(tidy(text, self.lang, f"{self.story.path}: {claim.id}"), t.facts),)
        text = self._render(
            f"meanings/{t.message}.j2",
            voice,
            v=t.values,
            tk=t,
            role=pick.angle,
            stance=pick.stake,
            lead=pick.lead if lead is None else lead,
        )
        return split_sentences(text, t.facts)

    def sentence(
        self, name: str, voice: Voice, facts: tuple[str, ...] = (), **context: Any
    ) -> Sentence:
        text = self._render(name, voice, **context)
        return Sentence(_CITE.sub("", text), facts)

    def framing(
        self, persona: Persona, picks: list[Pick], voice: Voice, topics: tuple[str, ...]
    ) -> Sentence:
        """What this section covers for this reader: '对卖家而言，本文关乎成本与需求变化：'.

        ``topics`` are the vocabulary's names for the facets of the picks, in
        order; the story may name the reader more closely (story.audiences).
        """
        audience = dict(self.story.audiences).get(persona.id, persona.audience).get(self.lang)
        key = (id(self.env), audience, len(picks), topics)
        cached = _FRAMINGS.get(key)
        if cached is None:  # the sentence depends on nothing else: say it once
            if len(_FRAMINGS) > 4096:
                _FRAMINGS.clear()
            cached = self.sentence(
                "framing.j2", voice, audience=audience, count=len(picks), topics=list(topics)
            )
            _FRAMINGS[key] = cached
        return cached
