"""Reading third-party tables (CSV, JSON) for dataset loaders: expectations, pop-then-audit, provenance.

Why a module of its own: every dataset loader has the same chores, and zavod shows they belong to the
framework, not to each loader:

- **Expectations.** `source.yml` lists, per file kind, the columns a loader needs and plausible row-count
  bounds. A file whose columns or row count fall outside them is refused with a message naming the file and
  what changed, before any of its rows is read — a shrunken or reshaped download fails loudly.
  `AIKG_ROW_BOUNDS=0` turns the row-count check off, for deliberate samples (the tests' fixtures).
- **Pop then audit.** A loader `pop`s the cells it uses from each `Row`; after the file, `audit` warns once
  about every non-empty column nobody popped and that `source.yml` does not list under `ignore:` — so a new
  column in a new download is noticed rather than silently dropped.
- **Provenance.** One `Source` per dataset file (title, publisher, official download page, retrieval date,
  `source_kind: dataset`) and one per row that yields records (`src/<dataset>/<file-kind>/row-<n>`), whose
  title names the dataset, file and row. Statements and entities cite the row source: provenance is exact
  down to the row, and only rows that produce records cost a source node.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .loading import Context
from .records import Origin, Source, Statement

_ROW = "\0row"  # where a cell dict keeps its row number
PROGRESS = {"enabled": False}  # the CLI switches the progress bar on for `aikg load`


@dataclass
class FileSpec:
    """One kind of file a dataset source accepts, from `source.yml` `files:`."""

    key: str
    patterns: list[str]
    title: str
    url: str
    columns: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rows: tuple[int, int] = (1, 10_000_000)
    format: str = "csv"
    skip: str = ""  # when set: recognised, not loaded, and why

    @classmethod
    def from_meta(cls, key: str, raw: dict[str, Any], meta: dict[str, Any]) -> FileSpec:
        pats = raw.get("pattern") or [f"{key}*"]
        rows = raw.get("rows") or [1, 10_000_000]
        return cls(key, [pats] if isinstance(pats, str) else list(pats), str(raw.get("title") or meta.get("title")),
                   str(raw.get("url") or meta.get("homepage")), list(raw.get("columns") or []),
                   list(raw.get("ignore") or []), (int(rows[0]), int(rows[1])), str(raw.get("format", "csv")),
                   str(raw.get("skip") or ""))

    def matches(self, path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name.lower(), p.lower()) for p in self.patterns)


def file_specs(meta: dict[str, Any]) -> dict[str, FileSpec]:
    return {k: FileSpec.from_meta(k, v or {}, meta) for k, v in (meta.get("files") or {}).items()}


def expand(meta: dict[str, Any], paths: Iterable[Path]) -> tuple[list[tuple[FileSpec, Path]], list[str]]:
    """Input paths (files or folders) → (recognised files with their kind, messages about the rest)."""
    specs = file_specs(meta)
    found: list[tuple[FileSpec, Path]] = []
    notes: list[str] = []
    for path in paths:
        candidates = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        for p in candidates:
            spec = next((s for s in specs.values() if s.matches(p)), None)
            if spec is None and not path.is_dir():
                spec = _by_header(specs, p)
            if spec is None:
                if not path.is_dir():
                    notes.append(f"{p}: not a file this source knows (expected one of: "
                                 f"{', '.join(pat for s in specs.values() for pat in s.patterns)})")
                continue
            if spec.skip:
                notes.append(f"{p.name}: recognised as {spec.key}, not loaded: {spec.skip}")
                continue
            found.append((spec, p))
    return found, notes


def _by_header(specs: dict[str, FileSpec], path: Path) -> FileSpec | None:
    """A file renamed by the user is still recognised by its columns (CSV only)."""
    try:
        header = next(csv.reader(io.StringIO(_text(path).split("\n", 1)[0])))
    except (OSError, StopIteration, UnicodeDecodeError):
        return None
    fits = [s for s in specs.values() if s.format == "csv" and s.columns and set(s.columns) <= set(header)]
    return max(fits, key=lambda s: len(s.columns)) if fits else None


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


class Row:
    """One input row; the loader pops what it uses, `Table.audit` reports what nobody used."""

    __slots__ = ("number", "origin", "_cells", "_popped")

    def __init__(self, number: int, origin: Origin, cells: dict[str, Any], popped: set[str]):
        self.number, self.origin, self._cells, self._popped = number, origin, cells, popped

    def pop(self, key: str) -> str | None:
        """The cell as stripped text, or None when empty; marks the column as used."""
        self._popped.add(key)
        value = self._cells.get(key)
        if value is None:
            return None
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value if v not in (None, ""))
        text = str(value).strip()
        return text or None

    def raw(self, key: str) -> Any:
        self._popped.add(key)
        return self._cells.get(key)

    def items(self) -> Iterator[tuple[str, Any]]:
        return iter(self._cells.items())


class Table:
    """A checked input file: its rows, provenance and the audit of unused columns."""

    def __init__(self, ctx: Context, spec: FileSpec, path: Path, header: list[str], cells: list[dict[str, Any]]):
        self.ctx, self.spec, self.path, self.header = ctx, spec, path, header
        self._cells = cells
        self.popped: set[str] = set()
        self.retrieved = retrieved_date(path)
        self.dataset = ctx.name
        self.file_source_id = f"src/{ctx.name}/{spec.key}"
        self.shown = ctx.shown(path)  # computed once: resolving a path per row costs seconds on big files
        self.used_rows: set[int] = set()

    def __len__(self) -> int:
        return len(self._cells)

    def rows(self) -> Iterator[Row]:
        cells = progress(self._cells, f"{self.dataset}: {self.path.name}")
        for c in cells:
            n = c[_ROW]
            yield Row(n, Origin(self.shown, None, n), c, self.popped)

    def file_source(self) -> Source:
        meta = self.ctx.meta
        fields = {"title": f"{self.spec.title} ({self.path.name})", "publisher": meta.get("publisher", ""),
                  "url": self.spec.url, "retrieved": self.retrieved, "source_kind": "dataset",
                  "note": f"License: {meta.get('license', 'see source')}. Loaded by aikg from the user's copy."}
        return Source(self.file_source_id, fields, self.ctx.origin(self.path))

    def source_id(self, row: Row) -> str:
        """The per-row source id; the row's Source record is emitted by `row_sources`."""
        self.used_rows.add(row.number)
        return f"{self.file_source_id}/row-{row.number}"

    def row_sources(self) -> Iterator[Source]:
        meta = self.ctx.meta
        for n in sorted(self.used_rows):
            fields = {"title": f"{self.spec.title}, {self.path.name} row {n}", "publisher": meta.get("publisher", ""),
                      "url": self.spec.url, "retrieved": self.retrieved, "source_kind": "dataset"}
            yield Source(f"{self.file_source_id}/row-{n}", fields, Origin(self.shown, None, n))

    def audit(self) -> None:
        """Warn once per file about non-empty columns that no code popped and source.yml does not ignore."""
        skipped = set(self.spec.ignore) | self.popped
        unused = [c for c in self.header if c and c not in skipped and any(r.get(c) not in (None, "", [])
                                                                            for r in self._cells)]
        if unused:
            self.ctx.warning(self.ctx.origin(self.path), None,
                             f"columns ignored by the {self.dataset} loader: {', '.join(unused)}",
                             f"map them in loaders/{self.dataset}/loader.py or list them under `ignore:` "
                             "in its source.yml")


