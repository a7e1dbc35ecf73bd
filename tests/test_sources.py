"""Sources files: valid ones load, invalid ones fail with a message naming the problem."""

from pathlib import Path

import pytest

from pipeline.sources import SourcesError, load_sources

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads_all_fields(tmp_path: Path) -> None:
    path = write(tmp_path, """
sources:
  - name: wire
    feeds: [https://wire.example/feed.xml]
    sitemaps: [https://wire.example/sitemap.xml]
    start_urls: [https://wire.example/news/]
    allowed_domains: [wire.example]
""")
    [source] = load_sources(path)
    assert source.name == "wire"
    assert source.feeds == ("https://wire.example/feed.xml",)
    assert source.allowed_domains == ("wire.example",)
    assert source.allow_loopback is False


def test_placeholders_are_filled_from_variables(tmp_path: Path) -> None:
    path = write(tmp_path, "sources:\n  - name: demo\n    feeds: ['${BASE}/feed.xml']\n")
    [source] = load_sources(path, variables={"BASE": "http://127.0.0.1:8000"})
    assert source.feeds == ("http://127.0.0.1:8000/feed.xml",)
    assert source.allowed_domains == ("127.0.0.1",)


@pytest.mark.parametrize(("text", "message"), [
    ("sources: []", "non-empty list"),
    ("items: []", "top-level 'sources:'"),
    ("sources:\n  - feeds: [https://a.example/f]", "'name' is missing"),
    ("sources:\n  - name: a", "needs at least one of"),
    ("sources:\n  - name: a\n    feeds: [ftp://a.example/f]", "not an http(s) URL"),
    ("sources:\n  - name: a\n    feeds: [https://a.example/f]\n    colour: red", "unknown key"),
    ("sources:\n  - name: a\n    feeds: ['${NOPE}/f']", "placeholder ${NOPE}"),
    ("sources:\n  - name: a\n    feeds: [https://a.example/f]\n    allow_loopback: maybe",
     "allow_loopback"),
    ("sources: [", "not valid YAML"),
])
def test_invalid_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(SourcesError) as info:
        load_sources(path, variables={})
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="file not found"):
        load_sources(tmp_path / "nope.yaml")
