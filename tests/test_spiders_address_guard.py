"""The address guard refuses bad schemes and non-public addresses without connecting.

Only IP literals and "localhost" reach the real ``socket.getaddrinfo`` (no DNS traffic); other
names use a fake resolver. ``socket.socket`` is replaced so any connection attempt fails loudly.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Coroutine
from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError

from pipeline.sources import Source
from spiders.address_guard import (
    AddressGuardMiddleware,
    AddressRefused,
    GuardedResolver,
    address_refusal,
    check_url,
)
from spiders.source_spider import SourceSpider

REFUSED_ALWAYS = [
    "http://10.0.0.1/",
    "http://192.168.1.1/admin",
    "http://172.16.5.4/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://[fe80::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[2002:a00:1::]/",
    "file:///etc/passwd",
    "ftp://ftp.example.org/pub/file.txt",
    "data:text/html,hello",
    "gopher://example.org/",
]
LOOPBACK = [
    "http://127.0.0.1:8000/news/",
    "http://127.1.2.3/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://localhost:8000/",
    "http://2130706433/",  # 127.0.0.1 written as one number
]
FAKE_DNS = {
    "intranet.example": ["10.1.2.3"],
    "metadata.google.internal": ["169.254.169.254"],
    "mixed.example": ["93.184.215.14", "192.168.0.10"],
    "public.example": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
}


class NoSockets:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("the address guard tried to open a socket")


@pytest.fixture(autouse=True)
def no_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "socket", NoSockets)
    monkeypatch.setattr(socket, "create_connection", NoSockets)


def resolve(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
    """getaddrinfo for IP literals and localhost, a fixed table for other names."""
    if host in FAKE_DNS:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in FAKE_DNS[host]]
    if host != "localhost":
        kwargs["flags"] = socket.AI_NUMERICHOST  # never a DNS query
    return socket.getaddrinfo(host, port, *args, **kwargs)


def guard(allow_loopback: bool) -> AddressGuardMiddleware:
    crawler = get_crawler(SourceSpider)
    source = Source(name="t", start_urls=("http://127.0.0.1/",), allow_loopback=allow_loopback)
    crawler.spider = SourceSpider.from_crawler(crawler, source=source)
    return AddressGuardMiddleware(crawler, resolve=resolve)


@pytest.mark.parametrize("url", REFUSED_ALWAYS)
@pytest.mark.parametrize("allow_loopback", [False, True])
def test_refused_urls(url: str, allow_loopback: bool) -> None:
    middleware = guard(allow_loopback)
    with pytest.raises(IgnoreRequest, match="address guard"):
        middleware.check(Request(url))
    assert middleware.crawler.stats.get_value("address_guard/refused") == 1


@pytest.mark.parametrize("url", LOOPBACK)
def test_loopback_refused_without_allow_loopback(url: str) -> None:
    with pytest.raises(IgnoreRequest, match="loopback"):
        guard(False).check(Request(url))


@pytest.mark.parametrize("url", LOOPBACK)
def test_loopback_allowed_for_allow_loopback_sources(url: str) -> None:
    guard(True).check(Request(url))


@pytest.mark.parametrize(("host", "reason"), [
    ("intranet.example", "private"),
    ("metadata.google.internal", "cloud metadata"),
    ("mixed.example", "private"),
])
def test_names_resolving_to_refused_addresses(host: str, reason: str) -> None:
    with pytest.raises(AddressRefused, match=reason):
        check_url(f"https://{host}/news/", allow_loopback=True, resolve=resolve)


def test_public_addresses_pass_without_connecting() -> None:
    assert check_url("https://public.example/a", resolve=resolve) == [
        "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "93.184.215.14"]
    assert check_url("http://93.184.215.14/", resolve=resolve) == ["93.184.215.14"]


def test_scheme_is_refused_before_any_lookup() -> None:
    calls: list[str] = []

    def spy(host: str, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        calls.append(host)
        return resolve(host, *args, **kwargs)

    for url in ("file:///etc/passwd", "ftp://10.0.0.1/x", "javascript:alert(1)"):
        with pytest.raises(AddressRefused, match="scheme"):
            check_url(url, resolve=spy)
    assert calls == []


@pytest.mark.parametrize("url", ["http:///no-host", "http://example.org:99999/", "https:"])
def test_malformed_urls_are_refused(url: str) -> None:
    with pytest.raises(AddressRefused):
        check_url(url, resolve=resolve)


def test_unresolvable_host_is_refused() -> None:
    def fail(*args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(AddressRefused, match="cannot resolve"):
        check_url("https://nowhere.invalid/", resolve=fail)


def test_refusal_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING), pytest.raises(IgnoreRequest):
        guard(False).check(Request("http://169.254.169.254/latest/meta-data/"))
    assert "Address guard refused http://169.254.169.254/latest/meta-data/" in caplog.text
    assert "cloud metadata" in caplog.text


def run_without_loop(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a coroutine that must finish without waiting on anything (no event loop)."""
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    coroutine.close()
    raise AssertionError("the coroutine waited for something")


def test_process_request_refuses_ip_literals_without_waiting() -> None:
    with pytest.raises(IgnoreRequest):
        run_without_loop(guard(False).process_request(Request("http://10.0.0.1/")))
    with pytest.raises(IgnoreRequest):
        run_without_loop(guard(True).process_request(Request("file:///etc/passwd")))
    assert run_without_loop(guard(True).process_request(Request("http://127.0.0.1:1/"))) is None


@pytest.mark.parametrize(("address", "allow_loopback", "refused"), [
    ("127.0.0.1", False, True),
    ("127.0.0.1", True, False),
    ("::1", True, False),
    ("10.0.0.1", True, True),
    ("8.8.8.8", False, False),
    ("2001:4860:4860::8888", False, False),
    ("2001:db8::1", False, True),
])
def test_address_refusal(address: str, allow_loopback: bool, refused: bool) -> None:
    reason = address_refusal(ipaddress.ip_address(address), allow_loopback)
    assert (reason is not None) is refused


def test_guarded_resolver_rejects_refused_answers() -> None:
    resolver = GuardedResolver(reactor=object(), cache_size=0, timeout=1.0)  # type: ignore[arg-type]
    assert resolver._check("93.184.215.14", "public.example") == "93.184.215.14"
    with pytest.raises(DNSLookupError):
        resolver._check("10.0.0.8", "rebinding.example")
    with pytest.raises(DNSLookupError):
        resolver._check("127.0.0.1", "rebinding.example")
    resolver.allow_loopback = True
    assert resolver._check("127.0.0.1", "localhost") == "127.0.0.1"
