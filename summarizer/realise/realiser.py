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

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    pass_context,
)
from jinja2.runtime import Context

from ..errors import BuildError
from ..facts.periods import parse_period
from ..facts.wording import CJK, LEFTOVER, ZH_HALF
from ..model import Fact, Persona, Point, Quantity, Sentence, Story, Takeaway
from ..paths import TEMPLATES_DIR
from ..readers.select import READER_WORDED, Pick
from ..rules.facts import Num
from ..vocabulary.glossary import Glossary
from . import locale

CITE_START, CITE_END = "\ue000", "\ue001"  # private use: never whitespace, never in text
_CITE = re.compile(f"{CITE_START}([^{CITE_END}]*){CITE_END}")
_CJK = CJK
_BAD = LEFTOVER
_ZH_HALF = ZH_HALF


def _value(x: Any) -> Quantity | Decimal:
    """Accept a metric Fact, a Quantity or a computed Num in filters."""
    if isinstance(x, Fact):
        if x.quantity is None:
            raise BuildError.at(x.span, f"fact '{x.id}' has no amount to format")
        return x.quantity
    if isinstance(x, Num):
        return x.value
    if isinstance(x, Quantity | Decimal | int):
        return x if isinstance(x, Quantity | Decimal) else Decimal(x)
    raise TypeError(f"cannot format {type(x).__name__} as a number")


def _digits_for(v: Decimal) -> int:
    """Decimals for a computed figure: 412 -> 0, 37.5 -> 1, 3.78 -> 1, 0.43 -> 2."""
    a = abs(v)
    if a >= 100:
        return 0
    if a >= 1:
        return 1
    return 2


_UNSCALED = locale.UNITS["percent"]


def absq(x: Any) -> Any:
    """The magnitude of a signed figure; templates say the direction in words."""
    if isinstance(x, Fact) and x.quantity is not None:
        q = x.quantity
        return Quantity(abs(q.value), q.unit, q.resolution, q.scale, q.qualifier)
    if isinstance(x, Num):
        return Num(abs(x.value), abs(x.low), abs(x.high), x.facts, x.unit)
    return abs(x)


#: Names a dict has as attributes: ``v.items`` must stay the method.
_DICT_ATTRS = frozenset(dir(dict))


