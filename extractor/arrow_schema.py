"""Arrow schemas derived from the pydantic models, so every column has its type.

Inferring types from the rows gives an all-empty column the ``null`` type, an empty table
all strings, and dates as text; derived from the model, a column has its type whatever
the rows hold. The mapping: ``str`` → string, ``int`` → int64, ``float`` → float64,
``bool`` → bool, ``date`` → date32, ``datetime`` → timestamp[us, UTC] (a naive datetime is
taken as UTC, an aware one converted), a ``Literal`` of strings → a dictionary-encoded
string (a plain string inside a struct or list, where Parquet readers differ on dictionaries),
a nested model → a struct, ``list[X]`` → a list of X. Every column is nullable: a reader may
add rows of a later version of the model.
"""

from __future__ import annotations

import types
from datetime import date, datetime
from typing import Any, Literal, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

TIMESTAMP = pa.timestamp("us", tz="UTC")


def arrow_type(annotation: Any, nested: bool = False) -> pa.DataType:
    """The Arrow type of one field annotation (see the module docstring)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        kinds = [a for a in get_args(annotation) if a is not type(None)]
        if len(kinds) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return arrow_type(kinds[0], nested)
    if origin is Literal:
        values = get_args(annotation)
        if not all(isinstance(v, str) for v in values):
            raise TypeError(f"no Arrow type for {annotation!r}")
        if nested:
            return pa.string()
        return pa.dictionary(pa.int8() if len(values) < 128 else pa.int16(), pa.string())
    if origin is list:
        (item,) = get_args(annotation)
        return pa.list_(arrow_type(item, nested=True))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(model_fields(annotation, nested=True))
    simple: dict[Any, pa.DataType] = {
        str: pa.string(),
        int: pa.int64(),
        float: pa.float64(),
        bool: pa.bool_(),
        datetime: TIMESTAMP,  # before date: a datetime is a date
        date: pa.date32(),
    }
    for kind, arrow in simple.items():
        if annotation is kind:
            return arrow
    raise TypeError(f"no Arrow type for {annotation!r}")


def model_fields(model: type[BaseModel], nested: bool = False) -> list[pa.Field]:
    """One Arrow field per model field, in the model's order."""
    fields = model.model_fields.items()
    return [pa.field(name, arrow_type(f.annotation, nested)) for name, f in fields]


def model_schema(model: type[BaseModel], extra: dict[str, pa.DataType] | None = None) -> pa.Schema:
    """The schema of a table of ``model`` rows, with ``extra`` columns appended."""
    fields = model_fields(model)
    fields += [pa.field(name, kind) for name, kind in (extra or {}).items()]
    return pa.schema(fields)


def table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows (Python values, as ``model_dump()`` gives them) as a table of ``schema``."""
    return pa.Table.from_pylist(
        [{name: row.get(name) for name in schema.names} for row in rows], schema=schema
    )
