"""Tests of the embedded demo news site: content, ground truth and the loopback server."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from demosite.content import (
    INCIDENT_TYPES,
    OUTLETS,
    Article,
    load_articles,
    load_ticker,
    parse_article,
)
from demosite.server import serve, source_variables
from pipeline.sources import load_sources

SOURCES = Path(__file__).resolve().parents[1] / "demosite" / "sources.yaml"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles()


@pytest.fixture(scope="module")
def published(articles: list[Article]) -> list[Article]:
    return [a for a in articles if not a.draft]


@pytest.fixture(scope="module")
def bases() -> Iterator[dict[str, str]]:
    with serve() as running:
        yield running


def fetch(url: str) -> tuple[int, str, str]:
    """GET a URL (following redirects); return status, content type and body."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return (response.status, response.headers["Content-Type"],
                    response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


def raw_get(base: str, path: str) -> http.client.HTTPResponse:
    """GET without following redirects."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    conn.request("GET", path)
    return conn.getresponse()


# -- content -----------------------------------------------------------------------------------

def test_content_counts(articles: list[Article], published: list[Article]) -> None:
    assert len(published) >= 66
    per_outlet = Counter(a.outlet for a in published)
    assert set(per_outlet) == set(OUTLETS) and min(per_outlet.values()) >= 22
    incidents = [e for a in published for e in a.expected]
    assert {e.type for e in incidents} == INCIDENT_TYPES
    assert min(Counter(e.type for e in incidents).values()) >= 3
    assert len({e.country for e in incidents}) >= 12
    assert sum(1 for a in published if not a.expected) >= 10
    assert sum(len(a.negatives) for a in published) >= 100
    years = {a.published.year for a in published}
    assert min(years) <= 2015 and max(years) >= 2025
    drafts = [a for a in articles if a.draft]
    assert {a.outlet for a in drafts} == set(OUTLETS)
    assert all(a.path.startswith(OUTLETS[a.outlet].disallow) for a in drafts)


def test_same_events_reported_by_several_outlets(published: list[Article]) -> None:
    outlets_by_event: dict[tuple[str, str, date], set[str]] = {}
    for article in published:
        for e in article.expected:
            if e.date_precision == "day" and e.event_date is not None:
                key = (e.type, e.country, e.event_date)
                outlets_by_event.setdefault(key, set()).add(article.outlet)
    shared = [k for k, v in outlets_by_event.items() if len(v) >= 2]
    assert len(shared) >= 5
    assert any(len(v) == 3 for v in outlets_by_event.values())


def test_comments_and_teasers_never_hold_evidence(published: list[Article]) -> None:
    by_key = {(a.outlet, a.slug): a for a in published}
    for article in published:
        furniture = [c.text for c in article.comments] + [
            by_key[(article.outlet, s)].summary for s in article.related]
        for e in article.expected:
            assert all(e.evidence not in text for text in furniture), article.slug


def test_validation_names_the_article(published: list[Article]) -> None:
    raw = {"slug": "broken-story", "section": "world", "title": "T", "author": "A",
           "published": "2020-01-02T10:00:00+00:00", "summary": "S",
           "paragraphs": ["One sentence here.", "Two.", "Three."],
           "expected": [{"type": "arrest", "country": "IR", "platforms": [],
                         "target_category": "journalist", "victim_count": None,
                         "event_date": None, "date_precision": None,
                         "evidence": "A sentence that is not in the text."}]}
    with pytest.raises(ValueError, match="meridian/broken-story"):
        parse_article("meridian", raw)
    raw["expected"] = []
    raw["negatives"] = [{"sentence": "Four.", "why": "threat"}]
    with pytest.raises(ValueError, match="broken-story"):
        parse_article("meridian", raw)


def test_evidence_is_one_sentence_for_a_standard_splitter(articles: list[Article]) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for article in articles:
        sentences = {s.text.strip() for p in article.paragraphs for s in nlp(p).sents}
        for text in [e.evidence for e in article.expected] + [
                n.sentence for n in article.negatives]:
            assert text in sentences, (article.slug, text)


def _date_readings(sentence: str, pub: date) -> set[tuple[date, str]]:
    """Every reading of the date phrases in a sentence, per the codebook's rules."""
    text, found = sentence.lower(), set()
    months, days = "|".join(MONTHS), "|".join(DAYS)
    for m in re.finditer(rf"\b(\d{{1,2}}) ({months})(?: (\d{{4}}))?", text):
        day, month = int(m.group(1)), MONTHS.index(m.group(2)) + 1
        year = int(m.group(3)) if m.group(3) else (
            pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1)
        found.add((date(year, month, day), "day"))
    for m in re.finditer(rf"\b({days})\b", text):
        found.add((pub - timedelta(days=(pub.weekday() - DAYS.index(m.group(1))) % 7), "day"))
    first = pub.replace(day=1)
    if "this month" in text:
        found.add((first, "month"))
    if "last month" in text:
        found.add(((first - timedelta(days=1)).replace(day=1), "month"))
    if "this week" in text:
        found.add(((pub - timedelta(days=pub.weekday())).replace(day=1), "month"))
    if "last week" in text:
        found.add(((pub - timedelta(days=pub.weekday() + 7)).replace(day=1), "month"))
    for m in re.finditer(rf"\b(?:in|since) ({months})\b(?! \d)", text):
        month = MONTHS.index(m.group(1)) + 1
        found.add((date(pub.year if month <= pub.month else pub.year - 1, month, 1), "month"))
    for m in re.finditer(r"\b(?:in|since) (\d{4})\b", text):
        found.add((date(int(m.group(1)), 1, 1), "year"))
    return found


