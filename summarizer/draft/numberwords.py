"""The words around a number that say what it is: Chinese numerals, currency
names and symbols, scale words, units and measure words, and the qualifiers
("约", "超", "more than") that say how exact it is.

Data for ``figures`` (which finds the numbers) and kept apart from it, so a
desk adds a currency or a measure word here without reading the regex built
from them.
The amounts they make are rewritten here too: crore and lakh in millions,
cents and pence as whole units, 成 as tenths.
"""

from __future__ import annotations

from decimal import Decimal

#: Chinese numerals the articles use in words (三倍, 7成, 一百万). cn2an reads
#: numerals as well (96% of the seed facts' amounts, as we do, in
#: benchmarks/bench_draft_parsers.py) but finds no figures, currencies or
#: units, so it would replace only this table; jionlp finds money but not
#: percentages, multiples or counts (docs/drafting.md).
CN_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "百": 100,
}

#: Small counts English writes in words ("over five years").
EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

CURRENCY_WORDS = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "新加坡元": "SGD",
    "新台币": "TWD",
    "美金": "USD",  # colloquial (美区黑五单天突破1亿美金)
    # Traditional forms, for articles from Taiwan and Hong Kong
    "元人民幣": "CNY",
    "人民幣": "CNY",
    "港幣": "HKD",
    "歐元": "EUR",
    "英鎊": "GBP",
    "新台幣": "TWD",
    # English currency names after the amount ("33.61 trillion yuan")
    "yuan": "CNY",
    "renminbi": "CNY",
    "U.S. dollars": "USD",
    "US dollars": "USD",
    "Hong Kong dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "rupees": "INR",
    "印度卢比": "INR",
    "印度盧比": "INR",
    "卢比": "INR",
    "盧比": "INR",
}
CURRENCY_PREFIXES = {
    "US$": "USD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "$": "USD",
    "RMB": "CNY",
    # ISO codes before an amount ("USD 2.8 billion", "EUR 40 million")
    "USD": "USD",
    "EUR": "EUR",
    "HKD": "HKD",
    "CNY": "CNY",
    "GBP": "GBP",
    "JPY": "JPY",
    "¥": "CNY",
    "€": "EUR",
    "£": "GBP",
    # India's rupee as its press writes it ("₹300", "Rs 300", "Rs. 300")
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "INR": "INR",
    "₩": "KRW",
    "KRW": "KRW",
    "SGD": "SGD",
    "MYR": "MYR",
    "RM": "MYR",
    "IDR": "IDR",
    "THB": "THB",
    "VND": "VND",
    "PHP": "PHP",
    "BRL": "BRL",
    "R$": "BRL",
    "MXN": "MXN",
    "MX$": "MXN",
    "TWD": "TWD",
}
EN_SCALES = {
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
    "K": "thousand",
    "M": "million",
    "B": "billion",
    "bn": "billion",
}
# Unit words after the number: vocabulary measure words, longest first
# (个百分点 before 个); the unit id is settled later from nearby nouns.
UNIT_WORDS = {
    "%": "percent",
    "％": "percent",
    "个百分点": "pp",
    "倍": "times",
    "成": "percent",
    "个月": "months",
    "个工作日": "business_days",
    "小时": "hours",
    "个token": "tokens",
    "个 tokens": "tokens",
    "名": "users",
    "家": "companies",
    "台": "devices",
    "款": "products",
    "件": "items",
    "笔": "items",
    "股": "shares",
    "天": "days",
    "年": "years",
    "分": "points",
    "个国家": "countries",
    "次": "calls",
    "杯": "cups",
    "个": "count",
    "percent": "percent",
    "per cent": "percent",
    "percentage points": "pp",
    "percentage point": "pp",
    # a hundredth of a point, read as points (50 basis points = 0.5 pp)
    "basis points": "bp",
    "basis point": "bp",
    "个基点": "bp",
    "基点": "bp",
    "times": "times",
    "months": "months",
    "years": "years",
    "business days": "business_days",
    "working days": "business_days",
    "days": "days",
    "sellers": "sellers",
    "merchants": "merchants",
    "users": "users",
    "stores": "stores",
    "locations": "stores",
    "outlets": "stores",
    "employees": "employees",
    "jobs": "employees",
    "roles": "employees",
    "positions": "employees",
    "workers": "employees",
    "people": "people",
    "orders": "orders",
    "products": "products",
    "items": "items",
    "cups": "cups",
    "downloads": "downloads",
    "installs": "downloads",
    # customs' seizures ("27,599 shipments containing counterfeit goods … 33,810 seizures"),
    # parcels and complaints counted in the text
    "seizures": "seizures",
    "shipments": "parcels",
    "parcels": "parcels",
    "packages": "parcels",
    "complaints": "complaints",
    "sailings": "sailings",
    # a port's containers in twenty-foot equivalent units ("716,619 TEU of containers")
    "TEUs": "teu",
    "TEU": "teu",
    "个标准箱": "teu",
    "标准箱": "teu",
    # an amount in cents ("30 cents per transaction"): US$0.30 (figures.find_figures)
    "cents": "cents",
    "cent": "cents",
    "¢": "cents",
    # and in pence ("a flat fee of 75p per item"): £0.75; "p" only right after
    # two digits at most, so 1080p stays a screen's lines (figures.find_figures)
    "pence": "pence",
    "p": "pence",
}
QUALIFIERS_BEFORE = [
    ("不超过", "up_to"),
    ("至多", "up_to"),
    ("不少于", "at_least"),
    ("至少", "at_least"),
    ("超过", "over"),
    ("突破", "over"),
    ("不到", "up_to"),
    ("高达", None),
    ("约为", "about"),
    ("约合", "about"),
    ("大约", "about"),
    ("将近", "nearly"),
    ("接近", "nearly"),
    ("约", "about"),
    ("超", "over"),
    ("逾", "over"),
    ("近", "nearly"),
    ("more than", "over"),
    ("in excess of", "over"),
    ("exceeding", "over"),
    ("over", "over"),
    ("about", "about"),
    ("around", "about"),
    ("approximately", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("roughly", "about"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("at least", "at_least"),
    ("≥", "at_least"),
    ("≤", "up_to"),
    ("up to", "up_to"),
    ("capped at", "up_to"),
    ("a maximum of", "up_to"),
    ("max", "up_to"),
    ("less than", "up_to"),
    ("fewer than", "under"),  # only things counted: never a price cap
    ("sub-", "up_to"),
    # not "below" / "under": "a fee on products with supply below 28 days" is
    # a threshold, exact, and so is "orders below $150"; "priced below $20"
    # is a cap, which the editor marks (the draft cannot tell the two apart)
]
QUALIFIERS_AFTER = [
    ("左右", "about"),
    ("以上", "over"),
    ("以下", "up_to"),
    ("以内", "up_to"),
    ("多", "over"),
]


#: India's scale words, in millions: a crore is ten million, a lakh a hundred thousand.
INDIAN_SCALES = {"crore": Decimal(10), "lakh": Decimal("0.1"), "lac": Decimal("0.1")}


def in_millions(value: str, word: str) -> str:
    """A figure in crore or lakh as millions, its digits kept exact.

    >>> in_millions("1.2", "crore"), in_millions("5", "lakh"), in_millions("12", "crore")
    ('12', '0.5', '120')
    """
    return format((Decimal(value) * INDIAN_SCALES[word]).normalize(), "f")


def hundredths(value: str) -> str:
    """Cents as dollars, to the cent: "30" -> "0.30", "5" -> "0.05", "7.5" -> "0.075".

    >>> hundredths("30"), hundredths("5"), hundredths("49"), hundredths("7.5")
    ('0.30', '0.05', '0.49', '0.075')
    """
    whole, _, frac = value.partition(".")
    digits = whole.rjust(3, "0")
    return f"{digits[:-2].lstrip('0') or '0'}.{digits[-2:]}{frac}"


def times_ten(value: str) -> str:
    """Tenths as percent, keeping the digits written: "7" -> "70", "3.5" -> "35"."""
    number = float(value) * 10
    return str(int(number)) if number.is_integer() else str(round(number, 6))
