"""A story's own names in Traditional Chinese: characters only.

OpenCC's Taiwan and Hong Kong configs reword phrases (仓配 -> 倉儲物流,
软件 -> 軟體, 网络 -> 網路), which is what running text wants and what a
name must never get: a company called 速达仓配 is 速達倉配 in Taipei, and
金山软件 writes itself 金山軟件. The glossary protects the names it knows;
the names a facts file declares for one story (``entities``) are held the
same way while that story's texts are converted: each occurrence is masked
with its character conversion (``s2tw`` / ``s2hk``, as a quoted passage),
so no phrase rule reaches into it or across its edge.

Which entities: those whose name is their own -- companies, platforms,
brands, people, funds, models -- as registered or as they call
themselves (星图数据 is 星圖數據, not 星圖資料; FedEx is 聯邦快遞 in Hong
Kong too, not 聯邦速遞). Other kinds keep running-text conversion: a
product category (毛绒玩具), a market (中国内地), a group of players
(直播电商平台经营者), and the names a Chinese source translates
from another language (an index, a regulation, a regulator, a government:
the Drewry World Container Index is 世界貨櫃指數 to a Taiwan reader, not
集裝箱), which Taipei and Hong Kong editors word their own way. An entity
linked to a glossary term is left to the glossary, and so is a name the
glossary or the regional vocabulary already masks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Entity, Story

#: Entity kinds whose names are their own: converted by characters only.
NAME_KINDS = frozenset({"company", "platform", "brand", "person", "fund", "model"})
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def story_names(story: Story) -> tuple[str, ...]:
    """The zh-Hans names ``story`` declares that convert by characters only,
    longest first (a name inside a longer one is the longer one's).

    >>> from summarizer.model import Entity, Text
    >>> names_of([Entity("a", "company", Text("速达仓配", "Suda")),
    ...           Entity("b", "product", Text("毛绒玩具", "plush toys")),
    ...           Entity("c", "company", Text("MiniMax", "MiniMax")),
    ...           Entity("d", "platform", Text("淘宝", "Taobao"), term="taobao")])
    ('速达仓配',)
    """
    return names_of(story.entities.values())


def names_of(entities: Iterable[Entity]) -> tuple[str, ...]:
    """:func:`story_names` of these entities."""
    found = set()
    for ent in entities:
        if ent.kind not in NAME_KINDS or ent.term:
            continue
        name = ent.name.get("zh-Hans")
        if name and _CJK.search(name):  # OpenCC leaves other scripts alone
            found.add(name)
    return tuple(sorted(found, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=256)
def names_pattern(names: tuple[str, ...], owned: frozenset[str]) -> re.Pattern[str] | None:
    """One regex for ``names`` (longest first), None if there is nothing to
    mask. ``owned``: the words the conversion plan masks already; a name
    that is one is left to it, and a longer word containing a name is in the
    regex too, so it matches first and is left whole (``hold_names``)."""
    keep = [n for n in names if n not in owned]
    if not keep:
        return None
    words = keep + [w for w in owned if any(n in w for n in keep)]
    words.sort(key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))
