"""The Table Schemas drive Arrow, Great Expectations and datapackage.json; they must agree."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline import schema
from pipeline.validate import suites_for

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


@pytest.mark.parametrize("table", schema.TABLES)
def test_arrow_schema_has_the_table_schema_fields_in_order(table: str) -> None:
    spec = json.loads((SCHEMAS / f"{table}.schema.json").read_text())
    arrow = schema.arrow_schema(table)
    assert arrow.names == [f["name"] for f in spec["fields"]]
    for f in spec["fields"]:
        field = arrow.field(f["name"])
        assert field.nullable == (not f.get("constraints", {}).get("required", False))
        expected = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
                    "date": pa.date32(), "datetime": pa.timestamp("us", tz="UTC"),
                    "array": pa.list_(pa.string())}[f["type"]]
        assert field.type == expected, f["name"]


@pytest.mark.parametrize("table", schema.TABLES)
def test_gx_suite_covers_every_constraint(table: str) -> None:
    spec = schema.table_schema(table)
    suite = suites_for(table)
    kinds = {(kind, kwargs.get("column")) for kind, kwargs in suite}
    assert ("expect_table_columns_to_match_ordered_list", None) in kinds
    columns = next(kw["column_list"] for kind, kw in suite
                   if kind == "expect_table_columns_to_match_ordered_list")
    assert columns == [f["name"] for f in spec["fields"]]
    for f in spec["fields"]:
        cons = f.get("constraints", {})
        name = f["name"]
        if cons.get("required"):
            assert ("expect_column_values_to_not_be_null", name) in kinds
        if cons.get("unique"):
            assert ("expect_column_values_to_be_unique", name) in kinds
        if "enum" in cons:
            assert ("expect_column_values_to_be_in_set", name) in kinds
        if "pattern" in cons:
            assert ("expect_column_values_to_match_regex", name) in kinds


def test_enums_agree_between_tables() -> None:
    def enum(table: str, column: str) -> list[str]:
        field = next(f for f in schema.table_schema(table)["fields"] if f["name"] == column)
        return list(field["constraints"]["enum"])

    for column in ("incident_type", "target_category", "actor_type"):
        assert enum("mentions", column) == enum("incidents", column)


def test_schemas_ship_inside_the_package() -> None:
    assert schema.table_schema("incidents")["name"] == "incidents"
