"""Meridian Bay Gazette: a small-town paper on an old Drupal-style CMS."""
import datetime as dt

from _lib import esc, slugify

BODY_XPATH = "//div[contains(@class,'field-name-body')]/div[@class='field-items']"

ADS = [
    ("Harbor Light Realty", "/sites/default/files/ads/harborlight-300x250.gif"),
    ("Bay Street Hardware - Spring Sale", "/sites/default/files/ads/baystreet-hw.jpg"),
    ("Meridian Bay Savings Bank", "/sites/default/files/ads/mbsb-cd-rates.png"),
    ("Dune Road Dental", "/sites/default/files/ads/dunerd-dental.gif"),
    ("Salt Marsh Seafood Shack", "/sites/default/files/ads/saltmarsh.jpg"),
]


def _comment(c, depth, cid):
    name, when, text, replies = c
    paras = "".join(f"<p>{esc(t)}</p>" for t in text.split("\n\n"))
    out = [f'''<a id="comment-{cid}"></a>
<div class="comment{' comment-by-anonymous' if depth == 0 else ''} clearfix" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="comment-submitted"><span class="username">{esc(name)}</span> <span class="comment-time">{esc(when)}</span></div></div>
  <div class="comment-text"><div class="content">
    <div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{paras}</div></div></div>
  </div>
  <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/{cid}">reply</a></li></ul></div>
</div>''']
    if replies:
        out.append('<div class="indented">')
        for j, r in enumerate(replies):
            out.append(_comment(r, depth + 1, cid * 10 + j + 1))
        out.append('</div>')
    return "\n".join(out)


def _count(cs):
    return sum(1 + _count(c[3]) for c in cs)


def render(a):
    pub = dt.datetime.fromisoformat(a["pub"])
    nid = 4000 + a["num"] % 1000 * 7
    slug = a.get("slug") or slugify(a["title"])
    section = a.get("section", "News")
    url = f"https://meridianbaygazette.example/{section.lower().replace(' ', '-')}/{pub:%Y/%m/%d}/{slug}"
    ads = a.get("ads", [2, 5])
    fields = []
    adn = 0
    for i, p in enumerate(a["paras"]):
        text = " ".join(p)
        fields.append(f'<div class="field-item"><p>{text}</p></div>')
        if i + 1 in ads and i + 1 < len(a["paras"]):
            name, img = ADS[(a["num"] + adn) % len(ADS)]
            adn += 1
            fields.append(f'''<div class="ad-slot" id="ad-inline-{adn}"><span class="ad-label">ADVERTISEMENT</span>
  <a href="/ads/click?zone=inline&amp;n={adn}" rel="sponsored nofollow"><img src="{img}" width="300" height="250" alt="{esc(name)}" /></a></div>''')
    body = "\n".join(fields)
    ticker = "\n".join(
        f'<div class="views-row views-row-{i + 1}"><span class="views-field-title"><a href="/breaking/{slugify(t)}">{esc(t)}</a></span></div>'
        for i, t in enumerate(a["ticker"]))
    teasers = "\n".join(
        f'''<div class="views-row"><div class="views-field-title"><span class="field-content"><a href="/news/{slugify(t)}">{esc(t)}</a></span></div>
  <div class="views-field-body"><div class="field-content teaser-summary">{esc(s)}</div></div></div>''' for t, s in a["teasers"])
    comments = "\n".join(_comment(c, 0, nid * 10 + i + 1) for i, c in enumerate(a["comments"]))
    ncom = _count(a["comments"])
    caption = ""
    if a.get("photo"):
        caption = f'''<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/{pub:%Y-%m}/{slug[:20]}.jpg" width="620" height="400" alt="" /><div class="image-caption">{esc(a['photo'])}</div></div></div></div>'''
    byline = a.get("byline", f"By {a['author']}")
    tags = ", ".join(f'<a href="/tags/{slugify(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a>' for t in a.get("tags", ["World", "Press freedom"]))
    a["furniture_texts"] = list(a["ticker"]) + [t for t, _ in a["teasers"]] + [s for _, s in a["teasers"]] + _texts(a["comments"])
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr" lang="en">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <link rel="shortcut icon" href="https://meridianbaygazette.example/misc/favicon.ico" type="image/vnd.microsoft.icon" />
  <meta name="author" content="{esc(a['author'])}" />
  <meta name="generator" content="Drupal 7 (http://drupal.org)" />
  <meta name="description" content="{esc(a['title'])}" />
  <link rel="canonical" href="{url}" />
  <link rel="shortlink" href="https://meridianbaygazette.example/node/{nid}" />
  <meta property="og:site_name" content="Meridian Bay Gazette" />
  <meta property="og:type" content="article" />
  <meta property="og:url" content="{url}" />
  <meta property="og:title" content="{esc(a['title'])}" />
  <meta property="article:published_time" content="{a['pub']}" />
  <meta property="article:section" content="{esc(section)}" />
  <title>{esc(a['title'])} | Meridian Bay Gazette</title>
  <style type="text/css" media="all">@import url("https://meridianbaygazette.example/modules/system/system.base.css?m2k3x1");</style>
  <style type="text/css" media="all">@import url("https://meridianbaygazette.example/sites/all/themes/bayside/css/style.css?m2k3x1");</style>
  <script type="text/javascript" src="https://meridianbaygazette.example/misc/jquery.js?v=1.4.4"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} node-type-article">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
  <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/gazette-masthead.png" alt="Home" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Meridian Bay Gazette</span></a></strong></div>
      <div id="site-slogan">Serving Meridian Bay and the Harbor Towns since 1911</div></div>
    <div class="region region-header"><div id="block-weather" class="block"><div class="content">Meridian Bay: 54&deg;F, light fog</div></div></div>
  </div></div>
  <div id="navigation"><div class="section">
    <ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-301"><a href="/news">News</a></li><li class="menu-302"><a href="/world">World &amp; Nation</a></li><li class="menu-303"><a href="/sports">Sports</a></li><li class="menu-304"><a href="/opinion">Opinion</a></li><li class="menu-305"><a href="/obituaries">Obituaries</a></li><li class="menu-306"><a href="/classifieds">Classifieds</a></li><li class="menu-307 last"><a href="/e-edition">e-Edition</a></li></ul>
  </div></div>
  <div class="region region-highlighted"><div id="block-views-breaking-news-block" class="block block-views">
    <h2 class="block-title">Breaking News</h2>
    <div class="content"><div class="view view-breaking-news view-display-id-block"><div class="view-content">
{ticker}
    </div></div></div>
  </div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/{section.lower().replace(' ', '-')}">{esc(section)}</a></div>
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{esc(a['title'])}</h1>
      <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-article node-promoted clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
  <div class="meta submitted">
    <span property="dc:date dc:created" content="{a['pub']}" datatype="xsd:dateTime">Submitted by <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">{esc(a.get('cms_user', 'webdesk'))}</span> on {pub:%a, %m/%d/%Y - %H:%M}</span>
  </div>
  <div class="field field-name-field-byline field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">{esc(byline)}</div></div></div>
  {caption}
  <div class="content clearfix">
  <div class="field field-name-body field-type-text-with-summary field-label-hidden">
  <div class="field-items">
{body}
  </div>
  </div>
  <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items">{tags}</div></div>
  </div>
  <ul class="links inline"><li class="print_html first"><a href="/print/{nid}" title="Display a printer-friendly version of this page.">Printer-friendly version</a></li><li class="comment-add last"><a href="#comment-form">Add new comment</a></li></ul>
  <div id="comments" class="comment-wrapper">
    <h2 class="title">Comments ({ncom})</h2>
{comments}
    <h2 class="title comment-form">Add new comment</h2>
    <form class="comment-form" action="/comment/reply/{nid}" method="post" id="comment-form"><div><label for="edit-name">Your name</label><input type="text" id="edit-name" name="name" size="30" /><label for="edit-comment-body">Comment</label><textarea id="edit-comment-body" name="comment_body" rows="5"></textarea><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit" /></div></form>
  </div>