class _Environment(Environment):
    """An environment whose ``v.name`` on a plain dict looks the key up first.

    Jinja tries ``getattr`` and, when that raises, the item; the values of a
    takeaway are a dict, so every ``v.first`` raised and caught an
    AttributeError. Same result: a name a dict has as an attribute still
    goes Jinja's way.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_env(lang: str, loader: BaseLoader | None = None) -> Environment:
    """The Jinja2 environment for one source language (zh-Hans or en).

    Text output: escaping happens when Markdown becomes HTML, not here.
    StrictUndefined makes a missing value fail instead of printing blank.
    """
    env = _Environment(
        loader=loader or FileSystemLoader(str(TEMPLATES_DIR / lang)),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )

    def amount(x: Any, digits: int | None = None) -> str:
        """Money or count as written: 5.34亿元 / RMB 534 million."""
        v = _value(x)
        if isinstance(v, Quantity):
            if v.upper is not None and digits is None:
                return locale.format_quantity(v, lang)
            return locale.format_amount(v, "", lang, digits=digits)
        unit = x.unit if isinstance(x, Num) else "percent"
        if digits is None:
            if unit in locale.CURRENCIES or locale.UNITS.get(unit, _UNSCALED).scaled:
                # a computed amount: three significant digits in every language
                # (19,430,000 -> 1940万 / 19.4 million), so zh and en agree
                v = locale.round_significant(v)
                digits = locale.significant_decimals(v, lang)
            else:
                digits = _digits_for(v)
        return locale.format_amount(v, unit, lang, digits=digits)

    def cents(x: Any) -> str:
        """A small amount of money to the cent, zeros kept, as a price list
        prints it: US$3.40, 2.00美元 (figures compared in one sentence line up)."""
        v = _value(x)
        value = v.value if isinstance(v, Quantity) else v
        unit = v.unit if isinstance(v, Quantity) else x.unit
        text = locale.format_amount(value, unit, lang, digits=2)
        full = format(abs(value).quantize(Decimal("0.01")), ",.2f" if lang == "en" else ".2f")
        short = full.rstrip("0").rstrip(".")
        return text.replace(short, full, 1) if short != full and abs(value) < 10000 else text

    def pct(x: Any, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_percent(v, lang, digits)

    def times(x: Any, digits: int | None = None, spelled: bool = False) -> str:
        """Multiples: one decimal below 10× (5.9×), whole numbers above (34×)."""
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 10 else 0
        return locale.format_multiple(v, lang, digits=digits, spelled=spelled)

    def change(x: Any, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = 1 if abs(v) < 1000 else 0
        return locale.format_change(v, lang, digits)

    def points(x: Any, digits: int | None = 1) -> str:
        return locale.format_points(_value(x), lang, digits)

    def count(x: Any, unit: str, digits: int | None = None) -> str:
        v = _value(x)
        if isinstance(v, Decimal) and digits is None:
            digits = _digits_for(v)
        return locale.format_count(v, "" if isinstance(v, Quantity) else unit, lang, digits=digits)

    def period(p: Any, as_of: bool = True) -> str:
        text = p.period if isinstance(p, Fact) else str(p)
        return locale.format_period(text, lang, as_of=as_of)

    def when(f: Fact) -> str:
        if f.date is None:
            raise BuildError.at(f.span, f"event '{f.id}' has no date")
        return locale.format_date(f.date, lang, f.date_precision)  # type: ignore[arg-type]

    def listing(items: Iterable[str]) -> str:
        return locale.format_list(list(items), lang)

    def inp(p: Any) -> str:
        """English period phrase with its preposition: 'in 2024', 'as of June 22, 2026'."""
        text = p.period if isinstance(p, Fact) else str(p)
        if parse_period(text).kind == "instant":
            return locale.format_period(text, lang, as_of=True)
        return "in " + locale.format_period(text, lang, as_of=False)

    def lcfirst(text: str) -> str:
        """'Answer for …' -> 'answer for …' (kept for acronyms: 'MCN …')."""
        if len(text) > 1 and text[0].isupper() and not text[1].isupper():
            return text[0].lower() + text[1:]
        return text

    def capitalize_first(text: str) -> str:
        """'in 2024' -> 'In 2024': a phrase moved to the start of a sentence."""
        return text[:1].upper() + text[1:]

    def spell(n: int) -> str:
        """Small counts in words in English prose (house style): 4 -> 'four'."""
        words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        if lang == "en":
            return words[n] if 0 <= n < 10 else str(n)
        zh = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九")
        return zh[n] if 0 <= n < 10 else str(n)

    @pass_context
    def entity_name(ctx: Context, entity_id: str) -> str:
        return str(ctx["name"](entity_id))

    @pass_context
    def org_name(ctx: Context, entity_id: str) -> str:
        return str(ctx["org"](entity_id))

    env.filters.update(
        amount=amount,
        cents=cents,
        pct=pct,
        times=times,
        change=change,
        points=points,
        count=count,
        period=period,
        when=when,
        listing=listing,
        inp=inp,
        entity_name=entity_name,
        org_name=org_name,
        count_fact=amount,
        lcfirst=lcfirst,
        capitalize_first=capitalize_first,
        spell=spell,
    )
    env.globals.update(absq=absq, absnum=absq)
    return env


@dataclass
class Voice:
    """Per-section state a template may ask for: first mentions, connectives.

    Reset for every section, because a reader may see only one persona's
    section: an abbreviation is expanded the first time *that section* uses it.
    """

    glossary: Glossary
    story: Story
    lang: str
    seen: set[str] = field(default_factory=set)
    turns: dict[str, int] = field(default_factory=dict)
    asked: dict[tuple[str, str], object] | None = None
    """While a point renders: what it asked of this state first, per term
    ('t', id) -> was it seen, and per connective kind ('c', kind) -> its turn.
    The render depends on nothing else that varies, so it is worth reusing
    whenever the answers are the same (see ``Realiser.point``)."""

    def term(self, term_id: str, plural: bool = False, bare: bool = False) -> str:
        """The glossary's form; an abbreviation is expanded at its first mention."""
        t = self.glossary.term(term_id)
        form = t.form(self.lang, plural=plural)
        abbr = t.abbr.get(self.lang)
        if not abbr or abbr == form:
            return form
        if bare:
            return abbr
        if self.asked is not None and ("t", term_id) not in self.asked:
            self.asked["t", term_id] = term_id in self.seen
        if term_id in self.seen:
            return abbr
        self.seen.add(term_id)
        return f"{form}（{abbr}）" if self.lang.startswith("zh") else f"{form} ({abbr})"

    def name(self, entity_id: str) -> str:
        """An entity's name: the glossary term if it has one, else the story's."""
        e = self.story.entities[entity_id]
        if e.term and e.term in self.glossary.terms:
            return self.term(e.term)
        return e.name.get(self.lang)

    def segment(self, fact: Fact, bare: bool = False) -> str:
        """The business segment a metric covers, ready to precede the metric
        name ('私有化部署' / 'on-premise deployment '), or '' if none."""
        sid = fact.segment
        if not sid:
            return ""
        if sid in self.story.entities:
            text = self.name(sid)
        elif sid in self.glossary.terms:
            text = self.term(sid)
        else:
            text = sid.replace("-", " ")
        if self.lang.startswith("zh"):
            return text
        if bare:  # a noun: 'in the US'
            return text
        # a modifier: "TikTok Shop's US GMV", not "…'s the US GMV"
        return (text[4:] if text.startswith("the ") else text) + " "

    def org(self, entity_id: str) -> str:
        """An organisation's name as it runs in English prose ('the CAC')."""
        text = self.name(entity_id)
        kind = self.story.entities[entity_id].kind
        if (
            self.lang == "en"
            and kind in ("regulator", "exchange", "fund")
            and not text.startswith("the ")
        ):
            return "the " + text
        return text

    def connective(self, kind: str, *options: str) -> str:
        """Rotate through ``options`` so consecutive uses of one kind differ."""
        i = self.turns.get(kind, 0)
        if self.asked is not None and ("c", kind) not in self.asked:
            self.asked["c", kind] = i
        self.turns[kind] = i + 1
        return options[i % len(options)]


