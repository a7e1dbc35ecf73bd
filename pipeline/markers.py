"""Write footnote reference markers (``<sup>1</sup>``) in brackets before text extraction.

A bare number glued to a sentence's full stop ("... security concerns.1 The minister ...")
hides the end of the sentence from the sentence splitter, and reads as part of the text. A
``<sup>`` is a reference marker when it links within the page (``<a href="#note-1">``) or holds
only a short number right after punctuation; its number is rewritten as "[1]", the form the
extractor treats as a note marker. Ordinals and units ("1<sup>st</sup>", "m<sup>2</sup>") are
left alone.
"""

from __future__ import annotations

import re

import lxml.html

_NUMBER = re.compile(r"^\s*[\[(]?(\d{1,3})[\])]?\s*$")
_AFTER = re.compile(r"[.!?,;:\"'”’)\]]\s*$")


def bracket_note_markers(tree: lxml.html.HtmlElement) -> int:
    """Rewrite footnote markers in place as "[n]"; return how many were rewritten."""
    found = []
    for sup in tree.iter("sup"):
        number = _NUMBER.match(sup.text_content())
        if number is None:
            continue
        linked = any((a.get("href") or "").startswith("#") for a in sup.iter("a"))
        if linked or _AFTER.search(_text_before(sup)):
            found.append((sup, number.group(1)))
    for sup, digits in found:
        for child in list(sup):
            sup.remove(child)  # the link and any text inside the marker
        sup.text = f"[{digits}]"
    return len(found)


def _text_before(element: lxml.html.HtmlElement) -> str:
    previous = element.getprevious()
    if previous is not None:
        return previous.tail or previous.text_content()
    parent = element.getparent()
    return (parent.text or "") if parent is not None else ""
