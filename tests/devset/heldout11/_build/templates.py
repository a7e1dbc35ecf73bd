from lib import esc, curly, slugify, longdate, shortdate, para_text

def _s(x):
    return str(x)

# ---------------------------------------------------------------- Riverside Morning Herald
def herald(a):
    T = curly
    pub = a["pub"]
    y, m, d = pub[:4], pub[5:7], pub[8:10]
    slug = slugify(a["title"])
    url = f"https://riversideherald.example/{a['section'].lower()}/{y}/{m}/{d}/{slug}/"
    title = T(a["title"])
    out = []
    w = out.append
    w('<!DOCTYPE html>')
    w('<html lang="en" class="no-js">')
    w('<head>')
    w('<meta charset="utf-8">')
    w(f'<title>{esc(title)} - Riverside Morning Herald</title>')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<meta name="author" content="{esc(a["author"])}">')
    w(f'<meta name="description" content="{esc(T(a["dek"]))}">')
    w(f'<meta property="og:site_name" content="Riverside Morning Herald">')
    w(f'<meta property="og:title" content="{esc(title)}">')
    w('<meta property="og:type" content="article">')
    w(f'<meta property="og:url" content="{url}">')
    w(f'<meta property="article:published_time" content="{pub}+00:00">')
    w(f'<meta property="article:section" content="{a["section"]}">')
    w(f'<link rel="canonical" href="{url}">')
    w('<link rel="stylesheet" href="/wp-content/themes/herald/style.css?ver=4.2">')
    w('</head>')
    w('<body class="post-template-default single single-post">')
    w('<div id="page" class="site">')
    w('<header id="masthead" class="site-header">')
    w('  <div class="site-branding"><a href="/" rel="home" class="site-title">Riverside Morning Herald</a><span class="site-description">Your city. Your world. Since 1911.</span></div>')
    w('  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
      '<li><a href="/local/">Local</a></li><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li>'
      '<li><a href="/opinion/">Opinion</a></li><li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li></ul></nav>')
    w('</header>')
    w('<div class="breaking-bar"><span class="label">Just in</span><ul class="breaking-list">')
    for t in a["ticker"]:
        w(f'  <li><a href="/news/{slugify(_s(t))}/">{esc(T(_s(t)))}</a></li>')
    w('</ul></div>')
    w('<div class="trending-strip"><h4 class="strip-title">Trending</h4><ol class="trending-items">')
    for t in a["trending"]:
        w(f'  <li><a href="/trending/{slugify(_s(t))}/">{esc(T(_s(t)))}</a></li>')
    w('</ol></div>')
    w('<div id="content" class="site-content">')
    w('<div id="primary" class="content-area"><main id="main" class="site-main">')
    w(f'<div class="post-{a["file"]} post type-post status-publish hentry">')
    w('  <div class="post-header">')
    w(f'    <span class="cat-links"><a href="/{a["section"].lower()}/">{esc(a["section"])}</a></span>')
    w(f'    <h1 class="entry-title">{esc(title)}</h1>')
    w(f'    <div class="standfirst">{esc(T(a["dek"]))}</div>')
    w(f'    <div class="entry-meta">By <span class="author vcard"><a href="/author/{slugify(a["author"])}/">{esc(a["author"])}</a></span>'
      f' <span class="sep">|</span> <time class="entry-date published" datetime="{pub}+00:00">{longdate(pub)}</time></div>')
    w('  </div>')
    w('  <div class="entry-content clearfix">')
    for block in a["body"]:
        if block[0] == "p":
            w(f'    <p>{esc(para_text(block, T))}</p>')
        elif block[0] == "gallery":
            w('    <figure class="gallery gallery-columns-3">')
            for i, alt in enumerate(block[2]):
                w(f'      <div class="gallery-item"><a href="/wp-content/uploads/{y}/{m}/{slug}-{i + 1}.jpg"><img src="/wp-content/uploads/{y}/{m}/{slug}-{i + 1}-300x200.jpg" alt="{esc(T(alt))}" width="300" height="200"></a></div>')
            w(f'      <figcaption class="gallery-caption">{esc(T(block[1]))}</figcaption>')
            w('    </figure>')
        elif block[0] == "q":
            w(f'    <p class="interview-q"><strong>{esc(T(block[1]))}</strong></p>')
    w('  </div>')
    w('  <div class="share-tools"><span>Share:</span> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-x">X</a> <a href="#" class="share-mail">Email</a></div>')
    w(f'  <div class="tags-links">Filed under: <a href="/tag/press-freedom/">press freedom</a>, <a href="/tag/{a["section"].lower()}/">{esc(a["section"].lower())}</a></div>')
    w('</div>')
    w('<div id="comments" class="comments-area">')
    w(f'  <h3 class="comments-title">Reader comments ({len(a["comments"])})</h3>')
    w('  <ol class="comment-list">')
    for name, text in a["comments"]:
        w(f'    <li class="comment"><div class="comment-author">{esc(name)}</div><div class="comment-content"><p>{esc(T(_s(text)))}</p></div><a class="comment-reply-link" href="#">Reply</a></li>')
    w('  </ol>')
    w('</div>')
    w('</main></div>')
    w('<div id="secondary" class="widget-area">')
    w(f'  <section class="widget related-posts"><h3 class="widget-title">More from {esc(a["section"])}</h3><ul>')
    for head, text in a["teasers"]:
        w(f'    <li><a href="/{a["section"].lower()}/{slugify(_s(head))}/">{esc(T(_s(head)))}</a><span class="excerpt">{esc(T(_s(text)))}</span></li>')
    w('  </ul></section>')
    w('  <section class="widget newsletter-signup"><h3 class="widget-title">The Morning Brief</h3><div class="newsletter-text">The day\'s top stories from the Herald newsroom, in your inbox by 6am.</div>'
      '<form action="/subscribe/" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Subscribe</button></form></section>')
    w('</div>')
    w('</div>')
    w('<footer id="colophon" class="site-footer"><div class="footer-links"><a href="/about/">About the Herald</a> | <a href="/contact/">Contact the newsroom</a> | <a href="/corrections/">Corrections</a> | <a href="/privacy/">Privacy</a></div>'
      f'<div class="site-info">&copy; {y} Riverside Morning Herald. All rights reserved.</div></footer>')
    w('</div>')
    w('<script src="/wp-content/themes/herald/js/navigation.js"></script>')
    w('</body>')
    w('</html>')
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- Open Wires Collective
def openwires(a):
    pub = a["pub"]
    y, m, d = pub[:4], pub[5:7], pub[8:10]
    slug = slugify(a["title"])
    url = f"https://openwires.example/research/{y}/{slug}"
    out = []
    w = out.append
    w('<!doctype html>')
    w('<html lang="en">')
    w('<head>')
    w('  <meta charset="utf-8">')
    w(f'  <title>{esc(a["title"])} &middot; Open Wires Collective</title>')
    w(f'  <meta name="author" content="{esc(a["author"])}">')
    w(f'  <meta name="description" content="{esc(a["dek"])}">')
    w('  <meta property="og:site_name" content="Open Wires Collective">')
    w(f'  <meta property="og:title" content="{esc(a["title"])}">')
    w(f'  <meta property="og:description" content="{esc(a["dek"])}">')
    w(f'  <meta property="article:published_time" content="{pub}+00:00">')
    w('  <meta property="article:tag" content="measurement">')
    w(f'  <link rel="canonical" href="{url}">')
    w('  <link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Open Wires research feed">')
    w('  <link rel="stylesheet" href="/assets/owc.min.css">')
    w('</head>')
    w('<body class="layout-post">')
    w('<header class="collective-header">')
    w('  <a class="brand" href="/">Open Wires Collective</a>')
    w('  <nav class="site-nav"><a href="/research/">Research</a> <a href="/data/">Open data</a> <a href="/tools/">Tools</a> <a href="/about/">Who we are</a> <a href="/donate/">Support us</a></nav>')
    w('</header>')
    w('<div class="alert-banner" role="status">')
    for t in a["ticker"]:
        w(f'  <div class="alert-item"><b>Network alert</b> <a href="/alerts/{slugify(_s(t))}">{esc(_s(t))}</a></div>')
    w('</div>')
    w('<main class="layout">')
    w('<article class="post">')
    w('  <header class="post-head">')
    w(f'    <span class="post-kicker">{esc(a["section"])}</span>')
    w(f'    <h1 class="post-title">{esc(a["title"])}</h1>')
    w(f'    <div class="post-lede">{esc(a["dek"])}</div>')
    w(f'    <div class="post-meta"><span class="post-author">{esc(a["author"])}</span> &middot; <time datetime="{pub[:10]}">{shortdate(pub)}</time> &middot; <span class="reading-time">{a.get("minutes", 6)} min read</span></div>')
    w('  </header>')
    w('  <div class="post-body">')
    for block in a["body"]:
        if block[0] == "p":
            w(f'    <p>{esc(para_text(block))}</p>')
        elif block[0] == "h2":
            w(f'    <h2 class="section-head">{esc(block[1])}</h2>')
    w('  </div>')
    w('  <details class="methodology">')
    w('    <summary>How we measured this</summary>')
    w(f'    <div class="method-text">{esc(a["method"])}</div>')
    w('  </details>')
    w('  <div class="cite-box">')
    w('    <h4>Cite this post</h4>')
    w(f'    <code>{esc(a["author"])} ({y}). {esc(a["title"])}. Open Wires Collective. {url}</code>')
    w('    <span class="license">Text and data released under CC BY 4.0.</span>')
    w('  </div>')
    w('</article>')
    w('<aside class="sidebar">')
    w('  <div class="more-research"><h3>More research</h3><ul>')
    for head, text in a["teasers"]:
        w(f'    <li><a href="/research/{slugify(_s(head))}">{esc(_s(head))}</a><div class="teaser-text">{esc(_s(text))}</div></li>')
    w('  </ul></div>')
    w('  <div class="newsletter"><h3>Monthly digest</h3><div>One email a month with our new measurements and datasets.</div><form action="/subscribe" method="post"><input type="email" name="e" placeholder="you@example.org"><button>Join</button></form></div>')
    w('</aside>')
    w('</main>')
    w('<section class="discussion" id="discussion">')
    w(f'  <h3>Discussion ({len(a["comments"])})</h3>')
    for name, text in a["comments"]:
        w(f'  <div class="reply"><strong class="handle">{esc(name)}</strong><div class="reply-text">{esc(_s(text))}</div></div>')
    w('</section>')
    w(f'<footer class="collective-footer"><div>Open Wires Collective is an independent network of volunteers who measure internet censorship.</div><div>&copy; {y} Open Wires Collective &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></div></footer>')
    w('</body>')
    w('</html>')
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- Bulletin of the Southern Press
def bulletin(a):
    pub = a["pub"]
    y, m, d = pub[:4], pub[5:7], pub[8:10]
    url = f"https://southernpress.example/bulletin/{y}-{m}-{d}/issue-{a['issue']}"
    out = []
    w = out.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    w('<html lang="en">')
    w('<head>')
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    w(f'<title>Bulletin {a["issue"]}: {esc(a["title"])}</title>')
    w(f'<meta name="author" content="{esc(a["author"])}">')
    w(f'<meta name="description" content="{esc(a["dek"])}">')
    w('<meta property="og:site_name" content="Bulletin of the Southern Press">')
    w(f'<meta property="og:title" content="{esc(a["title"])}">')
    w(f'<meta property="article:published_time" content="{pub}+00:00">')
    w(f'<link rel="canonical" href="{url}">')
    w('<link rel="stylesheet" type="text/css" href="/css/bulletin.css">')
    w('</head>')
    w('<body>')
    w('<div id="page">')
    w('<div id="top"><div class="logo"><a href="/">Bulletin of the Southern Press</a></div>'
      '<div class="motto">A weekly record of press freedom, compiled by member associations</div>'
      '<div id="menu"><a href="/bulletin/">All issues</a> &bull; <a href="/alerts/">Alerts</a> &bull; <a href="/members/">Members</a> &bull; <a href="/submit/">Submit an item</a></div></div>')
    w('<div id="flash">')
    for t in a["ticker"]:
        w(f'  <span class="flash-item">{esc(_s(t))}</span>')
    w('</div>')
    w('<div id="issue-head">')
    w(f'  <div class="issue-no">Issue {a["issue"]}</div>')
    w(f'  <h1>{esc(a["title"])}</h1>')
    w(f'  <div class="issue-meta">Published {longdate(pub)} &middot; Compiled by {esc(a["author"])}</div>')
    w('</div>')
    w('<div id="items">')
    for block in a["body"]:
        if block[0] == "p":
            w(f'<p>{esc(para_text(block))}</p>')
        elif block[0] == "h3":
            w(f'<h3>{esc(block[1])}</h3>')
    w('</div>')
    w('<div id="elsewhere"><h4>Elsewhere this week</h4><ul>')
    for head, text in a["teasers"]:
        w(f'  <li><a href="/alerts/{slugify(_s(head))}">{esc(_s(head))}</a> <span class="summary">{esc(_s(text))}</span></li>')
    w('</ul></div>')
    w('<div id="letters"><h4>Letters to the bulletin</h4>')
    for name, text in a["comments"]:
        w(f'  <div class="letter"><p>{esc(_s(text))}</p><span class="sig">{esc(name)}</span></div>')
    w('</div>')
    w('<div id="subscribe"><b>Get the bulletin every Friday.</b> <form action="/subscribe" method="post"><input type="text" name="email" size="24"> <input type="submit" value="Subscribe"></form></div>')
    w(f'<div id="foot">Bulletin of the Southern Press &middot; Items may be reproduced with credit &middot; &copy; {y}</div>')
    w('</div>')
    w('</body>')
    w('</html>')
    return "\n".join(out) + "\n"
