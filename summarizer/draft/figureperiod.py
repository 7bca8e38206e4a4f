"""Which period a figure is of: the one written nearest before it in its
sentence, the one right after it ("$1.5 billion in 2024", "rising to $150
per item on June 1"), the k-th of a list after 分别, or the day a change
takes effect later in the sentence ("effective … Nov. 10").

Split from ``annotate``, which reads everything else a figure's words say.
"""

from __future__ import annotations

import re

from ..rules.timeline import previous_period
from .figures import Figure
from .metricwords import listed_before
from .periodnow import EN_NOW
from .periods import Period, span_of_years
from .sentences import CLAUSE_END, LIST_END, SCOPE_END, sentence_bounds


def figure_period(fig: Figure, text: str, periods: list[Period], s_start: int, before: str) -> None:
    """The period written nearest before the figure in its sentence; 分别 lists in order."""
    if fig.measure == "cagr":
        span = span_of_years(text[max(0, s_start - 300) : fig.start])
        if span:
            fig.period = f"{span[0]}/{span[1]}"
            return
    inside = [
        p for p in periods
        if s_start <= p.start and p.end <= fig.start and not _now_elsewhere(text, p, fig)
    ]
    # English often says the period after the figure ("$1.5 billion in 2024",
    # "rising to $150 per item on June 1"): right after it, that one is its own
    end = past_aside(text, fig.end)
    after = [
        p
        for p in periods
        if end <= p.start <= end + 16
        and not EN_NOW.fullmatch(text, p.start, p.end)  # "now" dates what follows it
        and text[end : p.start].isascii()
        and not CLAUSE_END.search(text, end, p.start)
        and not SCOPE_END.search(text, end, p.start)  # "… per pound. As of Tuesday, …"
    ]
    base = [p for p in after if _is_base(fig, text[end : p.start], p)]
    if base and inside:  # "an increase of 15.1 percent from the third quarter of 2014"
        after = []
        _measured_from(fig, inside[-1], base[0])
    if after and inside:
        inside = []
    if not inside:
        if not after:  # "lowered … to 10 percent, effective … on Nov. 10, 2025"
            after = _effective(fig, text, periods)
        fig.period = after[0].value if after else ""
        if after and after[0].relative:
            fig.review.append("period resolved against the publication date")
        return
    resp = before.rfind("分别")
    if resp >= 0 and not any(p.start >= s_start + resp for p in inside):
        # the periods listed are the nearest "；"-clause's that names any: its own in
        # "…；2022年至2024年，毛利率分别为…", the previous one's in "2023年、2024年…
        # 分别实现营收…；经调整净亏损分别为…"; a period written after 分别 ends the list
        listed: list[Period] = []
        heads = [0] + [m.end() for m in LIST_END.finditer(before, 0, resp)]
        for head, stop in zip(reversed(heads), [resp, *reversed(heads[1:])], strict=True):
            listed = [p for p in inside if s_start + head <= p.start and p.end <= s_start + stop]
            if listed:
                break
        names = [p.value for p in listed]
        span = span_of_years(before[head:stop])
        if span:  # 2022年至2024年 lists every year of the span ("…及2025年前三季度" after it)
            first, last = int(span[0][2:]), int(span[1][2:])
            names = [f"FY{y}" for y in range(first, last + 1)] + [n for n in names if n not in span]
        k = listed_before(text[s_start + resp : fig.start])
        if names and k < len(names):
            fig.period = names[k]
            return
    fig.period = inside[-1].value
    if inside[-1].relative:
        fig.review.append("period resolved against the publication date")


#: Words between a rate and a period that make the period the rate's base ("up 15.1
#: percent from the third quarter of 2014", "compared with 2024"), not its own.
BASE_WORDS = re.compile(r"\s*(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?$",
                        re.IGNORECASE)


def _is_base(fig: Figure, between: str, p: Period) -> bool:
    """Whether ``p``, just after a rate of change, is what it is measured
    from: a quarter, half, month or year, never a day (a fee "rises 2 points
    from June 1" takes effect that day)."""
    return (
        fig.unit == "percent" and fig.measure == "change" and len(p.value) != 10
        and bool(BASE_WORDS.fullmatch(between))
    )


def _measured_from(fig: Figure, own: Period, base: Period) -> None:
    """A rate from the same period a year before its own is a year-on-year
    rate; from the period just before (a quarter on a quarter) it has no
    measure of its own, so the editor is asked."""
    if previous_period(own.value) == base.value:
        fig.measure = "yoy"
    else:
        fig.review.append(
            f"a change from {base.value}, not a year earlier: enter both levels, or leave it out"
        )


#: An amount's conversion in brackets just after it ("100 billion yuan ($15
#: billion)"), or the bracket that closes the conversion the figure is.
ASIDE = re.compile(r"\s?[(（][^()（）]{1,40}[)）]|[)）]")


def past_aside(text: str, pos: int) -> int:
    """Where the words after a figure go on, past its bracketed conversion:
    "100 billion yuan ($15 billion) over five years" is over five years, and
    so is the $15 billion."""
    m = ASIDE.match(text, pos)
    return m.end() if m else pos


#: The word that dates a change later in its sentence ("effective … Nov. 10").
EFFECTIVE = re.compile(r"\beffective\b|\btakes? effect\b", re.IGNORECASE)


def _effective(fig: Figure, text: str, periods: list[Period]) -> list[Period]:
    """The date a change takes effect, said after the figure in its sentence."""
    end = sentence_bounds(text, fig.end)[1]
    m = EFFECTIVE.search(text, fig.end, end)
    return [p for p in periods if m and m.end() <= p.start and p.end <= end][:1]


#: The modal that moves what follows an English "now" into the future
#: ("currently pay … would pay").
MODAL = re.compile(r"\b(?:would|will|could|may|might)\b", re.IGNORECASE)


def _now_elsewhere(text: str, p: Period, fig: Figure) -> bool:
    """An English "now" that does not date the figure: a clause end or a modal
    stands between them ("sellers who currently pay 2.9% …, would pay $1.36":
    the $1.36 is no current fee; "now includes about 18,000 sellers" is)."""
    if not EN_NOW.fullmatch(text, p.start, p.end):
        return False
    return bool(CLAUSE_END.search(text, p.end, fig.start) or MODAL.search(text, p.end, fig.start))
