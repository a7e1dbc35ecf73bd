"""Run the crawl: one Scrapy CrawlerProcess, one SourceSpider crawler per source.

``run_crawl`` starts the Twisted reactor, which cannot be restarted, so call it once per
process (tests run ``python -m spiders.crawl`` in a subprocess)::

    python -m spiders.crawl --sources sources/world.yaml --out archive [--var PORT=8000]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from pipeline.sources import Source, SourcesError, load_sources
from spiders.source_spider import SourceSpider

logger = logging.getLogger("spiders.crawl")

# For crawls of the demo site on 127.0.0.1: no politeness delay needed.
FAST_LOOPBACK_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0.0,
    "AUTOTHROTTLE_START_DELAY": 0.0,
    "AUTOTHROTTLE_MAX_DELAY": 1.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 8.0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 10,
}
COUNTS = ("pages_archived", "requests", "errors", "refused_robots", "refused_offsite",
          "refused_address")


@dataclass(frozen=True)
class SourceReport:
    """What the crawl of one source did."""

    name: str
    pages_archived: int = 0
    requests: int = 0
    errors: int = 0
    refused_robots: int = 0
    refused_offsite: int = 0
    refused_address: int = 0
    warc_files: tuple[Path, ...] = ()
    finish_reason: str = ""

    @classmethod
    def from_stats(cls, name: str, stats: Mapping[str, Any]) -> SourceReport:
        def count(*keys: str) -> int:
            return sum(int(stats.get(k, 0)) for k in keys)

        return cls(
            name=name, pages_archived=count("pfd/pages_archived"),
            requests=count("downloader/request_count"),
            errors=count("pfd/errors", "spider_exceptions/count"),
            refused_robots=count("robotstxt/forbidden"),
            refused_offsite=count("offsite/filtered"),
            refused_address=count("address_guard/refused"),
            warc_files=tuple(Path(p) for p in stats.get("pfd/warc_files", [])),
            finish_reason=str(stats.get("finish_reason", "")))


@dataclass(frozen=True)
class CrawlReport:
    """Totals over all sources, with the per-source reports in ``sources``."""

    sources: tuple[SourceReport, ...] = ()

    def _total(self, name: str) -> int:
        return sum(int(getattr(s, name)) for s in self.sources)

    @property
    def pages_archived(self) -> int:
        return self._total("pages_archived")

    @property
    def requests(self) -> int:
        return self._total("requests")

    @property
    def errors(self) -> int:
        return self._total("errors")

    @property
    def refused(self) -> int:
        """Requests refused by robots.txt, the offsite filter or the address guard."""
        return sum(self._total(n) for n in COUNTS if n.startswith("refused_"))

    @property
    def warc_files(self) -> list[Path]:
        return [p for s in self.sources for p in s.warc_files]

    def as_dict(self) -> dict[str, Any]:
        per_source = [{**asdict(s), "warc_files": [str(p) for p in s.warc_files]}
                      for s in self.sources]
        totals = {name: self._total(name) for name in COUNTS}
        return {**totals, "refused": self.refused,
                "warc_files": [str(p) for p in self.warc_files], "sources": per_source}

    def summary(self) -> str:
        lines = [f"{s.name}: {s.pages_archived} pages archived, {s.requests} requests, "
                 f"{s.errors} errors, refused {s.refused_robots} by robots.txt, "
                 f"{s.refused_offsite} offsite, {s.refused_address} by address guard "
                 f"({s.finish_reason or 'not run'})" for s in self.sources]
        lines.append(f"total: {self.pages_archived} pages archived in {len(self.warc_files)} "
                     f"WARC files, {self.requests} requests, {self.errors} errors, "
                     f"{self.refused} refused")
        return "\n".join(lines)


def build_settings(sources: Sequence[Source], out_dir: Path,
                   overrides: Mapping[str, Any] | None = None) -> Settings:
    """Project settings from ``spiders.settings``, then ours, then the caller's overrides."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("PFD_OUT_DIR", str(out_dir), priority="project")
    settings.set("PFD_RESOLVER_ALLOW_LOOPBACK", any(s.allow_loopback for s in sources),
                 priority="project")
    settings.update(dict(overrides or {}), priority="cmdline")
    return settings


def _stats(crawler: Crawler) -> dict[str, Any]:
    try:
        return crawler.stats.get_stats()
    except RuntimeError:  # the crawler never started
        return {}


def run_crawl(sources: list[Source], out_dir: Path, *,
              settings: dict[str, Any] | None = None,
              install_root_handler: bool = True) -> CrawlReport:
    """Crawl every source once and archive its article pages as WARC files in ``out_dir``.

    Callers that configure logging themselves (the ``pfd`` CLI) pass
    ``install_root_handler=False`` so Scrapy does not add a second handler.
    """
    if not sources:
        return CrawlReport()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess(build_settings(sources, out_dir, settings),
                             install_root_handler=install_root_handler)
    crawlers: list[tuple[Source, Crawler]] = []
    for source in sources:
        crawler = process.create_crawler(SourceSpider)
        crawlers.append((source, crawler))
        process.crawl(crawler, source=source)
    process.start()
    report = CrawlReport(tuple(SourceReport.from_stats(source.name, _stats(crawler))
                               for source, crawler in crawlers))
    for line in report.summary().splitlines():
        logger.info("Crawl summary: %s", line)
    return report


def _pairs(items: list[str], what: str) -> dict[str, str]:
    result = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise SystemExit(f"{what} must look like NAME=VALUE, got {item!r}")
        result[name] = value
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.crawl", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", required=True, type=Path, help="sources YAML file")
    parser.add_argument("--out", required=True, type=Path, help="directory for WARC files")
    parser.add_argument("--var", action="append", default=[], metavar="NAME=VALUE",
                        help="value for a ${NAME} placeholder in the sources file")
    parser.add_argument("--set", action="append", default=[], metavar="SETTING=VALUE",
                        help="override a Scrapy setting")
    parser.add_argument("--fast", action="store_true",
                        help="no politeness delays (for the demo site on loopback)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    variables = {**os.environ, **_pairs(args.var, "--var")} if args.var else None
    try:
        sources = load_sources(args.sources, variables)
    except SourcesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    overrides = {**(FAST_LOOPBACK_SETTINGS if args.fast else {}), **_pairs(args.set, "--set")}
    report = run_crawl(sources, args.out, settings=overrides)
    print(json.dumps(report.as_dict(), indent=2) if args.json else report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
