import datetime as dt
import html

from lib import TR, para_html, to_html

E = lambda s: html.escape(s, quote=True)


def human(pub):
    d = dt.datetime.fromisoformat(pub)
    return d.strftime("%-d %B %Y, %H:%M GMT")


def orbit(a):
    pub = a["pub"]
    d = dt.datetime.fromisoformat(pub)
    url = f"https://orbitnews.example/{a['section'].lower().replace(' ', '-')}/{d:%Y/%m/%d}/{a['slug']}"
    vid = f"onn-{d:%Y%m%d}-{a['file'][:4]}"
    body = []
    for b in a["body"]:
        if isinstance(b, TR):
            body.append(
                f'      <blockquote class="onn-transcript">\n'
                f'        <div class="onn-transcript-label">Transcript excerpt &middot; {E(b.cite)}</div>\n'
                f'        <p><b>{E(b.speaker)}</b> {para_html(b.sents)}</p>\n'
                f'      </blockquote>')
        else:
            body.append(f"      <p>{para_html(b)}</p>")
    body = "\n".join(body)
    ticker = "".join(f'<li><a href="/live/{i}">{E(t)}</a></li>' for i, t in enumerate(a["ticker"], 1))
    cards = "\n".join(
        f'    <a class="onn-card" href="/video/watch-next-{i}"><span class="onn-card-time">{E(dur)}</span>'
        f'<h3>{E(t)}</h3><p>{E(bl)}</p></a>' for i, (t, bl, dur) in enumerate(a["cards"], 1))
    comments = "\n".join(
        f'    <div class="onn-comment"><span class="onn-handle">@{E(h)}</span> <span class="onn-ago">{E(ago)}</span><p>{E(t)}</p></div>'
        for h, ago, t in a["comments"])
    vt, vdur = a["video"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Orbit News Network</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{E(a['author'])}">
<meta name="description" content="{E(a['dek'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Orbit News Network">
<meta property="og:url" content="{url}">
<meta property="og:video" content="https://orbitnews.example/media/{vid}.mp4">
<meta property="article:published_time" content="{pub}+00:00">
<meta property="article:section" content="{E(a['section'])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/onn-2.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"VideoObject","name":"{E(vt)}","uploadDate":"{pub}+00:00"}}</script>
</head>
<body class="onn-story-page">
<div class="onn-topbar">
  <a class="onn-logo" href="/"><span class="onn-orbit">ORBIT</span> NEWS</a>
  <nav class="onn-nav"><a href="/world">World</a> <a href="/africa">Africa</a> <a href="/asia">Asia</a> <a href="/europe">Europe</a> <a href="/americas">Americas</a> <a href="/tech">Tech</a> <a href="/press-freedom">Press Freedom</a> <a href="/video">Video</a> <a class="onn-live" href="/live">&#9679; Watch live</a></nav>
</div>
<div class="onn-breaking" aria-live="polite"><span class="onn-breaking-label">Breaking</span><ul class="onn-crawl">{ticker}</ul></div>
<main class="onn-main">
  <div class="onn-story">
    <div class="onn-story-head">
      <a class="onn-section" href="/{a['section'].lower().replace(' ', '-')}">{E(a['section'])}</a>
      <h1>{E(a['title'])}</h1>
      <div class="onn-dek">{E(a['dek'])}</div>
      <div class="onn-byline"><span class="onn-author">By {E(a['author'])}</span>, {E(a.get('role', 'Orbit News Network'))} &middot; <time datetime="{pub}Z">Updated {human(pub)}</time></div>
    </div>
    <div class="rich-text">
      <div class="onn-player" data-video-id="{vid}">
        <div class="onn-player-poster" role="img" aria-label="Video: {E(vt)}"></div>
        <button class="onn-player-play" type="button">&#9654; Play</button>
        <span class="onn-player-meta">{E(vt)} <em>{E(vdur)}</em></span>
      </div>
{body}
    </div>
    <div class="onn-share">Share this story: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  </div>
  <section class="onn-watch-next">
    <h2>Watch next</h2>
{cards}
  </section>
  <section class="onn-conversation" id="comments">
    <h2>Conversation ({len(a['comments'])})</h2>
{comments}
  </section>
  <div class="onn-newsletter">
    <h3>ONN Morning Brief</h3>
    <span>The day's top stories and the best of our video journalism, before your first coffee.</span>
    <form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Subscribe</button></form>
  </div>
</main>
<footer class="onn-footer">
  <nav><a href="/about">About ONN</a> <a href="/careers">Careers</a> <a href="/standards">Editorial standards</a> <a href="/privacy">Privacy</a> <a href="/tv-schedule">TV schedule</a></nav>
  <small>&copy; {d.year} Orbit News Network. All rights reserved.</small>
</footer>
<script src="/assets/onn-player.js" defer></script>
</body>
</html>
"""


def civic(a):
    pub = a["pub"]
    d = dt.datetime.fromisoformat(pub)
    url = f"https://civicledger.example/commentary/{d:%Y}/{a['slug']}"
    paras = "\n".join(f"        <p>{para_html(b)}</p>" for b in a["body"])
    take = "".join(f"<li>{E(t)}</li>" for t in a["takeaways"])
    notes = "\n".join(f'          <li id="note-{i}">{E(n)} <a href="#ref-{i}" aria-label="Back to text">&#8617;</a></li>'
                      for i, n in enumerate(a["notes"], 1))
    alert = "".join(f"<li>{E(t)}</li>" for t in a["ticker"])
    teasers = "\n".join(
        f'      <article class="cl-teaser"><span class="cl-teaser-type">{E(k)}</span><h3><a href="/research/{i}">{E(t)}</a></h3><p>{E(bl)}</p></article>'
        for i, (k, t, bl) in enumerate(a["cards"], 1))
    responses = "\n".join(
        f'      <div class="cl-response"><p class="cl-response-author">{E(h)} &middot; {E(when)}</p><p>{E(t)}</p></div>'
        for h, when, t in a["comments"])
    authors = a["author"]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | The Civic Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="{E(authors)}">
<meta name="description" content="{E(a['dek'])}">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Civic Ledger">
<meta property="article:published_time" content="{pub}+00:00">
<meta property="article:section" content="Commentary">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/ledger.min.css">
</head>
<body class="cl page-commentary">
<header class="cl-masthead">
  <div class="cl-brand"><a href="/">The Civic Ledger</a></div>
  <span class="cl-tagline">Independent policy research on rights, technology and the state</span>
  <nav class="cl-menu"><ul><li><a href="/research">Research</a></li><li><a href="/commentary">Commentary</a></li><li><a href="/data">Data</a></li><li><a href="/events">Events</a></li><li><a href="/about">About</a></li><li><a href="/donate">Support us</a></li></ul></nav>
</header>
<div class="cl-alert"><strong>From our monitoring desk:</strong><ul>{alert}</ul></div>
<div id="page">
  <div id="main-content">
    <div class="cl-meta">
      <span class="cl-type">Commentary</span> <span class="cl-topic">{E(a['section'])}</span>
      <h1>{E(a['title'])}</h1>
      <div class="cl-standfirst">{E(a['dek'])}</div>
      <div class="cl-authors">{E(authors)}, {E(a.get('role', 'Fellow'))}</div>
      <time class="cl-date" datetime="{d:%Y-%m-%d}">{d:%-d %B %Y}</time>
    </div>
    <div class="prose">
        <div class="key-takeaways"><h2>Key takeaways</h2><ul>{take}</ul></div>
{paras}
    </div>
    <section class="cl-endnotes">
      <h2>Notes</h2>
      <ol>
{notes}
      </ol>
    </section>
  </div>
  <aside class="cl-sidebar">
    <h2>Further reading</h2>
{teasers}
  </aside>
  <section class="cl-responses" id="comments">
    <h2>Reader responses</h2>
{responses}
  </section>
  <div class="cl-subscribe">
    <h3>The Ledger Weekly</h3>
    <span>Our researchers' notes on censorship, surveillance and the law, every Thursday.</span>
    <form action="/subscribe" method="post"><input type="email" name="email" placeholder="you@example.org"><button>Subscribe</button></form>
  </div>
</div>
<footer class="cl-footer">
  <p class="cl-legal">The Civic Ledger is an independent, non-partisan research organisation. Views expressed are the authors' own.</p>
  <nav><a href="/contact">Contact</a> <a href="/funding">Our funding</a> <a href="/privacy">Privacy</a></nav>
</footer>
</body>
</html>
"""
