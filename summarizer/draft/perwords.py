"""What a drafted amount is per: "per unit", "a unit", 每件80美元, pay "an
hour" or 月最低工资标准 (the vocabulary's ``per`` ids); '' for a total.

The figure reader (``figures.find_figures``) asks it of every amount of money.
"""

from __future__ import annotations

import re

#: What an amount is per, written after it ("per unit", "a unit") or before
#: it (每件80美元): the vocabulary's per ids.
PER_AFTER = re.compile(
    r"^\s*(?:per|an?|each)\s+(?:(?:late|delayed|cancelled)\s+)?"
    r"(?:(unit|item|order|parcel|package|month|hour|pound|tonne|ton|kilogram|kilo|kg|SF|sq\.? ?ft"
    r"|square (?:foot|feet)|square met(?:re|er))s?"
    r"|(?:40ft|40-foot|forty-foot) (?:container|box)|feu)\b",
    re.IGNORECASE,
)
#: A reward per product, said after what it pays ("$20 Ads Credit per Eligible
#: Actively Sale New Product"), and a cap by the month ("max $3000/month").
PER_PRODUCT = re.compile(
    r"^\s*(?:(?:ads?|advertising)\s+credits?\s+)?(?:per|for each)\s+(?:[\w-]+\s+){0,4}?"
    r"products?\b",
    re.IGNORECASE,
)
PER_SLASH = re.compile(r"^\s*/\s*(month|hour|year|kg)\b", re.IGNORECASE)
PER_BEFORE = re.compile(
    r"每(件|单|笔|票|个包裹|月|小时|个店铺|家店铺|磅|吨|公斤|千克|平方米|平方英尺|(?:笔)?[^\d，。；、每]{1,6}订单)[^\d，。；、]{0,3}$"
)
PER_IDS = {"件": "unit", "单": "order", "笔": "order", "票": "parcel", "个包裹": "parcel",
           "月": "month", "小时": "hour", "个店铺": "shop", "家店铺": "shop",
           "磅": "pound", "吨": "tonne", "公斤": "kilogram", "千克": "kilogram",
           "平方米": "square_metre", "平方英尺": "square_foot"}
#: Pay said by the month or the hour before its amount in the clause ("its
#: hourly minimum wage climbed from RMB 24", 月最低工资标准由2690元): a rate of
#: pay, not a month's or an hour's total of anything else ("monthly revenue").
PAY_BEFORE = re.compile(
    r"\b(month|hour)ly\s+(?:minimum\s+)?(?:wages?|salar(?:y|ies)|pay|rent)\b(?:[^.;]|\.\d){0,60}$"
    r"|(月|小时)(?:最低)?(?:工资|薪)[^。；]{0,24}$",
    re.IGNORECASE,
)


def per_of(text: str, start: int, end: int) -> str:
    """What an amount is per ('' if a total).

    >>> t = "its monthly minimum wage rose from RMB 2,690 to RMB 2,740, or RMB 25 an hour"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("RMB 2,690", "RMB 2,740", "RMB 25")]
    ['month', 'month', 'hour']
    >>> t = "上海小时最低工资标准由24元提高至每小时25元"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("24元", "25元")]
    ['hour', 'hour']
    >>> per_of("monthly revenue of RMB 5 million", 19, 32)
    ''
    >>> t = "increased by 0.4 yuan per package; 广东快递每票上调0.4元"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("0.4 yuan", "0.4元")]
    ['parcel', 'parcel']
    >>> t = "以及每延迟发货订单5美元的损害赔偿金; US$5 per late order"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("5美元", "US$5")]
    ['order', 'order']
    >>> t = "earn $20 Ads Credit per Eligible Actively Sale New Product (max $3000/month)"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("$20", "$3000")]
    ['item', 'month']
    >>> t = "cotton had risen to $2.01 per pound; 棉价涨至每吨1.5万元"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("$2.01", "1.5万元")]
    ['pound', 'tonne']
    >>> t = "Asking rents, at $10.10 per SF; 租金每平方米45元"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("$10.10", "45元")]
    ['square_foot', 'square_metre']
    >>> t = "to an average of $2.50 per kilogram, averaging $4.79/kg; 空运每公斤2.5美元"
    >>> [per_of(t, t.index(x), t.index(x) + len(x)) for x in ("$2.50", "$4.79", "2.5美元")]
    ['kilogram', 'kilogram', 'kilogram']
    """
    if PER_PRODUCT.match(text[end : end + 72]):
        return "item"
    if s := PER_SLASH.match(text[end : end + 12]):
        return {"kg": "kilogram"}.get(s.group(1).lower(), s.group(1).lower())
    m = PER_AFTER.match(text[end : end + 24])
    if m:
        word = m.group(1).lower() if m.group(1) else "container"
        if word.startswith(("square met", "sq")) or word == "sf" or word.startswith("square f"):
            return "square_metre" if "met" in word else "square_foot"
        return {"package": "parcel", "ton": "tonne", "kilo": "kilogram", "kg": "kilogram"}.get(
            word, word
        )
    b = PER_BEFORE.search(text[max(0, start - 14) : start])  # 每件80美元, 每延迟发货订单5美元
    if b:
        return "order" if b.group(1).endswith("订单") else PER_IDS[b.group(1)]
    p = PAY_BEFORE.search(text[max(0, start - 80) : start])
    return (p.group(1) or PER_IDS[p.group(2)]).lower() if p else ""
