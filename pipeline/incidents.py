"""Group mentions into incidents following the codebook ("From mentions to incidents").

Two mentions are the same incident when type and country match, platforms are equal or one is
empty, targets are equal or one is unknown, and dates agree at the coarser precision (or one
is unknown). Mentions without a country are not grouped. Order is deterministic, so the same
mentions always give the same incidents and ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pycountry

from pipeline.clean import outlet_of
from pipeline.extract.lexicon import display_names
from pipeline.records import Mention, short_hash

_RANK = {"year": 0, "month": 1, "day": 2}
_TARGET_WORDS = {
    "journalist": "journalist", "blogger": "blogger", "activist": "activist",
    "channel_admin": "channel administrator", "social_media_user": "social media user",
    "media_outlet": "media outlet", "general_public": "person", "other": "person",
    "platform": "platform",
}
_VERBS = {
    "arrest": "arrested", "prosecution": "prosecuted", "attack": "attacked",
    "harassment": "harassed", "surveillance": "targeted by surveillance",
}
_PLATFORM_NAMES = {"vpn": "VPNs", "tiktok": "TikTok", "youtube": "YouTube",
                   "whatsapp": "WhatsApp", "wechat": "WeChat", "linkedin": "LinkedIn",
                   "vkontakte": "VKontakte"}


@dataclass
class Incident:
    """Mentions of one incident and the fields merged from them."""

    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]


def _truncate(value: date, precision: str) -> date:
    if precision == "year":
        return value.replace(month=1, day=1)
    if precision == "month":
        return value.replace(day=1)
    return value


def dates_agree(a: date | None, pa: str | None, b: date | None, pb: str | None) -> bool:
    if a is None or b is None or pa is None or pb is None:
        return True
    coarser = pa if _RANK[pa] <= _RANK[pb] else pb
    return _truncate(a, coarser) == _truncate(b, coarser)


def compatible(m: Mention, incident: Incident) -> bool:
    """Whether a mention can join an incident (checked against every member)."""
    for other in incident.mentions:
        if (m.incident_type, m.country) != (other.incident_type, other.country):
            return False
        if m.platforms and other.platforms and sorted(m.platforms) != sorted(other.platforms):
            return False
        unknown = (None, "other")
        if m.target_category not in unknown and other.target_category not in unknown and \
                m.target_category != other.target_category:
            return False
        if not dates_agree(m.event_date, m.date_precision, other.event_date,
                           other.date_precision):
            return False
    return True


def mention_sort_key(m: Mention) -> tuple[str, str, int, str]:
    return (m.published_at.isoformat() if m.published_at else "9999", m.url,
            m.evidence_start, m.incident_type)


def group_mentions(mentions: list[Mention],
                   previous: dict[str, str] | None = None) -> tuple[list[Incident], IdChanges]:
    """Greedy, order-stable grouping; each mention joins the first compatible incident.

    ``previous`` maps mention ids of the previous version to their incident ids, so that an
    incident that already existed keeps its id (see ``assign_ids``).
    """
    incidents: list[Incident] = []
    for m in sorted((m for m in mentions if m.country), key=mention_sort_key):
        for incident in incidents:
            if compatible(m, incident):
                incident.mentions.append(m)
                break
        else:
            incidents.append(Incident([m]))
    return incidents, assign_ids(incidents, previous or {})


@dataclass
class IdChanges:
    """How incidents of the previous version map onto this one."""

    merged: dict[str, list[str]] = field(default_factory=dict)  # kept id -> absorbed ids
    split: dict[str, list[str]] = field(default_factory=dict)   # old id -> new ids split off


def assign_ids(incidents: list[Incident], previous: dict[str, str]) -> IdChanges:
    """Give every incident a stable id and record merges and splits against ``previous``.

    A new incident's id is a hash of its first mention. An incident holding mentions that
    belonged to an earlier incident keeps that incident's id; when it holds mentions of several
    earlier incidents it keeps the id of the one with the most of its mentions (ties: the
    smallest id) and the others are recorded as merged into it. When an earlier incident's
    mentions now fall into several incidents, the largest part keeps the id and the others are
    recorded as split off.
    """
    changes = IdChanges()
    claims: dict[str, list[tuple[int, int]]] = {}
    wanted: list[str | None] = []
    for index, incident in enumerate(incidents):
        olds = [previous[m.mention_id] for m in incident.mentions if m.mention_id in previous]
        if not olds:
            wanted.append(None)
            continue
        best = min(set(olds), key=lambda i: (-olds.count(i), i))
        wanted.append(best)
        claims.setdefault(best, []).append((olds.count(best), index))
        absorbed = sorted(set(olds) - {best})
        if absorbed:
            changes.merged[best] = absorbed
    winners = {old: max(c, key=lambda x: (x[0], -x[1]))[1] for old, c in claims.items()}
    for index, incident in enumerate(incidents):
        old = wanted[index]
        if old is not None and winners[old] == index:
            incident_id = old
        else:
            incident_id = "pfd-" + short_hash(incident.first.mention_id, length=12)
            if old is not None:
                changes.split.setdefault(old, []).append(incident_id)
        for m in incident.mentions:
            m.incident_id = incident_id
    return changes


def country_name(code: str) -> str:
    short = display_names().get(code)
    if short:
        return short
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def _date_text(value: date | None, precision: str | None) -> str:
    if value is None or precision is None:
        return "date unknown"
    if precision == "day":
        return f"{value.day} {value:%B %Y}"
    if precision == "month":
        return f"{value:%B %Y}"
    return str(value.year)


def summary(row: dict[str, object]) -> str:
    """One generated line, e.g. '8 social media users arrested in Iran, May 2016 (Instagram)'."""
    kind = str(row["incident_type"])
    country = country_name(str(row["country"]))
    platforms = [str(p) for p in row["platforms"]]  # type: ignore[attr-defined]
    names = ", ".join(_PLATFORM_NAMES.get(p, p.replace("_", " ").title()) for p in platforms)
    when = _date_text(row["event_date"], row["date_precision"])  # type: ignore[arg-type]
    count = row["victim_count"]
    word = _TARGET_WORDS.get(str(row["target_category"]), "person")
    if kind in _VERBS:
        many = count is None or count != 1
        noun = (word + "s") if many and word != "person" else ("people" if many else word)
        prefix = "" if count is None else (
            ("at least " if row["victim_count_qualifier"] == "at_least" else
             "about " if row["victim_count_qualifier"] == "approximate" else "") + f"{count} ")
        text = f"{prefix}{noun} {_VERBS[kind]} in {country}"
        text = text[0].upper() + text[1:]
    elif kind == "internet_shutdown":
        text = f"Internet shutdown in {country}"
    elif kind == "blocking":
        text = f"{names or 'Online service'} blocked in {country}"
        names = ""
    elif kind == "takedown":
        text = f"Online content taken down on official demand in {country}"
    else:
        text = f"Legal restriction on online expression in {country}"
    text += f", {when}"
    return text + (f" ({names})" if names else "")


def incident_row(incident: Incident) -> dict[str, object]:
    """The incidents-table row merged from an incident's mentions."""
    ms = incident.mentions
    best = max(ms, key=lambda m: (m.confidence, -ms.index(m)))
    published = [m.published_at for m in ms if m.published_at is not None]
    first_reported = min(published) if published else None
    # The most precise date that does not fall after the first report of the incident.
    dated = [m for m in ms if m.event_date is not None and m.date_precision
             and (first_reported is None or m.event_date <= first_reported)]
    dated.sort(key=lambda m: (-_RANK[m.date_precision or "year"], ms.index(m)))
    counted = [m for m in ms if m.victim_count is not None]
    biggest = max(counted, key=lambda m: (m.victim_count or 0, -ms.index(m))) if counted else None
    targets = [m.target_category for m in ms if m.target_category not in (None, "other")]
    row: dict[str, object] = {
        "incident_id": incident.first.incident_id,
        "incident_type": best.incident_type,
        "country": best.country,
        "platforms": sorted({p for m in ms for p in m.platforms}),
        "target_category": targets[0] if targets else best.target_category,
        "actor_type": best.actor_type,
        "actor": best.actor,
        "victim_count": biggest.victim_count if biggest else None,
        "victim_count_qualifier": biggest.victim_count_qualifier if biggest else None,
        "event_date": dated[0].event_date if dated else None,
        "date_precision": dated[0].date_precision if dated else None,
        "first_reported_at": first_reported,
        "n_sources": len({outlet_of(m.url) for m in ms}),
        "n_mentions": len(ms),
        "source_urls": sorted({m.url for m in ms}),
        "evidence": best.evidence,
        "confidence": best.confidence,
    }
    row["summary"] = summary(row)
    return row