def cite(*items: Any) -> str:
    """Marker starting a sentence backed by these facts (Facts, Nums or ids)."""
    ids: list[str] = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, Fact):
            ids.append(it.id)
        elif isinstance(it, Num):
            ids.extend(it.facts)
        elif isinstance(it, str):
            ids.append(it)
        elif isinstance(it, list | tuple):
            ids.extend(f.id if isinstance(f, Fact) else str(f) for f in it)
    return f"{CITE_START}{','.join(dict.fromkeys(ids))}{CITE_END}"


_ZH_JOIN = re.compile(r"\s*\n\s*")
_ZH_SPACE = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}])")
_WS = re.compile(r"\s+")
#: no space before punctuation or after "(", even with a cite marker between
_EN_BEFORE = re.compile(f" ((?:{CITE_START}[^{CITE_END}]*{CITE_END})?)(?=[,.;:!?)])")
_EN_AFTER = re.compile(f"\\( ((?:{CITE_START}[^{CITE_END}]*{CITE_END})?)")


#: Every match of ``_BAD`` contains one of these, and every match of
#: ``_ZH_HALF`` one of ``_HALF``: text without any skips the (slower) regex.
_BAD_HINTS: tuple[str, ...] = ("None", "nan", "{{", "}}", "{%", "%}", "..", ",,")
_BAD_HINTS += ("。。", "，，", "，。", "。，", "：：", "、、")
_HALF = re.compile("[,;:!?]")


#: An all-lower-case word opening an English sentence (a name such as 'de
#: minimis exemption' put first by a template); 'eBay' and 'iPhone' are not.
_EN_START = re.compile(
    f"(^(?:{CITE_START}[^{CITE_END}]*{CITE_END})?|[.!?] (?:{CITE_START}[^{CITE_END}]*{CITE_END})?)"
    r"([a-z])(?=[a-z]*[\s,;:'’])"
)


def _upper(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2).upper()


