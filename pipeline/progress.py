"""Progress bars on a terminal, nothing otherwise (CI logs stay plain and quiet)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], desc: str, unit: str = "page") -> Iterator[T]:
    """Wrap an iterable with a progress bar on stderr when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    with tqdm(items, desc=desc, unit=unit, file=sys.stderr, leave=False,
              dynamic_ncols=True) as bar:
        yield from bar
