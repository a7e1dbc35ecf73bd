"""Plain records passed between stages: pages read from archives, articles and mentions."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def short_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts joined by a separator; ids are built from content with it."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass
class RawPage:
    """One archived HTTP response (or a local HTML file) before cleaning."""

    url: str
    body: bytes
    status: int = 200
    content_type: str | None = None
    fetched_at: datetime | None = None
    warc_file: str = ""
    warc_record_id: str = ""


@dataclass
class Article:
    """A cleaned news page; mention offsets point into ``text``."""

    article_id: str
    url: str
    canonical_url: str
    outlet: str
    site_name: str | None
    title: str | None
    author: str | None
    published_at: date | None
    language: str | None
    text: str
    text_hash: str
    fetched_at: datetime | None
    warc_file: str
    warc_record_id: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """One report of an incident in one article, tied to its evidence sentence."""

    incident_type: str
    country: str | None
    platforms: list[str]
    target_category: str | None
    actor_type: str
    actor: str | None
    victim_count: int | None
    victim_count_qualifier: str | None
    event_date: date | None
    date_precision: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    rule_id: str
    article_id: str = ""
    url: str = ""
    published_at: date | None = None
    incident_id: str = ""
    mention_id: str = ""
    explain: list[str] = field(default_factory=list)
    trigger_start: int = -1  # token offset of the trigger in its paragraph (not published)
    target_named: bool = False  # a target word set target_category, not a default (not published)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("explain")
        data.pop("trigger_start")
        data.pop("target_named")
        return data