def tidy(text: str, lang: str, where: str) -> str:
    """Join template lines and refuse output no editor would publish."""
    zh = lang.startswith("zh")
    if zh:
        if "\n" in text:
            text = _ZH_JOIN.sub("", text)
        text = text.strip()
        if " " in text:
            text = _ZH_SPACE.sub("", text)
    else:
        text = _EN_BEFORE.sub(r"\1", _WS.sub(" ", text).strip())
        if "( " in text:
            text = _EN_AFTER.sub(r"(\1", text)
        text = _EN_START.sub(_upper, text)
    plain = _CITE.sub("", text) if CITE_START in text else text
    bad = _BAD.search(plain) if any(h in plain for h in _BAD_HINTS) else None
    if bad:
        raise BuildError.at(None, f"{where}: rendered text contains {bad.group(0)!r}: {text!r}")
    if zh and _HALF.search(plain) and _ZH_HALF.search(plain):
        raise BuildError.at(None, f"{where}: half-width punctuation in Chinese: {text!r}")
    return text


def split_sentences(text: str, default: tuple[str, ...]) -> tuple[Sentence, ...]:
    """Cut rendered text at cite markers into spans with their facts.

    Spans keep their own spacing, so joining them with '' gives the text back
    exactly; a span is usually a sentence, sometimes a clause with its figure.
    """
    out: list[Sentence] = []
    pos, facts = 0, default
    for m in _CITE.finditer(text):
        chunk = text[pos : m.start()]
        if chunk.strip():
            out.append(Sentence(chunk, facts))
        facts = tuple(x for x in m.group(1).split(",") if x) or default
        pos = m.end()
    tail = text[pos:]
    if tail.strip():
        out.append(Sentence(tail, facts))
    return tuple(out)


#: A rendered point: what it asked of the voice (see ``Voice.asked``), its
#: sentences, the terms it first mentioned and the turns it left.
_Rendered = tuple[
    tuple[tuple[tuple[str, str], object], ...], tuple[Sentence, ...], set[str], dict[str, int]
]


#: Openings that vary consecutive unlabeled points which would start alike,
#: taken in turn so that three such points never repeat one.
CONNECTIVES = {
    "zh-Hans": ("此外，", "同时，", "另外，"),
    "en": ("Also, ", "Meanwhile, ", "In addition, "),
}


def opening(text: str, lang: str) -> str:
    """What a reader sees first: four characters, or the first English word."""
    plain = _CITE.sub("", text)
    return plain[:4] if lang != "en" else plain.split(" ", 1)[0]


def vary_openings(points: tuple[Point, ...], voice: Voice) -> tuple[Point, ...]:
    """Prefix a connective to a point that would start like the one before.

    Only for sections without lead labels (the labels already differ).
    Deterministic: the connectives rotate per section through ``voice``.
    """
    out: list[Point] = []
    for p in points:
        first = "".join(s.text for s in p.sentences)
        if (
            out
            and not p.label
            and opening(first, voice.lang)
            == opening("".join(s.text for s in out[-1].sentences), voice.lang)
        ):
            word = voice.connective("opening", *CONNECTIVES[voice.lang])
            head = p.sentences[0]
            text = head.text
            if voice.lang == "en" and text.split(" ", 1)[0] in ("The", "A", "An"):
                text = text[0].lower() + text[1:]
            p = replace(p, sentences=(replace(head, text=word + text), *p.sentences[1:]))
        out.append(p)
    return tuple(out)


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
        return tidy(text, self.lang, f"{self.story.path}: template {name}")

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
        if not pick.lead:
            sentences = ()
        if pick.angle:
            meaning = self.meaning(pick, voice)
            if sentences and self.lang == "en" and meaning:  # spans keep their own spacing
                meaning = (replace(meaning[0], text=" " + meaning[0].text), *meaning[1:])
            sentences += meaning
        label = pick.label.text.get(self.lang) if labels else ""
        return Point(pick.label.facet, label, sentences, t.rule, pick.angle)

    def meaning(self, pick: Pick, voice: Voice) -> tuple[Sentence, ...]:
        """What the point means for the reader it is worded for: the editor's
        implication for that role, or the takeaway's meaning template."""
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
            lead=pick.lead,
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