def test_expected_dates_follow_the_codebook(articles: list[Article]) -> None:
    for article in articles:
        pub = article.published.date()
        for e in article.expected:
            readings = _date_readings(e.evidence, pub)
            if e.event_date is None:
                assert not readings, (article.slug, e.evidence)
            else:
                assert (e.event_date, e.date_precision) in readings, (article.slug, e.evidence)


# -- server ------------------------------------------------------------------------------------

def test_robots_txt(bases: dict[str, str]) -> None:
    for outlet_id, base in bases.items():
        status, kind, body = fetch(base + "/robots.txt")
        assert status == 200 and kind.startswith("text/plain")
        assert f"Disallow: {OUTLETS[outlet_id].disallow}" in body
        assert f"Sitemap: {base}/sitemap.xml" in body


def test_feeds_hold_the_15_newest(bases: dict[str, str], published: list[Article]) -> None:
    for outlet_id, base in bases.items():
        outlet = OUTLETS[outlet_id]
        status, kind, body = fetch(base + outlet.feed_path)
        assert status == 200
        root = ET.fromstring(body)
        if outlet.feed_kind == "atom":
            assert kind.startswith("application/atom+xml")
            ns = {"a": "http://www.w3.org/2005/Atom"}
            links = [e.find("a:link", ns).get("href")  # type: ignore[union-attr]
                     for e in root.findall("a:entry", ns)]
        else:
            assert kind.startswith("application/rss+xml")
            links = [i.findtext("link") for i in root.iter("item")]
        newest = sorted((a for a in published if a.outlet == outlet_id),
                        key=lambda a: a.published, reverse=True)[:15]
        assert links == [base + a.path for a in newest]


def test_sitemap_lists_every_article_and_draft(bases: dict[str, str],
                                               articles: list[Article]) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    for outlet_id, base in bases.items():
        status, kind, body = fetch(base + "/sitemap.xml")
        assert status == 200 and kind.startswith("application/xml")
        urls = ET.fromstring(body).findall("s:url", ns)
        locs = {u.findtext("s:loc", namespaces=ns) for u in urls}
        assert locs == {base + a.path for a in articles if a.outlet == outlet_id}
        assert all(u.findtext("s:lastmod", namespaces=ns) for u in urls)
        assert any(OUTLETS[outlet_id].disallow in (loc or "") for loc in locs)


