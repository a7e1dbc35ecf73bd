"""Archive article responses and their requests in gzip WARC files written with warcio.

Files are named ``<source>-<UTC timestamp>-<n>.warc.gz``, start with a ``warcinfo`` record,
roll over at about 100 MB and are written as ``*.warc.gz.open`` until closed, so a crashed
crawl never leaves a half-written file that looks complete. Existing files are never
overwritten.

Scrapy hands the middleware a de-chunked, decompressed body: HttpCompressionMiddleware
deletes ``Content-Encoding`` once it has decoded the body (an encoding it could not decode
stays, and then still describes the stored body). The archived headers therefore drop
``Transfer-Encoding`` and carry the ``Content-Length`` of the stored body; the original
values are kept as ``X-Archive-Orig-*`` headers.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from importlib.metadata import PackageNotFoundError, version
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import scrapy
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.http.headers import Headers
from scrapy.spiders import Spider
from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 100 * MB
REWRITTEN = ("content-length", "transfer-encoding")


def software() -> str:
    try:
        ours = version("press-freedom-dataset")
    except PackageNotFoundError:
        ours = "dev"
    return f"press-freedom-dataset/{ours} (Scrapy/{scrapy.__version__}, warcio)"


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as they will be archived."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    protocol: str = "HTTP/1.1"
    ip_address: str | None = None


def archived_headers(headers: Iterable[tuple[str, str]], body_length: int) -> list[tuple[str, str]]:
    """Headers describing the stored body: no transfer coding, its true length."""
    kept: list[tuple[str, str]] = []
    for name, value in headers:
        if name.lower() in REWRITTEN:
            kept.append((f"X-Archive-Orig-{name}", value))
        else:
            kept.append((name, value))
    kept.append(("Content-Length", str(body_length)))
    return kept


def _header_list(headers: Headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


def exchange_from_scrapy(request: Request, response: Response) -> Exchange:
    """Rebuild the request and response that Scrapy sent and received."""
    request_headers = _header_list(request.headers)
    if not any(name.lower() == "host" for name, _ in request_headers):
        request_headers.insert(0, ("Host", urlsplit(request.url).netloc))
    return Exchange(
        url=response.url, method=request.method, request_headers=request_headers,
        request_body=request.body, status=response.status,
        response_headers=archived_headers(_header_list(response.headers), len(response.body)),
        body=response.body, protocol=response.protocol or "HTTP/1.1",
        ip_address=str(response.ip_address) if response.ip_address else None)


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._-") or "source"


class RollingWarcWriter:
    """Append request/response pairs to ``out_dir/<prefix>-<stamp>-<n>.warc.gz`` files."""

    def __init__(self, out_dir: Path, prefix: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 info: Mapping[str, str] | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.prefix = safe_name(prefix)
        self.stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.max_bytes = max_bytes
        self.info = dict(info or {})
        self.files: list[Path] = []
        self._serial = 0
        self._fh: BinaryIO | None = None
        self._final = Path()
        self._builder = RecordBuilder()
        self._warc: WARCWriter | None = None

    def _next_name(self) -> Path:
        name = f"{self.prefix}-{self.stamp}-{self._serial:05d}.warc.gz"
        self._serial += 1
        return self.out_dir / name

    def _open(self) -> BinaryIO:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        while True:
            final = self._next_name()
            if final.exists():
                continue
            try:
                fh = open(final.with_name(final.name + ".open"), "xb")  # noqa: SIM115
            except FileExistsError:
                continue
            break
        self._fh, self._final, self._warc = fh, final, WARCWriter(fh, gzip=True)
        info = {"software": software(), "format": "WARC File Format 1.0", **self.info}
        self._warc.write_record(self._builder.create_warcinfo_record(final.name, info))
        return fh

    def _records(self, ex: Exchange) -> tuple[ArcWarcRecord, ArcWarcRecord]:
        try:
            phrase = HTTPStatus(ex.status).phrase
        except ValueError:
            phrase = ""
        response_http = StatusAndHeaders(f"{ex.status} {phrase}".strip(), ex.response_headers,
                                         protocol=ex.protocol)
        extra = {"WARC-IP-Address": ex.ip_address} if ex.ip_address else {}
        response = self._builder.create_warc_record(
            ex.url, "response", payload=BytesIO(ex.body), length=len(ex.body),
            http_headers=response_http, warc_headers_dict=extra)
        parts = urlsplit(ex.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_http = StatusAndHeaders(f"{ex.method} {target} {ex.protocol}",
                                        ex.request_headers, is_http_request=True)
        request = self._builder.create_warc_record(
            ex.url, "request", payload=BytesIO(ex.request_body), length=len(ex.request_body),
            http_headers=request_http)
        return request, response

    def write(self, exchange: Exchange) -> Path:
        """Write a response record and its request record; return the file's final name."""
        request, response = self._records(exchange)
        fh = self._fh or self._open()
        final, warc = self._final, self._warc
        assert warc is not None
        try:
            warc.write_request_response_pair(request, response)
        except Exception:  # a partly written record: do not let the file look complete
            self.abandon()
            raise
        if fh.tell() >= self.max_bytes:
            self.close()
        return final

    def abandon(self) -> None:
        """Close the current file after a failed write, leaving it named ``.open``."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            logger.error("Left incomplete WARC file %s.open", self._final)

    def close(self) -> None:
        """Finish the current file and give it its final name (never overwriting)."""
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        self.files.append(self._publish(self._final.with_name(self._final.name + ".open")))

    def _publish(self, temp: Path) -> Path:
        final = self._final
        while True:
            try:
                os.link(temp, final)
            except FileExistsError:
                final = self._next_name()
                continue
            except OSError:  # no hard links on this file system: check, then rename
                if final.exists():
                    final = self._next_name()
                    continue
                os.rename(temp, final)
                return final
            os.unlink(temp)
            return final


class WarcArchiveMiddleware:
    """Downloader middleware writing every successful HTML article response to WARC.

    Requests are articles when ``request.meta["pfd_kind"] == "article"``. Place it before
    (lower number than) HttpCompressionMiddleware, RetryMiddleware and RedirectMiddleware so it
    sees the final, decoded response.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.out_dir = Path(crawler.settings.get("PFD_OUT_DIR") or "archive")
        self.max_bytes = crawler.settings.getint("PFD_WARC_MAX_BYTES", DEFAULT_MAX_BYTES)
        self.writer: RollingWarcWriter | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchiveMiddleware:
        return cls(crawler)

    def _writer(self) -> RollingWarcWriter:
        if self.writer is None:
            spider = self.crawler.spider
            source = getattr(spider, "source", None)
            name = source.name if source is not None else getattr(spider, "name", "crawl")
            info = {"isPartOf": name, "robots": "obey",
                    "http-header-user-agent": self.crawler.settings.get("USER_AGENT", ""),
                    "description": f"Article pages of source {name!r}"}
            self.writer = RollingWarcWriter(self.out_dir, name, max_bytes=self.max_bytes,
                                            info=info)
        return self.writer

    def process_response(self, request: Request, response: Response) -> Response:
        stats = self.crawler.stats
        if request.meta.get("pfd_kind") != "article" or not 200 <= response.status < 300:
            return response
        if not isinstance(response, HtmlResponse):
            stats.inc_value("pfd/not_html")
            logger.info("Not archived (not HTML): %s", response.url)
            return response
        path = self._writer().write(exchange_from_scrapy(request, response))
        stats.inc_value("pfd/pages_archived")
        logger.debug("Archived %s (%d bytes) in %s", response.url, len(response.body), path.name)
        return response

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.writer is None:
            return
        self.writer.close()
        self.crawler.stats.set_value("pfd/warc_files", [str(p) for p in self.writer.files])
