"""One outlet as served at one base URL: its articles, sections, drafts and URL helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from demosite.content import OUTLETS, Article, Outlet, load_articles, load_ticker

PAGE_SIZE = 8
FEED_SIZE = 15


@dataclass(frozen=True)
class Site:
    """An outlet bound to the base URL it is served on (e.g. ``http://127.0.0.1:8001``)."""

    outlet: Outlet
    base: str
    articles: tuple[Article, ...]  # published, newest first
    drafts: tuple[Article, ...]
    ticker: tuple[str, ...]

    def url(self, path: str) -> str:
        """Absolute URL on the served base for a root-relative path."""
        return self.base + path

    def canonical(self, path: str) -> str:
        """Canonical URL on the outlet's public domain for a root-relative path."""
        return self.outlet.canonical_base + (path.rstrip("/") or "/")

    @property
    def sections(self) -> tuple[str, ...]:
        """Sections that have at least one published article, in navigation order."""
        used = {a.section for a in self.articles}
        return tuple(s for s in self.outlet.sections if s in used)

    def in_section(self, section: str) -> list[Article]:
        """Published articles of one section, newest first."""
        return [a for a in self.articles if a.section == section]

    def page_count(self, section: str) -> int:
        """Number of listing pages of a section."""
        return max(1, -(-len(self.in_section(section)) // PAGE_SIZE))

    def by_slug(self, slug: str) -> Article:
        """A published article by slug."""
        for article in self.articles:
            if article.slug == slug:
                return article
        raise KeyError(slug)

    def related(self, article: Article) -> list[Article]:
        """The teaser articles shown next to an article."""
        return [self.by_slug(s) for s in article.related]

    def most_read(self) -> list[Article]:
        """Teasers for pages without an article of their own: recent stories with incidents."""
        return [a for a in self.articles if a.expected][:4]

    @property
    def updated(self) -> datetime:
        """Publication time of the newest published article."""
        return self.articles[0].published


def section_path(section: str, page: int = 1) -> str:
    """Listing path of a section page (page 1 has no ``/page/`` suffix)."""
    return f"/section/{section}/" if page == 1 else f"/section/{section}/page/{page}/"


def section_label(section: str) -> str:
    """Human label of a section id."""
    return section.replace("-", " ").title()


def build_site(outlet_id: str, base: str, articles: list[Article] | None = None) -> Site:
    """Bind one outlet's articles (loaded if not given) to a served base URL."""
    outlet = OUTLETS[outlet_id]
    pool = load_articles([outlet_id]) if articles is None else articles
    mine = sorted((a for a in pool if a.outlet == outlet_id),
                  key=lambda a: a.published, reverse=True)
    return Site(outlet=outlet, base=base.rstrip("/"),
                articles=tuple(a for a in mine if not a.draft),
                drafts=tuple(a for a in mine if a.draft),
                ticker=tuple(load_ticker(outlet_id)))
