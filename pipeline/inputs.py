"""Read raw pages from WARC files, HTML files and folders of them.

Each input yields pages or one ``InputError`` naming the input and why it failed, so a caller
can report it on one line and carry on with the other inputs. Pages already read from a WARC
file that turns out to be truncated are kept.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.records import RawPage

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_BODY_BYTES = 20 * 1024 * 1024


@dataclass
class InputError:
    """An input (or one record in it) that could not be read."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class InputPage:
    """A page read from an input, labelled with the input as the user named it."""

    source: str
    page: RawPage


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, Path]]:
    """Yield (label, path) for each file; folders expand to the WARC and HTML files inside."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.name.lower().endswith(WARC_SUFFIXES + HTML_SUFFIXES)
            )
            for item in found:
                yield str(item), item
        else:
            yield given, path


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None


def read_warc(label: str, path: Path) -> Iterator[InputPage | InputError]:
    """Yield every response or resource record of a WARC file as a page."""
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                status, content_type = 200, None
                if record.http_headers is not None:
                    code = record.http_headers.get_statuscode()
                    status = int(code) if code and code.isdigit() else 0
                    content_type = record.http_headers.get_header("Content-Type")
                elif record.rec_type == "resource":
                    content_type = record.rec_headers.get_header("Content-Type")
                body = record.content_stream().read(MAX_BODY_BYTES + 1)
                count += 1
                yield InputPage(label, RawPage(
                    url=url, body=body, status=status, content_type=content_type,
                    fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),
                    warc_file=path.name,
                    warc_record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
                ))
    except FileNotFoundError:
        yield InputError(label, "no such file")
    except PermissionError:
        yield InputError(label, "permission denied")
    except Exception as exc:  # warcio, gzip and zlib raise many kinds on damaged archives
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield InputError(label, f"truncated or corrupt archive after {count} record(s): "
                                f"{type(exc).__name__}: {message}")


def read_html_file(label: str, path: Path) -> Iterator[InputPage | InputError]:
    """Yield a local HTML file as one page whose URL is its file URI."""
    try:
        size = path.stat().st_size
        if size > MAX_BODY_BYTES:
            yield InputError(label, f"page too large ({size / 1e6:.1f} MB; limit "
                                    f"{MAX_BODY_BYTES / 1e6:.0f} MB)")
            return
        body = path.read_bytes()
    except FileNotFoundError:
        yield InputError(label, "no such file")
        return
    except IsADirectoryError:
        yield InputError(label, "is a directory")
        return
    except OSError as exc:
        yield InputError(label, f"cannot read ({exc.strerror or exc})")
        return
    mtime = datetime.fromtimestamp(os.path.getmtime(path), tz=UTC)
    yield InputPage(label, RawPage(url=path.resolve().as_uri(), body=body, status=200,
                                   fetched_at=mtime, warc_file="",
                                   warc_record_id=""))


def read_inputs(paths: Iterable[str]) -> Iterator[InputPage | InputError]:
    """Yield pages and errors from every input, in the order given."""
    for label, path in expand_paths(paths):
        if is_warc(path):
            yield from read_warc(label, path)
        else:
            yield from read_html_file(label, path)
