"""One spider per source: it reads the source's feeds, sitemaps and listing pages and requests
every article they point to. Articles are leaves (their links are not followed); the WARC
middleware archives them. A single spider per source lets Scrapy's dupefilter fetch an article
found in a feed, a sitemap and a listing only once.
"""

from __future__ import annotations

import struct
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.sources import Source
from spiders import discover

ARTICLE, FEED, SITEMAP, LISTING = "article", "feed", "sitemap", "listing"


class SourceSpider(Spider):
    """Crawl one :class:`~pipeline.sources.Source`; pass it as the ``source`` argument."""

    name = "source"
    max_listing_pages = 20
    sitemap_since = ""
    sitemap_max_size = 50 * 1024 * 1024  # the sitemaps protocol's limit

    def __init__(self, source: Source, **kwargs: Any) -> None:
        super().__init__(name=source.name, **kwargs)
        self.source = source
        hosts = {urlsplit(u).hostname or "" for u in source.all_urls}
        self.allowed_domains = list(source.allowed_domains) or sorted(hosts - {""})

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_listing_pages = settings.getint("PFD_MAX_LISTING_PAGES", cls.max_listing_pages)
        spider.sitemap_since = settings.get("PFD_SITEMAP_SINCE") or ""
        spider.sitemap_max_size = settings.getint("PFD_SITEMAP_MAXSIZE", cls.sitemap_max_size)
        return spider

    def _request(self, url: str, kind: str, callback: Callable[..., Any],
                 **meta: Any) -> Request:
        return Request(url, callback=callback, errback=self.on_error,
                       meta={"pfd_kind": kind, **meta})

    def article(self, url: str) -> Request:
        return self._request(url, ARTICLE, self.parse_article)

    def sitemap(self, url: str) -> Request:
        return self._request(url, SITEMAP, self.parse_sitemap,
                             download_maxsize=self.sitemap_max_size)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.source.feeds:
            yield self._request(url, FEED, self.parse_feed)
        for url in self.source.sitemaps:
            yield self.sitemap(url)
        for url in self.source.start_urls:
            yield self._request(url, LISTING, self.parse_listing, pfd_page=0)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        links = discover.feed_links(response)
        self.logger.info("Feed %s lists %d items", response.url, len(links))
        for url in links:
            yield self.article(url)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        try:
            found = discover.sitemap_entries(response, max_size=self.sitemap_max_size)
        except (OSError, EOFError, ValueError, struct.error) as exc:  # bad or huge gzip
            self.crawler.stats.inc_value("pfd/errors")
            self.logger.warning("Unreadable sitemap %s: %s", response.url, exc)
            return
        if not found.kind:
            self.logger.warning("Not a sitemap: %s", response.url)
            return
        urls = [loc for loc, lastmod in found.urls
                if not (self.sitemap_since and lastmod and lastmod[:10] < self.sitemap_since)]
        if found.kind == "urlset":
            requests = [self.article(url) for url in urls
                        if not discover.is_listing_or_asset(url)]
        else:
            requests = [self.sitemap(url) for url in urls]
        self.logger.info("Sitemap %s (%s) lists %d URLs, %d followed", response.url,
                         found.kind, len(found.urls), len(requests))
        yield from requests

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            self.logger.warning("Listing page is not text: %s", response.url)
            return
        articles, pages = discover.listing_links(response, tuple(self.allowed_domains))
        page = int(response.meta.get("pfd_page", 0))
        self.logger.info("Listing %s: %d article links, %d pagination links", response.url,
                         len(articles), len(pages))
        for url in articles:
            yield self.article(url)
        if page + 1 < self.max_listing_pages:
            for url in pages:
                yield self._request(url, LISTING, self.parse_listing, pfd_page=page + 1)

    def parse_article(self, response: Response) -> None:
        """Articles are archived by the WARC middleware; their links are not followed."""

    def on_error(self, failure: Failure) -> None:
        """Count and log failed requests; refusals (robots, address guard) are counted apart."""
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return
        request = getattr(failure, "request", None)
        self.crawler.stats.inc_value("pfd/errors")
        self.logger.warning("Failed %s: %s", getattr(request, "url", "?"),
                            failure.getErrorMessage())
