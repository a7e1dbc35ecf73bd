"""Render every page of a demo outlet for the base URL it is served on.

Routes (root-relative): ``/`` home; ``/section/<name>/`` and ``/section/<name>/page/<n>/``
listings (8 items a page); ``/<section>/<slug>/`` articles; ``<disallowed path>`` and
``<disallowed path><slug>/`` drafts; the feed; ``/sitemap.xml``; ``/robots.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass

from demosite import feeds
from demosite.content import Article
from demosite.layouts import LAYOUTS, Layout
from demosite.site import PAGE_SIZE, Site, build_site, section_path

HTML = "text/html; charset=utf-8"
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Page:
    """A rendered response body with its status and content type."""

    status: int
    content_type: str
    body: bytes


def _html(text: str, status: int = 200) -> Page:
    return Page(status, HTML, text.encode("utf-8"))


def layout_for(site: Site) -> Layout:
    """The layout object of the site's outlet."""
    return LAYOUTS[site.outlet.id](site)


def build_pages(site: Site) -> dict[str, Page]:
    """Every servable path of the site mapped to its rendered page."""
    layout = layout_for(site)
    pages: dict[str, Page] = {"/": _html(layout.home_page())}
    for section in site.sections:
        items = site.in_section(section)
        for number in range(1, site.page_count(section) + 1):
            chunk = items[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
            pages[section_path(section, number)] = _html(
                layout.listing_page(section, number, chunk))
    article: Article
    for article in site.articles + site.drafts:
        pages[article.path] = _html(layout.article_page(article))
    pages[site.outlet.disallow] = _html(layout.drafts_index())
    feed_kind = site.outlet.feed_kind
    feed = feeds.atom(site) if feed_kind == "atom" else feeds.rss(site)
    pages[site.outlet.feed_path] = Page(200, CONTENT_TYPES[feed_kind], feed.encode("utf-8"))
    pages["/sitemap.xml"] = Page(200, CONTENT_TYPES["xml"], feeds.sitemap(site).encode("utf-8"))
    pages["/robots.txt"] = Page(200, CONTENT_TYPES["text"], feeds.robots(site).encode("utf-8"))
    return pages


def not_found_page(site: Site) -> Page:
    """The outlet's 404 page."""
    return _html(layout_for(site).not_found_page(), status=404)


def render_outlet(outlet_id: str, base: str) -> tuple[dict[str, Page], Page]:
    """Load one outlet's content and render all its pages plus its 404 page."""
    site = build_site(outlet_id, base)
    return build_pages(site), not_found_page(site)
