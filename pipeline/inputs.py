"""Read raw pages from WARC files, HTML files and folders of them.

Each input yields pages or one ``InputError`` naming the input and why it failed, so a caller
can report it on one line and carry on with the other inputs. Pages already read from a WARC
file that turns out to be truncated are kept.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.records import RawPage

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_PAGE_BYTES = 10 * 1024 * 1024  # larger pages are refused, here and by the crawler


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


def too_large(size: int) -> str:
    return f"page too large ({size / 2**20:.1f} MiB; limit {MAX_PAGE_BYTES / 2**20:.0f} MiB)"


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


def _check_gzip_tail(path: Path, offset: int) -> None:
    """Raise EOFError when the archive does not end with one complete gzip member.

    warcio stops quietly at a member cut short, so the tail after the last record read is
    decompressed here: it must end cleanly, with nothing left over.
    """
    decompressor = zlib.decompressobj(wbits=31)
    with path.open("rb") as stream:
        stream.seek(offset)
        while chunk := stream.read(1 << 16):
            decompressor.decompress(chunk)
            if decompressor.eof:
                rest = decompressor.unused_data + stream.read()
                if rest.strip(b"\x00"):
                    raise EOFError(f"{len(rest)} bytes after the last complete record")
                return
    if not decompressor.eof:
        raise EOFError("the last gzip member is cut short")


def read_warc(label: str, path: Path) -> Iterator[InputPage | InputError]:
    """Yield every response or resource record of a WARC file as a page."""
    count = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            last_offset = 0
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    last_offset = records.get_record_offset()
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                status, content_type = 200, None
                if record.http_headers is not None:
                    code = record.http_headers.get_statuscode()
                    status = int(code) if code and code.isdigit() else 0
                    content_type = record.http_headers.get_header("Content-Type")
                elif record.rec_type == "resource":
                    content_type = record.rec_headers.get_header("Content-Type")
                body = record.content_stream().read(MAX_PAGE_BYTES + 1)
                last_offset = records.get_record_offset()  # reads the rest of the record
                count += 1
                yield InputPage(label, RawPage(
                    url=url, body=body, status=status, content_type=content_type,
                    fetched_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),
                    warc_file=path.name,
                    warc_record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
                ))
        if path.name.lower().endswith(".gz"):
            _check_gzip_tail(path, last_offset)
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
        if size > MAX_PAGE_BYTES:
            yield InputError(label, too_large(size))
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


def read_path(label: str, path: Path) -> Iterator[InputPage | InputError]:
    """Pages and errors of one file, WARC or HTML."""
    if is_warc(path):
        yield from read_warc(label, path)
    else:
        yield from read_html_file(label, path)


def read_inputs(paths: Iterable[str]) -> Iterator[InputPage | InputError]:
    """Yield pages and errors from every input, in the order given."""
    for label, path in expand_paths(paths):
        yield from read_path(label, path)