</div>
      </div></div></div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
      <div id="block-views-related-block" class="block block-views">
        <h2 class="block-title">Related Stories</h2>
        <div class="content"><div class="view view-related"><div class="view-content">
{teasers}
        </div></div></div>
      </div>
      <div id="block-mailchimp-signup" class="block block-newsletter">
        <h2 class="block-title">The Morning Brief</h2>
        <div class="content"><div class="newsletter-box">Get the Gazette's headlines in your inbox every weekday at 6 am.
          <form action="/newsletter/subscribe" method="post"><input type="text" name="mail" size="20" /><input type="submit" value="Subscribe" /></form></div></div>
      </div>
      <div id="block-block-7" class="block block-block"><div class="content"><a href="/e-edition"><img src="/sites/default/files/e-edition-promo.png" alt="Read today's e-Edition" /></a></div></div>
    </div></div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">
    <div class="region region-footer"><div id="block-block-2" class="block"><div class="content">
      <div class="footer-links"><a href="/about">About the Gazette</a> | <a href="/contact">Contact the newsroom</a> | <a href="/subscribe">Home delivery</a> | <a href="/legal-notices">Legal notices</a> | <a href="/privacy">Privacy policy</a></div>
      <div class="copyright">&copy; {pub.year} Meridian Bay Gazette, 14 Wharf Street, Meridian Bay. All rights reserved.</div>
    </div></div></div>
  </div></div></div>
  </div></div>
  <script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","ajaxPageState":{{"theme":"bayside"}}}});</script>
</body>
</html>
'''
    return page, BODY_XPATH


def _texts(cs):
    out = []
    for name, when, text, replies in cs:
        out.extend(text.split("\n\n"))
        out.extend(_texts(replies))
    return out