def input_files(ctx: Context, order: Iterable[str] | None = None) -> list[tuple[FileSpec, Path]]:
    """The user's inputs matched to source.yml's files (a warning for each one that matches none), in the
    order of `order`'s file keys when given (e.g. entities before the tables that refer to them)."""
    files, notes = expand(ctx.meta, ctx.inputs)
    for note in notes:
        ctx.warning(ctx.origin(ctx.inputs[0]), None, note)
    if order is not None:
        files = [f for key in order for f in files if f[0].key == key]
    return files


def read_tables(ctx: Context, files: list[tuple[FileSpec, Path]],
                rows: Callable[[FileSpec, Table], Iterator[Any]]) -> Iterator[Any]:
    """Every file in turn: its source, the records `rows` makes of it, the sources of the rows used, then the
    audit of the columns it ignored (pop then audit)."""
    for spec, path in files:
        table = open_table(ctx, spec, path)
        if table is None:
            continue
        yield table.file_source()
        yield from rows(spec, table)
        yield from table.row_sources()
        table.audit()


def open_table(ctx: Context, spec: FileSpec, path: Path) -> Table | None:
    """Read and check a file against its FileSpec; None (with an error reported) when it does not fit."""
    origin = ctx.origin(path)
    try:
        if spec.format == "json":
            header, cells = _read_json(path)
        else:
            header, cells = _read_csv(path)
    except (OSError, ValueError, csv.Error) as exc:
        ctx.error(origin, None, f"cannot read {path.name} as {spec.format}: {exc}")
        return None
    missing = [c for c in spec.columns if c not in header]
    if missing:
        ctx.error(origin, None, f"{path.name} ({spec.key}) lacks expected column(s): {', '.join(missing)}",
                  f"the publisher changed the format: update loaders/{ctx.name}/source.yml and loader.py")
        return None
    lo, hi = spec.rows
    if not lo <= len(cells) <= hi and os.environ.get("AIKG_ROW_BOUNDS", "1") != "0":
        ctx.error(origin, None, f"{path.name} ({spec.key}) has {len(cells)} rows, outside the expected {lo}–{hi}",
                  f"a truncated or wrong download? if the dataset really changed size, update `rows:` in "
                  f"loaders/{ctx.name}/source.yml")
        return None
    return Table(ctx, spec, path, header, cells)


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    reader = csv.reader(io.StringIO(_text(path), newline=""))
    header = next(reader, None)
    if header is None:
        raise ValueError("the file is empty")
    header = [h.strip() for h in header]
    cells = []
    for n, r in enumerate(reader, start=2):  # spreadsheet numbering: the header is row 1
        if any(x.strip() for x in r):
            cells.append({**dict(zip(header, r, strict=False)), _ROW: n})
    return header, cells


