# Temporary page builder for heldout10 (removed when the part is finished).
import datetime as dt
import html
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:70].rstrip("-")


def human(pub):
    d = dt.datetime.fromisoformat(pub)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


# ---------------------------------------------------------------- Northern Plains Register
def plains(a):
    pub = a["pub"]
    d = dt.datetime.fromisoformat(pub)
    url = f"https://plainsregister.example/{a['sec'].lower()}/{d:%Y/%m/%d}/{slugify(a['h1'])}"
    ticker = "\n".join(
        f'    <li class="alert-item"><a href="/alerts/{slugify(t)}">{esc(t)}</a></li>' for t in a["ticker"]
    )
    keys = "\n".join(f"      <li>{esc(k)}</li>" for k in a["keys"])
    parts = []
    for i, sec in enumerate(a["sections"], 1):
        ps = "\n".join(f"          <p>{esc(p)}</p>" for p in sec)
        parts.append(
            f'      <section class="story-part" id="part-{i}">\n'
            f'        <section class="graf-group">\n{ps}\n        </section>\n'
            f"      </section>"
        )
    if a.get("qa"):
        parts = []
        for i, (q, ans) in enumerate(a["qa"], 1):
            qp = f'          <p class="question"><strong>{esc(q)}</strong></p>\n' if q else ""
            ps = "\n".join(f'          <p class="answer">{esc(p)}</p>' for p in ans)
            parts.append(
                f'      <section class="story-part qa-pair" id="qa-{i}">\n'
                f'        <section class="graf-group">\n{qp}{ps}\n        </section>\n'
                f"      </section>"
            )
    body = "\n".join(parts)
    popular = "\n".join(
        f'      <li><a href="/news/{slugify(t)}">{esc(t)}</a></li>' for t in a["popular"]
    )
    comments = "\n".join(
        f'    <div class="comment"><span class="commenter">{esc(n)}</span> '
        f'<span class="ago">{esc(ago)}</span>\n      <p>{esc(t)}</p></div>'
        for n, ago, t in a["comments"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['h1'])} - Northern Plains Register</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{attr(a['author'])}">
<meta name="description" content="{attr(a['dek'])}">
<meta property="og:site_name" content="Northern Plains Register">
<meta property="og:title" content="{attr(a['h1'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{pub}">
<meta property="article:section" content="{a['sec']}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/register.css">
</head>
<body class="story-page">
<div id="masthead">
  <a class="brand" href="/">Northern Plains Register</a>
  <span class="edition">Fargo-Moorhead &amp; the Red River Valley</span>
  <span class="weather">{d.year} &middot; Serving the plains since 1911</span>
</div>
<nav class="section-nav">
  <a href="/news">News</a> <a href="/region">Region</a> <a href="/world">World</a> <a href="/farm">Farm &amp; Ranch</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a>
</nav>
<div class="breaking-bar">
  <span class="breaking-label">Breaking</span>
  <ul class="alerts">
{ticker}
  </ul>
</div>
<main class="page">
  <div class="story" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="story-head">
      <a class="section-flag" href="/{a['sec'].lower()}">{esc(a['sec'])}</a>
      <h1 itemprop="headline">{esc(a['h1'])}</h1>
      <div class="dek" itemprop="description">{esc(a['dek'])}</div>
      <div class="credit">By <span itemprop="author">{esc(a['author'])}</span>, <span class="role">{esc(a['role'])}</span>
        <time itemprop="datePublished" datetime="{pub}">{human(pub)}</time></div>
    </div>
    <div class="key-points">
      <h3>Key points</h3>
      <ul>
{keys}
      </ul>
    </div>
    <div itemprop="articleBody" class="story-body">
{body}
    </div>
    <div class="story-tags">Filed under: <a href="/topics/media">Media</a> <a href="/topics/{a['sec'].lower()}">{esc(a['sec'])}</a></div>
  </div>
  <aside class="most-popular">
    <h3>Most popular</h3>
    <ol>
{popular}
    </ol>
  </aside>
</main>
<section class="comments-block">
  <h3>Reader comments ({len(a['comments'])})</h3>
{comments}
  <div class="comment-policy">Comments are moderated. Be civil.</div>
</section>
<div class="newsletter-signup">
  <h3>The Morning Register</h3>
  <div class="pitch">The valley's top stories, in your inbox before breakfast.</div>
  <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com"><button type="submit">Subscribe</button></form>
</div>
<footer class="site-foot">
  <div class="foot-links"><a href="/about">About the Register</a> <a href="/contact">Contact the newsroom</a> <a href="/corrections">Corrections</a> <a href="/privacy">Privacy</a></div>
  <div class="copyright">&copy; {d.year} Northern Plains Register, Fargo, North Dakota</div>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Global Voices of the Net
