"""WARC writing: round trip through warcio, digests, rollover, temp names, no overwrite."""

from __future__ import annotations

import gzip
import random
import re
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, XmlResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from pipeline.sources import Source
from spiders.source_spider import SourceSpider
from spiders.warc_writer import (
    Exchange,
    RollingWarcWriter,
    WarcArchiveMiddleware,
    archived_headers,
    exchange_from_scrapy,
)

NAME = re.compile(r"^demo_site-\d{8}T\d{6}Z-\d{5}\.warc\.gz$")


def exchange(n: int = 1, body: bytes | None = None) -> Exchange:
    body = body if body is not None else f"<html><body>Article {n}</body></html>".encode()
    return Exchange(
        url=f"https://news.example.org/2024/05/story-{n}/?ref=x", method="GET",
        request_headers=[("Host", "news.example.org"), ("User-Agent", "test")],
        request_body=b"", status=200,
        response_headers=archived_headers([("Content-Type", "text/html; charset=utf-8"),
                                           ("Transfer-Encoding", "chunked")], len(body)),
        body=body, ip_address="93.184.215.14")


def read_records(path: Path) -> list:
    with path.open("rb") as fh:
        records = []
        for record in ArchiveIterator(fh, check_digests="raise"):
            records.append((record, record.content_stream().read()))
        return records


def test_round_trip_with_digests(tmp_path: Path) -> None:
    writer = RollingWarcWriter(tmp_path, "demo site", info={"isPartOf": "demo site"})
    for n in range(3):
        writer.write(exchange(n))
    writer.close()
    [path] = writer.files
    assert NAME.match(path.name)
    assert list(tmp_path.iterdir()) == [path]
    records = read_records(path)
    assert [r.rec_type for r, _ in records] == ["warcinfo"] + ["response", "request"] * 3
    info_record, info = records[0]
    assert info_record.rec_headers.get_header("WARC-Filename") == path.name
    assert b"software: press-freedom-dataset/" in info and b"isPartOf: demo site" in info
    for (response, body), (request, _) in zip(records[1::2], records[2::2], strict=True):
        url = response.rec_headers.get_header("WARC-Target-URI")
        assert url.startswith("https://news.example.org/2024/05/story-")
        assert response.rec_headers.get_header("WARC-Date")
        assert response.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
        assert response.rec_headers.get_header("WARC-IP-Address") == "93.184.215.14"
        assert response.http_headers.get_statuscode() == "200"
        assert response.http_headers.get_header("Content-Length") == str(len(body))
        assert response.http_headers.get_header("Transfer-Encoding") is None
        assert body.startswith(b"<html><body>Article ")
        assert request.rec_headers.get_header("WARC-Target-URI") == url
        assert request.rec_headers.get_header("WARC-Concurrent-To") == \
            response.rec_headers.get_header("WARC-Record-ID")
        assert request.http_headers.protocol == "GET"
        assert request.http_headers.statusline.startswith("/2024/05/story-")
        assert request.http_headers.statusline.endswith("?ref=x HTTP/1.1")


def test_file_is_open_until_closed_and_rolls_over(tmp_path: Path) -> None:
    writer = RollingWarcWriter(tmp_path, "demo_site", max_bytes=2000)
    noisy = random.Random(1).randbytes(5000)  # does not compress
    writer.write(exchange(1, noisy))
    assert writer.files and NAME.match(writer.files[0].name)  # 5 kB > 2 kB: rolled over
    writer.write(exchange(2))
    assert [p.name.endswith(".warc.gz.open") for p in tmp_path.iterdir()].count(True) == 1
    writer.close()
    assert len(writer.files) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in writer.files)
    for path in writer.files:
        kinds = [r.rec_type for r, _ in read_records(path)]
        assert kinds == ["warcinfo", "response", "request"]


def test_existing_files_are_never_overwritten(tmp_path: Path) -> None:
    first = RollingWarcWriter(tmp_path, "demo_site")
    second = RollingWarcWriter(tmp_path, "demo_site")
    second.stamp = first.stamp  # same second, same name
    first.write(exchange(1))
    second.write(exchange(2))
    first.close()
    second.close()
    names = {p.name for p in first.files + second.files}
    assert len(names) == 2 and len(list(tmp_path.iterdir())) == 2
    bodies = {body for path in first.files + second.files
              for r, body in read_records(path) if r.rec_type == "response"}
    assert bodies == {exchange(1).body, exchange(2).body}


