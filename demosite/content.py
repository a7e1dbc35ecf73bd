"""Load and validate the demo site's articles and their ground-truth annotations.

Articles live in ``demosite/articles/<outlet>.yaml``. Each article carries the incidents a
correct extractor should find (``expected``) and the hard negatives it must skip
(``negatives``); every evidence sentence must be a verbatim substring of the paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any

import yaml

INCIDENT_TYPES = frozenset({
    "arrest", "prosecution", "attack", "harassment", "internet_shutdown", "blocking",
    "takedown", "legal_restriction", "surveillance",
})
TARGET_CATEGORIES = frozenset({
    "journalist", "blogger", "activist", "channel_admin", "social_media_user", "media_outlet",
    "platform", "general_public", "other",
})
ACTOR_TYPES = frozenset({
    "government", "regulator", "judiciary", "police", "security_services", "military",
    "legislature", "non_state", "unknown",
})
QUALIFIERS = frozenset({"exact", "at_least", "approximate"})
PRECISIONS = frozenset({"day", "month", "year"})
NEGATIVE_REASONS = frozenset({
    "threat", "plan", "hypothetical", "denial", "call", "aggregate", "unrelated_arrest",
    "other_sense", "draft", "acquittal",
})
LATEST_PUBLICATION = datetime.fromisoformat("2026-11-01T00:00:00+00:00")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_PLATFORM = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Outlet:
    """A fictional news outlet: identity, canonical domain, feed and robots settings."""

    id: str
    name: str
    canonical_base: str
    feed_path: str
    feed_kind: str  # "rss" or "atom"
    disallow: str  # path prefix disallowed in robots.txt, holding draft articles
    tagline: str
    sections: tuple[str, ...]  # navigation order


OUTLETS: dict[str, Outlet] = {
    "meridian": Outlet("meridian", "The Meridian Post", "https://meridianpost.example",
                       "/feed.xml", "rss", "/drafts/", "Independent reporting since 1921",
                       ("world", "rights", "tech", "business", "culture", "sport")),
    "ledger": Outlet("ledger", "Caspian Ledger", "https://caspianledger.example",
                     "/atom.xml", "atom", "/preview/", "News and analysis from the region",
                     ("region", "press", "digital", "economy", "sport")),
    "northwind": Outlet("northwind", "Northwind Wire", "https://northwindwire.example",
                        "/rss/", "rss", "/internal/", "The wire for a connected world",
                        ("world", "internet", "media", "business", "culture", "sport")),
}


@dataclass(frozen=True)
class Comment:
    """A reader comment: page furniture, never coded."""

    name: str
    text: str


@dataclass(frozen=True)
class ExpectedIncident:
    """One incident mention a correct extractor should report for this article."""

    type: str
    country: str
    platforms: tuple[str, ...]
    target_category: str
    victim_count: int | None
    event_date: date | None
    date_precision: str | None
    evidence: str
    victim_count_qualifier: str | None = None
    actor_type: str | None = None


@dataclass(frozen=True)
class Negative:
    """A sentence that looks like an incident but must not be coded, and why."""

    sentence: str
    why: str


@dataclass(frozen=True)
class Article:
    """One article of one outlet, with its ground truth."""

    outlet: str
    slug: str
    section: str
    title: str
    author: str
    published: datetime
    summary: str
    paragraphs: tuple[str, ...]
    comments: tuple[Comment, ...]
    related: tuple[str, ...]
    expected: tuple[ExpectedIncident, ...]
    negatives: tuple[Negative, ...]
    draft: bool = False

    @property
    def path(self) -> str:
        """Root-relative URL path on the served site (drafts live under the disallowed path)."""
        if self.draft:
            return f"{OUTLETS[self.outlet].disallow}{self.slug}/"
        return f"/{self.section}/{self.slug}/"

    @property
    def canonical_url(self) -> str:
        """Canonical URL on the outlet's public domain (no trailing slash)."""
        return OUTLETS[self.outlet].canonical_base + self.path.rstrip("/")

    @property
    def text(self) -> str:
        """The article body as plain text, one paragraph per block."""
        return "\n\n".join(self.paragraphs)


