"""`aikg load SOURCE PATH`: check a user's download, load it with every configured dataset, then rebuild.

All or nothing, in this order:
1. the source must be a dataset loader, the paths must exist and hold files its `source.yml` knows;
2. the new list of inputs (datasets.json plus these files, replacing earlier files of the same kind) is
   loaded, resolved and validated in memory — errors (wrong columns, row counts out of bounds, bad records)
   raise `LoadFailed` with the full report, and neither datasets.json nor the current build is touched;
3. only then is datasets.json replaced (atomically) and the graph rebuilt from the records already
   validated; if the build itself fails, the previous datasets.json is put back. The build is written into
   a temporary folder and made current last (see build.py), so readers never see a half-built graph.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import datasets
from .errors import ConfigError, NotFound, Problem, ValidationFailed
from .loading import LoaderSpec, discover
from .resolution import Outcome, Resolver
from .tabular import expand


class LoadFailed(ValidationFailed):
    """A dataset did not load; nothing was changed."""


@dataclass
class LoadResult:
    source: str
    files: list[tuple[str, Path]]  # (file kind, path)
    notes: list[str]
    warnings: list[Problem]
    counts: dict[str, dict[str, int]]  # file kind → rows / entities / statements
    resolution: dict[str, dict[str, int]]
    review: list[Outcome]
    build_counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def dataset_specs() -> dict[str, LoaderSpec]:
    return {n: s for n, s in discover().items() if not s.is_curated and s.meta.get("files")}


def load_dataset(source: str, paths: list[Path], retrieved: date | None = None) -> LoadResult:
    """Check, load, resolve and validate `paths` as `source`; record them and rebuild only if all is well."""
    from .build import build, check, fingerprint

    started = time.perf_counter()
    specs = dataset_specs()
    if source not in specs:
        raise NotFound(f"no dataset source {source!r}: use one of {', '.join(sorted(specs))}")
    spec = specs[source]
    for p in paths:
        if not p.exists():
            raise ConfigError(f"{p}: no such file or folder")
    files, notes = expand(spec.meta, paths)
    if not files:
        raise ConfigError(f"nothing to load for {source} in {', '.join(map(str, paths))}"
                          + (f": {'; '.join(notes)}" if notes else ""))
    new = [{"source": source, "path": str(p.resolve()), "kind": fs.key,
            "retrieved": (retrieved or datetime.fromtimestamp(p.stat().st_mtime).date()).isoformat()}
           for fs, p in files]
    old = datasets.entries()
    replaced = {(e["source"], e["kind"]) for e in new} | {(e["source"], e["path"]) for e in new}
    pending = [e for e in old if (e["source"], e.get("kind")) not in replaced
               and (e["source"], e["path"]) not in replaced] + new
    resolver = Resolver()
    datasets.PENDING.update({e["path"]: date.fromisoformat(e["retrieved"]) for e in new})
    try:
        data, problems = check([(e["source"], Path(e["path"])) for e in pending], resolver)
    finally:
        datasets.PENDING.clear()
    if any(p.severity == "error" for p in problems):
        raise LoadFailed(problems)
    counts = _counts(data, source)  # before the build, which empties the dataset once it is written
    existed = datasets.config_path().exists()
    datasets.save_entries(pending)
    try:
        info = build(fingerprint(), checked=(data, problems))
    except BaseException:
        if existed:
            datasets.save_entries(old)
        else:
            datasets.config_path().unlink(missing_ok=True)
        raise
    return LoadResult(source, [(fs.key, p) for fs, p in files], notes,
                      [p for p in problems if p.severity == "warning" and _mine(p, files)],
                      counts, resolver.summary(), resolver.review(), info.counts,
                      time.perf_counter() - started)


def _mine(problem: Problem, files: list[Any]) -> bool:
    names = {p.name for _, p in files}
    return any(problem.file.endswith(n) for n in names)


def _counts(data: Any, source: str) -> dict[str, dict[str, int]]:
    """Rows that yielded records, entities and statements, per file kind of this source."""
    out: dict[str, dict[str, int]] = {}

    def bucket(sid: str) -> dict[str, int] | None:
        parts = sid.split("/")
        if len(parts) < 3 or parts[1] != source:
            return None
        return out.setdefault(parts[2], {"rows": 0, "entities": 0, "statements": 0})

    for sid in data.sources:
        b = bucket(sid)
        if b is not None and "/row-" in sid:
            b["rows"] += 1
    for e in data.entities.values():
        b = bucket(e.sources[0]) if e.sources and e.origin.row is not None else None
        if b is not None:
            b["entities"] += 1
    for st in data.statements:  # the rows' own statements, not those the reasoning derives from them
        b = bucket(st.sources[0]) if st.sources and st.origin.row is not None else None
        if b is not None:
            b["statements"] += 1
    return out
