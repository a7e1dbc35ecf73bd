"""Temporary builder for part heldout9 (removed after generation)."""
import datetime as dt
import html
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _data_a import ARTICLES as A  # noqa: E402
from _data_b import ARTICLES as B  # noqa: E402
from _data_c import ARTICLES as C  # noqa: E402

ARTICLES = A + B + C

XPATH = {
    "L": "//div[@class='article__body']",
    "P": "//div[@class='case-narrative']",
    "W": "//div[@class='wire-text']",
}


def esc(s, quote=False):
    return html.escape(s, quote=quote)


def para_html(p, cls=None):
    attr = f' class="{cls}"' if cls else ""
    if isinstance(p, tuple):
        kind, label, text = p
        if kind == "b":
            inner = f"<b>{esc(label)}</b> {esc(text)}"
        elif kind == "time":
            inner = f'<strong class="live-time">{esc(label)}</strong> {esc(text)}'
        else:
            raise ValueError(kind)
    else:
        inner = esc(p, quote=True)
    return f"<p{attr}>{inner}</p>"


def human_date(pub):
    d = dt.datetime.fromisoformat(pub)
    return d.strftime("%d %B %Y").lstrip("0"), d.strftime("%H:%M")


def page_L(a):
    day, tm = human_date(a["pub"])
    year = a["pub"][:4]
    slug = a["slug"]
    ticker = "\n    ".join(
        f'<span class="breaking-strip__item"><a href="/news/{i}">{esc(t)}</a></span>'
        for i, t in enumerate(a["ticker"], 1)
    )
    paras = []
    for i, p in enumerate(a["paras"]):
        paras.append("      " + para_html(p, "article__paragraph"))
        if i == 1:
            paras.append(
                '      <div class="article__ad" data-slot="inread"><span>Advertisement</span></div>'
            )
    body = "\n".join(paras)
    cards = "\n".join(
        f'      <article class="carousel__card"><a href="/news/shared-{i}"><h3 class="carousel__headline">{esc(h)}</h3>'
        f'<p class="carousel__teaser">{esc(t)}</p></a></article>'
        for i, (h, t) in enumerate(a["teasers"], 1)
    )
    comments = "\n".join(
        f'    <div class="comment"><span class="comment__user">{esc(u)}</span> <span class="comment__time">{k + 2} hours ago</span>'
        f'<p class="comment__text">{esc(t)}</p><span class="comment__likes">{(k + 3) * 7} likes</span></div>'
        for k, (u, t) in enumerate(a["comments"])
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Lowland Evening Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{esc(a['author'], True)}">
<meta name="description" content="{esc(a['title'], True)}">
<meta property="og:site_name" content="Lowland Evening Post">
<meta property="og:title" content="{esc(a['title'], True)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['pub']}+00:00">
<link rel="canonical" href="https://lowlandpost.example/news/{slug}-{a['file'][:4]}">
<link rel="stylesheet" href="/assets/lep.min.css">
</head>
<body class="lep-site">
<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We and our 214 partners use cookies to personalise ads and measure traffic. You can change your choices at any time under Privacy settings.</p>
  <button class="cookie-banner__accept">Accept all</button> <button class="cookie-banner__settings">Manage settings</button>
</div>
<header class="masthead">
  <a class="masthead__logo" href="/">Lowland <span>Evening Post</span></a>
  <nav class="masthead__nav"><a href="/news">News</a> <a href="/world">World</a> <a href="/showbiz">Showbiz</a> <a href="/sport">Sport</a> <a href="/money">Money</a> <a href="/tech">Tech</a> <a href="/puzzles">Puzzles</a></nav>
  <div class="breaking-strip"><span class="breaking-strip__label">BREAKING</span>
    {ticker}
  </div>
</header>
<main class="page page--article">
  <div class="article">
    <span class="article__kicker">{esc(a['kicker'])}</span>
    <h1 class="article__headline">{esc(a['title'])}</h1>
    <div class="article__byline">By <a class="article__author" href="/authors/{a['author'].lower().replace(' ', '-')}">{esc(a['author'])}</a> <span class="article__date">{day}</span> <span class="article__updated">Updated {tm}</span></div>
    <figure class="article__hero"><img src="/img/{slug}.jpg" alt=""><figcaption>{esc(a['caption'])}</figcaption></figure>
    <div class="article__body">
{body}
    </div>
    <div class="article__share"><a href="#">Share on WhatsApp</a> <a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
  </div>
  <section class="most-shared">
    <h2 class="most-shared__title">Most shared</h2>
    <div class="carousel" data-autoplay="true">
{cards}
    </div>
  </section>
  <section class="reader-comments" id="comments">
    <h2>Have your say ({len(a['comments'])} comments)</h2>
{comments}
  </section>
  <div class="signup-box"><h3>Get the Evening Post in your inbox</h3><p>The day's biggest stories, every evening at six.</p><form action="/signup" method="post"><input type="email" name="email" placeholder="Email address"><button>Sign me up</button></form></div>
</main>
<footer class="site-foot">
  <nav><a href="/contact">Contact</a> <a href="/complaints">Complaints</a> <a href="/privacy">Privacy settings</a> <a href="/terms">Terms</a></nav>
  <p>&copy; {year} Lowland Evening Post Media Group. All rights reserved.</p>
</footer>
<script src="/assets/lep.min.js"></script>
</body>
</html>
"""


def page_P(a):
    day, _ = human_date(a["pub"])
    year = a["pub"][:4]
    ticker = "".join(f'<li><a href="/alerts/{i}">{esc(t)}</a></li>' for i, t in enumerate(a["ticker"], 1))
    body = "\n".join("        " + para_html(p) for p in a["paras"])
    meta = "\n".join(f"          <dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in a["meta"])
    related = "\n".join(
        f'      <li class="related-case"><a href="/cases/related-{i}">{esc(h)}</a><p>{esc(t)}</p></li>'
        for i, (h, t) in enumerate(a["teasers"], 1)
    )
    notes = "\n".join(
        f'      <div class="note"><p class="note__author">{esc(u)}</p><p class="note__body">{esc(t)}</p></div>'
        for u, t in a["comments"]
    )
    cid = a["case_id"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - Press Liberty Watch</title>
<meta name="author" content="{esc(a['author'], True)}">
<meta name="description" content="{esc(a['title'], True)}">
<meta property="og:site_name" content="Press Liberty Watch">
<meta property="og:title" content="{esc(a['title'], True)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['pub']}+00:00">
<link rel="canonical" href="https://pressliberty.example/cases/{cid.lower()}-{a['slug']}">
<link rel="stylesheet" href="/static/plw.css">
</head>
<body class="plw">
<div class="plw-topbar">
  <a class="plw-brand" href="/">Press Liberty Watch</a>
  <nav class="plw-menu"><ul><li><a href="/cases">Cases</a></li><li><a href="/countries">Countries</a></li><li><a href="/reports">Reports</a></li><li><a href="/alerts">Alerts</a></li><li><a href="/about">About</a></li><li><a href="/donate">Donate</a></li></ul></nav>
</div>
<div class="alert-ticker"><span class="alert-ticker__tag">Latest alerts</span><ul>{ticker}</ul></div>
<main id="case-page">
  <nav class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/cases">{esc(a['kind'])}</a> &rsaquo; <span>{esc(cid)}</span></nav>
  <div class="case-card">
    <div class="case-card__head">
      <span class="case-id">{esc(cid)}</span> <span class="case-status">{esc(a['status'])}</span>
      <h1 class="case-title">{esc(a['title'])}</h1>
      <span class="case-published">Published {day} by {esc(a['author'])}</span>
    </div>
    <div class="case-layout">
      <div class="case-narrative">
{body}
      </div>
      <aside class="case-meta">
        <h2>Case details</h2>
        <dl>
{meta}
        </dl>
      </aside>
    </div>
  </div>
  <section class="related-cases">
    <h2>Related cases</h2>
    <ul>
{related}
    </ul>
  </section>
  <section class="case-comments" id="notes">
    <h2>Reader notes</h2>
{notes}
  </section>
</main>
<div class="plw-subscribe"><h2>Weekly alerts</h2><p>Receive new cases from our monitors every Friday.</p><form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.org"><button>Subscribe</button></form></div>
<footer class="plw-footer">
  <p>Press Liberty Watch is an independent monitor of press and online freedom. Content licensed CC BY 4.0, {year}.</p>
  <nav><a href="/methodology">Methodology</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></nav>
</footer>
</body>
</html>
"""


def page_W(a):
    day, tm = human_date(a["pub"])
    year = a["pub"][:4]
    flash = "".join(f"<li>{esc(t)}</li>" for t in a["ticker"])
    body = "\n".join("    " + para_html(p) for p in a["paras"])
    rail = "\n".join(
        f'    <li><a href="/article/rail-{i}">{esc(h)}</a><span class="tw-rail-sum">{esc(t)}</span></li>'
        for i, (h, t) in enumerate(a["teasers"], 1)
    )
    disc = "\n".join(
        f"    <li><cite>{esc(u)}</cite><p>{esc(t)}</p></li>" for u, t in a["comments"]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Transcontinental Wire</title>
<meta name="author" content="{esc(a['author'], True)}">
<meta property="og:site_name" content="Transcontinental Wire">
<meta property="og:title" content="{esc(a['title'], True)}">
<meta property="article:published_time" content="{a['pub']}+00:00">
<meta property="article:section" content="{esc(a['kicker'], True)}">
<link rel="canonical" href="https://transwire.example/article/{a['slug']}-idTW{a['file'][:4]}{a['pub'][:10].replace('-', '')}">
</head>
<body>
<div id="tw-masthead"><span class="tw-logo">TRANSCONTINENTAL WIRE</span>
  <ul class="tw-sections"><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/technology">Technology</a></li><li><a href="/investigations">Investigations</a></li></ul>
</div>
<div class="tw-flash"><b>FLASH</b><ul class="tw-flash-list">{flash}</ul></div>
<div id="tw-container">
 <div class="tw-story" id="story-{a['file'][:4]}">
  <div class="tw-slug">{esc(a['kicker'].upper())} | {day} {tm} GMT</div>
  <h1 class="tw-headline">{esc(a['title'])}</h1>
  <div class="tw-byline">By {esc(a['author'])}<span class="tw-readtime">{max(2, len(a['paras']) // 2)} Min Read</span></div>
  <div class="wire-text">
{body}
  </div>
  <div class="tw-standards">Our Standards: <a href="/principles">The Transcontinental Wire Trust Principles.</a></div>
 </div>
 <div class="tw-rail"><h4>More from Transcontinental Wire</h4>
  <ul>
{rail}
  </ul>
 </div>
 <div class="tw-discussion"><h4>Discussion</h4>
  <ul>
{disc}
  </ul>
 </div>
</div>
<div class="tw-newsletter"><h4>Sign up for the Daily Briefing</h4><span>Our top stories, delivered to your inbox before markets open.</span><form action="/newsletter"><input type="email" name="e"><button>Sign up</button></form></div>
<div class="tw-footer"><span>&copy; {year} Transcontinental Wire. All quotes delayed a minimum of 15 minutes.</span> <a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></div>
</body>
</html>
"""


PAGE = {"L": page_L, "P": page_P, "W": page_W}


def d(s):
    return dt.date.fromisoformat(s) if s else None


def ann(a):
    out = {
        "file": a["file"],
        "published": d(a["pub"][:10]),
        "dominant_country": a["dom"],
        "body_xpath": XPATH[a["outlet"]],
        "incidents": [],
        "negatives": [],
    }
    for inc in a["inc"]:
        e = {
            "type": inc["type"],
            "country": inc["country"],
            "platforms": inc["platforms"],
            "target_category": inc["target"],
            "actor_type": inc["atype"],
            "actor": inc["actor"],
            "victim_count": inc["n"],
            "victim_count_qualifier": inc["q"],
            "event_date": d(inc["date"]),
            "date_precision": inc["prec"],
            "evidence": inc["ev"],
        }
        if inc.get("also"):
            e["also"] = inc["also"]
        if inc.get("inh"):
            e["date_inherited"] = True
        if inc.get("note"):
            e["note"] = inc["note"]
        out["incidents"].append(e)
    for s, why in a["neg"]:
        out["negatives"].append({"sentence": s, "why": why})
    return out


def main():
    arts = sorted(ARTICLES, key=lambda a: a["file"])
    for a in arts:
        (HERE / a["file"]).write_text(PAGE[a["outlet"]](a), encoding="utf-8")
    data = {"articles": [ann(a) for a in arts]}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100000)
    header = (
        "# Annotated dev set, part: heldout9 (held-out: scoring only). Format and conventions: ../README.md\n"
        "# Codebook: shared CODEBOOK.md (v1). Outlets: Lowland Evening Post, Press Liberty Watch,\n"
        "# Transcontinental Wire.\n"
    )
    (HERE / "annotations.yaml").write_text(header + text, encoding="utf-8")
    print(len(arts), "articles")


if __name__ == "__main__":
    main()
