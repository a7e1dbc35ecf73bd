"""Layout fixes before text extraction: layout tables and section headings.

Old news sites and e-mail newsletters lay pages out with tables, and put whole stories, several
``<p>`` and headings, inside one cell. Text extractors read a table cell as one line, so the
paragraphs of such a story run together. A table with a cell that holds two or more block
elements is a layout table; its table elements become ``<div>``s, so each paragraph keeps its own
line. Data tables (one short value per cell) are left alone.
"""

from __future__ import annotations

import lxml.html

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote")
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"}


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> int:
    """Retag the parts of every layout table as ``div``; return how many tables changed."""
    layout = []
    for table in tree.iter("table"):
        for cell in table.iter("td", "th"):
            if sum(1 for _ in cell.iter(*_BLOCKS)) >= 2:
                layout.append(table)
                break
    for table in layout:
        for element in table.iter():
            if isinstance(element.tag, str) and element.tag in _TABLE_PARTS:
                element.tag = "div"
    return len(layout)


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_HEADING = 80


def headings_as_lines(tree: lxml.html.HtmlElement) -> int:
    """Keep short section headings that open a run of paragraphs ("Venezuela", "Brazil: court
    orders a block") as lines of their own: text extractors drop headings, and a round-up's
    headings say which country the paragraphs under them are about. Returns how many."""
    kept = 0
    for heading in list(tree.iter(*_HEADINGS)):
        text = heading.text_content().strip()
        following = heading.getnext()
        if not text or len(text) > _MAX_HEADING or following is None:
            continue
        if following.tag == "p" or any(True for _ in following.iter("p")):
            heading.tag = "p"
            kept += 1
    return kept
