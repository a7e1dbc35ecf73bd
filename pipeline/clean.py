"""Clean raw pages into articles with trafilatura (comments excluded) and page metadata.

``clean_page`` handles one page and either returns an Article, returns a ``Skip`` (non-HTML or
non-200 records, pages without article text) or raises ``CleanError`` for a page that cannot be
read. ``Deduplicator`` collapses exact duplicates by text hash and canonical URL.
"""

from __future__ import annotations

import hashlib
import re
from configparser import ConfigParser
from dataclasses import dataclass, field
from datetime import date

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import use_config
from w3lib.url import canonicalize_url

from pipeline.decode import DecodeError, decode_body
from pipeline.furniture import strip_furniture
from pipeline.inputs import MAX_PAGE_BYTES, too_large
from pipeline.layout import headings_as_lines, unwrap_layout_tables
from pipeline.markers import bracket_note_markers
from pipeline.metadata import PageMeta, page_metadata
from pipeline.records import Article, RawPage, short_hash
from pipeline.siblings import ensure_main_prose, recover_paragraphs, restore_neighbours

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_PARA_SPACES = re.compile(r"[ \t\u00a0]+")




def _trafilatura_config() -> ConfigParser:
    """Defaults, except that short stories keep their paragraphs: below 250 characters
    trafilatura would fall back to a baseline that glues headline, byline and text together."""
    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "40")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    return config


_CONFIG = _trafilatura_config()


class CleanError(ValueError):
    """A page that cannot be cleaned; the message says why."""


@dataclass(frozen=True)
class Skip:
    """A record that is deliberately not an article (counted, not an error)."""

    reason: str


@dataclass
class CleanStats:
    """Counts of what cleaning did with the records it saw."""

    articles: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failed: int = 0

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _is_html_type(content_type: str | None) -> bool:
    if not content_type:
        return True  # local files and resource records often carry no type
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _lines(text: str) -> list[str]:
    """Text lines with table rows ("| cell | cell |", as trafilatura renders tables) split
    into one line per cell, so layout tables do not glue paragraphs together."""
    out: list[str] = []
    for raw in text.splitlines():
        line = _PARA_SPACES.sub(" ", raw).strip()
        if line.startswith("|") or line.endswith("|"):
            out.extend(cell.strip() for cell in line.split("|"))
        else:
            out.append(line)
    return out


def _normalise_text(text: str) -> str:
    return "\n".join(line for line in _lines(text) if line and set(line) - set("-|: "))


def _language(html: str) -> str | None:
    match = _LANG.search(html[:20_000])
    return match.group(1).split("-")[0].split("_")[0].lower() if match else None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _fallback_date(tree: lxml.html.HtmlElement) -> date | None:
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate is best effort; a missing date is not an error
        return None
    return _parse_date(found)


def canonical_form(url: str) -> str:
    """A normalised URL used to recognise the same page under different spellings."""
    try:
        return canonicalize_url(url, keep_fragments=False)
    except ValueError:
        return url


def outlet_of(url: str) -> str:
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.lower()).split("/")[0]
    host = host.rsplit("@", 1)[-1]
    if host.startswith("www."):
        host = host[4:]
    return host or "local"


def clean_page(page: RawPage) -> Article | Skip:
    """Clean one raw page; raise CleanError when it cannot be read as HTML."""
    if page.status != 200:
        return Skip(f"status {page.status}")
    if not _is_html_type(page.content_type):
        return Skip("not html")
    if len(page.body) > MAX_PAGE_BYTES:
        raise CleanError(too_large(len(page.body)))
    try:
        html, _encoding = decode_body(page.body, page.content_type)
    except DecodeError as exc:
        raise CleanError(str(exc)) from None
    parser = lxml.html.HTMLParser(collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (ParserError, ValueError) as exc:
        raise CleanError(f"cannot parse HTML ({exc})") from None
    if tree is None:
        raise CleanError("cannot parse HTML (no document)")
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            # libxml2 stops at 256 levels of nesting; what follows would be silently lost.
            raise CleanError(f"cannot parse HTML ({entry.message.split(',')[0]})")
    meta = page_metadata(tree)
    strip_furniture(tree)
    bracket_note_markers(tree)
    unwrap_layout_tables(tree)
    headings_as_lines(tree)
    document = trafilatura.bare_extraction(
        tree, url=page.url or None, include_comments=False, with_metadata=not meta.complete,
        fast=True, config=_CONFIG,
    )
    if document is None or isinstance(document, dict) or not document.text:
        return Skip("no article text")
    text = _normalise_text(document.text)
    if not text:
        return Skip("no article text")
    lines = ensure_main_prose(tree, recover_paragraphs(tree, text.split("\n")))
    text = "\n".join(restore_neighbours(tree, lines))
    if not meta.complete:  # trafilatura's full metadata search fills what the head lacks
        meta = PageMeta(title=document.title or meta.title,
                        author=document.author or meta.author,
                        date=document.date or meta.date,
                        sitename=document.sitename or meta.sitename,
                        url=meta.url or document.url)
    canonical = canonical_form(meta.url or page.url)
    published = _parse_date(meta.date) or _fallback_date(tree)
    return Article(
        article_id=short_hash(canonical),
        url=page.url,
        canonical_url=canonical,
        outlet=outlet_of(canonical),
        site_name=meta.sitename or None,
        title=meta.title or None,
        author=meta.author or None,
        published_at=published,
        language=_language(html),
        text=text,
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        fetched_at=page.fetched_at,
        warc_file=page.warc_file or page.url,
        warc_record_id=page.warc_record_id or short_hash(page.url),
    )


class Deduplicator:
    """Remembers text hashes and canonical URLs; the first copy of a page wins."""

    def __init__(self) -> None:
        self._hashes: set[str] = set()
        self._urls: set[str] = set()

    def is_duplicate(self, article: Article) -> bool:
        if article.text_hash in self._hashes or article.canonical_url in self._urls:
            return True
        self._hashes.add(article.text_hash)
        self._urls.add(article.canonical_url)
        return False
