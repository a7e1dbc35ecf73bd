"""The build: archives in, a validated and published dataset version out.

clean -> extract -> group into incidents -> validate -> publish. Inputs that fail are reported
and skipped; a failed validation publishes nothing and keeps its report under ``rejected/``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import publish, schema
from pipeline.clean import Deduplicator
from pipeline.diff import diff_incidents
from pipeline.extract.lexicon import load_lexicon
from pipeline.incidents import IdChanges, group_mentions, incident_row
from pipeline.inputs import InputError
from pipeline.process import PageResult, process_paths
from pipeline.progress import progress
from pipeline.records import Article, Mention
from pipeline.release import write_release
from pipeline.validate import validate_tables

log = logging.getLogger("pfd.build")


@dataclass
class BuildResult:
    """What a build did; ``version_dir`` is None when validation failed."""

    version: str
    version_dir: Path | None
    report_path: Path
    success: bool
    counts: dict[str, int]
    errors: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def code_version() -> str:
    """Package version plus the git commit when run from a checkout."""
    try:
        version = metadata.version("press-freedom-dataset")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
            cwd=Path(__file__).resolve().parent, timeout=5, check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"{version}+g{commit}" if commit else version


def collect(results: Iterable[PageResult | InputError],
            on_error: Callable[[str], None]) -> tuple[list[Article], list[Mention],
                                                      dict[str, int], list[str]]:
    """Keep the first copy of each article and its mentions; count skips, report errors."""
    dedup = Deduplicator()
    articles: list[Article] = []
    mentions: list[Mention] = []
    skipped: dict[str, int] = {}
    errors: list[str] = []
    for result in results:
        if isinstance(result, InputError):
            errors.append(str(result))
            on_error(str(result))
            continue
        if result.error:
            where = f"{result.source} ({result.url})" if result.url and \
                result.url not in result.source else result.source
            message = f"{where}: {result.error}"
            errors.append(message)
            on_error(message)
            continue
        if result.skip or result.article is None:
            skipped[result.skip or "empty"] = skipped.get(result.skip or "empty", 0) + 1
            continue
        if dedup.is_duplicate(result.article):
            skipped["duplicate"] = skipped.get("duplicate", 0) + 1
            continue
        articles.append(result.article)
        mentions.extend(result.mentions)
    return articles, mentions, skipped, errors


def make_tables(articles: list[Article], mentions: list[Mention],
                previous: dict[str, str] | None = None
                ) -> tuple[dict[str, pa.Table], IdChanges]:
    """Group mentions into incidents and turn all three into schema-conformant tables."""
    incidents, changes = group_mentions(mentions, previous)
    grouped = [m for inc in incidents for m in inc.mentions]
    return {
        "articles": publish.build_table("articles", [a.to_dict() for a in articles],
                                        "article_id"),
        "mentions": publish.build_table("mentions", [m.to_dict() for m in grouped],
                                        "mention_id"),
        "incidents": publish.build_table("incidents", [incident_row(i) for i in incidents],
                                         "incident_id"),
    }, changes


def previous_version(dataset_dir: Path) -> tuple[str | None, dict[str, pa.Table]]:
    """The latest published version of a dataset and its tables (empty when none)."""
    latest = publish.read_versions(dataset_dir).get("latest")
    if not latest or not (dataset_dir / latest).is_dir():
        return None, {}
    return latest, {t: pq.read_table(dataset_dir / latest / f"{t}.parquet")
                    for t in schema.TABLES}


def build(inputs: list[str], output: Path, name: str = "press-freedom-incidents",
          sources: list[dict[str, Any]] | None = None, workers: int | None = None,
          on_error: Callable[[str], None] = lambda _m: None,
          mutate: Callable[[dict[str, pa.Table]], dict[str, pa.Table]] | None = None,
          use_previous: bool = True, data_docs: bool = True) -> BuildResult:
    """Run the whole pipeline over WARC/HTML inputs and publish a version if it validates.

    Incident ids are carried over from the latest published version (``use_previous``), and
    the changelog compares against it. ``mutate`` lets tests corrupt the tables between
    extraction and validation.
    """
    load_lexicon()  # compile once in the parent so forked workers share it
    results = progress(process_paths(inputs, workers=workers), "clean + extract")
    articles, mentions, skipped, errors = collect(results, on_error)
    log.info("cleaned %d articles, %d mentions; skipped %s; %d failed inputs",
             len(articles), len(mentions), skipped, len(errors))
    dataset_dir = output / name
    dataset_dir.mkdir(parents=True, exist_ok=True)
    old_version, old_tables = previous_version(dataset_dir) if use_previous else (None, {})
    old_ids = ({r["mention_id"]: r["incident_id"] for r in
                old_tables["mentions"].select(["mention_id", "incident_id"]).to_pylist()}
               if old_tables else {})
    tables, changes = make_tables(articles, mentions, old_ids)
    if mutate is not None:
        tables = mutate(tables)
    version = publish.new_version_id(dataset_dir)
    staging = dataset_dir / f".staging-{version}-{os.getpid()}"
    staging.mkdir()
    try:
        report = validate_tables(tables, staging / "data-docs" if data_docs else None)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        validation = {"dataset": name, "version": version, "created": created,
                      **report.to_json()}
        counts = {t: tables[t].num_rows for t in schema.TABLES}
        if not report.success:
            path = publish.save_rejected(dataset_dir, version, validation)
            return BuildResult(version, None, path, False, counts, errors, skipped,
                               report.failures())
        lexicon = load_lexicon()
        meta = {
            "title": "Press-freedom and internet-censorship incidents",
            "created": created,
            "code_version": code_version(),
            "codebook_version": lexicon.codebook_version,
            "schema_versions": {t: schema.schema_version(t) for t in schema.TABLES},
            "previous_version": old_version,
            "sources": sources or [{"title": "inputs", "path": p} for p in inputs],
            "inputs": {"articles": len(articles), "skipped": skipped, "failed": len(errors)},
            "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        }
        changelog = diff_incidents(old_tables.get("incidents"), tables["incidents"],
                                   changes.merged, changes.split)
        write_release(staging, name, version, tables, meta, validation, changelog, old_version)
        final = publish.publish(tables, output, name, version, meta, validation, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(version, final, final / "validation.json", True, counts, errors,
                       skipped)
