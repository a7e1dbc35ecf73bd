"""Grouping mentions into incidents follows the codebook; ids stay stable across versions."""

from __future__ import annotations

from datetime import date

from pipeline.incidents import group_mentions, incident_row
from pipeline.records import Mention


def mention(mid: str, *, kind: str = "blocking", country: str | None = "RU",
            platforms: list[str] | None = None, target: str | None = "platform",
            when: date | None = None, precision: str | None = None, url: str = "https://a.example/1",
            published: date = date(2018, 4, 20), count: int | None = None) -> Mention:
    return Mention(kind, country, platforms if platforms is not None else ["telegram"], target,
                   "regulator", None, count, "exact" if count else None, when, precision,
                   f"Evidence {mid}.", 0, 12, 0.8, "rule", article_id=mid, url=url,
                   published_at=published, mention_id=mid)


def test_same_event_from_two_outlets_is_one_incident() -> None:
    incidents, _ = group_mentions([
        mention("a", when=date(2018, 4, 16), precision="day"),
        mention("b", when=date(2018, 4, 1), precision="month", url="https://b.example/2")])
    [incident] = incidents
    row = incident_row(incident)
    assert (row["n_sources"], row["n_mentions"]) == (2, 2)
    assert (row["event_date"], row["date_precision"]) == (date(2018, 4, 16), "day")


def test_dates_that_disagree_at_the_coarser_precision_are_different_incidents() -> None:
    incidents, _ = group_mentions([mention("a", when=date(2018, 4, 16), precision="day"),
                                   mention("b", when=date(2018, 5, 1), precision="month")])
    assert len(incidents) == 2


def test_different_platforms_or_types_are_different_incidents() -> None:
    incidents, _ = group_mentions([mention("a"), mention("b", platforms=["whatsapp"]),
                                   mention("c", kind="takedown"), mention("d", platforms=[])])
    assert sorted(len(i.mentions) for i in incidents) == [1, 1, 2]


def test_mentions_without_country_are_not_grouped() -> None:
    incidents, _ = group_mentions([mention("a", country=None)])
    assert incidents == []


def test_largest_count_and_union_of_platforms_are_kept() -> None:
    incidents, _ = group_mentions([
        mention("a", kind="arrest", target="journalist", platforms=[], count=2),
        mention("b", kind="arrest", target="journalist", platforms=["facebook"], count=5)])
    row = incident_row(incidents[0])
    assert row["victim_count"] == 5 and row["platforms"] == ["facebook"]
    assert row["summary"].startswith("5 journalists arrested in Russia")


def test_an_incident_keeps_its_published_id_when_new_mentions_join() -> None:
    first, _ = group_mentions([mention("b", published=date(2018, 4, 19))])
    old_id = first[0].first.incident_id
    again, changes = group_mentions(
        [mention("a", published=date(2018, 4, 17)), mention("b", published=date(2018, 4, 19))],
        previous={"b": old_id})
    assert [i.first.incident_id for i in again] == [old_id]
    assert not changes.merged and not changes.split


def test_merges_and_splits_are_recorded() -> None:
    merged, changes = group_mentions([mention("a"), mention("b")],
                                     previous={"a": "pfd-000000000001", "b": "pfd-000000000002"})
    assert [i.first.incident_id for i in merged] == ["pfd-000000000001"]
    assert changes.merged == {"pfd-000000000001": ["pfd-000000000002"]}
    split, changes = group_mentions(
        [mention("a", when=date(2018, 4, 16), precision="day"),
         mention("b", when=date(2019, 4, 16), precision="day")],
        previous={"a": "pfd-000000000001", "b": "pfd-000000000001"})
    ids = sorted(i.first.incident_id for i in split)
    assert "pfd-000000000001" in ids and len(ids) == 2
    assert list(changes.split) == ["pfd-000000000001"]
