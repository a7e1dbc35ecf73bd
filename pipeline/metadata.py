"""Read article metadata from the page's own meta tags (Open Graph, article:*, canonical).

Most news pages declare title, date, author, site name and canonical URL in their head; reading
those directly is much cheaper than trafilatura's full metadata search, which the cleaner still
runs when the title or the date is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html

_DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate", "dc.date",
              "dc.date.issued", "og:published_time", "sailthru.date", "parsely-pub-date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


@dataclass
class PageMeta:
    """Metadata declared in the page head; any field may be None."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None

    @property
    def complete(self) -> bool:
        return bool(self.title and self.date)


def page_metadata(tree: lxml.html.HtmlElement) -> PageMeta:
    """Meta tags of the head, keyed by property/name/itemprop, lowercased."""
    values: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    canonical = None
    for link in tree.iterfind(".//link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href", "").strip()
            break
    author = next((values[k] for k in _AUTHOR_KEYS if k in values), None)
    if author and author.startswith(("http://", "https://")):
        author = None  # article:author is often a profile URL
    return PageMeta(
        title=values.get("og:title") or values.get("twitter:title"),
        author=author,
        date=next((values[k] for k in _DATE_KEYS if k in values), None),
        sitename=values.get("og:site_name"),
        url=canonical or values.get("og:url"),
    )
