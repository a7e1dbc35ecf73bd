"""The offline main job: serve the demo site on 127.0.0.1, crawl it, build a dataset.

The demo server runs only for the crawl and is stopped however the crawl ends. Each run
archives into its own folder under the archive directory, and the build reads that folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from pipeline.sources import load_sources

log = logging.getLogger("pfd.demo")


def demo_sources_path() -> Path:
    return Path(str(resources.files("demosite").joinpath("sources.yaml")))


def crawl_demo(archive: Path) -> Path:
    """Serve the demo site, crawl it into a new run folder and return that folder."""
    from demosite.server import serve, source_variables
    from spiders.crawl import FAST_LOOPBACK_SETTINGS, run_crawl

    run_dir = archive / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir.mkdir(parents=True, exist_ok=True)
    with serve() as bases:
        log.info("demo site serving %s", ", ".join(f"{k}={v}" for k, v in bases.items()))
        sources = load_sources(demo_sources_path(), variables=source_variables(bases))
        report = run_crawl(sources, run_dir, settings=FAST_LOOPBACK_SETTINGS,
                           install_root_handler=False)
    log.info("crawl finished: %s", report.summary())
    return run_dir


def run_demo(archive: Path, output: Path, name: str, workers: int | None,
             on_error: Callable[[str], None], print_result: Callable[[Any], int]) -> int:
    from pipeline.build import build

    run_dir = crawl_demo(archive)
    warcs = sorted(run_dir.glob("*.warc.gz"))
    if not warcs:
        on_error(f"{run_dir}: the crawl archived nothing")
        return 1
    listed = yaml.safe_load(demo_sources_path().read_text("utf-8"))["sources"]
    sources = [{"name": s["name"], "title": s.get("title", s["name"]),
                "path": "demosite/sources.yaml"} for s in listed]
    result = build([str(run_dir)], output, name=name, sources=sources, workers=workers,
                   on_error=on_error)
    return print_result(result)
