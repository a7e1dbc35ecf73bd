"""Serve the three demo outlets on loopback, one ThreadingHTTPServer per outlet.

``with serve() as bases:`` yields ``{"meridian": "http://127.0.0.1:PORT", ...}``; the servers
stop when the block exits. ``python -m demosite.server`` serves until Ctrl-C (or SIGTERM) and
prints shell ``export`` lines for the ``DEMO_*`` variables used by ``demosite/sources.yaml``.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from demosite.content import OUTLETS, load_articles
from demosite.render import Page, build_pages, not_found_page
from demosite.site import build_site

_FIRST_PAGE = re.compile(r"^(/section/[^/]+/)page/1/$")


def _handler(pages: Mapping[str, Page], missing: Page) -> type[BaseHTTPRequestHandler]:
    """A request handler class answering from pre-rendered pages."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoNews/1.0"
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
            self._answer(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802 - name fixed by http.server
            self._answer(send_body=False)

        def _answer(self, send_body: bool) -> None:
            path = urlsplit(self.path).path or "/"
            first = _FIRST_PAGE.match(path)
            if first:
                self._redirect(first.group(1))
                return
            page = pages.get(path)
            if page is None and not path.endswith("/") and path + "/" in pages:
                self._redirect(path + "/")
                return
            page = page or missing
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            if send_body:
                self.wfile.write(page.body)

        def _redirect(self, location: str) -> None:
            self.send_response(301)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Stay quiet: no per-request logging to stderr."""

    return Handler


def _base_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    host = str(host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


@contextmanager
def serve(host: str = "127.0.0.1") -> Iterator[dict[str, str]]:
    """Start one server per outlet on free ports; yield ``{outlet_id: base_url}``."""
    articles = load_articles()
    running: list[tuple[ThreadingHTTPServer, threading.Thread]] = []
    bases: dict[str, str] = {}
    try:
        for outlet_id in OUTLETS:
            server = ThreadingHTTPServer((host, 0), BaseHTTPRequestHandler)
            server.daemon_threads = True
            base = _base_url(server)
            site = build_site(outlet_id, base, articles)
            server.RequestHandlerClass = _handler(build_pages(site), not_found_page(site))
            thread = threading.Thread(target=server.serve_forever, name=f"demosite-{outlet_id}",
                                      daemon=True)
            thread.start()
            running.append((server, thread))
            bases[outlet_id] = base
        yield bases
    finally:
        for server, thread in running:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


def source_variables(bases: Mapping[str, str]) -> dict[str, str]:
    """Placeholder values for demosite/sources.yaml: ``{"DEMO_MERIDIAN": base, ...}``."""
    return {f"DEMO_{outlet_id.upper()}": base for outlet_id, base in bases.items()}


def main(argv: list[str] | None = None) -> int:
    """Serve the demo site until interrupted, printing the base URLs."""
    parser = argparse.ArgumentParser(description="Serve the demo news outlets on loopback.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (loopback)")
    args = parser.parse_args(argv)
    with serve(args.host) as bases:
        for outlet_id, base in bases.items():
            print(f"# {OUTLETS[outlet_id].name}: {base}/")
        for name, value in source_variables(bases).items():
            print(f"export {name}={value}")
        print("# serving; press Ctrl-C to stop", flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    print("# stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
