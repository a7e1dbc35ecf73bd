"""Release documents written into every version folder: dataset card, charts and changelog.

``README.md`` is the dataset card: what the data is, how it was built, counts by type, country
and year, sources, validation summary, how to load and cite it, licence. ``charts/`` holds the
two figures the card shows, and ``CHANGELOG.md`` compares the version with the previous one.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, never a screen

import matplotlib.pyplot as plt  # noqa: E402
import pyarrow as pa  # noqa: E402

from pipeline.diff import Diff, changelog_markdown  # noqa: E402
from pipeline.incidents import country_name  # noqa: E402

TYPES = ("arrest", "prosecution", "attack", "harassment", "internet_shutdown", "blocking",
         "takedown", "legal_restriction", "surveillance")


def _month_range(first: str, last: str) -> list[str]:
    """Every month from first to last ("YYYY-MM"), so gaps show as gaps on the time axis."""
    year, month = map(int, first.split("-"))
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _chart_per_month(rows: list[dict[str, Any]], path: Path) -> int:
    """Stacked bars of incidents per month by type; returns how many rows were plotted."""
    dated = [r for r in rows if r["event_date"] is not None and r["date_precision"] in
             ("day", "month")]
    present = sorted({r["event_date"].strftime("%Y-%m") for r in dated})
    months = _month_range(present[0], present[-1]) if present else []
    fig, ax = plt.subplots(figsize=(11, 4.5), dpi=100)
    bottom = [0] * len(months)
    for kind in TYPES:
        counts = Counter(r["event_date"].strftime("%Y-%m") for r in dated
                         if r["incident_type"] == kind)
        values = [counts.get(m, 0) for m in months]
        if any(values):
            ax.bar(range(len(months)), values, bottom=bottom, label=kind.replace("_", " "))
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(months) // 12)
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=45, ha="right")
    ax.set_ylabel("incidents")
    ax.set_title("Incidents per month by type (day- or month-precise dates)")
    if months:
        ax.legend(fontsize=8, ncol=3)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)
    return len(dated)


def _chart_countries(rows: list[dict[str, Any]], path: Path) -> None:
    counts = Counter(country_name(r["country"]) for r in rows).most_common(15)
    fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
    names = [c for c, _ in reversed(counts)]
    ax.barh(names, [n for _, n in reversed(counts)], color="#4c72b0")
    ax.set_xlabel("incidents")
    ax.set_title("Countries with the most incidents")
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def _table(pairs: list[tuple[str, int]], head: tuple[str, str]) -> list[str]:
    lines = [f"| {head[0]} | {head[1]} |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in pairs]
    return lines


def _validation_summary(validation: dict[str, Any]) -> list[str]:
    lines = ["| suite | expectations | passed |", "|---|---:|---:|"]
    for name, result in validation.get("suites", {}).items():
        stats = result.get("statistics", {})
        lines.append(f"| {name} | {stats.get('evaluated_expectations', 0)} | "
                     f"{stats.get('successful_expectations', 0)} |")
    return lines


def dataset_card(name: str, version: str, tables: dict[str, pa.Table], meta: dict[str, Any],
                 validation: dict[str, Any], plotted: int, has_docs: bool) -> str:
    """The README.md of a version folder."""
    rows = tables["incidents"].to_pylist()
    n_inc, n_men, n_art = (tables[t].num_rows for t in ("incidents", "mentions", "articles"))
    by_type = Counter(r["incident_type"] for r in rows).most_common()
    by_country = [(f"{country_name(c)} ({c})", n) for c, n in
                  Counter(r["country"] for r in rows).most_common(20)]
    by_year = sorted(Counter(str(r["event_date"].year) if r["event_date"] else "unknown"
                             for r in rows).items())
    multi = sum(1 for r in rows if r["n_sources"] > 1)
    sources = meta.get("sources", [])
    folder = f"datasets/{name}/{version}"
    lines = [
        f"# {meta.get('title', name)}: version {version}", "",
        f"A dataset of {n_inc} press-freedom and internet-censorship incidents (arrests, "
        "prosecutions, attacks, harassment, internet shutdowns, platform blocking, takedowns, "
        "legal restrictions and surveillance), each traceable to the sentence and the archived "
        f"page that reported it. {n_men} mentions from {n_art} articles; {multi} incidents "
        "are reported by more than one outlet.", "",
        "## How it was built", "",
        "News pages were crawled by Scrapy and archived as WARC files, cleaned with "
        "trafilatura (reader comments and page furniture removed), and coded sentence by "
        "sentence by the rule-based extractor that implements the project codebook "
        "(`docs/CODEBOOK.md`). Mentions of the same event were grouped into incidents with "
        "stable ids, and every table was validated with Great Expectations before "
        "publication.", "",
        f"- created: {meta.get('created')}",
        f"- code version: `{meta.get('code_version')}`",
        f"- codebook version: {meta.get('codebook_version')}",
        f"- schema versions: {meta.get('schema_versions')}",
        f"- inputs: {meta.get('inputs')}", "",
        "## Counts", "", f"{n_inc} incidents, {n_men} mentions, {n_art} articles.", "",
        "### By type", "", *_table(by_type, ("type", "incidents")), "",
        "### By country", "", *_table(by_country, ("country", "incidents")), "",
        "### By year of the event", "", *_table(by_year, ("year", "incidents")), "",
        "## Charts", "",
        "![Incidents per month by type](charts/incidents_per_month.png)", "",
        f"{plotted} of {n_inc} incidents have a day- or month-precise date and are plotted.", "",
        "![Countries with the most incidents](charts/top_countries.png)", "",
        "## Sources", "",
        *[f"- {s.get('title', s.get('name', s))}" + (f" (`{s['name']}`)" if 'name' in s else "")
          for s in sources], "",
        "## Validation", "",
        f"Result: **{'passed' if validation.get('success') else 'failed'}**. "
        "Full results in `validation.json`"
        + ("; browsable report in [Data Docs](data-docs/index.html)." if has_docs else "."), "",
        *_validation_summary(validation), "",
        "## Files", "",
        "- `incidents.parquet`, `mentions.parquet`, `articles.parquet`: the tables "
        "(schemas in `datapackage.json`)",
        "- `datapackage.json`: Frictionless data package with sizes and sha256 hashes",
        "- `validation.json`, `data-docs/`: Great Expectations results",
        "- `CHANGELOG.md`: what changed since the previous version", "",
        "## How to load", "",
        "```python", "from pipeline.load import load_incidents  # pip install the project",
        f'incidents = load_incidents(version="{version}", root="datasets", name="{name}")',
        "", "import pandas as pd",
        f'incidents = pd.read_parquet("{folder}/incidents.parquet")', "```", "",
        "```sql", "-- DuckDB", f"SELECT * FROM '{folder}/incidents.parquet';", "```", "",
        "```python", "import polars as pl",
        f'incidents = pl.read_parquet("{folder}/incidents.parquet")', "```", "",
        "```r", "library(arrow)",
        f'incidents <- read_parquet("{folder}/incidents.parquet")', "```", "",
        f"CSV for R, Stata or spreadsheets: `pfd export --format csv --version {version} "
        f"--output export/`.", "",
        "Trace an incident: join `mentions` on `incident_id`, then `articles` on `article_id`; "
        "`articles.text[evidence_start:evidence_end]` is the evidence sentence and "
        "`warc_file` + `warc_record_id` locate the archived page.", "",
        "## How to cite", "",
        f"{meta.get('title', name)}, version {version} ({str(meta.get('created', ''))[:10]}). "
        f"Built with pfd {meta.get('code_version')}, codebook {meta.get('codebook_version')}. "
        "Cite the version id so others get exactly these rows.", "",
        "## Licence", "",
        "Data: CC-BY-4.0. Code: Apache-2.0. Quoted evidence sentences remain the work of "
        "their publishers and are included for verification.", "",
    ]
    return "\n".join(lines)


def write_release(folder: Path, name: str, version: str, tables: dict[str, pa.Table],
                  meta: dict[str, Any], validation: dict[str, Any], diff: Diff,
                  previous_version: str | None) -> None:
    """Write README.md, CHANGELOG.md and charts/ into a (staging) version folder."""
    charts = folder / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    rows = tables["incidents"].to_pylist()
    plotted = _chart_per_month(rows, charts / "incidents_per_month.png")
    _chart_countries(rows, charts / "top_countries.png")
    has_docs = (folder / "data-docs" / "index.html").exists()
    (folder / "README.md").write_text(
        dataset_card(name, version, tables, meta, validation, plotted, has_docs), "utf-8")
    (folder / "CHANGELOG.md").write_text(changelog_markdown(diff, previous_version, version),
                                         "utf-8")
