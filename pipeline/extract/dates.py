"""Find date expressions in a sentence and resolve them against the publication date.

Patterns are plain regular expressions (faster and more predictable here than a general
date parser); every resolved date is the first day of its period with a precision of ``day``,
``month`` or ``year``. Relative expressions ("on Friday", "last month", "this week") need
the publication date; without it they resolve to nothing. Dates after publication are
dropped: the codebook codes what happened, not what is planned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    name: index
    for index, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], start=1)
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|" \
         r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_ANY_MONTH = _MONTH.replace("?P<month>", "?:")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Order matters: longer, more specific patterns first; spans already used are skipped.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)(?!\s*(?:%|per|years?))")),
    ("span", re.compile(rf"\b(?i:between|from)\s+{_MONTH}\s+(?i:and|to|until)\s+"
                        rf"{_ANY_MONTH}\s+{_YEAR}\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("month_rel", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>(?i:last year|this year))\b")),
    ("last_month_name", re.compile(rf"\blast\s+{_MONTH}", re.I)),
    ("month", re.compile(rf"\b(?i:in|since|during|from|by|early|late|mid-?|throughout|until|"
                         rf"on|that|this|of|since early|since late|in early|in late|in mid-?)"
                         rf"\s*{_MONTH}\b(?!\s+(?:19|20)\d\d)")),
    ("year", re.compile(rf"\b(?i:in|since|during|from|throughout|until|early|late|mid-?|"
                        rf"in early|in late|in mid-?|of)\s+{_YEAR}\b(?!-\d)")),
    ("year", re.compile(rf"\b(?i:a|an|the|its|their)\s+{_YEAR}(?=\s+(?i:law|decree|act|"
                        rf"regulation|ruling|order|amendment|directive|code|resolution)\b)")),
    ("weekday", re.compile(rf"(?:\b(?i:on|since|late on|early on|late|early|last|this|from|until))?"
                           rf"\s*{_WEEKDAY}\b(?:'s)?")),
    ("yesterday", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|"
                             r"this afternoon|this evening|last night)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("relmonth", re.compile(r"\b(?P<rel>last month|earlier this month|this month|"
                            r"late last month|early last month|earlier in the month|"
                            r"at the start of the month|at the beginning of the month|"
                            r"this week|last week|earlier this week|late last week|"
                            r"last year|earlier this year|this year|late last year|"
                            r"early last year)\b", re.I)),
    ("inherit", re.compile(r"\b(?P<rel>hours later|later that day|later that night|that evening|"
                           r"that night|the same day|the next day|the following day|"
                           r"a day later|the day after|that morning|that afternoon|"
                           r"the same morning|the same evening|that month)\b", re.I)),
    ("offset", re.compile(r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier|after|"
                          r"before)\b", re.I)),
]
# A wire dateline opens a story ("ADDIS ABABA, July 12 (Agency) -", "Yangon, 28 June 2017 -"):
# its date is when the story was filed, not when anything happened.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z'’.\- ]{1,40}(?:,\s*[A-Z][A-Za-z'’. ]{1,30})?,\s+"
    rf"(?:[0-3]?\d\s+{_ANY_MONTH}|{_ANY_MONTH}\s+[0-3]?\d)(?:,?\s+(?:19|20)\d\d)?\s*"
    r"(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a sentence and what it resolves to."""

    start: int
    end: int
    text: str
    value: date | None
    precision: str | None
    kind: str


def _latest_month(month: int, published: date, strictly_before: bool = False) -> date:
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return date(year, month, 1)


def _latest_day(month: int, day: int, published: date) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return candidate
    return None


def _week_month(monday: date) -> date:
    return monday.replace(day=1)


