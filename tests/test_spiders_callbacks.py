"""Spider callbacks on saved feeds, sitemaps and listing pages (no network)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler

from pipeline.sources import Source
from spiders import discover
from spiders.source_spider import SourceSpider

FIXTURES = Path(__file__).parent / "fixtures" / "crawl"
CONTENT_TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8",
                 ".gz": "application/x-gzip", ".txt": "text/plain"}


def file_response(path: Path | str, url: str, body: bytes | None = None,
                  meta: dict | None = None) -> Response:
    """A Scrapy response for a saved file, of the class Scrapy would pick for it."""
    path = FIXTURES / path
    data = path.read_bytes() if body is None else body
    headers = Headers({"Content-Type": CONTENT_TYPES.get(path.suffix, "text/html")})
    cls = responsetypes.from_args(headers=headers, url=url, body=data)
    request = Request(url, meta=meta or {})
    return cls(url=url, body=data, headers=headers, request=request)


def make_spider(**settings: object) -> SourceSpider:
    source = Source(name="example", start_urls=("https://news.example.org/news/",),
                    allowed_domains=("news.example.org",))
    crawler = get_crawler(SourceSpider, {"PFD_MAX_LISTING_PAGES": 3, **settings})
    return SourceSpider.from_crawler(crawler, source=source)


def urls(requests: list[Request], kind: str | None = None) -> list[str]:
    return [r.url for r in requests if kind is None or r.meta["pfd_kind"] == kind]


def test_rss_feed_items_become_article_requests() -> None:
    spider = make_spider()
    response = file_response("rss.xml", "https://news.example.org/feed/")
    requests = list(spider.parse_feed(response))
    assert urls(requests) == [
        "https://news.example.org/2024/05/reporter-detained-at-border/",
        "https://news.example.org/2024/05/messaging-app-blocked/",
        "https://news.example.org/2024/05/blogger-sentenced/",
    ]
    assert {r.meta["pfd_kind"] for r in requests} == {"article"}
    assert all(r.callback == spider.parse_article for r in requests)


def test_atom_feed_uses_alternate_links_and_resolves_relative_ones() -> None:
    spider = make_spider()
    response = file_response("atom.xml", "https://blog.example.net/atom.xml")
    assert urls(list(spider.parse_feed(response)), "article") == [
        "https://blog.example.net/posts/internet-shutdown-elections/",
        "https://blog.example.net/posts/new-surveillance-law/",
    ]


def test_sitemap_index_follows_child_sitemaps() -> None:
    spider = make_spider()
    response = file_response("sitemap_index.xml", "https://news.example.org/sitemap_index.xml")
    requests = list(spider.parse_sitemap(response))
    assert urls(requests, "sitemap") == [
        "https://news.example.org/post-sitemap.xml",
        "https://news.example.org/post-sitemap2.xml.gz",
    ]
    assert all(r.callback == spider.parse_sitemap for r in requests)


def test_sitemap_since_skips_old_entries() -> None:
    spider = make_spider(PFD_SITEMAP_SINCE="2024-01-01")
    index = file_response("sitemap_index.xml", "https://news.example.org/sitemap_index.xml")
    assert urls(list(spider.parse_sitemap(index))) == [
        "https://news.example.org/post-sitemap.xml"]
    posts = file_response("sitemap_posts.xml", "https://news.example.org/post-sitemap.xml")
    assert urls(list(spider.parse_sitemap(posts))) == [
        "https://news.example.org/2024/05/reporter-detained-at-border/"]


def test_sitemap_urlset_yields_articles_but_not_tags_or_files() -> None:
    spider = make_spider()
    response = file_response("sitemap_posts.xml", "https://news.example.org/post-sitemap.xml")
    assert urls(list(spider.parse_sitemap(response)), "article") == [
        "https://news.example.org/2024/05/reporter-detained-at-border/",
        "https://news.example.org/2023/11/radio-station-closed/",
    ]


def test_gzipped_sitemap_is_decompressed() -> None:
    spider = make_spider()
    body = gzip.compress((FIXTURES / "sitemap_posts.xml").read_bytes())
    response = file_response("sitemap_posts.xml.gz",
                             "https://news.example.org/post-sitemap2.xml.gz", body=body)
    assert len(urls(list(spider.parse_sitemap(response)), "article")) == 2


def test_robots_txt_as_sitemap_source() -> None:
    spider = make_spider()
    body = b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap_index.xml\n"
    response = file_response("robots.txt", "https://news.example.org/robots.txt", body=body)
    assert urls(list(spider.parse_sitemap(response)), "sitemap") == [
        "https://news.example.org/sitemap_index.xml"]


def test_listing_page_yields_articles_and_pagination() -> None:
    spider = make_spider()
    response = file_response("listing.html", "https://news.example.org/news/",
                             meta={"pfd_page": 0})
    requests = list(spider.parse_listing(response))
    assert urls(requests, "article") == [
        "https://news.example.org/2024/05/reporter-detained-at-border/",
        "https://news.example.org/news/2024/messaging-app-blocked",
        "https://www.news.example.org/world/asia/blogger-sentenced-to-five-years",
    ]
    assert urls(requests, "listing") == [
        "https://news.example.org/news/page/2/",
        "https://news.example.org/news/page/3/",
        "https://news.example.org/news/older-entries-list",
    ]
    assert {r.meta["pfd_page"] for r in requests if r.meta["pfd_kind"] == "listing"} == {1}


def test_listing_pagination_stops_at_the_page_limit() -> None:
    spider = make_spider()
    response = file_response("listing.html", "https://news.example.org/news/",
                             meta={"pfd_page": 2})
    requests = list(spider.parse_listing(response))
    assert urls(requests, "listing") == []
    assert len(urls(requests, "article")) == 3


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.org/2024/05/01/some-story/", True),
    ("https://news.example.org/news/some-story", True),
    ("https://sub.news.example.org/world/story-123", True),
    ("https://news.example.org/story-only-one-segment/", False),
    ("https://news.example.org/tag/press/", False),
    ("https://news.example.org/topics/internet/shutdowns/", False),
    ("https://news.example.org/news/page/2/", False),
    ("https://news.example.org/news/?page=2", False),
    ("https://news.example.org/2024/05/", False),
    ("https://news.example.org/news/123456", True),
    ("https://news.example.org/media/2024/photo.jpg", False),
    ("https://other.example.com/2024/05/story/", False),
    ("ftp://news.example.org/2024/05/story/", False),
])
def test_article_url_rule(url: str, expected: bool) -> None:
    assert discover.is_article_url(url, "news.example.org", ("news.example.org",)) is expected


def test_start_requests_cover_feeds_sitemaps_and_listings() -> None:
    import asyncio

    source = Source(name="s", feeds=("https://a.example/feed/",),
                    sitemaps=("https://a.example/sitemap.xml",),
                    start_urls=("https://a.example/news/",))
    spider = SourceSpider.from_crawler(get_crawler(SourceSpider), source=source)

    async def collect() -> list[Request]:
        return [r async for r in spider.start()]

    requests = asyncio.run(collect())
    assert [(r.url, r.meta["pfd_kind"]) for r in requests] == [
        ("https://a.example/feed/", "feed"),
        ("https://a.example/sitemap.xml", "sitemap"),
        ("https://a.example/news/", "listing"),
    ]
    assert spider.allowed_domains == ["a.example"]


def test_malformed_links_are_skipped_not_fatal() -> None:
    spider = make_spider()
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel>'
           b"<item><link>http://[broken/x/y</link></item>"
           b"<item><link>javascript:alert(1)</link></item>"
           b"<item><link>https://news.example.org:99999/a/b/</link></item>"
           b"<item><link>https://news.example.org/2024/05/fine/</link></item>"
           b"</channel></rss>")
    feed = file_response("rss.xml", "https://news.example.org/feed/", body=rss)
    assert urls(list(spider.parse_feed(feed))) == ["https://news.example.org/2024/05/fine/"]
    html = (b'<html><body><a href="http://[::1/x/y">bad</a><a href="/news/2024/fine">ok</a>'
            b'<a href="javascript:void(0)">Next</a></body></html>')
    page = file_response("listing.html", "https://news.example.org/news/", body=html)
    assert urls(list(spider.parse_listing(page))) == ["https://news.example.org/news/2024/fine"]


def test_broken_or_empty_documents_yield_nothing() -> None:
    spider = make_spider()
    for body in (b"", b"<rss><channel><item><link>", b"\x00\xff\xfe binary"):
        feed = file_response("rss.xml", "https://news.example.org/feed/", body=body)
        assert list(spider.parse_feed(feed)) == []
        sitemap = file_response("sitemap_posts.xml", "https://news.example.org/s.xml", body=body)
        assert list(spider.parse_sitemap(sitemap)) == []


def test_bad_or_oversized_gzip_sitemaps_are_counted_errors() -> None:
    body = gzip.compress((FIXTURES / "sitemap_posts.xml").read_bytes())
    for settings, data in (({}, body[:12]), ({"PFD_SITEMAP_MAXSIZE": 100}, body)):
        spider = make_spider(**settings)
        response = file_response("s.xml.gz", "https://news.example.org/s.xml.gz", body=data)
        assert list(spider.parse_sitemap(response)) == []
        assert spider.crawler.stats.get_value("pfd/errors") == 1
