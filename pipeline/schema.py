"""Frictionless Table Schemas in ``schemas/`` are the single source of truth.

From each schema this module derives the pyarrow schema used to write Parquet and the list of
Great Expectations expectations (as plain ``(type, kwargs)`` pairs; ``validate.py`` turns them
into GX objects). The ``datapackage.json`` resource schema is the file itself.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import pyarrow as pa

TABLES = ("articles", "mentions", "incidents")

_ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us", tz="UTC"),
}


@cache
def table_schema(table: str) -> dict[str, Any]:
    """Return the Table Schema (parsed JSON) of one table."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    text = resources.files("schemas").joinpath(f"{table}.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def schema_version(table: str) -> str:
    return str(table_schema(table).get("version", "0"))


def field_names(table: str) -> list[str]:
    return [f["name"] for f in table_schema(table)["fields"]]


def _arrow_type(spec: dict[str, Any]) -> pa.DataType:
    if spec["type"] == "array":
        item = spec.get("arrayItem", {"type": "string"})
        return pa.list_(_ARROW_TYPES[item["type"]])
    return _ARROW_TYPES[spec["type"]]


def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of a table; required fields are non-nullable."""
    spec = table_schema(table)
    fields = [
        pa.field(f["name"], _arrow_type(f),
                 nullable=not f.get("constraints", {}).get("required", False),
                 metadata={"description": f.get("description", "")})
        for f in spec["fields"]
    ]
    return pa.schema(fields, metadata={
        "pfd.table": table,
        "pfd.schema_version": schema_version(table),
        "pfd.table_schema": json.dumps(spec, sort_keys=True),
    })


def expectations(table: str) -> list[tuple[str, dict[str, Any]]]:
    """Great Expectations expectations implied by the Table Schema of a table."""
    spec = table_schema(table)
    names = [f["name"] for f in spec["fields"]]
    result: list[tuple[str, dict[str, Any]]] = [
        ("expect_table_columns_to_match_ordered_list", {"column_list": names}),
    ]
    for f in spec["fields"]:
        name = f["name"]
        cons = f.get("constraints", {})
        if cons.get("required"):
            result.append(("expect_column_values_to_not_be_null", {"column": name}))
        if cons.get("unique"):
            result.append(("expect_column_values_to_be_unique", {"column": name}))
        if "enum" in cons:
            result.append(("expect_column_values_to_be_in_set",
                           {"column": name, "value_set": list(cons["enum"])}))
        if "pattern" in cons:
            result.append(("expect_column_values_to_match_regex",
                           {"column": name, "regex": cons["pattern"]}))
        if "minimum" in cons or "maximum" in cons:
            result.append(("expect_column_values_to_be_between",
                           {"column": name, "min_value": cons.get("minimum"),
                            "max_value": cons.get("maximum")}))
        if "minLength" in cons:
            result.append(("expect_column_value_lengths_to_be_between",
                           {"column": name, "min_value": cons["minLength"]}))
    return result