def test_paginated_listing(bases: dict[str, str]) -> None:
    base = bases["meridian"]
    status, _, first = fetch(base + "/section/world/")
    assert status == 200
    assert first.count('class="mp-item"') == 8
    assert 'href="/section/world/page/2/">Older stories' in first
    status, _, second = fetch(base + "/section/world/page/2/")
    assert status == 200 and 'href="/section/world/">Newer stories' in second
    assert 0 < second.count('class="mp-item"') <= 8
    assert fetch(base + "/section/world/page/9/")[0] == 404
    response = raw_get(base, "/section/world/page/1/")
    assert response.status == 301 and response.getheader("Location") == "/section/world/"


def test_article_page_has_metadata_and_furniture(bases: dict[str, str],
                                                 published: list[Article]) -> None:
    for outlet_id, base in bases.items():
        article = next(a for a in published if a.outlet == outlet_id and a.comments
                       and a.related)
        status, kind, page = fetch(base + article.path)
        assert status == 200 and kind == "text/html; charset=utf-8"
        canonical = f"{OUTLETS[outlet_id].canonical_base}/{article.section}/{article.slug}"
        assert f'<link rel="canonical" href="{canonical}">' in page
        assert '<html lang="en">' in page and "<h1" in page and "<title>" in page
        for prop in ('name="author"', 'property="article:published_time"',
                     'property="og:site_name"', 'property="og:title"'):
            assert f"<meta {prop}" in page, prop
        assert "&copy; 2014-2026" in page and "<form" in page
        assert "Subscribe" in page or "Sign up" in page
        assert all(escape(t) in page for t in load_ticker(outlet_id))
        assert escape(article.comments[0].text) in page
        assert f'{article.related[0]}/"' in page
        redirect = raw_get(base, article.path.rstrip("/"))
        assert redirect.status == 301 and redirect.getheader("Location") == article.path


def test_home_links_sections_and_drafts(bases: dict[str, str], articles: list[Article]) -> None:
    for outlet_id, base in bases.items():
        status, _, home = fetch(base + "/")
        assert status == 200
        assert "/section/" in home
        for draft in (a for a in articles if a.draft and a.outlet == outlet_id):
            assert draft.path in home
            assert fetch(base + draft.path)[0] == 200


def test_unknown_path_is_404(bases: dict[str, str]) -> None:
    for base in bases.values():
        status, kind, body = fetch(base + "/no/such/page/")
        assert status == 404 and kind.startswith("text/html") and "not found" in body.lower()


def test_sources_file_resolves_to_live_urls(bases: dict[str, str]) -> None:
    sources = load_sources(SOURCES, variables=source_variables(bases))
    assert [s.name for s in sources] == list(OUTLETS)
    for source in sources:
        assert source.allow_loopback and source.feeds and source.sitemaps
        for url in source.all_urls:
            assert fetch(url)[0] == 200, url


def test_clean_text_keeps_paragraphs_and_drops_furniture(bases: dict[str, str],
                                                         published: list[Article]) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    for outlet_id, base in bases.items():
        article = next(a for a in published if a.outlet == outlet_id and a.comments)
        text = trafilatura.extract(fetch(base + article.path)[2], include_comments=False)
        assert all(p in text for p in article.paragraphs)
        assert all(c.text not in text for c in article.comments)
        assert all(t not in text for t in load_ticker(outlet_id))


def _port_closed(base: str) -> bool:
    parts = urlsplit(base)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=1).close()
    except OSError:
        return True
    return False


def test_server_stops_on_exit_and_on_error() -> None:
    with serve() as running:
        assert fetch(running["ledger"] + "/robots.txt")[0] == 200
    assert all(_port_closed(base) for base in running.values())
    with pytest.raises(RuntimeError), serve() as failing:
        raise RuntimeError("boom")
    assert all(_port_closed(base) for base in failing.values())
