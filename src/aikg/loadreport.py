"""What `aikg load` prints: files taken, rows and records per file, resolution counts, and (with --report)
every unmatched or ambiguous name for review. Kept out of cli.py so the command stays a thin shell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from .errors import ConfigError
from .importer import LoadFailed, LoadResult, load_dataset


def run_load(source: str, paths: list[Path], report: bool, retrieved: str | None) -> LoadResult:
    from . import tabular

    when = None
    if retrieved:
        try:
            when = date.fromisoformat(retrieved)
        except ValueError:
            raise ConfigError(f"--retrieved {retrieved!r} is not a date YYYY-MM-DD") from None
    tabular.PROGRESS["enabled"] = True
    try:
        result = load_dataset(source, paths, when)
    except LoadFailed as exc:
        for p in exc.problems:
            if p.severity == "error":
                typer.echo(str(p), err=True)
        raise
    finally:
        tabular.PROGRESS["enabled"] = False
    print_result(result, report)
    return result


def print_result(r: LoadResult, report: bool) -> None:
    for note in r.notes:
        typer.echo(f"note: {note}", err=True)
    for p in r.warnings:
        typer.echo(str(p), err=True)
    for kind, path in r.files:
        c = r.counts.get(kind, {"rows": 0, "entities": 0, "statements": 0})
        typer.echo(f"{r.source}/{kind}: {path} — {c['rows']} rows used, {c['entities']} new entities, "
                   f"{c['statements']} statements")
    for dataset, hows in sorted(r.resolution.items()):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(hows.items()))
        typer.echo(f"resolution {dataset}: {parts}")
    b = r.build_counts
    typer.echo(f"built: {b.get('entities')} entities, {b.get('statements')} statements, {b.get('sources')} "
               f"sources ({r.seconds:.1f} s)")
    if not report:
        ambiguous = sum(o.how == "ambiguous" for o in r.review)
        if ambiguous:
            typer.echo(f"{ambiguous} ambiguous name(s): run with --report to review them", err=True)
        return
    typer.echo("\nreview (ambiguous first; add judgements to loaders/resolution/decisions.yaml):")
    for o in sorted(r.review, key=lambda o: (o.how != "ambiguous", o.dataset, o.type, o.name)):
        cands = f" candidates: {', '.join(o.candidates)}" if o.candidates else ""
        typer.echo(f"  {o.how:9} {o.dataset} {o.type} {o.name!r} → {o.id} ({o.origin}){cands}")
