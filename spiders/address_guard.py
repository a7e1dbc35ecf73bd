"""Refuse non-HTTP schemes and non-public addresses before any connection is made.

``AddressGuardMiddleware`` (a downloader middleware) resolves each request's host with
``socket.getaddrinfo`` and refuses the request when any address is private, loopback,
link-local, reserved, multicast, unspecified, shared (CGNAT) or a cloud metadata address
(IPv4-mapped IPv6 addresses are unwrapped first). Loopback is allowed only for requests of a
source with ``allow_loopback: true``. ``GuardedResolver`` applies the same rule to the
addresses Twisted actually connects to, so a host cannot pass the check with one DNS answer
and connect with another.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError
from twisted.internet.threads import deferToThread

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolve = Callable[..., Sequence[tuple[Any, ...]]]
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack ...
    "fd00:ec2::254",  # AWS IPv6
    "100.100.100.200",  # Alibaba Cloud
))
CACHE_SECONDS = 300.0


class AddressRefused(IgnoreRequest):
    """The request's URL or address is not allowed; nothing was sent."""


def address_refusal(ip: IPAddress, allow_loopback: bool = False) -> str | None:
    """Why ``ip`` must not be contacted, or None when it may be."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return address_refusal(ip.ipv4_mapped, allow_loopback)
    if isinstance(ip, ipaddress.IPv6Address) and (ip.sixtofour or ip.teredo):
        return "IPv6 transition address (6to4 or Teredo)"
    if ip in METADATA:
        return "cloud metadata address"
    if ip.is_loopback:
        return None if allow_loopback else "loopback address"
    for flag, reason in (("is_unspecified", "unspecified address"),
                         ("is_link_local", "link-local address"),
                         ("is_multicast", "multicast address"),
                         ("is_private", "private address"),
                         ("is_reserved", "reserved address")):
        if getattr(ip, flag):
            return reason
    return None if ip.is_global else "non-global address"


def static_refusal(url: str) -> str | None:
    """Why ``url`` is refused without any lookup (scheme, missing host, bad port)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return f"scheme {parts.scheme or '(none)'!r} is not http or https"
    try:
        parts.port  # noqa: B018 - raises ValueError for an invalid port
    except ValueError:
        return "invalid port"
    return None if parts.hostname else "no host name"


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def check_url(url: str, allow_loopback: bool = False,
              resolve: Resolve = socket.getaddrinfo) -> list[str]:
    """Return the addresses ``url`` resolves to, or raise AddressRefused (never connects)."""
    reason = static_refusal(url)
    if reason:
        raise AddressRefused(reason)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise AddressRefused(f"cannot resolve {host!r} ({exc})") from None
    addresses = sorted({str(info[4][0]) for info in infos})
    if not addresses:
        raise AddressRefused(f"{host!r} resolves to no address")
    for address in addresses:
        reason = address_refusal(ipaddress.ip_address(address.split("%")[0]), allow_loopback)
        if reason:
            raise AddressRefused(f"{host!r} resolves to {address} ({reason})")
    return addresses


class AddressGuardMiddleware:
    """Downloader middleware: refuse a request before it is sent, count and log refusals."""

    def __init__(self, crawler: Crawler, resolve: Resolve = socket.getaddrinfo) -> None:
        self.crawler = crawler
        self.resolve = resolve
        self._verdicts: dict[tuple[str, str, bool], tuple[float, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler)

    def allow_loopback(self) -> bool:
        source = getattr(self.crawler.spider, "source", None)
        return bool(getattr(source, "allow_loopback", False))

    def check(self, request: Request) -> None:
        """Raise IgnoreRequest if ``request`` must not be sent (may block on DNS)."""
        try:
            check_url(request.url, self.allow_loopback(), self.resolve)
        except AddressRefused as exc:
            self._refuse(request, str(exc))

    async def process_request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if static_refusal(request.url) or is_ip_literal(parts.hostname or ""):
            self.check(request)
            return
        key = (parts.scheme.lower(), parts.netloc.lower(), self.allow_loopback())
        cached = self._verdicts.get(key)
        if cached is None or cached[0] < time.monotonic():
            try:
                await maybe_deferred_to_future(
                    deferToThread(check_url, request.url, key[2], self.resolve))
                cached = (time.monotonic() + CACHE_SECONDS, None)
            except AddressRefused as exc:
                cached = (time.monotonic() + CACHE_SECONDS, str(exc))
            self._verdicts[key] = cached
        if cached[1] is not None:
            self._refuse(request, cached[1])

    def _refuse(self, request: Request, reason: str) -> None:
        self.crawler.stats.inc_value("address_guard/refused")
        logger.warning("Address guard refused %s: %s", request.url, reason,
                       extra={"spider": self.crawler.spider})
        raise AddressRefused(f"address guard: {reason}")


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, failing lookups that give a refused address.

    Loopback is allowed when the setting ``PFD_RESOLVER_ALLOW_LOOPBACK`` is true (the
    resolver serves the whole process, so per-source loopback rules stay in the middleware).
    """

    allow_loopback = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> GuardedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_loopback = crawler.settings.getbool("PFD_RESOLVER_ALLOW_LOOPBACK")
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Any:  # noqa: N802
        deferred = super().getHostByName(name, timeout)
        deferred.addCallback(self._check, name)
        return deferred

    def _check(self, address: str, name: str) -> str:
        reason = address_refusal(ipaddress.ip_address(address), self.allow_loopback)
        if reason:
            logger.warning("Resolver refused %s: it resolves to %s (%s)", name, address, reason)
            raise DNSLookupError(f"{name} resolves to {address} ({reason}); refused")
        return address
