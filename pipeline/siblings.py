"""Put back article paragraphs that trafilatura dropped.

Two safety nets run after trafilatura:

* ``recover_paragraphs``: liveblogs, newsletters and digests repeat one template per entry
  (``entry > content > text > p``), and trafilatura sometimes keeps the first entry only. A
  dropped paragraph is put back, in document order, when it sits in exactly the same template
  as a kept one (tags and classes of three levels of ancestors). Furniture lives in other
  templates and stays out; it has usually been pruned before anyway.
* ``ensure_main_prose``: when the extraction holds less than half of the prose of the
  page's story container (the deepest element with most of the page's paragraph text), the
  container's own paragraphs are used instead.
"""

from __future__ import annotations

import re

import lxml.html

_MIN_CHARS = 25  # shorter paragraphs are captions, bylines or labels
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?$")
_LEVELS = 3


def _flat(text: str) -> str:
    return " ".join(text.split())


def _signature(element: lxml.html.HtmlElement) -> tuple[str, ...]:
    parts: list[str] = []
    for ancestor in element.iterancestors():
        if len(parts) == _LEVELS:
            break
        parts.append(f"{ancestor.tag}.{ancestor.get('class', '')}")
    return tuple(parts)


def recover_paragraphs(tree: lxml.html.HtmlElement, lines: list[str]) -> list[str]:
    """The text lines with dropped same-template paragraphs inserted in document order."""
    flat_lines = [_flat(line) for line in lines]
    joined = "\n".join(flat_lines)
    paragraphs: list[tuple[str, tuple[str, ...], bool]] = []
    for p in tree.iter("p"):
        text = _flat(p.text_content())
        if len(text) >= _MIN_CHARS:
            paragraphs.append((text, _signature(p), text in joined))
    if all(kept for _, _, kept in paragraphs):
        return lines
    kept_templates = {sig for _, sig, kept in paragraphs if kept}
    missing = [i for i, (text, sig, kept) in enumerate(paragraphs)
               if not kept and sig in kept_templates and _SENTENCE_END.search(text)]
    if not missing:
        return lines
    out = list(lines)
    for i in missing:
        text = paragraphs[i][0]
        previous = next((paragraphs[j][0] for j in range(i - 1, -1, -1) if paragraphs[j][2]
                         or j in missing and paragraphs[j][0] in out), None)
        if previous is not None:
            at = next((k + 1 for k, line in enumerate(out) if previous in _flat(line)), len(out))
        else:
            following = next((paragraphs[j][0] for j in range(i + 1, len(paragraphs))
                              if paragraphs[j][2]), None)
            at = next((k for k, line in enumerate(out)
                       if following is not None and following in _flat(line)), 0)
        out.insert(at, text)
    return out


_MAIN_SHARE = 0.6  # the story container holds at least this share of the page's prose
_MIN_COVERAGE = 0.5  # below this share of the container's prose, the extraction missed it


def ensure_main_prose(tree: lxml.html.HtmlElement, lines: list[str]) -> list[str]:
    """The text lines, or the story container's own paragraphs when the extractor kept less
    than half of them (it picked teaser cards or a sidebar instead of the story)."""
    paragraphs = [(p, _flat(p.text_content())) for p in tree.iter("p")]
    paragraphs = [(p, t) for p, t in paragraphs if len(t) >= _MIN_CHARS
                  and _SENTENCE_END.search(t)]
    total = sum(len(t) for _, t in paragraphs)
    if not total:
        return lines
    joined = "\n".join(_flat(line) for line in lines)
    if sum(len(t) for _, t in paragraphs if t in joined) >= 0.8 * total:
        return lines  # then the container (60% or more of the prose) is at least 2/3 covered
    held: dict[lxml.html.HtmlElement, int] = {}
    for p, text in paragraphs:
        for ancestor in p.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + len(text)
    candidates = [el for el, size in held.items() if size >= _MAIN_SHARE * total]
    container = max(candidates, key=lambda el: sum(1 for _ in el.iterancestors()))
    inside = [t for p, t in paragraphs if container in p.iterancestors()]
    covered = sum(len(t) for t in inside if t in joined)
    if covered >= _MIN_COVERAGE * sum(len(t) for t in inside):
        return lines
    return inside


_QUOTED = {"blockquote", "figure", "figcaption", "q", "cite", "table"}
_NEAR = 3  # levels: a dropped paragraph and its kept neighbour share an ancestor this close


def restore_neighbours(tree: lxml.html.HtmlElement, lines: list[str]) -> list[str]:
    """Put back a prose paragraph the extractor dropped when the paragraph right after it (or
    right before it) was kept and sits in the same block, such as a liveblog's pinned summary
    above its first entry. Each is inserted next to that neighbour, in page order."""
    prose = [(p, _flat(p.text_content())) for p in tree.iter("p")]
    prose = [(p, t) for p, t in prose if len(t) >= 2 * _MIN_CHARS and _SENTENCE_END.search(t)]
    flat_lines = [_flat(line) for line in lines]
    joined = "\n".join(flat_lines)
    kept = [t in joined for _, t in prose]
    out = list(lines)
    for i, (p, text) in enumerate(prose):
        if kept[i] or any(a.tag in _QUOTED for a in p.iterancestors()):
            continue  # embedded posts and pull quotes are not the story's paragraphs
        for j, before in ((i + 1, True), (i - 1, False)):
            if not 0 <= j < len(prose) or not kept[j] or not _close(p, prose[j][0]):
                continue
            at = next((k for k, line in enumerate(out) if prose[j][1] in _flat(line)), None)
            if at is not None:
                out.insert(at if before else at + 1, text)
                kept[i] = True
                break
    return out


def _close(a: lxml.html.HtmlElement, b: lxml.html.HtmlElement) -> bool:
    near = set(list(a.iterancestors())[:_NEAR])
    return any(ancestor in near for ancestor in list(b.iterancestors())[:_NEAR])
