"""Compare the incidents of two dataset versions: added, removed, changed, merged, split.

``changelog_markdown`` renders the comparison as the ``CHANGELOG.md`` of a release, and
``pfd diff OLD NEW`` prints the same text for any two published versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

COMPARED = ("incident_type", "country", "platforms", "target_category", "actor_type",
            "victim_count", "victim_count_qualifier", "event_date", "date_precision",
            "n_sources", "n_mentions", "source_urls")


@dataclass
class Diff:
    """Differences between two incidents tables, by incident id."""

    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    merged: dict[str, list[str]] = field(default_factory=dict)
    split: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _rows(table: pa.Table | None) -> dict[str, dict[str, Any]]:
    if table is None:
        return {}
    return {r["incident_id"]: r for r in table.to_pylist()}


def diff_incidents(old: pa.Table | None, new: pa.Table,
                   merged: dict[str, list[str]] | None = None,
                   split: dict[str, list[str]] | None = None) -> Diff:
    before, after = _rows(old), _rows(new)
    result = Diff(merged=dict(merged or {}), split=dict(split or {}))
    result.added = [after[i] for i in sorted(set(after) - set(before))]
    result.removed = [before[i] for i in sorted(set(before) - set(after))]
    for incident_id in sorted(set(before) & set(after)):
        changes = {k: (before[incident_id].get(k), after[incident_id].get(k)) for k in COMPARED
                   if before[incident_id].get(k) != after[incident_id].get(k)}
        if changes:
            result.changed.append((after[incident_id], changes))
    return result


def infer_id_changes(old_mentions: pa.Table, new_mentions: pa.Table
                     ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Merges and splits between two versions, from mentions present in both."""
    def mapping(table: pa.Table) -> dict[str, str]:
        return {r["mention_id"]: r["incident_id"]
                for r in table.select(["mention_id", "incident_id"]).to_pylist()}

    before, after = mapping(old_mentions), mapping(new_mentions)
    shared = set(before) & set(after)
    olds_of: dict[str, set[str]] = {}
    news_of: dict[str, set[str]] = {}
    for mention in shared:
        olds_of.setdefault(after[mention], set()).add(before[mention])
        news_of.setdefault(before[mention], set()).add(after[mention])
    merged = {new: sorted(olds - {new}) for new, olds in olds_of.items()
              if len(olds) > 1 and new in olds}
    split = {old: sorted(news - {old}) for old, news in news_of.items()
             if len(news) > 1 and old in news}
    return merged, split


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]" if len(value) <= 4 else \
            f"[{len(value)} items]"
    return "null" if value is None else str(value)


def changelog_markdown(d: Diff, old_version: str | None, new_version: str) -> str:
    """The changelog of ``new_version`` against ``old_version`` as Markdown."""
    title = f"# Changes in {new_version}"
    if old_version is None:
        lines = [title, "", "First version of this dataset.", "",
                 f"{len(d.added)} incidents added."]
        return "\n".join(lines) + "\n"
    lines = [title, "", f"Compared with {old_version}: {len(d.added)} added, "
             f"{len(d.removed)} removed, {len(d.changed)} changed, {len(d.merged)} merges, "
             f"{len(d.split)} splits.", ""]
    if d.added:
        lines += ["## Added", ""] + [f"- `{r['incident_id']}` {r['summary']}" for r in d.added]
        lines.append("")
    if d.removed:
        lines += ["## Removed", ""] + [f"- `{r['incident_id']}` {r['summary']}"
                                       for r in d.removed]
        lines.append("")
    if d.changed:
        lines += ["## Changed", ""]
        for row, changes in d.changed:
            detail = "; ".join(f"{k}: {_fmt(a)} → {_fmt(b)}" for k, (a, b) in changes.items())
            lines.append(f"- `{row['incident_id']}` {row['summary']} ({detail})")
        lines.append("")
    if d.merged:
        lines += ["## Merged", ""] + [f"- `{kept}` now also covers {', '.join(absorbed)}"
                                      for kept, absorbed in sorted(d.merged.items())]
        lines.append("")
    if d.split:
        lines += ["## Split", ""] + [f"- `{old}` split; new parts: {', '.join(parts)}"
                                     for old, parts in sorted(d.split.items())]
        lines.append("")
    if d.empty and not d.merged and not d.split:
        lines.append("No incident changed.")
    return "\n".join(lines).rstrip() + "\n"