def _fail(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def _str(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"'{key}' must be a non-empty string")
    return value


def _datetime(value: Any, where: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise _fail(where, f"'published' is not ISO 8601: {value!r}") from None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise _fail(where, "'published' must be an ISO 8601 datetime with a timezone")
    if value >= LATEST_PUBLICATION:
        raise _fail(where, "'published' must be before 2026-11-01")
    return value


def _date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _fail(where, f"event_date is not YYYY-MM-DD: {value!r}") from None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    raise _fail(where, f"event_date must be a date or null, not {value!r}")


def _in_sentence_form(sentence: str, paragraphs: tuple[str, ...]) -> bool:
    """True when ``sentence`` occurs in a paragraph as a whole sentence."""
    if not sentence.rstrip('"\u201d').endswith((".", "?", "!")):
        return False
    for para in paragraphs:
        start = para.find(sentence)
        while start >= 0:
            if start == 0 or para[start - 1] == " ":
                return True
            start = para.find(sentence, start + 1)
    return False


def _check_expected(raw: dict[str, Any], where: str,
                    paragraphs: tuple[str, ...], published: datetime) -> ExpectedIncident:
    kind = _str(raw, "type", where)
    if kind not in INCIDENT_TYPES:
        raise _fail(where, f"unknown incident type {kind!r}")
    country = _str(raw, "country", where)
    if not _COUNTRY.match(country):
        raise _fail(where, f"country must be ISO alpha-2, not {country!r}")
    platforms = raw.get("platforms") or []
    if not isinstance(platforms, list) or not all(
            isinstance(p, str) and _PLATFORM.match(p) for p in platforms):
        raise _fail(where, f"platforms must be a list of lowercase ids, not {platforms!r}")
    target = _str(raw, "target_category", where)
    if target not in TARGET_CATEGORIES:
        raise _fail(where, f"unknown target_category {target!r}")
    count = raw.get("victim_count")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
        raise _fail(where, f"victim_count must be a positive integer or null, not {count!r}")
    qualifier = raw.get("victim_count_qualifier")
    if (qualifier is None) != (count is None) or (qualifier and qualifier not in QUALIFIERS):
        raise _fail(where, "victim_count_qualifier must be set exactly when victim_count is")
    actor = raw.get("actor_type")
    if actor is not None and actor not in ACTOR_TYPES:
        raise _fail(where, f"unknown actor_type {actor!r}")
    event_date = _date(raw.get("event_date"), where)
    precision = raw.get("date_precision")
    if (precision is None) != (event_date is None) or (precision and precision not in PRECISIONS):
        raise _fail(where, "date_precision must be day/month/year exactly when event_date is set")
    if event_date is not None:
        if event_date > published.date():
            raise _fail(where, f"event_date {event_date} is after publication")
        if (precision == "month" and event_date.day != 1) or (
                precision == "year" and (event_date.month, event_date.day) != (1, 1)):
            raise _fail(where, f"event_date {event_date} is not the first day of its {precision}")
    evidence = _str(raw, "evidence", where)
    if not _in_sentence_form(evidence, paragraphs):
        raise _fail(where, f"evidence is not a whole sentence of the paragraphs: {evidence!r}")
    return ExpectedIncident(kind, country, tuple(platforms), target, count, event_date,
                            precision, evidence, qualifier, actor)


def _check_negative(raw: dict[str, Any], where: str, paragraphs: tuple[str, ...]) -> Negative:
    sentence = _str(raw, "sentence", where)
    why = _str(raw, "why", where)
    if why not in NEGATIVE_REASONS:
        raise _fail(where, f"unknown negative reason {why!r}")
    if not _in_sentence_form(sentence, paragraphs):
        raise _fail(where, f"negative is not a whole sentence of the paragraphs: {sentence!r}")
    return Negative(sentence, why)


def _records(raw: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    items = raw.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _fail(where, f"'{key}' must be a list of mappings")
    return items


def parse_article(outlet: str, raw: dict[str, Any]) -> Article:
    """Build one Article from its YAML mapping, raising ValueError naming the article."""
    where = f"{outlet}/{raw.get('slug', '?')}"
    slug = _str(raw, "slug", where)
    if not _SLUG.match(slug):
        raise _fail(where, "slug must be lowercase words joined by hyphens")
    published = _datetime(raw.get("published"), where)
    paragraphs = raw.get("paragraphs")
    if not isinstance(paragraphs, list) or not 3 <= len(paragraphs) <= 8 or not all(
            isinstance(p, str) and p.strip() for p in paragraphs):
        raise _fail(where, "'paragraphs' must be a list of 3 to 8 strings")
    paras = tuple(paragraphs)
    comments = tuple(Comment(_str(c, "name", where), _str(c, "text", where))
                     for c in _records(raw, "comments", where))
    related = raw.get("related") or []
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        raise _fail(where, "'related' must be a list of slugs")
    expected = tuple(_check_expected(e, f"{where} expected #{i}", paras, published)
                     for i, e in enumerate(_records(raw, "expected", where), start=1))
    negatives = tuple(_check_negative(n, f"{where} negative #{i}", paras)
                      for i, n in enumerate(_records(raw, "negatives", where), start=1))
    return Article(outlet=outlet, slug=slug, section=_str(raw, "section", where),
                   title=_str(raw, "title", where), author=_str(raw, "author", where),
                   published=published, summary=_str(raw, "summary", where),
                   paragraphs=paras, comments=comments, related=tuple(related),
                   expected=expected, negatives=negatives, draft=bool(raw.get("draft", False)))


def _read_yaml(outlet: str) -> dict[str, Any]:
    text = resources.files("demosite.articles").joinpath(f"{outlet}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ValueError(f"{outlet}.yaml: expected a mapping with an 'articles' list")
    return data


def _check_outlet(outlet: str, articles: list[Article]) -> None:
    slugs = [a.slug for a in articles]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise ValueError(f"{outlet}: duplicate slug(s) {', '.join(duplicates)}")
    known = {a.slug for a in articles if not a.draft}
    sections = OUTLETS[outlet].sections
    for article in articles:
        if article.section not in sections:
            raise ValueError(f"{outlet}/{article.slug}: section {article.section!r} is not one "
                             f"of {', '.join(sections)}")
        for slug in article.related:
            if slug not in known or slug == article.slug:
                raise ValueError(f"{outlet}/{article.slug}: related slug {slug!r} is not "
                                 "another published article of this outlet")


def load_ticker(outlet: str) -> list[str]:
    """The breaking-news ticker items of one outlet (furniture shown on every page)."""
    items = _read_yaml(outlet).get("ticker") or []
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"{outlet}.yaml: 'ticker' must be a list of strings")
    return items


def load_articles(outlets: list[str] | None = None) -> list[Article]:
    """Load and validate all articles (drafts included), newest first within each outlet."""
    result: list[Article] = []
    for outlet in outlets or list(OUTLETS):
        if outlet not in OUTLETS:
            raise ValueError(f"unknown outlet {outlet!r}")
        raws = _read_yaml(outlet)["articles"]
        articles = [parse_article(outlet, raw) for raw in raws if isinstance(raw, dict)]
        if len(articles) != len(raws):
            raise ValueError(f"{outlet}.yaml: every article must be a mapping")
        _check_outlet(outlet, articles)
        result.extend(sorted(articles, key=lambda a: a.published, reverse=True))
    return result
