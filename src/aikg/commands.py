"""What each `aikg` command does, in plain functions that never import typer or click.

`aikg.cli` declares the interface (arguments, options, help) with typer and calls these; `aikg.launch` calls
them directly for plain invocations, so a cold `aikg ask` does not pay for typer and click (about 100 ms on
a 2-core machine, more than the question itself). A function's parameter names are the command's parameter
names; a non-zero return value is the exit code. Library errors (AikgError) propagate to the caller, which
prints them as one line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .schema import DEFAULT_GRAPH


def echo(text: str, err: bool = False) -> None:
    """One line to stdout (or stderr), flushed, as typer.echo does for plain text."""
    stream = sys.stderr if err else sys.stdout
    stream.write(f"{text}\n")
    stream.flush()


def _fmt(fmt: str) -> str:
    from .errors import ConfigError
    from .output import FORMATS

    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return fmt


def _params(pairs: list[str] | None) -> dict[str, str]:
    from .errors import ConfigError

    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise ConfigError(f"parameter {pair!r} must be written name=value")
        k, v = pair.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _catalog(scenario: str | None = None) -> Any:
    from .build import ensure_built
    from .catalog import Catalog

    return Catalog(ensure_built(scenario=scenario))


def _query_text(query: str | None, file: Path | None) -> str:
    from .errors import ConfigError

    if (query is None) == (file is None):
        raise ConfigError("give a query or --file FILE (one of them)")
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read {file}: {exc.strerror}") from None
    return str(query)


def questions(fmt: str = "table") -> None:
    from .output import render
    from .questions import discover, parse

    rows = []
    for name, files in discover().items():
        q = parse(files.get("sparql") or files["cypher"])
        params = ", ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "")
                           for p in q.params.values())
        rows.append({"name": name, "question": q.question, "params": params,
                     "backends": ", ".join(sorted(files))})
    render(rows, ["name", "question", "params", "backends"], _fmt(fmt), title="aikg questions")


def ask(name: str, param: list[str] | None = None, as_of: str | None = None, fmt: str = "table",
        timeout: float = 30.0, assume: str | None = None, backend: str = "embedded",
        endpoint: str | None = None) -> None:
    from .ask import values_for
    from .backends import answer, dialect
    from .output import render
    from .questions import load

    fmt = _fmt(fmt)
    q = load(name, dialect(backend))
    given = _params(param)
    if as_of is not None:
        if "as_of" not in q.params:
            from .errors import ConfigError

            raise ConfigError(f"question {name} does not take --as-of")
        given["as_of"] = as_of
    catalog: list[Any] = []

    def resolve(text: str, cls: str | None) -> str:
        if not catalog:
            catalog.append(_catalog(assume))
        return str(catalog[0].resolve(text, cls))

    values = values_for(q, given, resolve)
    rows = answer(q, values, timeout, backend, endpoint, scenario=assume)
    render(rows, q.columns, fmt, title=q.question)


def sparql(query: str | None = None, file: Path | None = None, fmt: str = "table", timeout: float = 30.0,
           endpoint: str | None = None, graph: str = DEFAULT_GRAPH) -> None:
    from .build import ensure_built
    from .output import render
    from .sparql import EmbeddedStore, check_read_only

    text = _query_text(query, file)
    fmt = _fmt(fmt)
    check_read_only(text)
    if endpoint:
        from .backends.endpoint import run_user_query

        names, rows = run_user_query(endpoint, text, graph, timeout)
        render(rows, names, fmt)
        return
    names, rows = EmbeddedStore(ensure_built().store_path).select(text, None, timeout)
    render(rows, names, fmt)


def show(entity: str, fmt: str = "table") -> None:
    from .show import card, print_card

    fmt = _fmt(fmt)
    print_card(card(_catalog(), entity), fmt)


def search(text: str, fmt: str = "table") -> None:
    from .output import render

    rows = _catalog().search(text)
    render(rows, ["id", "name", "type", "aliases", "score"], _fmt(fmt))


def validate(strict: bool = False, shacl: bool = True, fmt: str = "table") -> int:
    from .report import validation_report

    problems = validation_report(strict=strict, shacl=shacl)
    _print_problems(problems, _fmt(fmt))
    return 1 if any(p.severity == "error" for p in problems) else 0


def _print_problems(problems: list[Any], fmt: str) -> None:
    from .output import render

    if fmt == "table":
        for p in problems:
            echo(str(p), err=p.severity == "error")
        errors = sum(p.severity == "error" for p in problems)
        echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=bool(errors))
        return
    rows = [{"severity": p.severity, "file": p.file, "line": p.line, "record": p.record, "message": p.message,
             "hint": p.hint} for p in problems]
    render(rows, ["severity", "file", "line", "record", "message", "hint"], fmt)


def build(force: bool = False) -> None:
    from . import build as builder

    builder.progress = lambda message: echo(message, err=True)  # each phase's time, on stderr
    try:
        info = builder.ensure_built(force=force)
    finally:
        builder.progress = None
    c = info.counts
    echo(f"built {info.hash}: {c.get('entities')} entities, {c.get('statements')} statements, "
         f"{c.get('sources')} sources, {c.get('triples')} triples")


def load(source: str, paths: list[Path], report: bool = False, retrieved: str | None = None) -> None:
    from .loadreport import run_load

    run_load(source, paths, report, retrieved)


def stats(fmt: str = "table") -> None:
    from .stats import compute, print_stats

    print_stats(compute(_catalog()), _fmt(fmt))


def why(lab: str, chip: str, as_of: str | None = None, assume: str | None = None, fmt: str = "table") -> None:
    from .ask import parse_date
    from .reasoning.explain import print_why
    from .reasoning.explain import why as explain

    fmt = _fmt(fmt)
    day = parse_date(as_of or "today", "--as-of")
    cat = _catalog(assume)
    result = explain(cat, cat.resolve(lab, "Organization"), cat.resolve(chip, "Chip"), day)
    if fmt == "table":
        print_why(result, echo)
        return
    from .output import render

    rows = [{"route": r["route"], "via": r["via"] or "", "open": r["open"], "effect": r["effect"] or "",
             "from": str(r["from"] or ""), "to": str(r["to"] or ""), "rules": "; ".join(x["id"] for x in r["rules"]),
             "sources": "; ".join(s["id"] for s in r["sources"]), "basis": r["basis"]} for r in result["routes"]]
    render(rows, ["route", "via", "open", "effect", "from", "to", "rules", "sources", "basis"], fmt)


def diff(assume: str, as_of: str | None = None, fmt: str = "table") -> None:
    from .ask import parse_date
    from .output import render
    from .reasoning.explain import DIFF_COLUMNS
    from .reasoning.explain import diff as compare

    fmt = _fmt(fmt)
    day = parse_date(as_of or "today", "--as-of")
    rows = compare(_catalog(), _catalog(assume), day)
    if not rows and fmt == "table":
        echo(f"no lab gains or loses a chip under {assume} as of {day}")
        return
    render(rows, DIFF_COLUMNS, fmt, title=f"{assume} as of {day}")


def export(fmt: str, output: Path, as_of: str | None = None, question: str | None = None,
           param: list[str] | None = None, around: str | None = None, hops: int = 1, types: str | None = None,
           assume: str | None = None, force: bool = False) -> None:
    from .exporters import run_export

    echo(run_export(fmt, output, force=force, as_of=as_of, question=question, params=_params(param),
                    around=around, hops=hops, types=types, scenario=assume))


def explore(output: Path, as_of: str | None = None, question: str | None = None, param: list[str] | None = None,
            around: str | None = None, hops: int = 1, types: str | None = None, assume: str | None = None,
            force: bool = False) -> None:
    from .explorer import explore as write_explorer

    echo(write_explorer(output, force=force, as_of=as_of, question=question, params=_params(param),
                        around=around, hops=hops, types=types, scenario=assume))


def cypher(query: str | None = None, file: Path | None = None, param: list[str] | None = None,
           fmt: str = "table", timeout: float = 30.0, uri: str | None = None, user: str | None = None,
           password: str | None = None, database: str | None = None) -> None:
    from .backends.cypher import run_user_query
    from .backends.neo4jdb import Neo4jSettings
    from .output import render

    text = _query_text(query, file)
    fmt = _fmt(fmt)
    names, rows = run_user_query(Neo4jSettings.from_env(uri, user, password, database), text, _params(param), timeout)
    render(rows, names, fmt)


def neo4j_push(uri: str | None = None, user: str | None = None, password: str | None = None,
               database: str | None = None, force: bool = False) -> None:
    from .backends.neo4jdb import Neo4jSettings
    from .backends.neo4jpush import push
    from .build import ensure_built, load_records

    settings = Neo4jSettings.from_env(uri, user, password, database)
    info = ensure_built()
    with _progress() as say:
        result = push(settings, load_records(info), info.hash, force=force, progress=say)
    if result.skipped:
        echo(f"{settings.uri} already holds build {info.hash} ({result.nodes} nodes, "
             f"{result.relationships} relationships): nothing to do (--force pushes anyway)")
        return
    echo(f"pushed build {info.hash} to {settings.uri}: {result.nodes} nodes, {result.relationships} "
         f"relationships in {result.seconds:.1f} s ({result.rels_per_s:,.0f} relationships/s)")


def endpoint_push(url: str, graph: str = DEFAULT_GRAPH, update: str | None = None, query_url: str | None = None,
                  timeout: float = 600.0) -> None:
    from .backends.endpoint import push
    from .build import ensure_built

    info = ensure_built()
    result = push(url, info.ntriples_path, graph, update, query_url, timeout)
    echo(f"uploaded build {info.hash} to <{result.graph}> at {url}: {result.triples} triples in "
         f"{result.seconds:.1f} s")


def _progress() -> Any:
    """A progress callback for long pushes: a rich bar on a terminal, nothing otherwise."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    @contextlib.contextmanager
    def bar() -> Any:
        tasks: dict[str, Any] = {}
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      transient=True) as progress:

            def say(phase: str, done: int, total: int) -> None:
                if phase not in tasks:
                    tasks[phase] = progress.add_task(phase, total=total)
                progress.update(tasks[phase], completed=done, total=total)

            yield say

    return bar()
