"""`aikg export`: a selection of the graph (`aikg.selection`) written in one of many formats.

A registry maps each format name to its writer, imported only when used (matplotlib, igraph-free networkx
writers and pyoxigraph cost time at start-up). Every write is atomic: a single file is written to a temporary
file in the target folder, then renamed over the target with `os.replace`; a multi-file format (Neo4j import
CSVs, CSV tables) is written to a temporary folder, then renamed into place. A failure leaves no partial file
and an existing target untouched. An existing target is refused unless `force`.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError


@dataclass(frozen=True)
class Format:
    name: str
    writer: str  # "module:function", imported lazily; called as writer(data, meta, path)
    folder: bool  # writes a folder of files rather than one file
    suffix: str
    description: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("graphml", "graphml:write_graphml", False, ".graphml", "GraphML (yEd, Gephi, igraph, networkx)"),
    Format("gexf", "graphml:write_gexf", False, ".gexf", "GEXF 1.2 (Gephi), node types and time intervals"),
    Format("cytoscape", "cytoscape:write_cytoscape", False, ".cyjs", "Cytoscape.js JSON (elements)"),
    Format("node-link", "nodelink:write_node_link", False, ".json", "node-link JSON (D3, networkx)"),
    Format("jsonld", "rdfout:write_jsonld", False, ".jsonld", "JSON-LD with the generated aikg context"),
    Format("turtle", "rdfout:write_turtle", False, ".ttl", "RDF Turtle"),
    Format("ntriples", "rdfout:write_ntriples", False, ".nt", "RDF N-Triples"),
    Format("neo4j", "neo4j:write_neo4j", True, "", "neo4j-admin database import CSVs + the command"),
    Format("csv", "tables:write_tables", True, "", "CSV tables: one per entity type, statements, sources"),
    Format("html", "html:write_html", False, ".html", "the explorer page (aikg explore)"),
    Format("png", "picture:write_png", False, ".png", "a picture of the selection (matplotlib)"),
    Format("svg", "picture:write_svg", False, ".svg", "a picture of the selection (matplotlib)"),
)}


def get_format(name: str) -> Format:
    if name not in FORMATS:
        raise ConfigError(f"unknown export format {name!r}: use one of {', '.join(FORMATS)}")
    return FORMATS[name]


def writer(fmt: Format) -> Any:
    module, func = fmt.writer.split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), func)


MARKER = "aikg-export.json"  # in every folder export: only such a folder (or an empty one) is replaced


def check_target(path: Path, force: bool, folder: bool = False) -> None:
    """Refuse before any work: an existing target without `force`; with `force`, a folder that aikg did not
    write (a file format never replaces a folder, a folder format only an empty folder or an earlier export);
    a parent folder that does not exist or is not writable."""
    if path.exists() or path.is_symlink():
        if not force:
            raise ConfigError(f"{path} exists: pass --force to overwrite it")
        if path.is_dir() and not path.is_symlink():
            if not folder:
                raise ConfigError(f"{path} is a folder: give a file name")
            if any(path.iterdir()) and not (path / MARKER).is_file():
                raise ConfigError(f"{path} is a folder aikg did not write ({MARKER} missing): refusing to "
                                  "replace it; give a new or empty folder")
    parent = path.parent
    if not parent.is_dir():
        raise ConfigError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ConfigError(f"cannot write {path}: folder {parent} is not writable")


def export(selection: Any, fmt_name: str, path: Path, force: bool = False) -> Path:
    """Write `selection` (data + meta) as `fmt_name` at `path`, atomically; returns the path written."""
    fmt = get_format(fmt_name)
    path = Path(path)
    check_target(path, force, fmt.folder)
    write = writer(fmt)
    parent = path.parent
    try:
        if fmt.folder:
            tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent))
        else:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
            os.close(fd)
            tmp = Path(name)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None
    try:
        tmp.chmod(_mode(0o777 if fmt.folder else 0o666))  # mkstemp/mkdtemp make private files: honour umask
        write(selection.data, selection.meta, tmp)
        if fmt.folder:
            _write_marker(tmp / MARKER, fmt, selection.meta)
        _replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp.exists():
            tmp.unlink()
    return path


def _replace(tmp: Path, path: Path) -> None:
    """Rename `tmp` over `path`; an existing folder (or a file where a folder goes) is moved aside first and
    removed only once the new one is in place."""
    if (tmp.is_dir() or path.is_dir()) and (path.exists() or path.is_symlink()):
        aside = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
        os.replace(path, aside / "old")
        try:
            os.replace(tmp, path)
        except OSError:
            os.replace(aside / "old", path)
            raise
        finally:
            _remove(aside)
        return
    os.replace(tmp, path)


def _mode(full: int) -> int:
    umask = os.umask(0)
    os.umask(umask)
    return full & ~umask


def _write_marker(path: Path, fmt: Format, meta: Any) -> None:
    import json
    from dataclasses import asdict
    from datetime import date

    info = {"format": fmt.name, **asdict(meta), "generated": date.today().isoformat()}
    path.write_text(json.dumps(info, indent=2, default=str) + "\n", encoding="utf-8")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def run_export(fmt_name: str, path: Path, *, force: bool = False, as_of: str | None = None,
               question: str | None = None, params: dict[str, str] | None = None, around: str | None = None,
               hops: int = 1, types: str | None = None, scenario: str | None = None) -> str:
    """`aikg export`: check the format and the target before any work, select, write; returns a summary."""
    from ..ask import parse_date
    from ..build import ensure_built
    from ..catalog import Catalog
    from ..selection import select

    fmt = get_format(fmt_name)
    path = Path(path)
    check_target(path, force, fmt.folder)
    if around is None and hops != 1:
        raise ConfigError("--hops needs --around ENTITY")
    day = parse_date(as_of, "--as-of") if as_of else None
    type_list = [t for t in types.split(",")] if types is not None else None
    cat = Catalog(ensure_built(scenario=scenario))
    sel = select(cat, as_of=day, question=question, params=params, around=around, hops=hops, types=type_list,
                 scenario=scenario)
    export(sel, fmt.name, path, force)
    d = sel.data
    return (f"wrote {path} ({fmt.name}): {len(d.entities)} entities, {len(d.statements)} statements, "
            f"{len(d.sources)} sources — {sel.meta.title}")
