"""The loader contract (after OpenSanctions' zavod): `loaders/<name>/source.yml` describes a source and
`loaders/<name>/loader.py` has one function, `load(ctx)`, that yields records. The framework owns paths,
provenance, problems and counts; a loader only turns its input into Source, Entity and Statement records.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import ConfigError, Problem
from .paths import loaders_dir, rel
from .records import Origin, Record
from .yamlfile import read_yaml, strip_lines


@dataclass
class Context:
    """What a loader gets: its folder, its metadata, the input paths, and a place to report problems."""

    name: str
    folder: Path
    meta: dict[str, Any]
    inputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    resolver: Any = None  # aikg.resolution.Resolver for dataset loaders: curated ids + earlier datasets' entities
    _shown: dict[Path, str] = field(default_factory=dict, repr=False)

    def shown(self, path: Path) -> str:
        """The path as problems name it; once per file (resolving it for every record cost seconds)."""
        if path not in self._shown:
            self._shown[path] = rel(path)
        return self._shown[path]

    def origin(self, path: Path, line: int | None = None, row: int | None = None) -> Origin:
        return Origin(self.shown(path), line, row)

    def error(self, origin: Origin, record: str | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem("error", _file(origin, record), origin.line, record or _row(origin), message,
                                     hint))

    def warning(self, origin: Origin, record: str | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem("warning", _file(origin, record), origin.line, record or _row(origin), message,
                                     hint))


def _file(origin: Origin, record: str | None) -> str:
    """The file, with the row when a record name takes the row's place in the message."""
    return f"{origin.file} row {origin.row}" if record and origin.row is not None and not origin.line else origin.file


def _row(origin: Origin) -> str | None:
    return f"row {origin.row}" if origin.row is not None else None


@dataclass
class LoaderSpec:
    name: str
    folder: Path
    meta: dict[str, Any]

    @property
    def is_curated(self) -> bool:
        return self.meta.get("kind") == "curated"

    def module(self) -> ModuleType:
        path = self.folder / "loader.py"
        spec = importlib.util.spec_from_file_location(f"aikg_loader_{self.name}", path)
        if spec is None or spec.loader is None:
            raise ConfigError(f"{rel(path)}: cannot import the loader")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not hasattr(module, "load"):
            raise ConfigError(f"{rel(path)}: a loader must define load(ctx)")
        return module


def discover(root: Path | None = None) -> dict[str, LoaderSpec]:
    """Every loader folder with a source.yml, by name."""
    base = root or loaders_dir()
    specs = {}
    for meta_path in sorted(base.glob("*/source.yml")):
        meta, problem = read_yaml(meta_path, rel(meta_path))
        if problem or not isinstance(meta, dict):
            raise ConfigError(f"{rel(meta_path)}: {problem.message if problem else 'must be a mapping'}")
        meta = strip_lines(meta)
        specs[meta_path.parent.name] = LoaderSpec(meta_path.parent.name, meta_path.parent, meta)
    return specs


def run_loader(spec: LoaderSpec, inputs: Iterable[Path] = (), resolver: Any = None,
               ) -> tuple[list[Record], list[Problem]]:
    """Run one loader to completion; its problems are collected, never raised half-way."""
    ctx = Context(spec.name, spec.folder, spec.meta, list(inputs), resolver=resolver)
    records: list[Record] = list(spec.module().load(ctx))
    return records, ctx.problems
