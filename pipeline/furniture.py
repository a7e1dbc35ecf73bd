"""Remove page furniture (comments, teasers, tickers, related links) before text extraction.

Two signals, both used by real news layouts:

* class and id names ("comments", "related", "ticker", "sidebar", ...) and the ``aside``,
  ``nav`` and ``footer`` elements;
* labels: a short heading such as "Readers' comments", "Related stories" or "Most read" names
  the block it sits in, whatever that block's markup. The labelled block is the largest
  ancestor of the label that holds neither the headline nor much of the page's prose. When
  comments share a container with the story, the comment label and everything after it in
  that container go.

Nothing that holds the ``<h1>`` or much of the page's prose is removed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.etree
import lxml.html

_TOKENS = ("comment", "related", "teaser", "ticker", "newsletter", "sidebar", "sidecol",
           "side-col", "recommend", "recommended", "recommendation", "most-read", "mostread",
           "trending", "promo", "widget",
           "alert-strip", "breaking", "share", "subscribe", "talk", "discussion", "disqus",
           "replies", "respons", "reader-", "card", "dek", "reaction", "letters", "community",
           "feedback", "readers", "footnote", "endnote", "fn-list", "glossary", "comentario",
           "commentaire", "kommentar")
_TAGS = {"aside", "nav", "footer", "dl"}  # dl: glossaries and metadata sidebars

_COMMENT_LABEL = (r"(?:readers?['’]?s?|user|your|visitor)?\s*(?:comments?|views|letters|reactions|"
                  r"responses|replies|forum|discussion)(?:\s*\(\d+\))?|have your say|"
                  r"letters to the editor|join the (?:discussion|conversation)|"
                  r"what (?:readers|you) (?:say|think|said)|talkback|reader mail|"
                  r"community notes|notes from (?:the )?community|from the community|"
                  r"(?:reader|readers['’]?|your) (?:letters|notes|mail)|letters from readers|"
                  r"feedback|you wrote(?: back| in)?|you told us|mailbag|from (?:our|the) inbox")
_TEASER_LABEL = (r"related(?: (?:stories|articles|coverage|news|reading|links))?|"
                 r"more (?:from|on|in|stories|news|headlines)\b.*|most (?:read|popular|viewed|"
                 r"shared|commented)|also (?:read|in|on)\b.*|read (?:also|more|next)|"
                 r"in other news|(?:latest|recent|previous|other|more) "
                 r"(?:headlines|stories|alerts|posts|updates|statements|releases|news)|"
                 r"trending now|popular stories|"
                 r"you (?:may|might) (?:also )?like|recommended(?: for you)?|"
                 r"around the (?:region|world|web)|from the archives?|top stories|see also|"
                 r"further reading|editor['’]s picks|key terms|glossary|jargon buster|"
                 r"notes? (?:to|for) editors|media contacts?|press contacts?|about us|"
                 r"(?:sources?|notes?|footnotes?|endnotes?|references?)"
                 r"(?: (?:and|&) (?:sources?|notes?|references?))?")
# A summary box restates the story in bullets; one written in paragraphs (a liveblog's pinned
# summary) is the story itself and is kept.
_SUMMARY_LABEL = (r"key (?:points|facts|takeaways|findings|dates)|at a glance|highlights|"
                  r"in brief|tl;?dr|summary|what we know")
_LABEL = re.compile(rf"^\W*(?:(?P<comment>{_COMMENT_LABEL})|(?P<teaser>{_TEASER_LABEL})|"
                    rf"(?P<summary>{_SUMMARY_LABEL}))\W*$", re.I)
_LABEL_TAGS = {"h2", "h3", "h4", "h5", "h6", "b", "strong", "span", "div", "td", "p", "font",
               "dt", "th", "header", "caption", "legend", "label"}
_MAX_LABEL = 60
_PROSE_SHARE = 0.4  # a block with more of the page's prose than this is not furniture


# A token matches a whole word of a class or id name ("comments", "ocr-comment",
# "related-posts"), with an optional plural, but not a longer word ("commentary").
_TOKEN_RE = re.compile("|".join(
    rf"(?<![a-z]){re.escape(token)}" + ("" if token.endswith("-") else r"(?:s|es)?(?![a-z])")
    for token in _TOKENS))


def is_furniture(element: lxml.html.HtmlElement) -> bool:
    """Furniture by its tag or its class and id names."""
    if element.tag in _TAGS or element.get("role") == "marquee":
        return True
    return _furniture_names(f"{element.get('class', '')} {element.get('id', '')}")


@lru_cache(maxsize=4096)
def _furniture_names(names: str) -> bool:
    """Whether class and id names mark furniture (cached: pages repeat their class names)."""
    lowered = names.lower()
    return lowered.strip() != "" and _TOKEN_RE.search(lowered) is not None


def _protected(element: lxml.html.HtmlElement) -> bool:
    """The page itself, or a block holding the headline (the story's own container). Teaser
    cards are often ``<article>`` elements too, so that tag alone protects nothing; a block
    with much of the page's prose is kept by the callers."""
    return element.tag in ("html", "body") or element.find(".//h1") is not None


def _prose(element: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


_CANDIDATES = lxml.etree.XPath("//aside | //nav | //footer | //*[@class or @id or @role]")


def strip_furniture(tree: lxml.html.HtmlElement) -> None:
    """Drop furniture blocks in place."""
    doomed = [el for el in _CANDIDATES(tree) if el.tag not in ("html", "body")
              and is_furniture(el)]
    total = _prose(tree) if doomed else 0
    for element in doomed:
        if element.getparent() is None or _protected(element):
            continue
        if len(element.findall(".//p")) > 12 or _prose(element) > _PROSE_SHARE * total:
            continue  # too much of the page's prose to be furniture: the story container
        element.drop_tree()
    _strip_labelled(tree)


def _labels(tree: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str]]:
    found = []
    for element in tree.iter(*_LABEL_TAGS):
        if len(element) > 2 or len(element.text or "") > 2 * _MAX_LABEL:
            continue  # a container or a paragraph, not a label
        text = " ".join(element.text_content().split())
        if not text or len(text) > _MAX_LABEL:
            continue
        match = _LABEL.match(text)
        if match:
            kind = "comment" if match.group("comment") else \
                "summary" if match.group("summary") else "teaser"
            found.append((element, kind))
    return found


def _attached(element: lxml.html.HtmlElement, root: lxml.html.HtmlElement) -> bool:
    """Still in the page (not inside a block removed earlier)."""
    top = element
    while top.getparent() is not None:
        top = top.getparent()
    return top is root


def _strip_labelled(tree: lxml.html.HtmlElement) -> None:
    total = _prose(tree)
    if total == 0:
        return
    limit = _PROSE_SHARE * total
    for label, kind in _labels(tree):
        if not _attached(label, tree):
            continue  # already removed with an earlier block
        block = None
        for ancestor in label.iterancestors():
            if _protected(ancestor) or _prose(ancestor) > limit:
                break
            block = ancestor
        if block is not None and kind == "summary" and block.find(".//p") is not None:
            continue  # a summary in paragraphs: the story's own text
        if block is not None:
            block.drop_tree()
            continue
        if kind == "comment":  # comments inside the story's container: drop what follows too
            parent = label.getparent()
            after = list(label.itersiblings())
            if parent is not None and not _protected(label):
                label.drop_tree()
                for sibling in after:
                    if not _protected(sibling):
                        sibling.drop_tree()
