"""Clean and extract pages, in a pool of worker processes, streaming over the inputs.

Workers receive one page at a time and return plain results; the parent keeps at most a few
pages per worker in flight, so memory stays flat however many files are given. Errors come
back as values naming the input, never as tracebacks.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import CleanError, Skip, clean_page
from pipeline.extract.engine import Extraction, extract_article
from pipeline.inputs import InputError, InputPage, expand_paths, is_warc, read_path
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


PAGE_TIMEOUT = 30.0  # seconds one page may take before it is reported as failed


class PageTimeout(Exception):
    """Raised inside a page's processing when its time limit is reached."""


_ARMED = {"on": False}


def _on_alarm(_signum: int, _frame: object) -> None:
    if _ARMED["on"]:
        _ARMED["on"] = False  # raise once, never from cleanup code
        raise PageTimeout


def process_page(item: InputPage, extract: bool = True, explain: bool = False,
                 timeout: float | None = PAGE_TIMEOUT) -> PageResult:
    """Clean one page and (optionally) extract its mentions; never raises for bad pages.

    A page that takes longer than ``timeout`` seconds is abandoned and reported as failed, so
    one pathological page cannot stall a run (the limit uses SIGALRM, in the main thread).
    """
    use_alarm = bool(timeout) and threading.current_thread() is threading.main_thread()
    if not use_alarm:
        return _process_page(item, extract, explain)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        _ARMED["on"] = True
        signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
        return _process_page(item, extract, explain)
    except PageTimeout:
        return PageResult(source=item.source, url=item.page.url,
                          error=f"took longer than {timeout:g} s; abandoned")
    finally:
        _ARMED["on"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process_page(item: InputPage, extract: bool, explain: bool) -> PageResult:
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
    except PageTimeout:
        raise
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
    except PageTimeout:
        raise
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
    else:
        for m in result.mentions:
            m.explain = []  # the reasons are for --explain; less to send to the parent
    return result


def _explain_lines(extraction: Extraction, article: Article) -> list[str]:
    lines = [f"article {article.canonical_url} published {article.published_at} "
             f"dominant country {extraction.dominant_country}"]
    for report in extraction.sentences:
        lines.append(f"  [{report.start}:{report.end}] {report.text}")
        lines.extend(f"    - {note}" for note in report.notes)
        for m in report.mentions:
            lines.append(f"    + {m.incident_type}: " + "; ".join(m.explain))
    return lines


def _warm_up() -> None:
    """Compile the lexicon once per worker process, before any page arrives."""
    from pipeline.extract.lexicon import load_lexicon

    load_lexicon()


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


BATCH = 8  # pages per task: fewer round trips between the parent and the workers


def _work_on_paths(batch: list[tuple[str, Path]], extract: bool, explain: bool,
                   timeout: float | None = PAGE_TIMEOUT,
                   keep_article: bool = True) -> list[PageResult | InputError]:
    out: list[PageResult | InputError] = []
    for label, path in batch:
        for item in read_path(label, path):
            if isinstance(item, InputError):
                out.append(item)
                continue
            result = process_page(item, extract, explain, timeout)
            if not keep_article:
                result.article = None  # less to send back to the parent
            out.append(result)
    return out


def process_paths(paths: Iterable[str], *, extract: bool = True, explain: bool = False,
                  workers: int | None = None, timeout: float | None = PAGE_TIMEOUT,
                  keep_article: bool = True) -> Iterator[PageResult | InputError]:
    """Clean (and extract) every page of the given files and folders, in input order.

    ``keep_article=False`` drops the clean article from each result (only its mentions,
    skips and errors come back), for callers that print mentions only.

    With workers > 1, HTML files go to a process pool in batches and WARC files one per
    task; workers read the files themselves, and at most ``workers * 2`` tasks are in flight,
    so memory stays flat however many inputs there are.
    """
    workers = default_workers() if workers is None else workers
    files = expand_paths(paths)
    if workers <= 1:
        for label, path in files:
            yield from _work_on_paths([(label, path)], extract, explain, timeout, keep_article)
        return
    pending: deque[Future[list[PageResult | InputError]]] = deque()
    batch: list[tuple[str, Path]] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up) as pool:
        for label, path in files:
            batch.append((label, path))
            if is_warc(path) or len(batch) >= BATCH:
                pending.append(pool.submit(_work_on_paths, batch, extract, explain, timeout,
                                           keep_article))
                batch = []
            while len(pending) >= workers * 2:
                yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(_work_on_paths, batch, extract, explain, timeout,
                                           keep_article))
        while pending:
            yield from pending.popleft().result()
