"""`aikg stats`: what the graph holds and how well it is sourced."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .catalog import Catalog
from .report import BRIEF


def compute(cat: Catalog, oldest: int = 10) -> dict[str, Any]:
    by_type = Counter(e["type"] for e in cat.entities.values())
    roles = Counter(r for e in cat.entities.values() for r in e["props"].get("roles", []))
    stated = [st for st in cat.statements if st["status"] != "inferred"]
    by_status = Counter(st["status"] for st in cat.statements)
    non_brief = sum(any(s != BRIEF for s in st["sources"]) for st in stated)
    publishers = Counter(s.get("publisher", "?") for s in cat.sources.values())
    unconfirmed = sorted(
        (st for st in stated if st["status"] in ("reported", "alleged", "unclear", "forecast")),
        key=lambda st: min((cat.sources.get(s, {}).get("published") or "9999") for s in st["sources"]),
    )[:oldest]
    return {
        "entities": len(cat.entities),
        "statements": len(cat.statements),
        "sources": len(cat.sources),
        "entities_by_type": dict(sorted(by_type.items())),
        "organizations_by_role": dict(sorted(roles.items())),
        "statements_by_status": dict(sorted(by_status.items())),
        "share_with_non_brief_source": round(non_brief / len(stated), 4) if stated else 0.0,
        "sources_by_publisher": dict(publishers.most_common()),
        "oldest_unconfirmed": [
            {"subject": st["subject"], "predicate": st["predicate"], "object": st["object"], "status": st["status"],
             "since": min((cat.sources.get(s, {}).get("published") or "?") for s in st["sources"]),
             "sources": st["sources"]} for st in unconfirmed
        ],
    }


def print_stats(s: dict[str, Any], fmt: str) -> None:
    from .output import render, render_object

    if fmt == "json":
        render_object(s, fmt)
        return
    rows = [{"section": "totals", "key": k, "value": s[k]} for k in ("entities", "statements", "sources")]
    rows.append({"section": "totals", "key": "share_with_non_brief_source",
                 "value": f"{s['share_with_non_brief_source']:.1%}"})
    for section in ("entities_by_type", "organizations_by_role", "statements_by_status", "sources_by_publisher"):
        rows += [{"section": section, "key": k, "value": v} for k, v in s[section].items()]
    for st in s["oldest_unconfirmed"]:
        rows.append({"section": "oldest_unconfirmed", "key": f"{st['subject']} {st['predicate']} {st['object']}",
                     "value": f"{st['status']} since {st['since']}"})
    render(rows, ["section", "key", "value"], fmt, title="aikg stats")
