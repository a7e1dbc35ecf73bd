"""Real crawls of a small site served on 127.0.0.1 by a server inside the test process.

The crawl itself runs in a subprocess (``spiders.crawl.main``, as ``python -m spiders.crawl``
does) because the Twisted reactor cannot be restarted. Only 127.0.0.1 is ever contacted; the
subprocess also refuses any non-loopback connect() as a safety net.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

ROOT = Path(__file__).resolve().parents[1]
# Runs ``python -m spiders.crawl`` with a safety net: any non-loopback connect() fails.
LOOPBACK_ONLY_CRAWL = """
import ipaddress, socket, sys
def guard(real):
    def connect(sock, address):
        if isinstance(address, tuple):
            host = str(address[0]).split("%")[0]
            if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                raise OSError(f"test crawl tried to connect to {host}")
        return real(sock, address)
    return connect
socket.socket.connect = guard(socket.socket.connect)
socket.socket.connect_ex = guard(socket.socket.connect_ex)
from spiders.crawl import main
sys.exit(main(sys.argv[1:]))
"""
PUBLIC = ["press-law-vote", "journalist-detained", "site-blocked", "app-banned",
          "blogger-fined", "radio-closed", "internet-shutdown", "reporter-missing"]
GZIPPED = "/news/2024/internet-shutdown/"
REDIRECT = ("/go/reporter-missing", "/news/2024/reporter-missing/")
OFFSITE = "http://127.0.0.2:9/news/2024/elsewhere/"  # another host: the offsite filter drops it


def article(slug: str) -> str:
    return f"/news/2024/{slug}/"


def listing(links: list[str], older: str | None = None) -> str:
    items = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    nav = ('<a href="/">Home</a> <a href="/about/">About</a> <a href="/tag/censorship/">Tag</a>'
           f' <a href="{OFFSITE}">Offsite</a>')
    more = f'<a href="{older}">Older posts</a>' if older else ""
    return f"<html><body><nav>{nav}</nav><ul>{items}</ul>{more}</body></html>"


def site_files(base: str) -> dict[str, str]:
    """Paths and contents of the demo site; ``base`` is http://127.0.0.1:PORT."""
    private = "/private/secret-article/"
    rss_items = "".join(f"<item><title>{p}</title><link>{p}</link></item>" for p in (
        base + article("press-law-vote"), base + article("journalist-detained"),
        base + private, base + REDIRECT[0], OFFSITE))
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in (
        article("press-law-vote"), article("app-banned"), private, article("deleted-story"),
        "/tag/censorship/"))
    files = {
        "robots.txt": "User-agent: *\nDisallow: /private/\n",
        "feed.xml": f'<?xml version="1.0"?><rss version="2.0"><channel><title>Demo</title>'
                    f"{rss_items}</channel></rss>",
        "atom.xml": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                    f'<entry><link href="{base}{article("site-blocked")}"/></entry>'
                    f'<entry><link href="{base}{private}"/></entry></feed>',
        "sitemap_index.xml": '<?xml version="1.0"?><sitemapindex '
                             'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
                             f"<loc>{base}/sitemap-posts.xml</loc></sitemap></sitemapindex>",
        "sitemap-posts.xml": '<?xml version="1.0"?><urlset '
                             f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        "news/index.html": listing([article("journalist-detained"), article("blogger-fined"),
                                    private], older="/news/page/2/"),
        "news/page/2/index.html": listing([article("radio-closed"), private],
                                          older="/news/page/3/"),
        "news/page/3/index.html": listing([article("internet-shutdown"),
                                           article("press-law-vote")]),
        "about/index.html": "<html><body>About</body></html>",
        "tag/censorship/index.html": listing([article("app-banned")]),
    }
    for slug in PUBLIC + ["secret-article"]:
        path = private if slug == "secret-article" else article(slug)
        files[path.strip("/") + "/index.html"] = (
            f"<html><head><title>{slug}</title></head><body><h1>{slug}</h1>"
            f"<p>Story {slug}.</p><a href='/tag/censorship/'>tag</a></body></html>")
    return files


