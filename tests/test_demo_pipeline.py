"""The main job on the demo site: serve on loopback, crawl, build, publish (as `make dataset`)."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.archiveiterator import ArchiveIterator

from demosite.content import load_articles
from pipeline.extract.engine import extract_article


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("demo")
    archive, output = root / "archive", root / "datasets"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "demo", "--archive", str(archive),
         "--output", str(output)], capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    version_dir = Path(result.stdout.strip().splitlines()[-1])
    assert version_dir.is_dir()
    return archive, version_dir


def test_crawl_archives_every_published_article_and_no_draft(demo_run: tuple[Path, Path]
                                                             ) -> None:
    archive, _ = demo_run
    uris = []
    for warc in archive.rglob("*.warc.gz"):
        with gzip.open(warc, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uris.append(record.rec_headers.get_header("WARC-Target-URI"))
    published = [a for a in load_articles() if not a.draft]
    assert len(uris) == len(set(uris)) == len(published)
    assert not [u for u in uris if any(p in u for p in ("/drafts/", "/preview/", "/internal/"))]


def test_dataset_meets_the_main_job_floor(demo_run: tuple[Path, Path]) -> None:
    _, version = demo_run
    incidents = pq.read_table(version / "incidents.parquet").to_pandas()
    articles = pq.read_table(version / "articles.parquet").to_pandas()
    assert len(articles) >= 60
    assert len(incidents) >= 20
    assert incidents["country"].nunique() >= 8
    assert incidents["incident_type"].nunique() >= 6
    assert (incidents["n_sources"] >= 2).any(), "events reported by several outlets merge"


def test_package_hashes_match_and_validation_succeeded(demo_run: tuple[Path, Path]) -> None:
    _, version = demo_run
    package = json.loads((version / "datapackage.json").read_text())
    for resource in package["resources"]:
        data = (version / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)
    assert json.loads((version / "validation.json").read_text())["success"] is True
    assert [s["name"] for s in package["sources"]] == ["meridian", "ledger", "northwind"]


def _demo_text(article: object) -> str:
    return "\n".join([article.title, *article.paragraphs])  # type: ignore[attr-defined]


def test_demo_hard_negatives_give_no_incident() -> None:
    leaks = []
    for article in load_articles():
        mentions = extract_article(_demo_text(article), article.published.date(),
                                   article.title).mentions
        for negative in article.negatives:
            if any(negative.sentence in m.evidence for m in mentions):
                leaks.append((article.slug, negative.why, negative.sentence))
    assert leaks == []


def test_demo_incidents_are_found_with_their_type() -> None:
    found = total = 0
    for article in load_articles():
        if article.draft:
            continue
        mentions = extract_article(_demo_text(article), article.published.date(),
                                   article.title).mentions
        for expected in article.expected:
            total += 1
            found += any(m.incident_type == expected.type and expected.evidence in m.evidence
                         for m in mentions)
    assert total >= 60
    assert found / total >= 0.9, f"{found}/{total}"
