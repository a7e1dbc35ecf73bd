"""Turn layout tables into plain blocks before text extraction.

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
