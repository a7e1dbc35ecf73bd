"""Cleaning: article text without furniture or comments, metadata, encodings, bad bodies."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from pipeline.clean import CleanError, Deduplicator, Skip, clean_page
from pipeline.records import Article, RawPage
from pipeline.siblings import ensure_main_prose, recover_paragraphs
from tests.pages import news_page


def clean(html: str | bytes, **kwargs: object) -> Article:
    body = html.encode("utf-8") if isinstance(html, str) else html
    result = clean_page(RawPage(url="http://127.0.0.1:8000/news/x/", body=body, **kwargs))
    assert isinstance(result, Article)
    return result


def test_article_text_keeps_paragraphs_and_drops_comments_and_navigation() -> None:
    article = clean(news_page())
    assert "Police in Minsk detained two reporters" in article.text
    assert "questioned for several hours" in article.text
    assert "mark my words" not in article.text
    assert "Another journalist was arrested in my town" not in article.text
    assert "All rights reserved" not in article.text


def test_metadata_comes_from_the_page() -> None:
    article = clean(news_page())
    assert article.title == "Two reporters detained"
    assert article.author == "Dana Novak"
    assert article.site_name == "East Wire"
    assert article.published_at == date(2021, 2, 19)
    assert article.language == "en"
    assert article.canonical_url == "https://eastwire.example/news/two-reporters-detained"
    assert article.outlet == "eastwire.example"
    assert article.url == "http://127.0.0.1:8000/news/x/"


def test_publication_date_falls_back_to_htmldate() -> None:
    html = news_page(published=None).replace(
        '<p class="byline">By Dana Novak</p>',
        '<p class="byline">By Dana Novak</p><time datetime="2019-03-12">12 March 2019</time>')
    assert clean(html).published_at == date(2019, 3, 12)


def test_non_200_and_non_html_records_are_skipped() -> None:
    assert clean_page(RawPage(url="u", body=b"<html></html>", status=404)) == Skip("status 404")
    skipped = clean_page(RawPage(url="u", body=b"%PDF-1.4", content_type="application/pdf"))
    assert skipped == Skip("not html")


@pytest.mark.parametrize(("body", "reason"), [
    (b"", "empty body"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not HTML (PNG image)"),
    (bytes(range(0, 9)) * 500, "not HTML (binary data)"),
    (b"\x00" * 4096, "not HTML (only NUL bytes)"),
])
def test_unreadable_bodies_raise_a_clear_error(body: bytes, reason: str) -> None:
    with pytest.raises(CleanError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        clean_page(RawPage(url="u", body=body))


def test_nul_bytes_inside_a_page_are_ignored() -> None:
    body = news_page().encode("utf-8").replace(b"<p>Police", b"<p>\x00Police")
    assert "Police in Minsk detained" in clean(body).text


ARABIC = ("اعتقلت الشرطة صحفيين اثنين في القاهرة يوم الجمعة بسبب منشورات على فيسبوك. "
          "وقال محامي الصحفيين إنهما نقلا إلى مركز للشرطة في وسط المدينة.")
RUSSIAN = ("Полиция задержала двух журналистов в Москве в пятницу после публикации "
           "репортажа о протестах. Редакция сообщила, что их допрашивали несколько часов.")


def test_windows_1256_page_declared_in_meta_is_decoded() -> None:
    html = news_page([ARABIC, ARABIC], lang="ar", charset="windows-1256")
    assert "اعتقلت الشرطة صحفيين" in clean(html.encode("cp1256")).text


def test_koi8_r_page_declared_in_http_header_is_decoded() -> None:
    html = news_page([RUSSIAN, RUSSIAN], lang="ru", charset="koi8-r")
    article = clean(html.encode("koi8_r"), content_type="text/html; charset=koi8-r")
    assert "Полиция задержала двух журналистов" in article.text


def test_mislabelled_page_is_decoded_by_detection() -> None:
    html = news_page([RUSSIAN, RUSSIAN], lang="ru", charset="utf-8")
    article = clean(html.encode("cp1251"), content_type="text/html; charset=utf-8")
    assert "журналистов" in article.text


def test_utf8_page_labelled_latin1_is_read_as_utf8() -> None:
    html = news_page([RUSSIAN, RUSSIAN], lang="ru", charset="iso-8859-1")
    assert "журналистов" in clean(html.encode("utf-8")).text


def test_exact_duplicates_collapse_by_text_hash_and_canonical_url() -> None:
    first = clean(news_page())
    same_text = clean(news_page(canonical="https://mirror.example/copy"))
    same_url = clean(news_page(["A different text about a court in Minsk."] * 2))
    other = clean(news_page(["Another story entirely, about a new law in Minsk."] * 2,
                            canonical="https://eastwire.example/other"))
    dedup = Deduplicator()
    assert [dedup.is_duplicate(a) for a in (first, same_text, same_url, other)] == [
        False, True, True, False]


def test_clean_text_is_at_least_as_good_as_bare_trafilatura_on_the_dev_set() -> None:
    from pipeline.bench import cleaning_quality
    from tests.conftest import DEVSET

    scores = cleaning_quality(DEVSET)
    ours, bare = scores["pfd clean"], scores["trafilatura defaults"]
    assert ours["evidence_kept"] >= bare["evidence_kept"]
    assert ours["furniture_leaked"] <= bare["furniture_leaked"]
    assert ours["furniture_leaked"] < 0.02


_HEAD = ('<html lang="en"><head><title>T</title><meta property="article:published_time" '
         'content="2024-03-02T09:00:00+00:00"></head><body>')


def test_liveblog_entries_dropped_by_the_extractor_are_put_back_in_order() -> None:
    entries = "".join(
        f'<div class="lb-entry"><div class="lb-content"><div class="lb-text"><p>Entry {i}: '
        f'police detained reporter number {i} near parliament this morning.</p></div></div>'
        f'</div>' for i in range(1, 5))
    comments = ('<div class="talk"><div class="c"><p>A reader says police detained him too, '
                'last year, for nothing at all.</p></div></div>')
    tree = lxml.html.document_fromstring(
        f"<html><body><h1>Live</h1><div id='feed'>{entries}</div>{comments}</body></html>")
    kept = ["Live", "Entry 2: police detained reporter number 2 near parliament this morning."]
    lines = recover_paragraphs(tree, kept)
    assert [line[:8] for line in lines] == ["Live", "Entry 1:", "Entry 2:", "Entry 3:",
                                           "Entry 4:"]


def test_blocks_named_by_a_furniture_label_are_removed() -> None:
    story = "".join(f"<p>Paragraph {i} of the story says the regulator blocked the site of an "
                    f"independent outlet on Monday, according to its editor.</p>"
                    for i in range(1, 6))
    html = (f'{_HEAD}<table><tr><td class="c1"><h1>Site blocked</h1>{story}'
            '<font size="2"><b>Readers\' comments</b><p>Police arrested my neighbour for a '
            'post last year, nobody wrote about it.</p></font></td>'
            '<td class="c2"><b>More from the region</b><p>Journalist detained in the capital '
            'over a satirical video.</p></td></tr></table></body></html>')
    text = clean(html).text
    assert "Paragraph 5 of the story" in text
    assert "arrested my neighbour" not in text
    assert "satirical video" not in text


def test_source_notes_and_recent_alert_lists_are_furniture() -> None:
    story = "".join(f"<p>Paragraph {i} of the alert says police detained a blogger in the "
                    f"capital on Monday over a post about the army, his lawyer said.</p>"
                    for i in range(1, 6))
    html = (f'{_HEAD}<div class="wrap"><h1>Blogger detained</h1><section>{story}</section>'
            '<div class="x1"><h2>Sources and notes</h2><ol><li>Cybercrime Act 2018 as passed, '
            'sections 21 and 25.</li></ol></div>'
            '<div class="x2"><h3>Recent alerts</h3><p>Reporter detained at the airport on his '
            'way to a conference.</p></div></div></body></html>')
    text = clean(html).text
    assert "Paragraph 5 of the alert" in text
    assert "as passed" not in text
    assert "on his way to a conference" not in text


def test_key_points_boxes_and_reader_replies_are_furniture() -> None:
    story = "".join(f"<p>Paragraph {i} says the regulator blocked the news site on Monday, "
                    f"according to the outlet's editor and two engineers.</p>"
                    for i in range(1, 6))
    html = (f'{_HEAD}<div class="wrap"><h1>Site blocked</h1><div class="prose">'
            '<div class="box"><h2>Key takeaways</h2><ul><li>More than 400 sites have been '
            f'blocked since May.</li></ul></div>{story}</div><div class="r"><h2>You wrote back'
            '</h2><p>My cousin was detained at the march and nobody reported it.</p></div>'
            '</div></body></html>')
    text = clean(html).text
    assert "Paragraph 5 says" in text
    assert "400 sites" not in text
    assert "My cousin" not in text


def test_footnote_numbers_become_note_markers_that_end_the_sentence() -> None:
    html = (f'{_HEAD}<article><h1>Blocked</h1><p>X has been inaccessible since 17 February, '
            'the regulator said.<sup><a href="#n1">1</a></sup> The block followed a shutdown on '
            'polling day.<sup>2</sup></p><p>It was her 1<sup>st</sup> arrest, in a flat of 40 '
            'm<sup>2</sup>.</p><p>More text about the case follows here, long enough to be an '
            'article paragraph for the extractor.</p></article></body></html>')
    text = clean(html).text
    assert "the regulator said.[1] The block followed" in text
    assert "polling day.[2]" in text
    assert "her 1st arrest" in text and "40 m2." in text


def test_paragraphs_of_a_story_laid_out_in_a_table_cell_keep_their_own_lines() -> None:
    cell = "".join(f"<h3>Part {i}</h3><p>Paragraph {i}: the regulator blocked an independent "
                   f"news site on Monday, its editor said.</p>" for i in range(1, 5))
    html = (f'{_HEAD}<table><tr><td><h1>Newsletter</h1>{cell}</td></tr></table>'
            '<table><tr><td>Price</td><td>3</td></tr></table></body></html>')
    lines = clean(html).text.split("\n")
    assert sum(line.startswith("Paragraph") for line in lines) == 4


def test_section_headings_over_paragraphs_are_kept_as_lines() -> None:
    body = "".join(f"<h3>{country}</h3><p>Paragraph about {country}: the regulator blocked an "
                   f"independent news site on Monday, its editor said.</p>"
                   for country in ("Venezuela", "Brazil", "Nepal"))
    html = f'{_HEAD}<article><h1>Round-up</h1>{body}</article></body></html>'
    lines = clean(html).text.split("\n")
    assert lines.index("Brazil") + 1 == lines.index(next(
        line for line in lines if line.startswith("Paragraph about Brazil")))


def test_glossaries_are_furniture() -> None:
    story = "".join(f"<p>Paragraph {i}: the regulator cut mobile internet in the region on "
                    f"Monday, engineers at two operators said.</p>" for i in range(1, 5))
    html = (f'{_HEAD}<main><h1>Cut</h1><div class="body">{story}</div><dl class="x"><h3>Key '
            'terms</h3><dt>Throttling</dt><dd>Deliberately slowing traffic until it is barely '
            'usable.</dd></dl></main></body></html>')
    text = clean(html).text
    assert "Paragraph 4" in text and "Deliberately slowing" not in text


def test_a_story_container_named_like_furniture_is_kept() -> None:
    story = "".join(f"<p>Paragraph {i}: the regulator blocked the independent site on Monday, "
                    f"its editor said in a statement to readers.</p>" for i in range(1, 7))
    html = (f'{_HEAD}<div class="page"><h1>Blocked</h1><div class="commentary">{story}</div>'
            '<div class="post-comments"><p>Reader: they blocked my blog too, last year.</p>'
            '</div></div></body></html>')
    text = clean(html).text
    assert "Paragraph 6" in text
    assert "blocked my blog" not in text


def test_when_extraction_misses_the_story_the_story_container_is_used() -> None:
    story = "".join(f"<p>Paragraph {i}: the court ordered the news site blocked on Monday, "
                    f"its lawyers said after the hearing in the capital.</p>" for i in range(6))
    tree = lxml.html.document_fromstring(
        f"<html><body><h1>Ruling</h1><div class='ruling'>{story}</div><section>"
        "<p>Teaser: another site was blocked last year in the north.</p></section>"
        "</body></html>")
    lines = ensure_main_prose(tree, ["Teaser: another site was blocked last year in the north."])
    assert [line[:11] for line in lines] == [f"Paragraph {i}" for i in range(6)]
    kept = ["Paragraph 0: the court ordered the news site blocked on Monday, its lawyers said "
            "after the hearing in the capital.".replace("0", str(i)) for i in range(6)]
    assert ensure_main_prose(tree, kept) == kept


def test_a_pinned_summary_dropped_by_the_extractor_is_put_back() -> None:
    entries = "".join(f'<div class="entry"><time>1{i}:00</time><p>Entry {i}: operators '
                      f'confirmed that mobile data was still cut in the capital this hour.</p>'
                      f'</div>' for i in range(1, 5))
    html = (f'{_HEAD}<div class="live"><h1>Live</h1><section id="feed"><div class="pinned">'
            '<strong>Key points</strong><p>The country is almost entirely offline after the '
            'authorities pulled the plug on mobile and fixed internet on Wednesday.</p></div>'
            f'{entries}</section><blockquote class="embed"><p>A quoted post about another '
            'outage somewhere else entirely, shared by a reader.</p></blockquote></div>'
            '</body></html>')
    text = clean(html).text
    assert "almost entirely offline" in text
    assert text.index("almost entirely offline") < text.index("Entry 1:")
    assert "quoted post" not in text
