"""Export a published version as CSV files for R, Stata and spreadsheet users.

Lists (platforms, source URLs) become ``;``-separated strings, dates ISO 8601, and files are
UTF-8 with a header row. The article text is kept (quoted) so evidence offsets still work.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline import schema


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def export_csv(version_dir: Path, output: Path) -> list[Path]:
    """Write ``<table>.csv`` for every table of the version into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for table in schema.TABLES:
        rows = pq.read_table(version_dir / f"{table}.parquet").to_pylist()
        path = output / f"{table}.csv"
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
            writer.writerow(schema.field_names(table))
            for row in rows:
                writer.writerow([_cell(row[f]) for f in schema.field_names(table)])
        tmp.replace(path)
        written.append(path)
    return written