def test_writing_nothing_creates_no_file(tmp_path: Path) -> None:
    writer = RollingWarcWriter(tmp_path / "out", "demo_site")
    writer.close()
    assert writer.files == [] and not (tmp_path / "out").exists()


def test_exchange_from_scrapy_fixes_decoded_bodies() -> None:
    body = b"<html><body>" + b"x" * 500 + b"</body></html>"
    request = Request("http://127.0.0.1:8000/news/2024/a/", headers={
        "User-Agent": "pfd-test", "Accept-Encoding": "gzip, deflate"})
    # What Scrapy hands over after HttpCompressionMiddleware decoded a gzip body.
    response = HtmlResponse(
        url=request.url, body=body, request=request, protocol="HTTP/1.0",
        headers={"Content-Type": "text/html", "Content-Length": str(len(gzip.compress(body))),
                 "Set-Cookie": ["a=1", "b=2"]})
    ex = exchange_from_scrapy(request, response)
    names = [n.lower() for n, _ in ex.response_headers]
    assert "content-encoding" not in names
    assert ("Content-Length", str(len(body))) in ex.response_headers
    assert ("X-Archive-Orig-Content-Length", str(len(gzip.compress(body)))) in \
        ex.response_headers
    assert [v for n, v in ex.response_headers if n == "Set-Cookie"] == ["a=1", "b=2"]
    assert ex.request_headers[0] == ("Host", "127.0.0.1:8000")
    assert ("User-Agent", "pfd-test") in ex.request_headers
    assert ex.protocol == "HTTP/1.0" and ex.body == body


@pytest.mark.parametrize("status", [200, 203, 299])
def test_status_lines(tmp_path: Path, status: int) -> None:
    writer = RollingWarcWriter(tmp_path, "demo_site")
    ex = exchange(1)
    writer.write(Exchange(**{**ex.__dict__, "status": status}))
    writer.close()
    response = read_records(writer.files[0])[1][0]
    assert response.http_headers.get_statuscode() == str(status)


def test_failed_write_leaves_an_open_file_and_starts_a_new_one(tmp_path: Path) -> None:
    writer = RollingWarcWriter(tmp_path, "demo_site")
    writer.write(exchange(1))

    class Broken:
        def write(self, data: bytes) -> None:
            raise OSError("disk full")

        def flush(self) -> None:
            pass

    assert writer._warc is not None
    writer._warc.out = Broken()
    with pytest.raises(OSError, match="disk full"):
        writer.write(exchange(2))
    writer.write(exchange(3))
    writer.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and names[0].endswith("-00000.warc.gz.open")
    assert names[1].endswith("-00001.warc.gz") and writer.files == [tmp_path / names[1]]


def test_middleware_archives_only_successful_html_articles(tmp_path: Path) -> None:
    crawler = get_crawler(SourceSpider, {"PFD_OUT_DIR": str(tmp_path)})
    source = Source(name="demo", feeds=("http://127.0.0.1/feed.xml",), allow_loopback=True)
    crawler.spider = spider = SourceSpider.from_crawler(crawler, source=source)
    middleware = WarcArchiveMiddleware(crawler)
    html = b"<html><body>story</body></html>"

    def respond(kind: str, cls: type[Response] = HtmlResponse, status: int = 200) -> None:
        request = Request("http://127.0.0.1/news/2024/story/", meta={"pfd_kind": kind})
        response = cls(url=request.url, body=html, status=status, request=request)
        assert middleware.process_response(request, response) is response

    respond("article")
    respond("listing")
    respond("feed", XmlResponse)
    respond("article", status=404)
    respond("article", Response)
    middleware.spider_closed(spider, "finished")
    assert crawler.stats.get_value("pfd/pages_archived") == 1
    assert crawler.stats.get_value("pfd/not_html") == 1
    [path] = crawler.stats.get_value("pfd/warc_files")
    assert Path(path).name.startswith("demo-")
    kinds = [r.rec_type for r, _ in read_records(Path(path))]
    assert kinds == ["warcinfo", "response", "request"]
