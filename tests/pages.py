"""Small HTML pages written for the tests (not fixtures on disk, so each test shows its input)."""

from __future__ import annotations

ARTICLE_PARAGRAPHS = [
    "Police in Minsk detained two reporters of an independent news site on Friday, "
    "their editor said.",
    "The reporters had been filming a queue outside a courthouse where a blogger was on trial.",
    "Officials denied that any journalist had been detained for their work.",
    "Colleagues said both reporters were taken to a district police station and questioned "
    "for several hours about their footage.",
]


def news_page(paragraphs: list[str] | None = None, *, title: str = "Two reporters detained",
              published: str | None = "2021-02-19T10:00:00+00:00",
              canonical: str = "https://eastwire.example/news/two-reporters-detained",
              lang: str = "en", charset: str = "utf-8", comments: bool = True) -> str:
    """A complete news page with navigation, ticker, teasers, comments and footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in (paragraphs or ARTICLE_PARAGRAPHS))
    meta_date = (f'<meta property="article:published_time" content="{published}">'
                 if published else "")
    comment_block = """
<section class="comments"><h3>Reader comments</h3>
<div class="comment"><p>Another journalist was arrested in my town last year.</p></div>
<div class="comment"><p>They will block the whole internet next, mark my words.</p></div>
</section>""" if comments else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | East Wire</title>
<meta name="author" content="Dana Novak">{meta_date}
<meta property="og:site_name" content="East Wire">
<link rel="canonical" href="{canonical}"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li>
<li><a href="/tech/">Tech</a></li></ul></nav>
<div class="ticker">Breaking: Telegram blocked in three more regions</div>
<main><article><h1>{title}</h1><p class="byline">By Dana Novak</p>
{paras}
</article>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/a">Blogger sentenced over satirical video</a></li>
<li><a href="/b">Mobile internet cut in border province</a></li></ul></aside>
{comment_block}
</main><footer><p>Copyright 2021 East Wire. All rights reserved.</p></footer></body></html>"""
