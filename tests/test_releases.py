"""Incidents across outlets, stable ids between versions, changelogs and dataset cards."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.build import build
from tests.pages import news_page
from tests.warcs import write_warc

FIRST = news_page(
    ["Roskomnadzor began blocking Telegram in Russia on Monday after a court order.",
     "The messaging app had refused to hand over encryption keys to the security service."],
    title="Russia starts blocking Telegram", published="2018-04-17T09:00:00+00:00",
    canonical="https://firstwire.example/russia-telegram")
SECOND = news_page(
    ["Russia's communications regulator blocked Telegram on 16 April 2018, cutting off "
     "millions of users.",
     "Officials denied that any journalist had been detained over the app."],
    title="Telegram blocked", published="2018-04-19T12:00:00+00:00",
    canonical="https://secondpost.example/telegram-blocked")
OTHER = news_page(
    ["Police in Minsk detained two reporters of an independent news site on Friday."],
    title="Reporters detained", published="2021-02-19T10:00:00+00:00",
    canonical="https://firstwire.example/minsk")


def archive(folder: Path, pages: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_warc(folder / "crawl.warc.gz", [(f"http://127.0.0.1:9/{i}", html.encode(), 200,
                                           "text/html") for i, html in enumerate(pages)])
    return folder


def telegram_block(version: Path) -> dict[str, object]:
    rows = pq.read_table(version / "incidents.parquet").to_pylist()
    [row] = [r for r in rows if r["incident_type"] == "blocking" and r["country"] == "RU"]
    return row


def fresh_build(tmp_path: Path, label: str, pages: list[str]) -> Path:
    result = build([str(archive(tmp_path / label / "in", pages))], tmp_path / label / "out",
                   name="ds", workers=1, data_docs=False)
    assert result.version_dir is not None, result.failures
    return result.version_dir


def test_two_outlets_reporting_one_block_give_one_incident_with_two_sources(
        tmp_path: Path) -> None:
    row = telegram_block(fresh_build(tmp_path, "both", [FIRST, SECOND, OTHER]))
    assert row["n_sources"] == 2 and row["n_mentions"] == 2
    assert row["platforms"] == ["telegram"]
    assert str(row["event_date"]) == "2018-04-16" and row["date_precision"] == "day"
    assert str(row["first_reported_at"]) == "2018-04-17"


def test_the_id_does_not_depend_on_the_second_outlet(tmp_path: Path) -> None:
    both = telegram_block(fresh_build(tmp_path, "both", [FIRST, SECOND, OTHER]))
    alone = telegram_block(fresh_build(tmp_path, "alone", [FIRST, OTHER]))
    assert alone["n_sources"] == 1
    assert alone["incident_id"] == both["incident_id"]


def test_building_twice_gives_identical_incident_rows(tmp_path: Path) -> None:
    first = fresh_build(tmp_path, "a", [FIRST, SECOND, OTHER])
    second = fresh_build(tmp_path, "b", [FIRST, SECOND, OTHER])
    assert pq.read_table(first / "incidents.parquet").to_pylist() == \
        pq.read_table(second / "incidents.parquet").to_pylist()


@pytest.fixture()
def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "out"
    first = build([str(archive(tmp_path / "v1", [SECOND, OTHER]))], out, name="ds", workers=1)
    second = build([str(archive(tmp_path / "v2", [FIRST, SECOND]))], out, name="ds",
                   workers=1)
    assert first.version_dir and second.version_dir
    return first.version_dir, second.version_dir


def test_an_earlier_report_added_later_keeps_the_published_id(
        two_versions: tuple[Path, Path]) -> None:
    old, new = two_versions
    assert telegram_block(old)["incident_id"] == telegram_block(new)["incident_id"]
    assert telegram_block(new)["n_sources"] == 2


def test_changelog_lists_added_removed_and_changed_incidents(
        two_versions: tuple[Path, Path]) -> None:
    old, new = two_versions
    text = (new / "CHANGELOG.md").read_text()
    assert f"Compared with {old.name}" in text
    block_id = telegram_block(new)["incident_id"]
    assert "## Changed" in text and f"`{block_id}`" in text and "n_sources: 1 → 2" in text
    assert "## Removed" in text and "Belarus" in text
    package = json.loads((new / "datapackage.json").read_text())
    assert package["previous_version"] == old.name


def test_dataset_card_has_counts_charts_validation_and_citation(
        two_versions: tuple[Path, Path]) -> None:
    _, new = two_versions
    card = (new / "README.md").read_text()
    for heading in ("## How it was built", "### By type", "### By country",
                    "### By year of the event", "## Sources", "## Validation",
                    "## How to load", "## How to cite", "## Licence"):
        assert heading in card
    assert "charts/incidents_per_month.png" in card and "data-docs/index.html" in card
    for chart in ("incidents_per_month.png", "top_countries.png"):
        assert (new / "charts" / chart).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (new / "data-docs" / "index.html").exists()


def test_loading_api_returns_dataframes_of_the_latest_or_a_named_version(
        two_versions: tuple[Path, Path]) -> None:
    from pipeline import load_articles, load_incidents, load_mentions

    old, new = two_versions
    root = new.parent.parent
    latest = load_incidents(root=root, name="ds")
    assert set(latest["incident_id"]) == {
        r["incident_id"] for r in pq.read_table(new / "incidents.parquet").to_pylist()}
    assert len(load_incidents(version=old.name, root=root, name="ds")) >= 2
    mentions, articles = load_mentions(root=root, name="ds"), load_articles(root=root, name="ds")
    assert set(mentions["article_id"]) <= set(articles["article_id"])
    with pytest.raises(FileNotFoundError, match="not a published version"):
        load_incidents(version="19990101T000000Z", root=root, name="ds")


def _pfd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def test_pfd_diff_prints_the_changelog(two_versions: tuple[Path, Path]) -> None:
    old, new = two_versions
    result = _pfd("diff", str(old), str(new))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (new / "CHANGELOG.md").read_text()
    assert "n_sources: 1 → 2" in result.stdout


def test_pfd_export_csv_writes_every_table(two_versions: tuple[Path, Path],
                                           tmp_path: Path) -> None:
    _, new = two_versions
    out = tmp_path / "csv"
    result = _pfd("export", "--format", "csv", "--root", str(new.parent.parent), "--name", "ds",
                  "--output", str(out))
    assert result.returncode == 0, result.stderr
    with (out / "incidents.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and rows[0].keys() >= {"incident_id", "platforms", "event_date", "summary"}
    block = next(r for r in rows if r["incident_type"] == "blocking")
    assert block["platforms"] == "telegram" and block["event_date"] == "2018-04-16"
    assert (out / "mentions.csv").exists() and (out / "articles.csv").exists()
