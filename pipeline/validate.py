"""Validate dataset tables with Great Expectations suites generated from the Table Schemas.

Each table gets the suite implied by its schema (columns, required, unique, enums, patterns,
ranges) plus dataset checks: ISO country codes, event dates not after publication, precision
null exactly when the date is, evidence found at its offsets in the article text, and every
mention's article and incident present. Cross-table checks are computed as boolean columns of a
``links`` frame and validated with GX like everything else, so one report holds all results.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pycountry

from pipeline import schema

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

_COUNTRIES = sorted(c.alpha_2 for c in pycountry.countries)


@dataclass
class ValidationReport:
    """Outcome of validating a dataset: overall success and the GX results per suite."""

    success: bool
    suites: dict[str, dict[str, Any]]

    def failures(self) -> list[str]:
        out = []
        for suite, result in self.suites.items():
            for item in result.get("results", []):
                if not item.get("success"):
                    cfg = item.get("expectation_config", {})
                    kwargs = {k: v for k, v in cfg.get("kwargs", {}).items()
                              if k in ("column", "column_A", "column_B")}
                    count = item.get("result", {}).get("unexpected_count")
                    out.append(f"{suite}: {cfg.get('type')} {kwargs}"
                               + (f" ({count} unexpected)" if count is not None else ""))
        return out

    def to_json(self) -> dict[str, Any]:
        stats = {name: r.get("statistics", {}) for name, r in self.suites.items()}
        return {"success": self.success, "failures": self.failures(), "statistics": stats,
                "suites": self.suites}


def _dataset_checks(table: str) -> list[tuple[str, dict[str, Any]]]:
    checks: list[tuple[str, dict[str, Any]]] = []
    if table in ("mentions", "incidents"):
        checks.append(("expect_column_values_to_be_in_set",
                       {"column": "country", "value_set": _COUNTRIES}))
    if table == "mentions":
        checks.append(("expect_column_pair_values_a_to_be_greater_than_b",
                       {"column_A": "published_at", "column_B": "event_date", "or_equal": True,
                        "ignore_row_if": "either_value_is_missing"}))
        checks.append(("expect_column_pair_values_a_to_be_greater_than_b",
                       {"column_A": "evidence_end", "column_B": "evidence_start"}))
    if table == "incidents":
        checks.append(("expect_column_pair_values_a_to_be_greater_than_b",
                       {"column_A": "first_reported_at", "column_B": "event_date",
                        "or_equal": True, "ignore_row_if": "either_value_is_missing"}))
    return checks


def _links_frame(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per mention with boolean results of the cross-table checks."""
    mentions, articles, incidents = frames["mentions"], frames["articles"], frames["incidents"]
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    incident_ids = set(incidents["incident_id"])
    rows = []
    for m in mentions.itertuples(index=False):
        text = texts.get(m.article_id)
        at_offsets = bool(text is not None and isinstance(m.evidence, str) and m.evidence
                          and text[int(m.evidence_start):int(m.evidence_end)] == m.evidence)
        rows.append({
            "mention_id": m.mention_id,
            "article_present": text is not None,
            "incident_present": m.incident_id in incident_ids,
            "evidence_at_offsets": at_offsets,
            "precision_matches_date": (pd.isna(m.event_date) == pd.isna(m.date_precision)),
        })
    counted = mentions.groupby("incident_id").size().to_dict() if len(mentions) else {}
    frame = pd.DataFrame(rows, columns=["mention_id", "article_present", "incident_present",
                                        "evidence_at_offsets", "precision_matches_date"])
    inc = pd.DataFrame({
        "incident_id": incidents["incident_id"],
        "n_mentions_matches": [counted.get(i, 0) == n for i, n in
                               zip(incidents["incident_id"], incidents["n_mentions"],
                                   strict=True)],
    })
    frame.attrs["incident_checks"] = inc
    return frame


def _context(docs_dir: Path | None = None) -> Any:
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    sites = {} if docs_dir is None else {"local": {
        "class_name": "SiteBuilder", "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                          "base_directory": str(docs_dir.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}}}
    config = DataContextConfig(
        analytics_enabled=False, progress_bars=ProgressBarsConfig(globally=False),
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        data_docs_sites=sites,
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def _run_suite(context: Any, name: str, frame: pd.DataFrame,
               expectations: list[tuple[str, dict[str, Any]]], docs: bool) -> dict[str, Any]:
    import great_expectations as gx
    from great_expectations.expectations.registry import get_expectation_impl

    source = context.data_sources.add_pandas(f"pfd_{name}")
    asset = source.add_dataframe_asset(name=name)
    batch = asset.add_batch_definition_whole_dataframe("all").get_batch(
        batch_parameters={"dataframe": frame})
    suite = gx.ExpectationSuite(name=f"pfd.{name}")
    for kind, kwargs in expectations:
        suite.add_expectation(get_expectation_impl(kind)(**kwargs))
    suite = context.suites.add(suite)
    if not docs:
        result: dict[str, Any] = batch.validate(suite, result_format="SUMMARY").to_json_dict()
        return result
    definition = context.validation_definitions.add(gx.ValidationDefinition(
        name=f"pfd.{name}", data=asset.get_batch_definition("all"), suite=suite))
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name=f"pfd.{name}", validation_definitions=[definition],
        actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs")],
        result_format="SUMMARY"))
    run = checkpoint.run(batch_parameters={"dataframe": frame})
    validated: dict[str, Any] = next(iter(run.run_results.values())).to_json_dict()
    return validated


def suites_for(table: str) -> list[tuple[str, dict[str, Any]]]:
    """All expectations applied to a table: schema-derived plus dataset checks."""
    return schema.expectations(table) + _dataset_checks(table)


def to_frames(tables: dict[str, pa.Table]) -> dict[str, pd.DataFrame]:
    return {name: t.to_pandas(date_as_object=True, types_mapper=None)
            for name, t in tables.items()}


def validate_tables(tables: dict[str, pa.Table],
                    docs_dir: Path | None = None) -> ValidationReport:
    """Run every suite on the tables; success only when all expectations pass.

    With ``docs_dir``, Great Expectations Data Docs (static HTML) are built there too.
    """
    frames = to_frames(tables)
    docs = docs_dir is not None
    context = _context(docs_dir)
    suites: dict[str, dict[str, Any]] = {}
    for name in schema.TABLES:
        suites[name] = _run_suite(context, name, frames[name], suites_for(name), docs)
    links = _links_frame(frames)
    bool_checks = [("expect_column_values_to_be_in_set", {"column": c, "value_set": [True]})
                   for c in ("article_present", "incident_present", "evidence_at_offsets",
                             "precision_matches_date")]
    suites["mention_links"] = _run_suite(context, "mention_links", links, bool_checks, docs)
    suites["incident_links"] = _run_suite(
        context, "incident_links", links.attrs["incident_checks"],
        [("expect_column_values_to_be_in_set",
          {"column": "n_mentions_matches", "value_set": [True]})], docs)
    success = all(bool(r.get("success")) for r in suites.values())
    return ValidationReport(success, suites)
