"""Curated loader: `data/**/*.yaml` → records. Structure only; meaning is checked by `aikg.validate`.

A file has up to three keys — `sources`, `entities`, `statements` — and an entity may nest the statements
it is the subject of (see README.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aikg.loading import Context
from aikg.paths import curated_data_dir
from aikg.records import Entity, Origin, Record, Source, Statement
from aikg.yamlfile import LINE, read_yaml, strip_lines

TOP_LEVEL = ("sources", "entities", "statements")
STATEMENT_CORE = ("subject", "predicate", "object", "status", "sources")


def data_files(folder: Path) -> list[Path]:
    del folder  # the data folder is configurable (AIKG_CURATED_DATA), see aikg.paths
    return sorted(curated_data_dir().rglob("*.yaml"))


def load(ctx: Context) -> Iterator[Record]:
    for path in data_files(ctx.folder):
        doc, problem = read_yaml(path, ctx.shown(path))
        if problem:
            ctx.problems.append(problem)
            continue
        if doc is None:
            continue
        if not isinstance(doc, dict):
            ctx.error(ctx.origin(path, 1), None, "a data file must be a mapping with sources/entities/statements")
            continue
        for key in doc:
            if key != LINE and key not in TOP_LEVEL:
                ctx.error(ctx.origin(path, doc[LINE]), None, f"unknown top-level key {key!r}",
                          f"use one of {', '.join(TOP_LEVEL)}")
        for item in _items(ctx, path, doc, "sources"):
            yield from _source(ctx, path, item)
        for item in _items(ctx, path, doc, "entities"):
            yield from _entity(ctx, path, item)
        for item in _items(ctx, path, doc, "statements"):
            yield from _statement(ctx, path, item, None)


def _items(ctx: Context, path: Path, doc: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = doc.get(key) or []
    if not isinstance(items, list):
        ctx.error(ctx.origin(path, doc[LINE]), None, f"{key!r} must be a list")
        return []
    good = []
    for item in items:
        if isinstance(item, dict):
            good.append(item)
        else:
            ctx.error(ctx.origin(path, doc[LINE]), None, f"every item of {key!r} must be a mapping, got {item!r}")
    return good


def _source(ctx: Context, path: Path, item: dict[str, Any]) -> Iterator[Record]:
    origin = ctx.origin(path, item[LINE])
    sid = item.get("id")
    if not isinstance(sid, str):
        ctx.error(origin, None, "source without an id", "add `id: src/<slug>`")
        return
    yield Source(sid, {k: v for k, v in strip_lines(item).items() if k != "id"}, origin)


def _entity(ctx: Context, path: Path, item: dict[str, Any]) -> Iterator[Record]:
    origin = ctx.origin(path, item[LINE])
    eid, etype = item.get("id"), item.get("type")
    if not isinstance(eid, str):
        ctx.error(origin, None, "entity without an id", "add `id: <prefix>/<slug>`")
        return
    if not isinstance(etype, str):
        ctx.error(origin, eid, "entity without a type", "add `type:` with a class of ontology/aikg.yaml")
        return
    sources = item.get("sources")
    props = {k: strip_lines(v) for k, v in item.items() if k not in (LINE, "id", "type", "sources", "statements")}
    lines = {k: v[LINE] for k, v in item.items() if isinstance(v, dict) and LINE in v}
    yield Entity(eid, etype, props, _id_list(sources), origin, lines)
    nested = item.get("statements") or []
    if not isinstance(nested, list):
        ctx.error(origin, eid, "`statements` must be a list")
        return
    for st in nested:
        if isinstance(st, dict):
            yield from _statement(ctx, path, st, eid)
        else:
            ctx.error(origin, eid, f"every statement must be a mapping, got {st!r}")


def _statement(ctx: Context, path: Path, item: dict[str, Any], subject: str | None) -> Iterator[Record]:
    origin = ctx.origin(path, item[LINE])
    if subject is not None and "subject" in item and item["subject"] != subject:
        ctx.error(origin, subject, "a nested statement cannot name another subject",
                  "move it to the top-level `statements:` list")
        return
    subj = subject if subject is not None else item.get("subject")
    missing = [k for k in ("predicate", "object", "status") if not isinstance(item.get(k), str)]
    if not isinstance(subj, str):
        missing.insert(0, "subject")
    if missing:
        ctx.error(origin, subj if isinstance(subj, str) else None,
                  f"statement lacks {', '.join(missing)}", "a statement needs subject, predicate, object, status")
        return
    qualifiers = {k: strip_lines(v) for k, v in item.items() if k not in (LINE, *STATEMENT_CORE)}
    yield Statement(subj, item["predicate"], item["object"], item["status"], _id_list(item.get("sources")),
                    origin, qualifiers)


def _id_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


__all__ = ["load", "data_files", "Origin"]
