"""Find article links in feeds, sitemaps and listing pages.

These are plain functions over fetched responses, so they are easy to test on saved files.

A link found on a listing page counts as an *article link* when all of these hold:

1. it is http(s) and on the same site: its host is the listing page's host or one of the
   source's ``allowed_domains`` (or a subdomain of one);
2. its path has at least two non-empty segments (``/news/some-story``,
   ``/2024/05/01/some-story/``); one-segment paths such as ``/about/`` or ``/news/`` are
   sections;
3. no segment is a listing word (``tag``, ``category``, ``section``, ``topic``, ``author``,
   ``page``, ``feed``, ``search``, ``archive`` ...; see ``LISTING_WORDS``), it is not a date
   archive (numbers only, starting with a year: ``/2024/05/``), it is not a pagination URL,
   and courlan does not flag it as not crawlable (login, contact, mailto);
4. it does not end in a non-HTML file extension (images, PDFs, feeds, scripts ...).

Pagination links are ``rel="next"`` links, links whose text starts with "next" or "older",
and same-site links matching ``/page/N/`` or a ``page=N``/``paged=N`` query. Sitemap entries
are archived unless rule 3 or 4 rejects them; feed items are always articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from courlan import is_not_crawlable, normalize_url
from lxml import etree
from parsel import Selector
from scrapy.http import Response, TextResponse
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

LISTING_WORDS = frozenset({
    "tag", "tags", "category", "categories", "section", "sections", "topic", "topics",
    "author", "authors", "page", "feed", "feeds", "rss", "atom", "search", "archive",
    "archives", "label", "labels", "series", "wp-content", "wp-admin", "wp-json",
    "wp-login.php", "login", "signin", "subscribe", "newsletter", "comments", "print",
})
NON_HTML = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|pdf|docx?|xlsx?|pptx?|zip|gz|mp[34]|m4a|wav|ogg|webm"
    r"|avi|mov|css|js|json|xml|rss|atom|txt|csv|epub)$",
    re.IGNORECASE,
)
PAGE_PATH = re.compile(r"/page/\d+/?$", re.IGNORECASE)
PAGE_QUERY = frozenset({"page", "paged", "pg"})
NEXT_TEXT = re.compile(r"^\W*(next|older)\b", re.IGNORECASE)


@dataclass(frozen=True)
class SitemapEntries:
    """What a sitemap-like document points to: ``kind`` is sitemapindex, urlset or robots."""

    kind: str
    urls: list[tuple[str, str]]  # (loc, lastmod or "")


def clean_url(url: str) -> str:
    """Normalise a link: lower-case host, no fragment, tracking parameters removed."""
    try:
        url = normalize_url(url)
    except ValueError:
        pass
    return urldefrag(url)[0]


def absolute_url(base: str, link: str) -> str | None:
    """``link`` made absolute and cleaned; None unless it is a well-formed http(s) URL."""
    try:
        url = clean_url(urljoin(base, link.strip()))
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for an invalid port
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def _host_allowed(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def is_pagination_url(url: str) -> bool:
    """True for ``/page/N/`` paths and ``?page=N`` style queries."""
    parts = urlsplit(url)
    if PAGE_PATH.search(parts.path):
        return True
    return any(k.lower() in PAGE_QUERY and v.isdigit() for k, v in parse_qsl(parts.query))


def is_listing_or_asset(url: str) -> bool:
    """Rules 3 and 4: the URL is a section/tag/page/feed URL or a non-HTML file."""
    path = urlsplit(url).path
    segments = [s.lower() for s in path.split("/") if s]
    if any(s in LISTING_WORDS for s in segments):
        return True
    if segments and len(segments[0]) == 4 and all(s.isdigit() for s in segments):
        return True  # a date archive: /2024/, /2024/05/, /2024/05/01/
    if NON_HTML.search(path) or is_pagination_url(url):
        return True
    return is_not_crawlable(url)


def is_article_url(url: str, site_host: str, allowed_domains: tuple[str, ...] = ()) -> bool:
    """Apply the article-link rule from the module docstring to one absolute URL."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host != site_host.lower() and not _host_allowed(host, allowed_domains):
        return False
    if len([s for s in parts.path.split("/") if s]) < 2:
        return False
    return not is_listing_or_asset(url)


def _xml_selector(response: Response) -> Selector:
    if isinstance(response, TextResponse):
        return Selector(text=response.text, type="xml")
    return Selector(body=response.body, type="xml")


def feed_links(response: Response) -> list[str]:
    """Item links of an RSS (0.9x, 1.0, 2.0) or Atom feed, absolute and cleaned."""
    sel = _xml_selector(response)
    links: list[str] = []
    for item in sel.xpath("//*[local-name()='item']"):
        link = item.xpath("string(*[local-name()='link'][1])").get("").strip()
        if not link:
            guid = item.xpath("*[local-name()='guid'][not(@isPermaLink='false')]")
            link = guid.xpath("string(.)").get("").strip()
        if link:
            links.append(link)
    for entry in sel.xpath("//*[local-name()='entry']"):
        hrefs = entry.xpath(
            "*[local-name()='link'][not(@rel) or @rel='alternate']/@href").getall()
        if hrefs:
            links.append(hrefs[0].strip())
    absolute = (absolute_url(response.url, link) for link in links)
    return _unique([u for u in absolute if u])


def sitemap_entries(response: Response, max_size: int = 0) -> SitemapEntries:
    """Parse a sitemap index, a urlset (plain or gzip) or a robots.txt listing sitemaps."""
    if urlsplit(response.url).path.endswith("/robots.txt"):
        found = sitemap_urls_from_robots(response.body, base_url=response.url)
        return SitemapEntries("robots", [(u, "") for raw in found if (u := absolute_url(raw, ""))])
    body = response.body
    if gzip_magic_number(response):
        body = gunzip(body, max_size=max_size)
    if not body.strip():
        return SitemapEntries("", [])
    try:
        sitemap = Sitemap(body)
        if sitemap.type not in ("sitemapindex", "urlset"):
            return SitemapEntries("", [])
        entries = [(url, str(e.get("lastmod", ""))) for e in sitemap
                   if (url := absolute_url(response.url, str(e["loc"])))]
    except (StopIteration, etree.XMLSyntaxError):  # not XML at all
        return SitemapEntries("", [])
    return SitemapEntries(sitemap.type, entries)


def listing_links(response: TextResponse,
                  allowed_domains: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Return (article links, pagination links) found on an HTML listing page."""
    site_host = (urlsplit(response.url).hostname or "").lower()
    here = clean_url(response.url)
    pages: list[str] = response.xpath(
        "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
        " | //a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href").getall()
    articles: list[str] = []
    for anchor in response.xpath("//a[@href]"):
        url = absolute_url(response.url, anchor.attrib["href"])
        if url is None:
            continue
        text = " ".join(anchor.xpath("string(.)").get("").split())
        host = (urlsplit(url).hostname or "").lower()
        same_site = host == site_host or _host_allowed(host, allowed_domains)
        if same_site and (NEXT_TEXT.match(text) or is_pagination_url(url)):
            pages.append(url)
        elif is_article_url(url, site_host, allowed_domains):
            articles.append(url)
    page_urls = (absolute_url(response.url, p) for p in pages)
    return (_unique([a for a in articles if a != here]),
            _unique([p for p in page_urls if p and p != here]))
