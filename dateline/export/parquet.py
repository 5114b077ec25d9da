"""Parquet export via pyarrow: typed columns (dates, booleans, floats), streamed in row groups."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from dateline.export.rows import CHUNK, stream
from dateline.store import Store
from dateline.store.queries import EventFilter, events_query


def arrow_type(sql_type: sa.types.TypeEngine) -> pa.DataType:
    """The Arrow type for a column of the store; JSON columns become JSON-encoded strings."""
    if isinstance(sql_type, sa.Boolean):
        return pa.bool_()
    if isinstance(sql_type, sa.Integer):
        return pa.int64()
    if isinstance(sql_type, (sa.Float, sa.Numeric)):
        return pa.float64()
    if isinstance(sql_type, sa.DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(sql_type, sa.Date):
        return pa.date32()
    return pa.string()


def write_parquet(store: Store, flt: EventFilter, path: str | Path, grouped: bool = False) -> int:
    query = events_query(flt, grouped)
    schema = pa.schema([(c.name, arrow_type(c.type)) for c in query.selected_columns])
    json_columns = {c.name for c in query.selected_columns if isinstance(c.type, sa.JSON)}
    float_columns = {f.name for f in schema if pa.types.is_floating(f.type)}
    rows = stream(store, query)
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        while batch := list(islice(rows, CHUNK)):
            columns = {name: [_cell(r[name], name in json_columns, name in float_columns) for r in batch]
                       for name in schema.names}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _cell(value, is_json: bool, is_float: bool):
    if value is None:
        return None
    if is_json:
        return json.dumps(value, ensure_ascii=False)
    if is_float:
        return float(value)
    return value
