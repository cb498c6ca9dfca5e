"""`aikg show`: one entity (or source) as a reference card with the sources behind every line."""

from __future__ import annotations

from typing import Any

from .catalog import Catalog
from .schema import load_schema


def card(cat: Catalog, text: str) -> dict[str, Any]:
    if text in cat.sources:
        return {"id": text, "type": "Source", **{k: v for k, v in cat.sources[text].items() if k != "origin"},
                "cited_by": sorted({st["subject"] for st in cat.statements if text in st["sources"]}
                                   | {eid for eid, e in cat.entities.items() if text in e["sources"]})}
    eid = cat.resolve(text)
    e = cat.entities[eid]
    schema = load_schema()

    def edge(st: dict[str, Any], other: str) -> dict[str, Any]:
        o = cat.entities.get(st[other], {})
        out = {"predicate": st["predicate"], other: st[other], "name": o.get("props", {}).get("name"),
               "status": st["status"], "sources": st["sources"]}
        for q in ("valid_from", "valid_to", "quantity", "confidence", "claimed_by", "note", "derived_from_rules"):
            if st.get(q) is not None:
                out[q] = st[q]
        return out

    return {
        "id": eid,
        "name": e["props"].get("name"),
        "types": schema.types_of(e["type"], e["props"].get("roles", [])),
        "properties": {k: v for k, v in e["props"].items() if k != "name"},
        "sources": [{"id": s, **{k: v for k, v in cat.sources.get(s, {}).items() if k in ("title", "publisher",
                     "url", "published")}} for s in e["sources"]],
        "out": [edge(st, "object") for st in cat.statements if st["subject"] == eid],
        "in": [edge(st, "subject") for st in cat.statements if st["object"] == eid],
        "defined_at": e["origin"],
    }


def print_card(obj: dict[str, Any], fmt: str) -> None:
    from .output import render, render_object

    if fmt != "table":
        render_object(obj, fmt) if fmt == "json" else render(_flat(obj), ["section", "field", "value"], fmt)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{obj.get('name') or obj['id']}[/bold]  ({obj['id']})")
    if obj.get("type") == "Source":
        for k, v in obj.items():
            if k not in ("id",):
                console.print(f"  {k}: {v}")
        return
    console.print(f"  types: {', '.join(obj['types'])}   defined at {obj['defined_at']}")
    for k, v in obj["properties"].items():
        console.print(f"  {k}: {'; '.join(map(str, v)) if isinstance(v, list) else v}")
    console.print("  sources: " + "; ".join(f"{s['id']} ({s.get('publisher', '?')}, {s.get('published', '?')})"
                                            for s in obj["sources"]))
    for direction, key in (("out", "object"), ("in", "subject")):
        if not obj[direction]:
            continue
        t = Table(title=f"statements {direction}", title_justify="left", header_style="bold")
        for c in ("predicate", key, "status", "when", "sources"):
            t.add_column(c, overflow="fold")
        for ed in obj[direction]:
            when = " → ".join(str(ed[q]) for q in ("valid_from", "valid_to") if q in ed)
            qty = f" ×{ed['quantity']:g}" if isinstance(ed.get("quantity"), int | float) else ""
            t.add_row(ed["predicate"], f"{ed[key]}{qty}", ed["status"], when, "; ".join(ed["sources"]))
        console.print(t)


def _flat(obj: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for k, v in obj.items():
        if k in ("out", "in"):
            for ed in v:
                rows.append({"section": k, "field": ed["predicate"], "value": ed})
        elif isinstance(v, dict):
            rows += [{"section": k, "field": kk, "value": vv} for kk, vv in v.items()]
        else:
            rows.append({"section": "", "field": k, "value": v})
    return rows
