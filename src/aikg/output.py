"""Rendering rows as a table, JSON or CSV: one place for every command's `--format`."""

from __future__ import annotations

import json
import sys
from typing import Any

FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def render(rows: list[dict[str, Any]], columns: list[str], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        json.dump([{c: r.get(c) for c in columns} for r in rows], sys.stdout, indent=2, ensure_ascii=False,
                  default=str)
        sys.stdout.write("\n")
    elif fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
    else:
        sys.stdout.write(table(rows, columns, title))


def table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None,
          width: int | None = None) -> str:
    """A plain-text table fitted to the terminal: long cells wrap inside their column.

    Hand-rolled rather than rich's Table: laying out a few hundred wrapped cells took rich ~250 ms, more
    than the whole question; this takes a few milliseconds and reads the same in a terminal or a log.
    """
    import shutil
    import textwrap

    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    budget = max(width - 2 * (len(columns) - 1), 8 * len(columns))
    while sum(widths) > budget:
        i = widths.index(max(widths))
        if widths[i] <= 8:
            break
        widths[i] -= 1

    def line(values: list[str]) -> list[str]:
        wrapped = [textwrap.wrap(v, w, break_long_words=True, break_on_hyphens=False) or [""]
                   for v, w in zip(values, widths, strict=True)]
        height = max(len(w) for w in wrapped)
        return ["  ".join((w[k] if k < len(w) else "").ljust(widths[i]) for i, w in enumerate(wrapped)).rstrip()
                for k in range(height)]

    out = [title, ""] if title else []
    out += line(columns)
    out.append("  ".join("─" * w for w in widths))
    for row in cells:
        out += line(row)
    out.append(f"{len(rows)} row(s)")
    return "\n".join(out) + "\n"


def render_object(obj: dict[str, Any], fmt: str) -> None:
    """One object (for `show`): JSON as is; table and CSV as key/value rows."""
    if fmt == "json":
        json.dump(obj, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
        return
    rows = [{"field": k, "value": v} for k, v in obj.items()]
    render(rows, ["field", "value"], fmt)
