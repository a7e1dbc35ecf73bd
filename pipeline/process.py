"""Clean and extract pages, in a pool of worker processes, streaming over the inputs.

Workers receive one page at a time and return plain results; the parent keeps at most a few
pages per worker in flight, so memory stays flat however many files are given. Errors come
back as values naming the input, never as tracebacks.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from pipeline.clean import CleanError, Skip, clean_page
from pipeline.extract.engine import extract_article
from pipeline.inputs import InputError, InputPage
from pipeline.records import Article, Mention, short_hash


@dataclass
class PageResult:
    """What became of one page: an article with its mentions, a skip, or an error."""

    source: str
    url: str
    article: Article | None = None
    mentions: list[Mention] = field(default_factory=list)
    skip: str | None = None
    error: str | None = None
    explain: list[str] = field(default_factory=list)


def process_page(item: InputPage, extract: bool = True, explain: bool = False) -> PageResult:
    """Clean one page and (optionally) extract its mentions; never raises for bad pages."""
    page = item.page
    result = PageResult(source=item.source, url=page.url)
    try:
        cleaned = clean_page(page)
    except CleanError as exc:
        result.error = str(exc)
        return result
    except RecursionError:
        result.error = "document nesting too deep to parse"
        return result
    except Exception as exc:  # a parser bug must not stop the run; report it on one line
        result.error = f"cannot clean ({type(exc).__name__}: {exc})"
        return result
    if isinstance(cleaned, Skip):
        result.skip = cleaned.reason
        return result
    result.article = cleaned
    if not extract:
        return result
    try:
        extraction = extract_article(cleaned.text, cleaned.published_at, cleaned.title,
                                     explain=explain)
    except Exception as exc:
        result.error = f"cannot extract ({type(exc).__name__}: {exc})"
        return result
    for m in extraction.mentions:
        m.article_id = cleaned.article_id
        m.url = cleaned.canonical_url
        m.published_at = cleaned.published_at
        m.mention_id = short_hash(cleaned.article_id, m.evidence_start, m.evidence_end,
                                  m.incident_type)
    result.mentions = extraction.mentions
    if explain:
        result.explain = _explain_lines(extraction, cleaned)
    return result


def _explain_lines(extraction: object, article: Article) -> list[str]:
    from pipeline.extract.engine import Extraction

    assert isinstance(extraction, Extraction)
    lines = [f"article {article.canonical_url} published {article.published_at} "
             f"dominant country {extraction.dominant_country}"]
    for report in extraction.sentences:
        lines.append(f"  [{report.start}:{report.end}] {report.text}")
        lines.extend(f"    - {note}" for note in report.notes)
        for m in report.mentions:
            lines.append(f"    + {m.incident_type}: " + "; ".join(m.explain))
    return lines


def _worker(args: tuple[InputPage, bool, bool]) -> PageResult:
    return process_page(*args)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def process_inputs(items: Iterable[InputPage | InputError], *, extract: bool = True,
                   explain: bool = False, workers: int | None = None) -> Iterator[
                       PageResult | InputError]:
    """Yield results in input order; with workers > 1 pages are processed in parallel."""
    workers = default_workers() if workers is None else workers
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else process_page(item, extract, explain)
        return
    window = workers * 4
    pending: deque[Future[PageResult] | InputError] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in items:
            if isinstance(item, InputError):
                pending.append(item)
            else:
                pending.append(pool.submit(_worker, (item, extract, explain)))
            while len(pending) >= window:
                head = pending.popleft()
                yield head if isinstance(head, InputError) else head.result()
        while pending:
            head = pending.popleft()
            yield head if isinstance(head, InputError) else head.result()
