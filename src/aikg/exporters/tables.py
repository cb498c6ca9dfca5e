"""Plain CSV tables, for spreadsheets, pandas and datasette (`datasette` opens a folder of CSVs via
`csvs-to-sqlite` or `sqlite-utils insert --csv`):

- `entities-<Type>.csv` per entity class: `id`, `name`, `types`, then that class's properties, then
  `sources`, `source_titles`, `source_urls`, `sources_json`;
- `statements.csv`: `id`, `subject`, `subject_name`, `predicate`, `object`, `object_name`, `status`,
  `inferred`, every qualifier, and the same four source columns;
- `sources.csv`: every cited source with all its fields.

Lists are joined with "; ", dates are ISO, booleans `true`/`false`, numbers as written by Python.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..validate import Dataset
from .common import flat_edge, flat_node, iso

SOURCE_COLUMNS = ["sources", "source_titles", "source_urls", "sources_json"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(iso(value))


def _table(path: Path, first: list[str], rows: list[dict[str, Any]], last: list[str]) -> None:
    middle = [k for k in dict.fromkeys(k for r in rows for k in r) if k not in first and k not in last]
    columns = first + middle + last
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_text(r.get(c)) for c in columns])


def write_tables(data: Dataset, meta: Any, folder: Path) -> None:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in data.entities.values():
        row = flat_node(e, data)
        row["name"] = row.pop("label")
        by_type[e.type].append({"id": e.id, **row})
    for cls, rows in sorted(by_type.items()):
        _table(folder / f"entities-{cls}.csv", ["id", "name", "type", "types"], rows, SOURCE_COLUMNS)
    names = {eid: e.name for eid, e in data.entities.items()}
    rows = []
    for st in data.statements:
        row = flat_edge(st, data)
        row.pop("label")
        rows.append({"id": st.id, "subject": st.subject, "subject_name": names.get(st.subject),
                     "object": st.object, "object_name": names.get(st.object), **row})
    _table(folder / "statements.csv", ["id", "subject", "subject_name", "predicate", "object", "object_name",
                                       "status", "inferred"], rows, SOURCE_COLUMNS)
    _table(folder / "sources.csv", ["id", "title", "publisher", "url"],
           [{"id": s.id, **s.fields} for s in data.sources.values()], [])
