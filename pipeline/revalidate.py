"""Re-validate a published version, or Parquet files that claim this project's schema.

Checks, in order: the datapackage's byte sizes and sha256 hashes match the files; each Parquet
file's Arrow schema equals the one derived from the Table Schema; then the full Great
Expectations validation of the three tables.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import schema
from pipeline.publish import read_versions
from pipeline.validate import ValidationReport, validate_tables


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def resolve_version_dir(path: Path) -> Path:
    """A version folder, a dataset folder (its latest version) or a folder of Parquet files."""
    if (path / "versions.json").exists():
        latest = read_versions(path).get("latest")
        if not latest:
            raise FileNotFoundError(f"{path}: versions.json names no latest version")
        return path / latest
    return path


def check_package(folder: Path) -> list[str]:
    """Problems with the datapackage.json of a version folder (sizes and hashes)."""
    problems: list[str] = []
    package_path = folder / "datapackage.json"
    if not package_path.exists():
        return problems
    package = json.loads(package_path.read_text("utf-8"))
    for resource in package.get("resources", []):
        file = folder / resource["path"]
        if not file.exists():
            problems.append(f"{file}: listed in datapackage.json but missing")
            continue
        if file.stat().st_size != resource.get("bytes"):
            problems.append(f"{file}: size {file.stat().st_size} != {resource.get('bytes')}")
        if f"sha256:{_sha256(file)}" != resource.get("hash"):
            problems.append(f"{file}: sha256 does not match datapackage.json")
    return problems


def check_schemas(files: dict[str, Path]) -> list[str]:
    problems = []
    for table, file in files.items():
        actual = pq.read_schema(file)
        expected = schema.arrow_schema(table)
        if [(f.name, f.type) for f in actual] != [(f.name, f.type) for f in expected]:
            problems.append(f"{file}: columns or types differ from schemas/{table}.schema.json")
    return problems


def find_tables(path: Path) -> dict[str, Path]:
    """Map table names to Parquet files in a folder (by file name or schema metadata)."""
    files: dict[str, Path] = {}
    candidates = [path] if path.is_file() else sorted(path.glob("*.parquet"))
    for file in candidates:
        meta = pq.read_schema(file).metadata or {}
        table = meta.get(b"pfd.table", b"").decode() or file.stem
        if table in schema.TABLES:
            files[table] = file
    return files


def revalidate(path: Path) -> tuple[bool, list[str], ValidationReport | None]:
    """Return (ok, problems, GX report) for a published version or Parquet folder."""
    if not path.exists():
        return False, [f"{path}: no such file or folder"], None
    folder = resolve_version_dir(path)
    files = find_tables(folder)
    missing = [t for t in schema.TABLES if t not in files]
    if missing:
        return False, [f"{folder}: no Parquet file for {', '.join(missing)}"], None
    problems = check_package(folder) + check_schemas(files)
    if problems:
        return False, problems, None
    tables = {t: pq.read_table(f) for t, f in files.items()}
    report = validate_tables(tables)
    return report.success, report.failures(), report