def gv(a):
    pub = a["pub"]
    d = dt.datetime.fromisoformat(pub)
    url = f"https://gvnet.example/{d:%Y/%m/%d}/{slugify(a['h1'])}/"
    latest = "\n".join(f'      <li><a href="/latest/{slugify(t)}">{esc(t)}</a></li>' for t in a["ticker"])
    blocks = []
    for p in a["paras"]:
        if isinstance(p, tuple):
            text, cite = p
            blocks.append(
                f'    <blockquote class="translated-quote">\n      <p>{esc(text)}</p>\n'
                f"      <cite>{esc(cite)}</cite>\n    </blockquote>"
            )
        else:
            blocks.append(f"    <p>{esc(p)}</p>")
    body = "\n".join(blocks)
    related = "\n".join(
        f'      <li class="related-post"><a href="/related/{slugify(t)}"><span class="rp-title">{esc(t)}</span></a>\n'
        f'        <span class="rp-excerpt">{esc(x)}</span></li>'
        for t, x in a["related"]
    )

    def render(cs, depth=1):
        out = []
        for c in cs:
            name, when, text = c[0], c[1], c[2]
            kids = c[3] if len(c) > 3 else []
            child = ""
            if kids:
                child = f'\n        <ol class="children">\n{render(kids, depth + 1)}\n        </ol>'
            out.append(
                f'      <li class="comment depth-{depth}">\n'
                f'        <div class="comment-author"><b>{esc(name)}</b> <span class="says">says:</span></div>\n'
                f'        <div class="comment-meta"><a href="#">{esc(when)}</a></div>\n'
                f'        <div class="comment-text"><p>{esc(text)}</p></div>\n'
                f'        <a class="comment-reply-link" href="#">Reply</a>{child}\n'
                f"      </li>"
            )
        return "\n".join(out)

    def count(cs):
        return sum(1 + count(c[3] if len(c) > 3 else []) for c in cs)

    comments = render(a["comments"])
    ncom = count(a["comments"])
    cats = " ".join(f'<a href="/category/{slugify(c)}/" rel="category tag">{esc(c)}</a>' for c in a["cats"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['h1'])} &middot; Global Voices of the Net</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{attr(a['author'])}">
<meta name="description" content="{attr(a['dek'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['h1'])}">
<meta property="og:description" content="{attr(a['dek'])}">
<meta property="og:site_name" content="Global Voices of the Net">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{pub}">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="{a['lang']}" href="https://gvnet.example/{a['lang']}/{d:%Y/%m/%d}/{slugify(a['h1'])}/">
<link rel="stylesheet" href="/wp-content/themes/gvnet/style.css">
</head>
<body class="post-template-default single single-post">
<header id="site-header">
  <div class="brand"><a href="/">Global Voices of the Net</a> <span class="tagline">Citizen media from everywhere, translated</span></div>
  <nav id="main-nav"><ul class="menu"><li><a href="/region/africa/">Africa</a></li><li><a href="/region/asia/">Asia</a></li><li><a href="/region/europe/">Eastern Europe</a></li><li><a href="/region/mena/">Middle East</a></li><li><a href="/region/americas/">Americas</a></li><li><a href="/topics/advocacy/">Advocacy</a></li></ul></nav>
</header>
<div class="latest-strip">
  <h4>Just in from our network</h4>
  <ul class="latest-list">
{latest}
  </ul>
</div>
<div id="page-wrap">
<article class="post type-post status-publish hentry">
  <header class="post-header">
    <div class="post-categories">{cats}</div>
    <h1 class="post-title">{esc(a['h1'])}</h1>
    <div class="post-meta">
      <span class="byline">Written by <a href="/author/{slugify(a['author'])}/">{esc(a['author'])}</a></span>
      <span class="translator">Translated by <a href="/translator/{slugify(a['translator'])}/">{esc(a['translator'])}</a></span>
      <time class="entry-date" datetime="{pub}">Posted {d.day} {d:%B %Y} {d:%H:%M} GMT</time>
    </div>
  </header>
  <div class="post-content">
{body}
  </div>
  <div class="translation-credit"><em>Quotes in this post were translated from {esc(a['from'])} by {esc(a['translator'])}. The original version of this post is available in {esc(a['from'])}.</em></div>
  <div class="post-tags">Tags: <a href="/tag/censorship/">censorship</a>, <a href="/tag/digital-rights/">digital rights</a>, <a href="/tag/{slugify(a['cats'][0])}/">{esc(a['cats'][0])}</a></div>
