"""Build: loaders → validation → derived facts → RDF in an on-disk Oxigraph store, and records.json.

A build is addressed by the content hash of its inputs (data, loaders, schema index and the code that shapes
the output), so asking a question never rebuilds needlessly. Each build is written into a temporary folder,
renamed into place, and only then made current by atomically replacing `CURRENT.json`: a failed or
interrupted build never leaves a half-written store where readers look.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from .errors import Problem, ValidationFailed
from .jsonfile import write_json
from .paths import build_dir, curated_data_dir, decisions_path, loaders_dir, project_root

# modules whose code changes what a build contains
_CODE = ("build.py", "rdf.py", "validate.py", "specs.py", "records.py", "schema.json", "datasets.py",
         "tabular.py", "resolution.py")
_CODE_DIRS = ("reasoning",)
CURRENT = "CURRENT.json"
FINGERPRINTS = "fingerprints.json"  # stat cache of input digests, see fingerprint()
_RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class BuildInfo:
    """A finished build: its folder and what it holds."""

    hash: str
    path: Path
    counts: dict[str, int]

    @property
    def store_path(self) -> Path:
        return self.path / "store"

    @property
    def records_path(self) -> Path:
        return self.path / "records.json"

    @property
    def ntriples_path(self) -> Path:
        return self.path / "graph.nt"


def input_files() -> list[Path]:
    """Every file whose content a build depends on, in a stable order."""
    from .datasets import config_path, configured_inputs

    pkg = Path(__file__).parent
    files = [pkg / name for name in _CODE if (pkg / name).exists()]
    for d in _CODE_DIRS:
        files += sorted((pkg / d).rglob("*.py"))
    base = loaders_dir()
    for spec_file in sorted(base.glob("*/source.yml")):
        folder = spec_file.parent
        files += [spec_file, *sorted(folder.glob("*.py"))]
    files.append(decisions_path())
    files += sorted(curated_data_dir().rglob("*.yaml"))
    # scenarios/ is not an input of the default build: each scenario hashes its own file on top of these
    files += [p for _, p in configured_inputs()]
    files.append(config_path())  # retrieval dates recorded by `aikg load`
    return [f for f in files if f.exists()]


def fingerprint(files: list[Path] | None = None) -> str:
    """The content hash of the build's inputs.

    Hashing every input on each `aikg ask` cost more than answering, so, like git's index, the digest is
    kept beside the builds with each file's size, mtime, ctime and inode, and reused while none of them
    changed. Files modified in the last seconds are never trusted to stat alone (git's "racily clean" case).
    """
    files = files if files is not None else input_files()
    root = project_root()
    names = [_name(f, root) for f in files]
    stats = _stats(files)
    key = hashlib.sha256("\0".join(names).encode()).hexdigest()[:16]
    cache_file = build_dir() / FINGERPRINTS
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    hit = cache.get(key) if isinstance(cache, dict) else None
    if stats is not None and isinstance(hit, dict) and hit.get("stats") == stats:
        return str(hit["digest"])
    h = hashlib.sha256()
    for name, f in zip(names, files, strict=True):
        h.update(name.encode() + b"\0")
        with open(f, "rb") as fh:  # in chunks: a loaded dataset can be large
            while chunk := fh.read(1 << 20):
                h.update(chunk)
        h.update(b"\0")
    digest = h.hexdigest()[:20]
    if stats is not None and all(time.time_ns() - max(s[1], s[2]) > _RACY_NS for s in stats):
        entries = {k: v for k, v in cache.items() if k != key} if isinstance(cache, dict) else {}
        entries = dict(list(entries.items())[-7:])  # a few (default and scenario builds), not a growing file
        entries[key] = {"stats": stats, "digest": digest}
        write_json(cache_file, entries, best_effort=True)
    return digest


def _name(f: Path, root: Path) -> str:
    try:
        return str(f.relative_to(root))
    except ValueError:
        return str(f)


def _stats(files: list[Path]) -> list[list[int]] | None:
    try:
        return [[st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino] for st in (f.stat() for f in files)]
    except OSError:
        return None


def current() -> BuildInfo | None:
    path = build_dir() / CURRENT
    try:
        meta = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    folder = build_dir() / meta["hash"]
    if not (folder / "store").is_dir():
        return None
    return BuildInfo(meta["hash"], folder, meta.get("counts", {}))


def ensure_built(force: bool = False, scenario: str | None = None) -> BuildInfo:
    """The current build, rebuilt first if its inputs changed (or when forced); or a scenario's own build."""
    if scenario is not None:
        from .reasoning.scenario import ensure_built as ensure_scenario_built

        return ensure_scenario_built(scenario, force)
    digest = fingerprint()
    info = current()
    if info is not None and info.hash == digest and not force:
        return info
    return build(digest)


progress: Callable[[str], None] | None = None  # `aikg build` sets it: a 1M build takes minutes, phase by phase


def _say(message: str) -> None:
    if progress is not None:
        progress(message)


_F = TypeVar("_F", bound=Callable[..., Any])


def without_cycle_gc(fn: _F) -> _F:
    """Run `fn` with Python's cyclic garbage collector paused, then restore it. A build allocates millions of
    long-lived records and no reference cycles to speak of, and each full collection walks every live object:
    at 100k statements that was a third of reading, validating and inferring (bench/README.md), for the same
    peak memory."""
    @functools.wraps(fn)
    def paused(*args: Any, **kwargs: Any) -> Any:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return paused  # type: ignore[return-value]


@without_cycle_gc
def collect(inputs: list[tuple[str, Path]] | None = None, resolver: Any = None) -> tuple[list[Any], list[Problem]]:
    """Run every active loader: the curated one, plus datasets the user has added with `aikg load`.

    `inputs` replaces datasets.json (`aikg load` tries a new list before saving it); dataset loaders share one
    resolver, seeded with the curated entities, so each resolves against the curated graph and earlier datasets.
    """
    from .datasets import configured_inputs
    from .loading import discover, run_loader
    from .records import Entity
    from .resolution import Resolver

    specs = discover()
    records: list[Any] = []
    problems: list[Problem] = []
    for spec in specs.values():
        if spec.is_curated:
            r, p = run_loader(spec)
            records += r
            problems += p
    by_source: dict[str, list[Path]] = {}
    for name, path in configured_inputs() if inputs is None else inputs:
        by_source.setdefault(name, []).append(path)
    if by_source:
        resolver = resolver if resolver is not None else Resolver()
        for rec in records:
            if isinstance(rec, Entity):
                resolver.add(rec)
    for name in sorted(by_source, key=lambda n: (specs[n].meta.get("order", 50), n) if n in specs else (99, n)):
        paths = by_source[name]
        if name in specs:
            r, p = run_loader(specs[name], paths, resolver)
            records += r
            problems += p
        else:
            problems.append(Problem("error", "datasets.json", None, name, f"no loader for dataset source {name!r}",
                                    "remove it from datasets.json, or restore loaders/" + name))
    if resolver is not None:
        problems += resolver.problems
    return records, problems


@without_cycle_gc
def check(inputs: list[tuple[str, Path]] | None = None, resolver: Any = None) -> tuple[Any, list[Problem]]:
    """Load and validate without building: (dataset, problems)."""
    from .validate import validate

    records, problems = collect(inputs, resolver)
    data, vproblems = validate(records)
    return data, problems + vproblems


@without_cycle_gc
def derive(data: Any) -> Any:
    """Facts aikg computes: chip metrics, then the rule evaluator's inferred statements."""
    from .specs import enrich_chip

    for e in data.entities.values():
        if e.type == "Chip":
            e.props = enrich_chip(e.props)
    try:
        from .reasoning.infer import add_inferred
    except ImportError:
        return data
    return add_inferred(data)


@without_cycle_gc
def build(digest: str | None = None, checked: tuple[Any, list[Problem]] | None = None) -> BuildInfo:
    """Build from the configured inputs, or from `checked` (dataset, problems) that `aikg load` already has."""
    digest = digest or fingerprint()
    t = time.perf_counter()
    data, problems = checked if checked is not None else check()
    if any(p.severity == "error" for p in problems):
        raise ValidationFailed(problems)
    if checked is None:
        _say(f"read and validated {len(data.statements):,} statements and {len(data.entities):,} entities "
             f"in {time.perf_counter() - t:.1f} s")
    t, before = time.perf_counter(), len(data.statements)
    data = derive(data)
    _say(f"inferred {len(data.statements) - before:,} statements in {time.perf_counter() - t:.1f} s")
    return publish(data, build_dir(), digest)


@without_cycle_gc
def publish(data: Any, root: Path, digest: str) -> BuildInfo:
    """Write a build into a temporary folder, rename it into place, then make it current: readers see the old
    build or the new one, never half of one. Used by the default build and by scenario builds. Takes the dataset
    over (write_build empties it)."""
    import shutil  # here: `aikg ask` on a current build never needs it

    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f"tmp-{digest}-{os.getpid()}-{time.monotonic_ns()}"
    try:
        counts = write_build(data, tmp)
        final = root / digest
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    _write_current(root, digest, counts)
    _collect_garbage(root, keep=digest)
    return BuildInfo(digest, root / digest, counts)


def write_build(data: Any, folder: Path) -> dict[str, int]:
    """graph.nt, records.json and the Oxigraph store loaded from graph.nt, each written as a stream: at 1M
    statements a whole text in memory (or a networkx copy of the graph, which no reader used) was gigabytes of
    the peak. The dataset is handed over: once both files are written its containers are emptied, so that the
    bulk load does not sit on top of every record (callers take what they need from it before)."""
    from pyoxigraph import RdfFormat, Store

    from .rdf import write_ntriples

    folder.mkdir(parents=True)
    t = time.perf_counter()
    with open(folder / "graph.nt", "w", encoding="utf-8") as fh:
        triples = write_ntriples(data, fh)
    with open(folder / "records.json", "w", encoding="utf-8") as fh:
        write_records(data, fh)
    _say(f"wrote graph.nt ({triples:,} triples) and records.json in {time.perf_counter() - t:.1f} s")
    counts = {"sources": len(data.sources), "entities": len(data.entities), "statements": len(data.statements),
              "triples": triples}
    data.statements.clear()
    data.entities.clear()
    data.sources.clear()
    t = time.perf_counter()
    store = Store(str(folder / "store"))
    store.bulk_load(path=str(folder / "graph.nt"), format=RdfFormat.N_TRIPLES)
    store.flush()
    del store
    _say(f"loaded the Oxigraph store in {time.perf_counter() - t:.1f} s")
    return counts


def dump_records(data: Any) -> dict[str, Any]:
    return {"sources": _sources(data), "entities": _entities(data),
            "statements": [_statement(st) for st in data.statements]}


def write_records(data: Any, fh: Any, batch: int = 20_000) -> None:
    """`json.dumps(dump_records(data))`, the same text, written a batch of statements at a time."""
    encode = json.JSONEncoder(default=_json_default).encode
    fh.write(f'{{"sources": {encode(_sources(data))}, "entities": {encode(_entities(data))}, "statements": [')
    statements = data.statements
    for start in range(0, len(statements), batch):
        if start:
            fh.write(", ")
        fh.write(", ".join(encode(_statement(st)) for st in statements[start:start + batch]))
    fh.write("]}")


def _sources(data: Any) -> dict[str, Any]:
    return {s.id: {**s.fields, "origin": str(s.origin)} for s in data.sources.values()}


def _entities(data: Any) -> dict[str, Any]:
    return {e.id: {"type": e.type, "props": e.props, "sources": e.sources, "origin": str(e.origin)}
            for e in data.entities.values()}


def _statement(st: Any) -> dict[str, Any]:
    return {"id": st.id, "subject": st.subject, "predicate": st.predicate, "object": st.object,
            "status": st.status, "sources": st.sources, "origin": str(st.origin), **st.qualifiers}


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _write_current(root: Path, digest: str, counts: dict[str, int]) -> None:
    write_json(root / CURRENT, {"hash": digest, "counts": counts, "built": time.time()})


def _collect_garbage(root: Path, keep: str) -> None:
    import shutil

    for child in root.iterdir():
        if child.is_dir() and child.name not in (keep, "scenarios") and not child.name.startswith("tmp-"):
            shutil.rmtree(child, ignore_errors=True)


def load_records(info: BuildInfo) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(info.records_path.read_text())
    return result