class Handler(SimpleHTTPRequestHandler):
    """Static files plus one redirect and one gzip-encoded page; records every request."""

    def do_GET(self) -> None:  # noqa: N802
        server: Any = self.server
        server.requests.append(self.path)
        if self.path == REDIRECT[0]:
            self.send_response(301)
            self.send_header("Location", REDIRECT[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == GZIPPED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress((Path(self.directory) / GZIPPED.strip("/") /
                                  "index.html").read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture()
def site(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    root = tmp_path / "site"
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(Handler, directory=str(root)))
    server.requests = []  # type: ignore[attr-defined]
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for name, text in site_files(base).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield base, server.requests  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def crawl(tmp_path: Path, base: str, allow_loopback: bool,
          *extra: str) -> tuple[dict[str, Any], str]:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - name: demo\n"
        "    feeds: ['${BASE}/feed.xml', '${BASE}/atom.xml']\n"
        "    sitemaps: ['${BASE}/sitemap_index.xml']\n"
        "    start_urls: ['${BASE}/news/']\n"
        f"    allow_loopback: {str(allow_loopback).lower()}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    done = subprocess.run(
        [sys.executable, "-c", LOOPBACK_ONLY_CRAWL, "--sources", str(sources),
         "--out", str(tmp_path / "warc"), "--var", f"BASE={base}", "--fast", "--json",
         *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout), done.stderr


def read_warc(path: Path) -> list[Any]:
    with path.open("rb") as fh:
        return [(r, r.content_stream().read()) for r in ArchiveIterator(fh, check_digests="raise")]


def test_crawl_archives_every_public_article_once(tmp_path: Path,
                                                  site: tuple[str, list[str]]) -> None:
    base, requests = site
    report, log = crawl(tmp_path, base, allow_loopback=True)

    assert not [p for p in requests if p.startswith("/private/")]
    assert "/tag/censorship/" not in requests and "/about/" not in requests
    counts = Counter(requests)
    assert all(counts[article(slug)] == 1 for slug in PUBLIC), counts
    assert counts["/robots.txt"] == 1 and counts[REDIRECT[0]] == 1

    warc_files = sorted((tmp_path / "warc").iterdir())
    assert warc_files and all(p.name.startswith("demo-") and p.name.endswith(".warc.gz")
                              for p in warc_files)
    assert [str(p) for p in warc_files] == sorted(report["warc_files"])
    responses: dict[str, Any] = {}
    requests_for: dict[str, Any] = {}
    for path in warc_files:
        for record, body in read_warc(path):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                assert uri not in responses, f"{uri} archived twice"
                responses[uri] = (record, body)
            elif record.rec_type == "request":
                requests_for[record.rec_headers.get_header("WARC-Concurrent-To")] = record
    assert set(responses) == {base + article(slug) for slug in PUBLIC}
    for uri, (record, body) in responses.items():
        assert record.rec_headers.get_header("WARC-Date")
        assert record.rec_headers.get_header("WARC-Payload-Digest")
        assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
        assert record.http_headers.get_statuscode() == "200"
        assert record.http_headers.get_header("Content-Length") == str(len(body))
        assert record.http_headers.get_header("Content-Encoding") is None
        assert body.startswith(b"<html>")
        request = requests_for[record.rec_headers.get_header("WARC-Record-ID")]
        assert request.rec_headers.get_header("WARC-Target-URI") == uri
        assert request.http_headers.get_header("User-Agent").startswith("press-freedom-dataset")

    assert report["pages_archived"] == len(PUBLIC)
    assert report["refused_robots"] >= 1 and report["refused_offsite"] >= 1
    assert report["refused_address"] == 0
    assert report["errors"] == 1  # the sitemap's deleted story (404)
    assert report["requests"] >= len(PUBLIC) + 6
    assert "Crawl summary: total: 8 pages archived" in log


def test_crawl_without_allow_loopback_refuses_everything(tmp_path: Path,
                                                         site: tuple[str, list[str]]) -> None:
    base, requests = site
    report, log = crawl(tmp_path, base, allow_loopback=False)
    assert requests == []
    assert report["pages_archived"] == 0 and report["warc_files"] == []
    assert report["refused_address"] == 4  # two feeds, a sitemap and a listing page
    assert report["requests"] == 0
    assert not (tmp_path / "warc").exists() or not list((tmp_path / "warc").iterdir())
    assert "Address guard refused" in log and "loopback address" in log


def test_resolver_refuses_loopback_answers_the_guard_did_not_allow(
        tmp_path: Path, site: tuple[str, list[str]]) -> None:
    """The guard allows localhost for this source, but the resolver is told not to return
    loopback addresses: as if DNS had changed its answer between check and connection."""
    base, requests = site
    localhost = base.replace("127.0.0.1", "localhost")
    report, log = crawl(tmp_path, localhost, True, "--set", "PFD_RESOLVER_ALLOW_LOOPBACK=false",
                        "--set", "RETRY_TIMES=0")
    assert requests == []
    assert report["pages_archived"] == 0 and report["errors"] == 4
    assert "Resolver refused localhost: it resolves to 127.0.0.1 (loopback address)" in log
