"""Reading inputs: WARC records, HTML files, folders, and damaged or missing files."""

from __future__ import annotations

from pathlib import Path

from pipeline.inputs import InputError, InputPage, read_inputs
from tests.pages import news_page
from tests.warcs import write_warc


def test_warc_round_trip_gives_every_response_with_its_metadata(tmp_path: Path) -> None:
    body = news_page().encode()
    path = write_warc(tmp_path / "a.warc.gz", [
        ("http://127.0.0.1:1/a", body, 200, "text/html; charset=utf-8"),
        ("http://127.0.0.1:1/b", b"missing", 404, "text/html"),
    ])
    items = list(read_inputs([str(path)]))
    assert all(isinstance(i, InputPage) for i in items)
    pages = [i.page for i in items if isinstance(i, InputPage)]
    assert [(p.url, p.status) for p in pages] == [("http://127.0.0.1:1/a", 200),
                                                  ("http://127.0.0.1:1/b", 404)]
    assert pages[0].body == body
    assert pages[0].content_type == "text/html; charset=utf-8"
    assert pages[0].warc_file == "a.warc.gz"
    assert pages[0].warc_record_id.startswith("<urn:uuid:")
    assert pages[0].fetched_at is not None


def test_truncated_warc_keeps_earlier_records_and_names_the_file(tmp_path: Path) -> None:
    pages = [(f"http://127.0.0.1:1/{i}", news_page().encode() * 3, 200, "text/html")
             for i in range(4)]
    path = write_warc(tmp_path / "cut.warc.gz", pages)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], InputPage)
    assert isinstance(items[-1], InputError)
    assert items[-1].source == str(path)
    assert "truncated or corrupt archive" in items[-1].reason


def test_folders_expand_to_warc_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_text(news_page(), encoding="utf-8")
    write_warc(tmp_path / "x.warc.gz", [("http://127.0.0.1:1/a", b"<p>x</p>", 200, "text/html")])
    (tmp_path / "notes.txt").write_text("ignored")
    sources = [i.source for i in read_inputs([str(tmp_path)])]
    assert sources == [str(tmp_path / "sub" / "page.html"), str(tmp_path / "x.warc.gz")]


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    [item] = list(read_inputs([str(tmp_path / "nope.html")]))
    assert isinstance(item, InputError) and item.reason == "no such file"
