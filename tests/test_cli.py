"""The command-line contract: JSON lines out, one stderr line per failed input, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages import ARTICLE_PARAGRAPHS, news_page

MENTION_KEYS = {"source", "url", "incident_type", "country", "platforms", "target_category",
                "actor_type", "actor", "victim_count", "victim_count_qualifier", "event_date",
                "date_precision", "evidence", "confidence", "rule_id"}


def pfd(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd, check=False)


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("mixed")
    files = {
        "good": folder / "good.html",
        "empty": folder / "empty.html",
        "random": folder / "random.bin",
        "nul": folder / "nul.html",
        "cp1256": folder / "arabic.html",
        "koi8": folder / "russian.html",
        "mislabelled": folder / "mislabelled.html",
        "nested": folder / "nested.html",
        "giant": folder / "giant.html",
    }
    files["good"].write_text(news_page(), encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["random"].write_bytes(bytes((i * 7919 + 13) % 256 for i in range(50_000)))
    files["nul"].write_bytes(news_page().encode().replace(b"<p>", b"<p>\x00"))
    arabic = "اعتقلت الشرطة صحفيين اثنين في القاهرة يوم الجمعة بسبب منشورات على فيسبوك."
    files["cp1256"].write_bytes(news_page([arabic] * 3, charset="windows-1256").encode("cp1256"))
    russian = "Полиция задержала двух журналистов в Москве в пятницу после репортажа."
    files["koi8"].write_bytes(news_page([russian] * 3, charset="koi8-r").encode("koi8_r"))
    files["mislabelled"].write_bytes(news_page(ARTICLE_PARAGRAPHS, charset="utf-16")
                                     .encode("utf-8"))
    nest = "<div>" * 200_000 + "<p>deep</p>" + "</div>" * 200_000
    files["nested"].write_text(news_page().replace("<main>", "<main>" + nest))
    filler = ("<p>" + "Filler sentence about the weather and nothing else. " * 40 + "</p>\n")
    with files["giant"].open("w") as handle:
        handle.write(news_page().replace("</article>", ""))
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(filler * 100)
    return files


def test_extract_prints_every_contract_key(mixed_inputs: dict[str, Path]) -> None:
    result = pfd("extract", str(mixed_inputs["good"]))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(MENTION_KEYS <= set(r) for r in rows)
    assert rows[0]["source"] == str(mixed_inputs["good"])
    assert {r["incident_type"] for r in rows} == {"arrest"}


def test_bad_inputs_get_one_line_each_and_good_pages_still_extract(
        mixed_inputs: dict[str, Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    args = [str(p) for p in mixed_inputs.values()] + [str(missing)]
    result = pfd("extract", "--workers", "2", *args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("pfd: error:")]
    failed = {name for name, path in mixed_inputs.items()
              if any(str(path) in line for line in errors)}
    assert failed == {"empty", "random", "nested", "giant"}
    assert any(str(missing) in line and "no such file" in line for line in errors)
    assert len(errors) == 5
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    assert str(mixed_inputs["good"]) in sources
    assert str(mixed_inputs["nul"]) in sources
    assert str(mixed_inputs["mislabelled"]) in sources


def test_clean_prints_text_for_each_readable_page(mixed_inputs: dict[str, Path]) -> None:
    result = pfd("clean", str(mixed_inputs["cp1256"]), str(mixed_inputs["koi8"]))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(r) >= {"source", "url", "title", "published_at", "language", "text"}
            for r in rows] == [True, True]
    assert "صحفيين" in rows[0]["text"] and "журналистов" in rows[1]["text"]


def test_explain_shows_suppressed_rules(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(news_page(), encoding="utf-8")
    result = pfd("extract", "--explain", str(page))
    assert result.returncode == 0
    assert "suppressed: denial" in result.stdout
    assert "trigger 'detained' -> arrest (rule arrest.custody)" in result.stdout


def test_help_documents_exit_codes() -> None:
    result = pfd("--help")
    assert "Exit codes" in result.stdout and "one line on stderr" in result.stdout


def test_crawl_with_invalid_sources_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "s.yaml"
    bad.write_text("sources: [")
    result = pfd("crawl", "--sources", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "not valid YAML" in result.stderr and "Traceback" not in result.stderr


def test_a_page_over_the_time_limit_is_reported_as_failed(mixed_inputs: dict[str, Path]
                                                          ) -> None:
    result = pfd("extract", "--workers", "2", "--page-timeout", "0.000001",
                 str(mixed_inputs["good"]), str(mixed_inputs["koi8"]))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all("took longer than" in line for line in errors)
    assert "Traceback" not in result.stderr
