"""Load and check the sources YAML file that tells the crawler what to fetch.

A sources file has a top-level ``sources:`` list. Each entry has a ``name`` and any of
``feeds``, ``sitemaps``, ``start_urls``, ``allowed_domains`` and ``allow_loopback``.
``${NAME}`` placeholders in URLs are filled from the variables given (or the environment),
so the demo site, whose port changes from run to run, can use the same file format.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_URL_LISTS = ("feeds", "sitemaps", "start_urls")
_KNOWN_KEYS = {"name", "allowed_domains", "allow_loopback", "title", "language", "notes",
               *_URL_LISTS}


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Source:
    """One news outlet to crawl."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    allow_loopback: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def all_urls(self) -> tuple[str, ...]:
        return self.feeds + self.sitemaps + self.start_urls


def _expand(value: str, variables: Mapping[str, str], where: str) -> str:
    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in variables:
            raise SourcesError(f"{where}: placeholder ${{{key}}} has no value")
        return variables[key]

    return _PLACEHOLDER.sub(sub, value)


def _url_list(entry: Mapping[str, Any], key: str, variables: Mapping[str, str],
              where: str) -> tuple[str, ...]:
    raw = entry.get(key) or []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise SourcesError(f"{where}: '{key}' must be a list of URLs")
    urls = []
    for item in raw:
        if not isinstance(item, str):
            raise SourcesError(f"{where}: '{key}' holds a non-string value {item!r}")
        url = _expand(item.strip(), variables, where)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourcesError(f"{where}: '{key}' has {url!r}, which is not an http(s) URL")
        urls.append(url)
    return tuple(urls)


def parse_sources(data: Any, origin: str = "<sources>",
                  variables: Mapping[str, str] | None = None) -> list[Source]:
    """Turn parsed YAML into sources, raising SourcesError naming the first problem."""
    values = dict(os.environ) if variables is None else dict(variables)
    if not isinstance(data, dict) or "sources" not in data:
        raise SourcesError(f"{origin}: expected a mapping with a top-level 'sources:' list")
    entries = data["sources"]
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{origin}: 'sources' must be a non-empty list")
    result: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        where = f"{origin}: source #{index}"
        if not isinstance(entry, dict):
            raise SourcesError(f"{where}: each source must be a mapping")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SourcesError(f"{where}: 'name' is missing or empty")
        where = f"{origin}: source '{name}'"
        if name in seen:
            raise SourcesError(f"{where}: name is used twice")
        seen.add(name)
        unknown = set(entry) - _KNOWN_KEYS
        if unknown:
            raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        lists = {key: _url_list(entry, key, values, where) for key in _URL_LISTS}
        if not any(lists.values()):
            raise SourcesError(f"{where}: needs at least one of feeds, sitemaps, start_urls")
        allow_loopback = entry.get("allow_loopback", False)
        if not isinstance(allow_loopback, bool):
            raise SourcesError(f"{where}: 'allow_loopback' must be true or false")
        domains = entry.get("allowed_domains") or []
        if isinstance(domains, str):
            domains = [domains]
        if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
            raise SourcesError(f"{where}: 'allowed_domains' must be a list of host names")
        if not domains:
            domains = sorted({urlsplit(u).hostname or "" for v in lists.values() for u in v})
        extra = {k: entry[k] for k in ("title", "language", "notes") if k in entry}
        result.append(Source(name=name.strip(), feeds=lists["feeds"],
                             sitemaps=lists["sitemaps"], start_urls=lists["start_urls"],
                             allowed_domains=tuple(d.strip().lower() for d in domains),
                             allow_loopback=allow_loopback, extra=extra))
    return result


def load_sources(path: str | Path, variables: Mapping[str, str] | None = None) -> list[Source]:
    """Read a sources YAML file; errors name the file and what is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read ({exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return parse_sources(data, origin=str(path), variables=variables)
