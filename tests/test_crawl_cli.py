"""The crawl entry point: argument handling and reports, without starting a crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.sources import Source
from spiders.crawl import FAST_LOOPBACK_SETTINGS, CrawlReport, SourceReport, build_settings, main


def test_invalid_sources_file_exits_with_2(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - name: x\n    feeds: ['file:///etc/passwd']\n")
    assert main(["--sources", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "not an http(s) URL" in capsys.readouterr().err
    assert main(["--sources", str(tmp_path / "missing.yaml"), "--out", str(tmp_path)]) == 2
    assert not (tmp_path / "out").exists()


def test_missing_placeholder_is_a_sources_error(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("sources:\n  - name: demo\n    feeds: ['${BASE}/feed.xml']\n")
    assert main(["--sources", str(path), "--out", str(tmp_path), "--var", "OTHER=1"]) == 2


def test_settings_layering(tmp_path: Path) -> None:
    local = Source(name="demo", feeds=("http://127.0.0.1:8000/feed.xml",), allow_loopback=True)
    settings = build_settings([local], tmp_path, {**FAST_LOOPBACK_SETTINGS, "RETRY_TIMES": 5})
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert not settings.getbool("TELNETCONSOLE_ENABLED")
    assert settings.getint("RETRY_TIMES") == 5 and settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getint("DOWNLOAD_MAXSIZE") == 10 * 1024 * 1024
    assert settings["PFD_OUT_DIR"] == str(tmp_path)
    assert settings.getbool("PFD_RESOLVER_ALLOW_LOOPBACK")
    remote = Source(name="r", feeds=("https://example.org/feed/",))
    assert not build_settings([remote], tmp_path).getbool("PFD_RESOLVER_ALLOW_LOOPBACK")


def test_report_totals() -> None:
    report = CrawlReport((
        SourceReport("a", pages_archived=3, requests=10, errors=1, refused_robots=2,
                     warc_files=(Path("a-1.warc.gz"),), finish_reason="finished"),
        SourceReport("b", requests=4, refused_offsite=1, refused_address=4),
    ))
    assert (report.pages_archived, report.requests, report.errors, report.refused) == (
        3, 14, 1, 7)
    assert report.warc_files == [Path("a-1.warc.gz")]
    data = report.as_dict()
    assert data["refused_address"] == 4 and data["sources"][0]["warc_files"] == ["a-1.warc.gz"]
    assert report.summary().splitlines()[-1] == (
        "total: 3 pages archived in 1 WARC files, 14 requests, 1 errors, 7 refused")