</article>
<section class="related-posts">
  <h3>Related posts</h3>
  <ul>
{related}
  </ul>
</section>
<section id="comments" class="comment-thread">
  <h3 class="comments-title">{ncom} thoughts on &ldquo;{esc(a['h1'])}&rdquo;</h3>
  <ol class="commentlist">
{comments}
  </ol>
  <div id="respond"><h4>Leave a comment</h4><form><textarea name="comment"></textarea><button>Post comment</button></form></div>
</section>
<div class="newsletter">
  <h4>Get our stories by email</h4>
  <div class="nl-text">One email a week with the best citizen reporting from around the world.</div>
  <form><input type="email" placeholder="Email address"><button>Join</button></form>
</div>
</div>
<footer id="colophon">
  <div class="footer-links"><a href="/about/">About</a> <a href="/translate/">Volunteer as a translator</a> <a href="/donate/">Donate</a> <a href="/privacy/">Privacy</a></div>
  <div class="license">Content is published under a Creative Commons licence. &copy; {d.year} Global Voices of the Net.</div>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- Atlas Briefing
def atlas(a):
    pub = a["pub"]
    d = dt.datetime.fromisoformat(pub)
    url = f"https://atlasbriefing.example/briefing/{d:%Y-%m-%d}"
    ticks = "\n".join(f"      <li>{esc(t)}</li>" for t in a["ticker"])
    items = []
    for i, (h, ps) in enumerate(a["items"], 1):
        pp = "\n".join(f"        <p>{esc(p)}</p>" for p in ps)
        items.append(
            f'    <div class="brief-item" id="item-{i}">\n      <h2>{esc(h)}</h2>\n{pp}\n    </div>'
        )
    items = "\n".join(items)
    archive = "\n".join(
        f'      <li><a href="/archive/{slugify(t)}">{esc(t)}</a>\n        <div class="arc-summary">{esc(x)}</div></li>'
        for t, x in a["archive"]
    )
    mail = "\n".join(
        f'    <div class="letter">\n      <p>{esc(t)}</p>\n      <div class="sig">&mdash; {esc(n)}</div>\n    </div>'
        for n, t in a["mail"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Atlas Briefing, {d:%A} {d.day} {d:%B %Y}: {esc(a['h1'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{attr(a['author'])}">
<meta name="description" content="{attr(a['lede'])}">
<meta property="og:site_name" content="Atlas Briefing">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(a['h1'])}">
<meta property="article:published_time" content="{pub}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/briefing.css">
</head>
<body class="edition">
<div class="topbar">
  <a class="wordmark" href="/">Atlas Briefing</a>
  <nav class="topnav"><a href="/today">Today</a> <a href="/archive">Archive</a> <a href="/topics/press-freedom">Press freedom</a> <a href="/topics/internet">Internet</a> <a href="/about">About</a></nav>
</div>
<div class="ticker-strip" aria-label="Developing stories">
  <span class="tick-label">Developing</span>
  <ul class="ticks">
{ticks}
  </ul>
</div>
<div class="container">
  <header class="edition-header">
    <div class="edition-label">Morning edition &middot; {d:%A} {d.day} {d:%B %Y}</div>
    <h1>{esc(a['h1'])}</h1>
    <div class="edition-meta">Written by {esc(a['author'])} &middot; {a['mins']} min read</div>
  </header>
  <div class="briefing">
    <p class="lede">{esc(a['lede'])}</p>
{items}
  </div>
  <div class="signoff-box">That's it for today. Reply to this email with tips or corrections. &mdash; {esc(a['author'].split()[0])}</div>
  <aside class="archive">
    <h3>From the archive</h3>
    <ul>
{archive}
    </ul>
  </aside>
  <section class="reader-mail">
    <h3>Reader mail</h3>
{mail}
  </section>
  <div class="subscribe-box">
    <h3>Get Atlas Briefing every weekday</h3>
    <div class="sub-text">Five minutes, every morning, on press freedom and the internet around the world.</div>
    <form action="/subscribe" method="post"><input type="email" name="email" placeholder="Email"><button>Subscribe free</button></form>
  </div>
</div>
<footer class="site-footer">
  <div><a href="/about">About</a> &middot; <a href="/team">Team</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/unsubscribe">Unsubscribe</a></div>
  <div>&copy; {d.year} Atlas Briefing. All rights reserved.</div>
</footer>
</body>
</html>
"""


from _content import ARTICLES  # noqa: E402

for num, a in ARTICLES.items():
    fn = {"plains": plains, "gv": gv, "atlas": atlas}[a["outlet"]]
    (HERE / f"{num}.html").write_text(fn(a), encoding="utf-8")
print(len(ARTICLES), "pages written")
