"""The real-world sources file loads (no network: its URLs are not fetched in tests)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pipeline.sources import load_sources
from spiders.source_spider import SourceSpider

WORLD = Path(__file__).resolve().parents[1] / "sources" / "world.yaml"


def test_world_sources_load() -> None:
    sources = load_sources(WORLD, variables={})
    names = [s.name for s in sources]
    assert len(names) >= 12 and len(set(names)) == len(names)
    assert {"cpj", "rsf", "eff", "ooni", "meduza-en", "access-now"} <= set(names)
    for source in sources:
        assert not source.allow_loopback
        assert source.allowed_domains
        for url in source.all_urls:
            parts = urlsplit(url)
            assert parts.scheme == "https"
            host = parts.hostname or ""
            assert any(host == d or host.endswith("." + d) for d in source.allowed_domains)


def test_world_sources_make_spiders() -> None:
    for source in load_sources(WORLD, variables={}):
        spider = SourceSpider(source=source)
        assert spider.name == source.name
        assert spider.allowed_domains == list(source.allowed_domains)
