"""Load published tables as pandas DataFrames: ``load_incidents(version="latest")``.

Versions are found through ``<root>/<name>/versions.json``; ``version`` is a version id or
``"latest"``. Dates come back as ``datetime.date`` objects and platform lists as Python lists.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.publish import read_versions

DEFAULT_ROOT = "datasets"
DEFAULT_NAME = "press-freedom-incidents"


def version_dir(version: str = "latest", root: str | Path | None = None,
                name: str = DEFAULT_NAME) -> Path:
    """The folder of a published version; raises FileNotFoundError naming what is missing."""
    base = Path(root or os.environ.get("PFD_DATASETS", DEFAULT_ROOT)) / name
    if version == "latest":
        latest = read_versions(base).get("latest")
        if not latest:
            raise FileNotFoundError(f"{base}: no published version (run `make dataset`)")
        version = latest
    folder = base / version
    if not (folder / "datapackage.json").exists():
        raise FileNotFoundError(f"{folder}: not a published version")
    return folder


def _load(table: str, version: str, root: str | Path | None, name: str) -> pd.DataFrame:
    frame: pd.DataFrame = pq.read_table(version_dir(version, root, name) / f"{table}.parquet"
                                        ).to_pandas(date_as_object=True)
    return frame


def load_incidents(version: str = "latest", root: str | Path | None = None,
                   name: str = DEFAULT_NAME) -> pd.DataFrame:
    """One row per incident."""
    return _load("incidents", version, root, name)


def load_mentions(version: str = "latest", root: str | Path | None = None,
                  name: str = DEFAULT_NAME) -> pd.DataFrame:
    """One row per report of an incident in one article."""
    return _load("mentions", version, root, name)


def load_articles(version: str = "latest", root: str | Path | None = None,
                  name: str = DEFAULT_NAME) -> pd.DataFrame:
    """One row per cleaned article, with the text evidence offsets point into."""
    return _load("articles", version, root, name)
