"""Score the extractor against an annotated dev set (``tests/devset/<part>/annotations.yaml``).

A predicted mention matches a gold incident of the same type when its evidence sentence
contains the gold evidence (or one of the gold ``also`` sentences), or is contained in it;
the main evidence is preferred. Further mentions that restate an annotated incident (its
evidence or an ``also`` sentence) are optional: neither hits nor errors.
Precision, recall and F1 are computed overall and per type; field accuracy (country,
platforms, target, count, date) over matched pairs. ``python -m pipeline.evaluate DIR``
prints the table; ``--json`` prints the figures for the evaluation gate.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.inputs import InputPage, read_html_file
from pipeline.process import process_page
from pipeline.records import Mention

FIELDS = ("country", "platforms", "target", "count", "date")


@dataclass
class Score:
    """Counts for one part of the dev set."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    per_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    field_hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def figures(self) -> dict[str, Any]:
        p, r, f = self.prf(self.tp, self.fp, self.fn)
        out: dict[str, Any] = {"precision": round(p, 4), "recall": round(r, 4),
                               "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}
        for name in FIELDS:
            out[f"{name}_accuracy"] = round(self.field_hits[name] / self.tp, 4) if self.tp else 0
        out["per_type"] = {
            t: dict(zip(("precision", "recall", "f1"),
                        (round(x, 4) for x in self.prf(*counts)), strict=True))
            for t, counts in sorted(self.per_type.items())}
        return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def _matches(m: Mention, gold: dict[str, Any], main_only: bool = False) -> bool:
    if m.incident_type != gold["type"]:
        return False
    pred = _norm(m.evidence)
    sentences = [gold["evidence"]] if main_only else [gold["evidence"],
                                                      *(gold.get("also") or [])]
    for sentence in sentences:
        g = _norm(str(sentence))
        if g and (g in pred or pred in g):
            return True
    return False


def _field_hits(m: Mention, gold: dict[str, Any]) -> dict[str, bool]:
    gold_date = gold.get("event_date")
    return {
        "country": m.country == gold.get("country"),
        "platforms": sorted(m.platforms) == sorted(gold.get("platforms") or []),
        "target": m.target_category == gold.get("target_category"),
        "count": m.victim_count == gold.get("victim_count"),
        # a date carried only by a neighbouring sentence may be inherited or left null
        "date": (str(m.event_date) if m.event_date else None) ==
                (str(gold_date) if gold_date else None)
                and m.date_precision == gold.get("date_precision")
                or bool(gold.get("date_inherited")) and m.event_date is None,
    }


def score_part(folder: Path, verbose: bool = False) -> Score:
    """Run the extractor over every annotated page of one part and count agreements."""
    spec = yaml.safe_load((folder / "annotations.yaml").read_text("utf-8"))
    score = Score()
    for entry in spec["articles"]:
        path = folder / entry["file"]
        [item] = list(read_html_file(str(path), path))
        if not isinstance(item, InputPage):
            score.errors.append(str(item))
            continue
        result = process_page(item)
        if result.error:
            score.errors.append(f"{path}: {result.error}")
        predicted = list(result.mentions)
        golds = entry.get("incidents") or []
        for gold in golds:
            # the main evidence sentence first, then one of its `also` sentences
            match = next((m for m in predicted if _matches(m, gold, main_only=True)), None) \
                or next((m for m in predicted if _matches(m, gold)), None)
            counts = score.per_type[gold["type"]]
            if match is None:
                score.fn += 1
                counts[2] += 1
                if verbose:
                    print(f"MISS {path.name} [{gold['type']}] {gold['evidence']}")
                continue
            predicted.remove(match)
            score.tp += 1
            counts[0] += 1
            for name, ok in _field_hits(match, gold).items():
                score.field_hits[name] += ok
                if verbose and not ok:
                    print(f"FIELD {path.name} {name}: got {_got(match, name)} "
                          f"want {_want(gold, name)} | {gold['evidence'][:90]}")
        for m in predicted:
            if any(_matches(m, gold) for gold in golds):
                continue  # another statement of an annotated incident: optional, not an error
            score.fp += 1
            score.per_type[m.incident_type][1] += 1
            if verbose:
                print(f"FALSE {path.name} [{m.incident_type}] {m.evidence}")
    return score


def _got(m: Mention, name: str) -> object:
    return {"country": m.country, "platforms": m.platforms, "target": m.target_category,
            "count": m.victim_count, "date": (m.event_date, m.date_precision)}[name]


def _want(gold: dict[str, Any], name: str) -> object:
    return {"country": gold.get("country"), "platforms": gold.get("platforms"),
            "target": gold.get("target_category"), "count": gold.get("victim_count"),
            "date": (gold.get("event_date"), gold.get("date_precision"))}[name]


def discover_parts(root: Path) -> tuple[str, ...]:
    """Annotated parts under root: tuning parts first, the held-out part last."""
    found = sorted(p.name for p in root.iterdir() if (p / "annotations.yaml").exists())
    return tuple(sorted(found, key=lambda name: (name.startswith("heldout"), name)))


def evaluate(root: Path, parts: tuple[str, ...] | None = None,
             verbose: bool = False) -> dict[str, dict[str, Any]]:
    parts = parts or discover_parts(root)
    return {part: score_part(root / part, verbose).figures() for part in parts
            if (root / part / "annotations.yaml").exists()}


def print_table(results: dict[str, dict[str, Any]]) -> None:
    for part, figs in results.items():
        print(f"\n== {part}: precision {figs['precision']:.3f}  recall {figs['recall']:.3f}  "
              f"F1 {figs['f1']:.3f}  (tp {figs['tp']}, fp {figs['fp']}, fn {figs['fn']})")
        print("   field accuracy on matched: " + "  ".join(
            f"{n} {figs[f'{n}_accuracy']:.3f}" for n in FIELDS))
        print(f"   {'type':<18} {'P':>6} {'R':>6} {'F1':>6}")
        for t, v in figs["per_type"].items():
            print(f"   {t:<18} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}")
    groups = {"held-out parts": [p for p in results if p.startswith("heldout")],
              "tuning parts": [p for p in results if p.startswith("tune")]}
    for label, parts in groups.items():
        if len(parts) > 1:
            print("\n" + pooled_line(label, {p: results[p] for p in parts}))


def pooled_line(label: str, results: dict[str, dict[str, Any]]) -> str:
    """One line of figures pooled over several parts (incidents counted together)."""
    tp = sum(r["tp"] for r in results.values())
    fp = sum(r["fp"] for r in results.values())
    fn = sum(r["fn"] for r in results.values())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    fields = "  ".join(
        f"{n} {sum(r[f'{n}_accuracy'] * r['tp'] for r in results.values()) / tp:.3f}"
        for n in FIELDS) if tp else ""
    return (f"== {label} pooled ({len(results)}: {', '.join(results)}): precision "
            f"{precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})\n"
            f"   field accuracy on matched: {fields}")


GATED = ("precision", "recall", "f1", "country_accuracy", "platforms_accuracy",
         "target_accuracy", "count_accuracy", "date_accuracy")


def gate(results: dict[str, dict[str, Any]], baseline: dict[str, Any]) -> list[str]:
    """Figures that fell below the pinned floors (empty when the gate passes)."""
    drops = []
    for part, floors in baseline["floors"].items():
        if part not in results:
            continue  # only the parts that were scored in this run
        for metric, floor in floors.items():
            value = results.get(part, {}).get(metric)
            if value is None or value + 1e-9 < floor:
                drops.append(f"{part} {metric}: {value} < baseline {floor}")
    return drops


def update_baseline(path: Path, results: dict[str, dict[str, Any]], lower: bool,
                    reason: str | None) -> list[str]:
    """Raise the floors to the current figures; lowering needs --lower and a reason."""
    data = json.loads(path.read_text()) if path.exists() else {"floors": {}, "log": []}
    changes = []
    lowered = False
    for part, figures in results.items():
        floors = data["floors"].setdefault(part, {})
        for metric in GATED:
            new = math.floor(float(figures[metric]) * 1000) / 1000  # floors round down
            old = floors.get(metric)
            if old is None or new > old or (lower and new < old):
                lowered = lowered or (old is not None and new < old)
                changes.append(f"{part} {metric}: {old} -> {new}")
                floors[metric] = new
    if lowered and not reason:
        raise SystemExit("lowering a floor needs --reason")
    if changes:
        data["log"].append({"changes": changes, "reason": reason or "results improved"})
        path.write_text(json.dumps(data, indent=2) + "\n")
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", nargs="?", default="tests/devset")
    parser.add_argument("--part", action="append",
                        help="part folder(s) to score (default: every annotated part)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--update-baseline", action="store_true",
                        help="raise the floors in ROOT/baseline.json to the current figures")
    parser.add_argument("--lower", action="store_true", help="allow floors to go down")
    parser.add_argument("--reason", help="why floors were lowered (recorded in the log)")
    args = parser.parse_args(argv)
    parts = tuple(args.part) if args.part else None
    results = evaluate(Path(args.root), parts, args.verbose)
    baseline = Path(args.root) / "baseline.json"
    if args.update_baseline:
        for change in update_baseline(baseline, results, args.lower, args.reason):
            print(f"baseline: {change}")
        return 0
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        print_table(results)
    if baseline.exists():
        drops = gate(results, json.loads(baseline.read_text()))
        print("\ngate: " + ("PASS" if not drops else "FAIL\n  " + "\n  ".join(drops)))
        return 1 if drops else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
