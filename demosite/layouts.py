"""HTML layouts of the three demo outlets.

Each outlet has its own markup, class names and CSS, and every page carries realistic furniture
(navigation, breaking-news ticker, related-story teasers, reader comments, newsletter box and
footer) that an extractor must not mistake for article text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from html import escape

from demosite.content import Article
from demosite.site import Site, section_label, section_path


def _e(text: str) -> str:
    return escape(text, quote=True)


def _offset(moment: datetime) -> str:
    raw = moment.strftime("%z")
    return f"{raw[:3]}:{raw[3:]}" if raw else "+00:00"


class Layout:
    """Shared page assembly; subclasses supply the outlet-specific markup."""

    css = ""
    title_separator = " | "

    def __init__(self, site: Site) -> None:
        self.site = site

    # -- pieces every subclass provides ------------------------------------------------------
    def frame(self, main: str, aside: str) -> str:
        raise NotImplementedError

    def article_main(self, article: Article) -> str:
        raise NotImplementedError

    def teasers(self, heading: str, articles: Sequence[Article]) -> str:
        raise NotImplementedError

    def listing_main(self, heading: str, items: Sequence[Article], newer: str | None,
                     older: str | None) -> str:
        raise NotImplementedError

    def visible_date(self, moment: datetime) -> str:
        raise NotImplementedError

    # -- shared helpers ----------------------------------------------------------------------
    def document(self, head: str, main: str, aside: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                f"{head}<style>{self.css}</style>\n</head>\n"
                f"{self.frame(main, aside)}\n</html>\n")

    def head(self, *, title: str, path: str, description: str, og_type: str,
             extra: str = "") -> str:
        site, outlet = self.site, self.site.outlet
        feed_type = "atom" if outlet.feed_kind == "atom" else "rss"
        return (f"<title>{_e(title)}{self.title_separator}{_e(outlet.name)}</title>\n"
                f'<meta name="description" content="{_e(description)}">\n'
                f'<meta property="og:site_name" content="{_e(outlet.name)}">\n'
                f'<meta property="og:title" content="{_e(title)}">\n'
                f'<meta property="og:type" content="{og_type}">\n'
                f'<meta property="og:url" content="{_e(site.canonical(path))}">\n'
                f'<link rel="canonical" href="{_e(site.canonical(path))}">\n'
                f'<link rel="alternate" type="application/{feed_type}+xml" '
                f'title="{_e(outlet.name)}" href="{site.url(outlet.feed_path)}">\n{extra}')

    def article_head(self, article: Article) -> str:
        extra = (f'<meta name="author" content="{_e(article.author)}">\n'
                 '<meta property="article:published_time" '
                 f'content="{article.published.isoformat()}">\n'
                 f'<meta property="article:section" content="{_e(article.section)}">\n')
        if article.draft:
            extra += '<meta name="robots" content="noindex, nofollow">\n'
        return self.head(title=article.title, path=article.path, description=article.summary,
                         og_type="article", extra=extra)

    def nav_links(self) -> list[tuple[str, str]]:
        return [(section_label(s), section_path(s)) for s in self.site.sections]

    def comment_items(self, article: Article) -> list[tuple[str, str]]:
        return [(c.name, c.text) for c in article.comments]

    # -- whole pages -------------------------------------------------------------------------
    def article_page(self, article: Article) -> str:
        related = self.site.related(article) or self.site.most_read()
        return self.document(self.article_head(article), self.article_main(article),
                             self.teasers(self.related_heading, related))

    related_heading = "Related stories"

    def listing_page(self, section: str, page: int, items: Sequence[Article]) -> str:
        pages = self.site.page_count(section)
        newer = section_path(section, page - 1) if page > 1 else None
        older = section_path(section, page + 1) if page < pages else None
        heading = section_label(section) + (f" - page {page}" if page > 1 else "")
        head = self.head(title=heading, path=section_path(section, page),
                         description=f"Latest {section_label(section)} stories",
                         og_type="website")
        if newer:
            head += f'<link rel="prev" href="{self.site.url(newer)}">\n'
        if older:
            head += f'<link rel="next" href="{self.site.url(older)}">\n'
        return self.document(head, self.listing_main(heading, items, newer, older),
                             self.teasers("Most read", self.site.most_read()))

    def home_page(self) -> str:
        site = self.site
        head = self.head(title=site.outlet.tagline, path="/", description=site.outlet.tagline,
                         og_type="website")
        main = self.listing_main("Top stories", site.articles[:10], None, None)
        sections = "".join(f'<li><a href="{p}">{_e(label)}</a></li>'
                           for label, p in self.nav_links())
        drafts = "".join(f'<li><a href="{site.url(d.path)}">{_e(d.title)}</a></li>'
                         for d in site.drafts)
        main += (f'<div class="home-sections"><h2>Sections</h2><ul>{sections}</ul></div>\n'
                 f'<div class="staff-only"><h2>Staff</h2><ul>'
                 f'<li><a href="{site.outlet.disallow}">Unpublished copy</a></li>{drafts}'
                 "</ul></div>")
        return self.document(head, main, self.teasers("Most read", site.most_read()))

    def drafts_index(self) -> str:
        head = self.head(title="Unpublished copy", path=self.site.outlet.disallow,
                         description="Staff only", og_type="website",
                         extra='<meta name="robots" content="noindex, nofollow">\n')
        return self.document(head, self.listing_main("Unpublished copy", self.site.drafts,
                                                     None, None), "")

    def not_found_page(self) -> str:
        head = self.head(title="Page not found", path="/404", description="Page not found",
                         og_type="website")
        main = ('<div class="not-found"><h1>Page not found</h1><p>Sorry, we could not find '
                'that page. It may have been moved or removed.</p><p><a href="/">Go to the '
                "front page</a></p></div>")
        return self.document(head, main, self.teasers("Most read", self.site.most_read()))

    def json_ld(self, article: Article) -> str:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": article.title, "datePublished": article.published.isoformat(),
                "author": {"@type": "Person", "name": article.author},
                "publisher": {"@type": "Organization", "name": self.site.outlet.name},
                "mainEntityOfPage": article.canonical_url}
        return ('<script type="application/ld+json">'
                + json.dumps(data).replace("</", "<\\/") + "</script>\n")


class MeridianLayout(Layout):
    """The Meridian Post: HTML5 <article> with <header>, sidebar of related stories."""

    css = ("body{font-family:Georgia,serif;margin:0;color:#222}.mp-ticker{background:#b00;"
           "color:#fff;padding:4px 12px}.mp-ticker ul{display:inline;margin:0;padding:0}"
           ".mp-ticker li{display:inline;margin-right:2em}.mp-masthead{text-align:center;"
           "border-bottom:3px double #222}.mp-nav li{display:inline;margin:0 .6em}"
           ".mp-wrap{display:flex;max-width:1100px;margin:auto}.mp-story{flex:3;padding:1em}"
           ".sidebar{flex:1;padding:1em;font-size:.9em;background:#f6f3ee}"
           ".comments,.newsletter{max-width:1100px;margin:1em auto}"
           ".mp-footer{background:#222;color:#ccc;padding:1em;text-align:center}")

    def visible_date(self, moment: datetime) -> str:
        return f"{moment.day} {moment:%B %Y}"

    def frame(self, main: str, aside: str) -> str:
        site = self.site
        ticker = "".join(f'<li><a href="/">{_e(t)}</a></li>' for t in site.ticker)
        nav = "".join(f'<li><a href="{site.url(p)}">{_e(label)}</a></li>'
                      for label, p in self.nav_links())
        return ('<body class="mp">\n'
                f'<div class="mp-ticker" aria-label="Breaking news"><strong>Breaking</strong> '
                f"<ul>{ticker}</ul></div>\n"
                f'<header class="mp-masthead"><a class="mp-logo" href="{site.url("/")}">'
                f'{_e(site.outlet.name)}</a><p class="mp-tagline">{_e(site.outlet.tagline)}</p>'
                f'<nav class="mp-nav"><ul><li><a href="/">Home</a></li>{nav}</ul></nav>'
                "</header>\n"
                f'<div class="mp-wrap">\n<main class="mp-content">{main}</main>\n{aside}\n</div>\n'
                '<div class="newsletter" id="newsletter"><h3>The Morning Meridian</h3>'
                "<p>Our editors' pick of the day's essential stories, in your inbox at 7am."
                '</p><form action="/" method="get"><input type="email" name="email" '
                'placeholder="you@example.com"><button>Sign up</button></form></div>\n'
                f'<footer class="mp-footer"><p>&copy; 2014-2026 {_e(site.outlet.name)}. '
                'All rights reserved.</p><p><a href="/">Home</a> &middot; '
                f'<a href="{site.outlet.feed_path}">RSS</a></p></footer>\n</body>')

    def article_main(self, article: Article) -> str:
        body = "".join(f"<p>{_e(p)}</p>\n" for p in article.paragraphs)
        comments = "".join(f'<li class="comment"><span class="comment-author">{_e(n)}</span>'
                           f'<p class="comment-text">{_e(t)}</p></li>'
                           for n, t in self.comment_items(article))
        return (self.json_ld(article)
                + f'<article class="mp-story">\n<header><p class="mp-kicker">'
                f'{_e(section_label(article.section))}</p><h1>{_e(article.title)}</h1>'
                f'<p class="mp-byline">By <span class="author">{_e(article.author)}</span> '
                f'&middot; <time datetime="{article.published.isoformat()}">'
                f"{self.visible_date(article.published)}</time></p></header>\n"
                f'<div class="mp-story-text">\n{body}</div>\n</article>\n'
                f'<section id="comments" class="comments"><h2>Comments '
                f"({len(article.comments)})</h2><ol class=\"comment-list\">{comments}</ol>"
                "</section>")

    def teasers(self, heading: str, articles: Sequence[Article]) -> str:
        items = "".join(f'<li><a href="{self.site.url(a.path)}">{_e(a.title)}</a>'
                        f'<p class="dek">{_e(a.summary)}</p></li>' for a in articles)
        return (f'<aside class="sidebar mp-related"><h2>{_e(heading)}</h2><ul>{items}</ul>'
                "</aside>")

    def listing_main(self, heading: str, items: Sequence[Article], newer: str | None,
                     older: str | None) -> str:
        rows = "".join(f'<li class="mp-item"><h3><a href="{self.site.url(a.path)}">'
                       f'{_e(a.title)}</a></h3><p class="dek">{_e(a.summary)}</p>'
                       f'<time datetime="{a.published.isoformat()}">'
                       f"{self.visible_date(a.published)}</time></li>" for a in items)
        pager = ""
        if newer:
            pager += f'<a rel="prev" href="{newer}">Newer stories</a> '
        if older:
            pager += f'<a rel="next" href="{older}">Older stories</a>'
        return (f'<section class="mp-listing"><h1>{_e(heading)}</h1><ul>{rows}</ul>'
                f'<nav class="mp-pager">{pager}</nav></section>')


class LedgerLayout(Layout):
    """Caspian Ledger: table-free div soup with nested ``story-body`` and a right column."""

    css = ("body{font-family:Arial,sans-serif;margin:0;background:#eef1f4}#top-bar{background:"
           "#0b3954;color:#fff;font-size:13px;padding:3px 10px}.ticker-label{background:#e4572e;"
           "padding:0 6px;margin-right:8px}#masthead{background:#fff;padding:10px}.brand{font-size"
           ":28px;font-weight:bold;color:#0b3954}.menu a{margin-right:14px}.layout-2col{display:"
           "grid;grid-template-columns:3fr 1fr;gap:16px;max-width:1040px;margin:auto}.story,"
           ".widget{background:#fff;padding:14px}.story-body p{line-height:1.6}.cmt{border-top:"
           "1px solid #ddd}#footer{background:#0b3954;color:#fff;padding:12px}")
    title_separator = " \u2014 "
    related_heading = "More from the Ledger"

    def visible_date(self, moment: datetime) -> str:
        return f"{moment:%B} {moment.day}, {moment:%Y}, {moment:%H:%M}"

    def frame(self, main: str, aside: str) -> str:
        site = self.site
        ticker = " | ".join(f'<a href="/">{_e(t)}</a>' for t in site.ticker)
        menu = "".join(f'<a class="menu-item" href="{p}">{_e(label)}</a>'
                       for label, p in self.nav_links())
        return ('<body>\n'
                f'<div id="top-bar"><div class="ticker-tape"><span class="ticker-label">Latest'
                f"</span>{ticker}</div></div>\n"
                f'<div id="masthead"><div class="brand"><a href="/">{_e(site.outlet.name)}</a>'
                f'</div><div class="menu"><a class="menu-item" href="/">Front page</a>{menu}'
                "</div></div>\n"
                f'<div id="content" class="layout-2col">\n<div class="main-col">{main}</div>\n'
                f'<div class="side-col">{aside}\n<div class="widget widget-newsletter">'
                "<h4>Ledger Daily</h4><p>Get the region's top stories every weekday morning.</p>"
                '<form><input type="email" name="e"><input type="submit" value="Subscribe">'
                "</form></div></div>\n</div>\n"
                f'<div id="footer">Copyright &copy; 2014-2026 {_e(site.outlet.name)}. '
                f'<a href="{site.url(site.outlet.feed_path)}">Atom feed</a></div>\n</body>')

    def article_main(self, article: Article) -> str:
        body = "".join(f"<p>{_e(p)}</p>\n" for p in article.paragraphs)
        comments = "".join(f'<div class="cmt"><b class="cmt-name">{_e(n)}</b>'
                           f"<p>{_e(t)}</p></div>" for n, t in self.comment_items(article))
        return (self.json_ld(article)
                + f'<div class="story">\n<h1 class="story-title">{_e(article.title)}</h1>\n'
                f'<div class="story-meta"><span class="by">by {_e(article.author)}</span> '
                f'<span class="date">{self.visible_date(article.published)}</span></div>\n'
                f'<div class="story-body"><div class="story-body-inner">\n{body}</div></div>\n'
                "</div>\n"
                f'<div class="reader-comments"><h3>Reader comments ({len(article.comments)})'
                f"</h3>{comments}</div>")

    def teasers(self, heading: str, articles: Sequence[Article]) -> str:
        items = "".join(f'<div class="teaser"><a href="{a.path}">{_e(a.title)}</a>'
                        f"<span>{_e(a.summary)}</span></div>" for a in articles)
        return f'<div class="widget widget-related"><h4>{_e(heading)}</h4>{items}</div>'

    def listing_main(self, heading: str, items: Sequence[Article], newer: str | None,
                     older: str | None) -> str:
        rows = "".join(f'<div class="list-row"><a class="list-title" href="{a.path}">'
                       f'{_e(a.title)}</a><div class="list-dek">{_e(a.summary)}</div>'
                       f'<div class="list-date">{self.visible_date(a.published)} by '
                       f"{_e(a.author)}</div></div>" for a in items)
        pager = ""
        if newer:
            pager += f'<a class="prev-page" href="{self.site.url(newer)}">Previous page</a> '
        if older:
            pager += f'<a class="next-page" href="{self.site.url(older)}">Next page</a>'
        return (f'<div class="story list"><h1 class="story-title">{_e(heading)}</h1>{rows}'
                f'<div class="pagination">{pager}</div></div>')


class NorthwindLayout(Layout):
    """Northwind Wire: a <main> of <section>s, with a byline table and flash bar."""

    css = ("body{font-family:'Helvetica Neue',sans-serif;margin:0 auto;max-width:900px}"
           ".nw-top{display:flex;justify-content:space-between;border-bottom:4px solid #111}"
           ".nw-brand{font-weight:900;letter-spacing:.2em}.nw-flash{background:#ffd400;padding:"
           "4px}.nw-byline th{text-align:left;padding-right:1em;color:#666}.nw-copy p{font-size:"
           "18px}.nw-more,.nw-talk,.nw-subscribe{border-top:1px solid #ccc;margin-top:2em}"
           ".nw-foot{font-size:12px;color:#666;border-top:4px solid #111}")
    title_separator = " - "
    related_heading = "More on this story"

    def visible_date(self, moment: datetime) -> str:
        return f"{moment:%Y-%m-%d %H:%M} (UTC{_offset(moment)})"

    def frame(self, main: str, aside: str) -> str:
        site = self.site
        nav = " ".join(f'<a href="{site.url(p)}">{_e(label.upper())}</a>'
                       for label, p in self.nav_links())
        flash = "".join(f'<p class="flash-item">FLASH: {_e(t)}</p>' for t in site.ticker)
        return ('<body>\n'
                f'<header class="nw-top"><a class="nw-brand" href="/">'
                f"{_e(site.outlet.name.upper())}</a><nav>{nav}</nav></header>\n"
                f'<div class="nw-flash">{flash}</div>\n'
                f'<main class="nw-main">\n{main}\n{aside}\n'
                '<section class="nw-subscribe newsletter"><h2>Get the Wire</h2>'
                "<p>Sign up for alerts on the stories that matter, as they break.</p>"
                '<form><input name="addr" '
                'type="email"><button type="submit">Subscribe</button></form></section>\n'
                "</main>\n"
                f'<footer class="nw-foot">{_e(site.outlet.name)} &copy; 2014-2026 &middot; '
                f'<a href="{site.outlet.feed_path}">RSS</a></footer>\n</body>')

    def article_main(self, article: Article) -> str:
        body = "".join(f"<p>{_e(p)}</p>\n" for p in article.paragraphs)
        talk = "".join(f"<dt>{_e(n)}</dt><dd>{_e(t)}</dd>"
                       for n, t in self.comment_items(article))
        return (f'<section class="nw-headline"><h1>{_e(article.title)}</h1>\n'
                '<table class="nw-byline"><tr><th>By</th>'
                f"<td>{_e(article.author)}</td></tr><tr><th>Filed</th><td>"
                f'<time datetime="{article.published.isoformat()}">'
                f"{self.visible_date(article.published)}</time></td></tr><tr><th>Desk</th>"
                f"<td>{_e(section_label(article.section))}</td></tr></table></section>\n"
                f'<section class="nw-copy">\n{body}</section>\n'
                '<section id="comments" class="nw-talk comments">'
                f"<h2>Discussion ({len(article.comments)})</h2><dl>{talk}</dl></section>")

    def teasers(self, heading: str, articles: Sequence[Article]) -> str:
        items = "".join(f'<li><a href="{self.site.url(a.path)}">{_e(a.title)}</a> '
                        f"&mdash; {_e(a.summary)}</li>" for a in articles)
        return (f'<aside class="nw-more related-stories"><h2>{_e(heading)}</h2><ol>{items}</ol>'
                "</aside>")

    def listing_main(self, heading: str, items: Sequence[Article], newer: str | None,
                     older: str | None) -> str:
        rows = "".join(f"<tr><td>{a.published:%Y-%m-%d}</td><td>"
                       f'<a href="{self.site.url(a.path)}">{_e(a.title)}</a><br>'
                       f"<small>{_e(a.summary)}</small></td></tr>" for a in items)
        pager = ""
        if newer:
            pager += f'<a href="{newer}">Newer</a> '
        if older:
            pager += f'<a href="{older}">Older</a>'
        return (f'<section class="nw-index"><h1>{_e(heading)}</h1><table>{rows}</table>'
                f'<p class="nw-pager">{pager}</p></section>')


LAYOUTS: dict[str, type[Layout]] = {
    "meridian": MeridianLayout,
    "ledger": LedgerLayout,
    "northwind": NorthwindLayout,
}