def _resolve(kind: str, m: re.Match[str], published: date | None,
             previous: DateMatch | None) -> tuple[date | None, str | None]:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if kind == "iso":
        try:
            return date.fromisoformat(groups["iso"]), "day"
        except ValueError:
            return None, None
    if kind in ("dmy", "mdy") and month:
        try:
            return date(int(groups["year"]), month, int(groups["day"])), "day"
        except ValueError:
            return None, None  # "31 February 2020"
    if kind in ("my", "span") and month:
        return date(int(groups["year"]), month, 1), "month"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if published is None:
        return None, None
    if kind in ("dm", "md") and month:
        value = _latest_day(month, int(groups["day"]), published)
        return (value, "day") if value else (None, None)
    if kind == "month_rel" and month:
        year = published.year - (1 if groups["rel"].lower().startswith("last") else 0)
        return date(year, month, 1), "month"
    if kind == "last_month_name" and month:
        return _latest_month(month, published, strictly_before=True), "month"
    if kind == "month" and month:
        return _latest_month(month, published), "month"
    if kind == "weekday":
        target = WEEKDAYS[groups["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if m.group(0).lower().strip().startswith("last") and back == 0:
            back = 7
        return published - timedelta(days=back), "day"
    if kind == "yesterday":
        rel = groups["rel"].lower()
        return (published - timedelta(days=1) if rel == "yesterday" else published), "day"
    if kind == "ago":
        n = _SMALL.get(groups["n"].lower()) or int(groups["n"])
        unit = groups["unit"].lower()
        if unit == "day":
            return published - timedelta(days=n), "day"
        if unit == "week":
            return _week_month(published - timedelta(weeks=n)), "month"
        if unit == "month":
            first = published.replace(day=1)
            for _ in range(n):
                first = (first - timedelta(days=1)).replace(day=1)
            return first, "month"
        return date(published.year - n, 1, 1), "year"
    if kind == "relmonth":
        rel = groups["rel"].lower()
        if "week" in rel:
            monday = published - timedelta(days=published.weekday())
            if rel.startswith("last") or rel.startswith("late last"):
                monday -= timedelta(days=7)
            return _week_month(monday), "month"
        if "year" in rel:
            year = published.year - (1 if "last" in rel else 0)
            return date(year, 1, 1), "year"
        if "last" in rel:
            return (published.replace(day=1) - timedelta(days=1)).replace(day=1), "month"
        return published.replace(day=1), "month"
    if kind == "offset" and previous is not None and previous.value is not None:
        return _shift(previous, _SMALL.get(groups["n"].lower()) or int(groups["n"]),
                      groups["unit"].lower(), groups["dir"].lower() in ("later", "after"))
    if kind == "inherit" and previous is not None and previous.value is not None:
        rel = groups["rel"].lower()
        next_day = any(w in rel for w in ("next", "following", "a day later", "day after"))
        if next_day and previous.precision == "day":
            return previous.value + timedelta(days=1), "day"
        return previous.value, previous.precision
    return None, None


def _shift(previous: DateMatch, n: int, unit: str, forward: bool) -> tuple[date, str]:
    """An earlier date moved by n days, weeks, months or years, at no finer precision."""
    assert previous.value is not None and previous.precision is not None
    sign = 1 if forward else -1
    value, precision = previous.value, previous.precision
    if unit in ("day", "week"):
        if precision != "day":
            return value, precision
        return value + timedelta(days=sign * n * (7 if unit == "week" else 1)), "day"
    if unit == "month" and precision in ("day", "month"):
        index = value.year * 12 + value.month - 1 + sign * n
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(value.year + sign * n, 1, 1), "year"


_INHERIT = dict(_PATTERNS)["inherit"]
_OFFSET = dict(_PATTERNS)["offset"]


def needs_previous(sentence: str) -> bool:
    """Whether the sentence dates itself by an earlier one ("Hours later", "Two days later")."""
    return _INHERIT.search(sentence) is not None or _OFFSET.search(sentence) is not None


def find_dates(sentence: str, published: date | None,
               previous: DateMatch | None = None) -> list[DateMatch]:
    """All date expressions in a sentence, resolved; dates after publication become None."""
    return list(_find_dates(sentence, published, previous))


@lru_cache(maxsize=1024)
def _find_dates(sentence: str, published: date | None,
                previous: DateMatch | None) -> tuple[DateMatch, ...]:
    """Cached: a sentence is looked at several times (its own date, back-references, and
    as the previous sentence of the next one)."""
    found: list[DateMatch] = []
    for kind, m in _scan(sentence):
        start, end = m.span()
        value, precision = _resolve(kind, m, published, previous)
        if value is not None and published is not None and value > published:
            value, precision = None, None
        found.append(DateMatch(start, end, m.group(0).strip(), value, precision, kind))
    return tuple(sorted(found, key=lambda d: d.start))


# Any digit, month, weekday or relative word: sentences without one have no date to find.
_MAYBE = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|"
                    r"fri|sat|sun|yesterday|today|tonight|this|last|later|earlier|next|"
                    r"following|same|that|ago|hours|days?|weeks?|months?|years?|one|two|three|"
                    r"four|five|six|seven|eight|nine|ten)\w*", re.I)


@lru_cache(maxsize=2048)
def _scan(sentence: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """The date expressions of a sentence, unresolved (the regular expressions run once)."""
    if not _MAYBE.search(sentence):
        return ()
    dateline = _DATELINE.match(sentence)
    taken: list[tuple[int, int]] = [(0, dateline.end())] if dateline else []
    found: list[tuple[str, re.Match[str]]] = []
    present = _present(sentence)
    for kind, pattern in _PATTERNS:
        if _NEEDS.get(kind, "any") not in present:
            continue  # the pattern's key word is absent: skip the costly search
        for m in pattern.finditer(sentence):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((kind, m))
    return tuple(found)


# Cheap probes: each pattern only runs when the words it needs are in the sentence. They are
# substring tests on the lowercased sentence (much cheaper than regular expressions), and each
# is looser than its patterns, so skipping a pattern never loses a date.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_MONTH_NAMES = tuple(stem.title() for stem in _MONTH_STEMS)
_WEEKDAY_STEMS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TODAY_WORDS = ("yesterday", "today", "tonight", "this morning", "this afternoon",
                "this evening", "last night")
_PERIOD_WORDS = ("month", "week", "year")
_INHERIT_WORDS = ("later", "that day", "that night", "that evening", "that morning",
                  "that afternoon", "that month", "same day", "same morning", "same evening",
                  "next day", "following day", "day after")
_DIRECTION_WORDS = ("later", "earlier", "after", "before")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _present(sentence: str) -> set[str]:
    """Names of the probes whose words occur in the sentence."""
    lower = sentence.lower()
    found = {"any"}
    if _YEAR_DIGITS.search(sentence):
        found.add("year")
    if any(stem in sentence for stem in _MONTH_NAMES):
        found.add("month")  # month names are matched with a capital letter
    if "day" in lower and any(day in lower for day in _WEEKDAY_STEMS):
        found.add("weekday")
    if any(word in lower for word in _TODAY_WORDS):
        found.add("today")
    if "ago" in lower:
        found.add("ago")
    period = any(word in lower for word in _PERIOD_WORDS)
    if period:
        found.add("period")
    if any(word in lower for word in _INHERIT_WORDS):
        found.add("inherit")
    if (period or "day" in lower) and any(word in lower for word in _DIRECTION_WORDS):
        found.add("offset")
    return found


_NEEDS = {"iso": "year", "dmy": "month", "mdy": "month", "dm": "month", "md": "month",
          "span": "month", "my": "month", "month_rel": "month", "last_month_name": "month",
          "month": "month", "year": "year", "weekday": "weekday", "yesterday": "today",
          "ago": "ago", "relmonth": "period", "inherit": "inherit", "offset": "offset"}


def has_date_expression(sentence: str) -> bool:
    """Whether the sentence names any date, resolvable or not."""
    return bool(_scan(sentence))


def pick_date(dates: list[DateMatch], anchor: int) -> DateMatch | None:
    """The resolved date nearest to the anchor offset (the trigger), or None."""
    resolved = [d for d in dates if d.value is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda d: (min(abs(d.start - anchor), abs(d.end - anchor)), d.start))
