"""Machine-readable files of a demo outlet: RSS 2.0 or Atom feed, sitemap and robots.txt."""

from __future__ import annotations

from email.utils import format_datetime
from xml.sax.saxutils import escape

from demosite.site import FEED_SIZE, Site


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def rss(site: Site) -> str:
    """RSS 2.0 feed of the newest published articles (links on the served base)."""
    outlet = site.outlet
    items = []
    for article in site.articles[:FEED_SIZE]:
        link = site.url(article.path)
        items.append(
            "<item>"
            f"<title>{_x(article.title)}</title><link>{_x(link)}</link>"
            f'<guid isPermaLink="true">{_x(link)}</guid>'
            f"<pubDate>{format_datetime(article.published)}</pubDate>"
            f"<dc:creator>{_x(article.author)}</dc:creator>"
            f"<category>{_x(article.section)}</category>"
            f"<description>{_x(article.summary)}</description>"
            "</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{_x(outlet.name)}</title><link>{_x(site.url('/'))}</link>"
            f"<description>{_x(outlet.tagline)}</description><language>en</language>"
            f"<lastBuildDate>{format_datetime(site.updated)}</lastBuildDate>"
            f'<atom:link href="{_x(site.url(outlet.feed_path))}" rel="self" '
            'type="application/rss+xml"/>\n'
            + "\n".join(items) + "\n</channel>\n</rss>\n")


def atom(site: Site) -> str:
    """Atom 1.0 feed of the newest published articles (links on the served base)."""
    outlet = site.outlet
    entries = []
    for article in site.articles[:FEED_SIZE]:
        link = site.url(article.path)
        stamp = article.published.isoformat()
        entries.append(
            "<entry>"
            f"<title>{_x(article.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{_x(link)}"/>'
            f"<id>{_x(article.canonical_url)}</id>"
            f"<published>{stamp}</published><updated>{stamp}</updated>"
            f"<author><name>{_x(article.author)}</name></author>"
            f'<category term="{_x(article.section)}"/>'
            f"<summary>{_x(article.summary)}</summary>"
            "</entry>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
            f"<title>{_x(outlet.name)}</title><subtitle>{_x(outlet.tagline)}</subtitle>"
            f'<link rel="self" type="application/atom+xml" '
            f'href="{_x(site.url(outlet.feed_path))}"/>'
            f'<link rel="alternate" type="text/html" href="{_x(site.url("/"))}"/>'
            f"<id>{_x(outlet.canonical_base)}/</id>"
            f"<updated>{site.updated.isoformat()}</updated>\n"
            + "\n".join(entries) + "\n</feed>\n")


def sitemap(site: Site) -> str:
    """Sitemap of every article page, drafts included (absolute URLs on the served base)."""
    rows = [f"<url><loc>{_x(site.url(a.path))}</loc>"
            f"<lastmod>{a.published.isoformat()}</lastmod></url>"
            for a in sorted(site.articles + site.drafts, key=lambda a: a.published,
                            reverse=True)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def robots(site: Site) -> str:
    """robots.txt disallowing the outlet's draft path and pointing at the sitemap."""
    return (f"User-agent: *\nDisallow: {site.outlet.disallow}\n\n"
            f"Sitemap: {site.url('/sitemap.xml')}\n")
