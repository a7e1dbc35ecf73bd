"""Publish a validated dataset as an immutable, versioned folder of Parquet files.

``datasets/<name>/<version>/`` is written under a temporary name and renamed into place, then
never changed; ``versions.json`` is replaced atomically last. Version ids are UTC timestamps,
so they sort by time. A version that fails validation is not published; its report goes to
``datasets/<name>/rejected/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema

VERSION_FORMAT = "%Y%m%dT%H%M%SZ"


def build_table(table: str, rows: list[dict[str, Any]], key: str) -> pa.Table:
    """Rows as an Arrow table with the schema's columns, sorted by key for determinism."""
    arrow = schema.arrow_schema(table)
    ordered = sorted(rows, key=lambda r: str(r[key]))
    columns = {f.name: [r.get(f.name) for r in ordered] for f in arrow}
    arrays = [pa.array(columns[f.name], type=f.type) for f in arrow]
    return pa.Table.from_arrays(arrays, schema=arrow)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, sort_keys=False, default=str)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def read_versions(dataset_dir: Path) -> dict[str, Any]:
    path = dataset_dir / "versions.json"
    if not path.exists():
        return {"latest": None, "items": []}
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def new_version_id(dataset_dir: Path, now: datetime | None = None) -> str:
    """A time-sortable id later than every existing version of the dataset."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    existing = {p.name for p in dataset_dir.iterdir()} if dataset_dir.exists() else set()
    existing |= {i["version"] for i in read_versions(dataset_dir)["items"]}
    candidate = moment.strftime(VERSION_FORMAT)
    while candidate in existing or any(candidate <= e for e in existing if e[:1].isdigit()):
        moment += timedelta(seconds=1)
        candidate = moment.strftime(VERSION_FORMAT)
    return candidate


def write_parquet(table: pa.Table, path: Path, name: str, version: str) -> None:
    meta = dict(table.schema.metadata or {})
    meta.update({b"pfd.dataset": name.encode(), b"pfd.dataset_version": version.encode()})
    pq.write_table(table.replace_schema_metadata(meta), path, compression="zstd")


def save_rejected(dataset_dir: Path, version: str, report: dict[str, Any]) -> Path:
    """Keep the validation report of a build that was not published."""
    folder = dataset_dir / "rejected"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{version}-validation.json"
    _write_json(path, report)
    return path


def publish(tables: dict[str, pa.Table], output: Path, name: str, version: str,
            meta: dict[str, Any], validation: dict[str, Any],
            staging: Path | None = None) -> Path:
    """Write the version folder atomically, then point versions.json at it.

    ``staging`` is a folder of release files (card, changelog, charts, Data Docs) that becomes
    the version folder, so everything appears at once with the rename.
    """
    dataset_dir = output / name
    dataset_dir.mkdir(parents=True, exist_ok=True)
    final = dataset_dir / version
    if final.exists():
        raise FileExistsError(f"version {version} already exists in {dataset_dir}")
    tmp = dataset_dir / f".tmp-{version}-{os.getpid()}"
    if staging is not None:
        os.rename(staging, tmp)
    else:
        tmp.mkdir()
    try:
        resources = []
        for table in schema.TABLES:
            path = tmp / f"{table}.parquet"
            write_parquet(tables[table], path, name, version)
            spec = schema.table_schema(table)
            resources.append({
                "name": table, "path": path.name, "profile": "tabular-data-resource",
                "format": "parquet", "mediatype": "application/vnd.apache.parquet",
                "bytes": path.stat().st_size, "hash": f"sha256:{_sha256(path)}",
                "rows": tables[table].num_rows,
                "schema": {k: v for k, v in spec.items() if k != "$schema"},
            })
        package = {"profile": "tabular-data-package", "name": name, "version": version,
                   **meta, "resources": resources}
        _write_json(tmp / "datapackage.json", package)
        _write_json(tmp / "validation.json", validation)
        for item in tmp.rglob("*"):
            if item.is_file():
                with item.open("rb") as handle:
                    os.fsync(handle.fileno())
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    versions = read_versions(dataset_dir)
    versions["items"].append({
        "version": version, "created": meta.get("created"), "result": "passed",
        "path": version, "counts": {t: tables[t].num_rows for t in schema.TABLES},
    })
    versions["items"].sort(key=lambda i: i["version"])
    versions["latest"] = versions["items"][-1]["version"]
    _write_json(dataset_dir / "versions.json", versions)
    return final
