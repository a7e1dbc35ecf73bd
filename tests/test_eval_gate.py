"""Evaluation gate: the extractor must not fall below the floors pinned in baseline.json."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import GATED, evaluate, gate
from tests.conftest import DEVSET

BASELINE = json.loads((DEVSET / "baseline.json").read_text())


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, object]]:
    return evaluate(DEVSET)


def test_held_out_and_tuning_figures_meet_the_baseline(
        results: dict[str, dict[str, object]]) -> None:
    assert gate(results, BASELINE) == []


def test_baseline_pins_every_gated_figure_for_both_parts() -> None:
    for part in ("tune", "heldout"):
        assert set(BASELINE["floors"][part]) == set(GATED)


def test_every_lowering_of_a_floor_has_a_reason() -> None:
    for entry in BASELINE["log"]:
        lowered = [c for c in entry["changes"] if "None" not in c
                   and float(c.split("-> ")[1]) < float(c.split(": ")[1].split(" ->")[0])]
        if lowered:
            assert entry["reason"] and entry["reason"] != "results improved", entry


def test_pooled_line_counts_incidents_across_parts() -> None:
    from pipeline.evaluate import FIELDS, pooled_line
    fields = {f"{n}_accuracy": 1.0 for n in FIELDS}
    line = pooled_line("held-out parts", {
        "heldout14": {"tp": 9, "fp": 1, "fn": 1, **fields},
        "heldout15": {"tp": 1, "fp": 1, "fn": 9, **fields}})
    assert "precision 0.833  recall 0.500  (tp 10, fp 2, fn 10)" in line
    assert "heldout14, heldout15" in line
