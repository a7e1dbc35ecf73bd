"""End-to-end build on a small archive: publish, re-validate, and refuse corrupted data."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.build import build
from pipeline.revalidate import revalidate
from tests.conftest import DEVSET
from tests.pages import news_page
from tests.warcs import write_warc

EXTRA = [
    "Roskomnadzor began blocking Telegram in Russia on 16 April 2018.",
    "The regulator said the messaging app had refused to hand over encryption keys.",
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    pages = [("http://127.0.0.1:9/a", news_page().encode(), 200, "text/html"),
             ("http://127.0.0.1:9/b", news_page(EXTRA, title="Telegram blocked",
                                                 published="2018-04-20T08:00:00+00:00",
                                                 canonical="https://eastwire.example/tg"
                                                 ).encode(), 200, "text/html"),
             ("http://127.0.0.1:9/dup", news_page().encode(), 200, "text/html"),
             ("http://127.0.0.1:9/img", b"\x89PNG\r\n", 200, "image/png"),
             ("http://127.0.0.1:9/gone", b"gone", 404, "text/html")]
    for i, html in enumerate(sorted((DEVSET / "tune").glob("*.html"))[:6]):
        pages.append((f"http://127.0.0.1:9/dev/{i}", html.read_bytes(), 200, "text/html"))
    write_warc(folder / "crawl-1.warc.gz", pages)
    return folder


@pytest.fixture(scope="module")
def published(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("datasets")
    result = build([str(archive)], out, name="test-ds", workers=1)
    assert result.success, result.failures
    assert result.version_dir is not None
    return result.version_dir


def test_version_folder_holds_tables_package_and_validation(published: Path) -> None:
    names = sorted(p.name for p in published.iterdir())
    assert names == ["CHANGELOG.md", "README.md", "articles.parquet", "charts", "data-docs",
                     "datapackage.json", "incidents.parquet", "mentions.parquet",
                     "validation.json"]
    assert json.loads((published / "validation.json").read_text())["success"] is True


def test_datapackage_hashes_and_sizes_match_the_files(published: Path) -> None:
    package = json.loads((published / "datapackage.json").read_text())
    assert package["name"] == "test-ds" and package["version"] == published.name
    assert package["code_version"] and package["created"] and package["sources"]
    for resource in package["resources"]:
        data = (published / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data)
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["schema"]["fields"]


def test_versions_pointer_names_the_new_version(published: Path) -> None:
    versions = json.loads((published.parent / "versions.json").read_text())
    assert versions["latest"] == published.name
    assert [i["version"] for i in versions["items"]] == [published.name]


def test_parquet_carries_schema_and_dataset_version(published: Path) -> None:
    meta = pq.read_schema(published / "incidents.parquet").metadata
    assert meta[b"pfd.dataset_version"].decode() == published.name
    assert meta[b"pfd.table"] == b"incidents"
    assert b"pfd.table_schema" in meta


def test_duplicates_skips_and_mentions_are_accounted(published: Path) -> None:
    articles = pq.read_table(published / "articles.parquet").to_pylist()
    assert len(articles) == 8  # 2 test pages + 6 devset pages; the duplicate collapsed
    mentions = pq.read_table(published / "mentions.parquet").to_pylist()
    texts = {a["article_id"]: a["text"] for a in articles}
    for m in mentions:
        assert texts[m["article_id"]][m["evidence_start"]:m["evidence_end"]] == m["evidence"]
    incidents = pq.read_table(published / "incidents.parquet").to_pylist()
    assert sum(i["n_mentions"] for i in incidents) == len(mentions)
    assert {"blocking", "arrest"} <= {i["incident_type"] for i in incidents}


def test_published_version_revalidates(published: Path) -> None:
    ok, problems, report = revalidate(published.parent)
    assert ok, problems
    assert report is not None and report.success


def test_tampered_file_fails_revalidation(published: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    for item in published.glob("*.*"):
        (copy / item.name).write_bytes(item.read_bytes())
    table = pq.read_table(copy / "incidents.parquet")
    pq.write_table(table.slice(1), copy / "incidents.parquet")
    ok, problems, _ = revalidate(copy)
    assert not ok and any("sha256" in p or "size" in p for p in problems)


def test_same_archive_gives_the_same_rows(archive: Path, published: Path,
                                          tmp_path: Path) -> None:
    again = build([str(archive)], tmp_path, name="test-ds", workers=1, data_docs=False)
    assert again.version_dir is not None
    for table in ("articles", "mentions", "incidents"):
        first = pq.read_table(published / f"{table}.parquet").to_pylist()
        second = pq.read_table(again.version_dir / f"{table}.parquet").to_pylist()
        assert first == second


def _corrupt_country(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    incidents = tables["incidents"]
    countries = incidents.column("country").to_pylist()
    countries[0] = "XX"
    index = incidents.schema.get_field_index("country")
    tables["incidents"] = incidents.set_column(index, incidents.schema.field(index),
                                               pa.array(countries, pa.string()))
    return tables


def test_corrupted_row_fails_validation_and_publishes_nothing(archive: Path,
                                                              tmp_path: Path) -> None:
    result = build([str(archive)], tmp_path, name="bad", workers=1, mutate=_corrupt_country,
                   data_docs=False)
    assert not result.success and result.version_dir is None
    assert any("country" in f for f in result.failures)
    dataset = tmp_path / "bad"
    assert not (dataset / "versions.json").exists()
    assert [p.name for p in dataset.iterdir()] == ["rejected"]
    report = json.loads(result.report_path.read_text())
    assert report["success"] is False