def _read_json(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    doc = json.loads(_text(path))
    items = doc.get("results", doc.get("data")) if isinstance(doc, dict) else doc
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError("expected a list of objects, or an object with a `results` list")
    header: dict[str, None] = {}
    for item in items:
        header.update(dict.fromkeys(item))
    return list(header), [{**item, _ROW: n} for n, item in enumerate(items, start=1)]


def retrieved_date(path: Path) -> date:
    """When the user's copy was retrieved: as recorded by `aikg load --retrieved`, else the file's date."""
    from .datasets import recorded_retrieved

    recorded = recorded_retrieved(path)
    if recorded:
        return recorded
    return datetime.fromtimestamp(os.stat(path).st_mtime).date()


def progress(items: list[Any], label: str) -> Iterable[Any]:
    """A progress bar on stderr for long inputs during `aikg load` (never in tests or pipes)."""
    if not PROGRESS["enabled"] or len(items) < 200 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description=label, transient=True, console=_console())


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


# -- cell parsing, shared by loaders
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text: str | None) -> date | None:
    """ISO (also with a time), US m/d/Y or m/d/y, or d.m.Y; None for anything else (a year alone is not a date)."""
    if not text:
        return None
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = _MDY.match(text)
    if m:
        month, day, year = (int(x) for x in m.groups())
        year += 2000 if year < 100 else 0
    else:
        m = _DMY.match(text)
        if not m:
            return None
        day, month, year = (int(x) for x in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_float(text: str | None) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "").replace("%", ""))
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


def split_list(text: str | None, sep: str = ",") -> list[str]:
    return [x.strip() for x in (text or "").split(sep) if x.strip()]


def statement(table: Table, row: Row, subject: str, predicate: str, obj: str, status: str,
              **qualifiers: Any) -> Statement:
    """A statement citing this row; its id includes the row, so two rows (or a row and the curated data) saying
    the same thing stay two statements, each with its own provenance."""
    sid = table.source_id(row)
    q = {k: v for k, v in qualifiers.items() if v is not None}
    key = f"{sid}|{subject}|{predicate}|{obj}|{q.get('valid_from') or ''}"
    return Statement(subject, predicate, obj, status, [sid], row.origin, q,
                     id=hashlib.sha1(key.encode()).hexdigest()[:16])


def unique(records: Iterable[Any]) -> Iterator[Any]:
    """Drop a statement a row makes twice (e.g. 'Microsoft, Azure' both resolving to org/microsoft)."""
    seen: set[str] = set()
    for rec in records:
        if isinstance(rec, Statement):
            if rec.id in seen:
                continue
            seen.add(rec.id)
        yield rec
