"""Synthetic JSON-lines records (bench/synthetic.py) → records, one line each, for the scale benchmark.

Each line is `{"kind": "source"|"entity"|"statement", ...}` with the fields a record has; the origin is the
file and line, as for curated YAML. Nothing is resolved: the generator writes final ids, pointing only at its
own `syn-` records and at curated hub entities.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from aikg.loading import Context
from aikg.records import Entity, Origin, Record, Source, Statement

CORE = ("kind", "subject", "predicate", "object", "status", "sources")


def load(ctx: Context) -> Iterator[Record]:
    for path in ctx.inputs:
        shown = ctx.shown(path)  # once per file: Context.origin resolves the path on every call
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                origin = Origin(shown, line_no)
                try:
                    rec = json.loads(line)
                    kind = rec["kind"]
                    if kind == "source":
                        yield Source(rec["id"], {k: v for k, v in rec.items() if k not in ("kind", "id")}, origin)
                    elif kind == "entity":
                        yield Entity(rec["id"], rec["type"], rec["props"], rec["sources"], origin)
                    elif kind == "statement":
                        yield Statement(rec["subject"], rec["predicate"], rec["object"], rec["status"],
                                        rec["sources"], origin, {k: v for k, v in rec.items() if k not in CORE})
                    else:
                        ctx.error(origin, None, f"unknown record kind {kind!r}", "use source, entity or statement")
                except (ValueError, KeyError, TypeError) as exc:
                    ctx.error(origin, None, f"{shown}: not a synthetic record ({exc})",
                              "regenerate the file with bench/synthetic.py")
