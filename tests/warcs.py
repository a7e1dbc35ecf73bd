"""Write small WARC files for tests with warcio (request and response records)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path: Path, pages: list[tuple[str, bytes, int, str]]) -> Path:
    """pages: (url, body, status, content type); each gets a request and a response record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, status, content_type in pages:
            request = writer.create_warc_record(
                url, "request", payload=BytesIO(b""),
                http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x")],
                                              is_http_request=True))
            headers = StatusAndHeaders(f"{status} OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            response = writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                 http_headers=headers)
            request.rec_headers.add_header(
                "WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
            writer.write_record(response)
            writer.write_record(request)
    return path
