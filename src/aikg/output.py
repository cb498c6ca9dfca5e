"""Rendering rows as a table, JSON or CSV: one place for every command's `--format`."""

from __future__ import annotations

import csv
import io
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
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in columns])
        console = Console()
        console.print(table)
        console.print(f"{len(rows)} row(s)", style="dim")


def render_object(obj: dict[str, Any], fmt: str) -> None:
    """One object (for `show`): JSON as is; table and CSV as key/value rows."""
    if fmt == "json":
        json.dump(obj, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
        return
    rows = [{"field": k, "value": v} for k, v in obj.items()]
    render(rows, ["field", "value"], fmt)
