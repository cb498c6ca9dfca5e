"""The `aikg` command line: a thin shell over the library (as sqlite-utils' CLI is).

Imports of engines happen inside the commands that need them, so `aikg --help` stays fast. Library errors
(AikgError) become one line on stderr and exit code 1; nothing here prints a traceback unless AIKG_DEBUG=1.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Any

# Typer formats help with rich when it can import it, at a cost of ~150 ms on every start. aikg's help is
# plain text: hide rich while typer is imported (aikg's own tables still import rich, lazily).
_rich = sys.modules.get("rich", False)
sys.modules["rich"] = None  # type: ignore[assignment]
import typer  # noqa: E402

if _rich is False:
    del sys.modules["rich"]
else:
    sys.modules["rich"] = _rich  # type: ignore[assignment]

app = typer.Typer(
    name="aikg",
    help="A sourced, time-aware knowledge graph of the AI supply chain: ask who can get which AI compute, "
    "by which route, under which rules.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

def command(*args: Any, **kwargs: Any) -> Any:
    """`app.command`, with library errors turned into one line on stderr and exit code 1."""

    def decorate(fn: Any) -> Any:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            from .errors import AikgError

            try:
                return fn(*a, **k)
            except AikgError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(1) from None

        return app.command(*args, **kwargs)(wrapper)

    return decorate


Format = Annotated[str, typer.Option("--format", "-f", help="Output format: table, json or csv.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Give up after this many seconds.")]


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


def _catalog() -> Any:
    from .build import ensure_built
    from .catalog import Catalog

    return Catalog(ensure_built())


@command()
def questions(fmt: Format = "table") -> None:
    """List the canned questions, with their parameters."""
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


@command()
def ask(
    name: Annotated[str, typer.Argument(help="Question name (see `aikg questions`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=value, repeatable.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Answer as of this date (YYYY-MM-DD).")] = None,
    fmt: Format = "table",
    timeout: Timeout = 30.0,
) -> None:
    """Answer a canned question on the embedded store."""
    from .ask import ask_embedded, values_for
    from .output import render
    from .questions import load

    fmt = _fmt(fmt)
    q = load(name, "sparql")
    given = _params(param)
    if as_of is not None:
        if "as_of" not in q.params:
            from .errors import ConfigError

            raise ConfigError(f"question {name} does not take --as-of")
        given["as_of"] = as_of
    catalog: list[Any] = []

    def resolve(text: str, cls: str | None) -> str:
        if not catalog:
            catalog.append(_catalog())
        return str(catalog[0].resolve(text, cls))

    values = values_for(q, given, resolve)
    rows = ask_embedded(q, values, timeout)
    render(rows, q.columns, fmt, title=q.question)


@command()
def sparql(
    query: Annotated[str | None, typer.Argument(help="A SPARQL SELECT/ASK query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-F", help="Read the query from a file.")] = None,
    fmt: Format = "table",
    timeout: Timeout = 30.0,
) -> None:
    """Run your own read-only SPARQL query (updates and SERVICE are refused)."""
    from .build import ensure_built
    from .output import render
    from .sparql import EmbeddedStore, check_read_only

    text = _query_text(query, file)
    fmt = _fmt(fmt)
    check_read_only(text)
    names, rows = EmbeddedStore(ensure_built().store_path).select(text, None, timeout)
    render(rows, names, fmt)


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


@command()
def show(
    entity: Annotated[str, typer.Argument(help="An id, name or alias (or a source id).")],
    fmt: Format = "table",
) -> None:
    """An entity as a reference card: types, properties, statements in and out, with status and sources."""
    from .show import card, print_card

    fmt = _fmt(fmt)
    obj = card(_catalog(), entity)
    print_card(obj, fmt)


@command()
def search(text: Annotated[str, typer.Argument(help="Part of a name or alias.")], fmt: Format = "table") -> None:
    """Find entities by name or alias."""
    from .output import render

    rows = _catalog().search(text)
    render(rows, ["id", "name", "type", "aliases", "score"], _fmt(fmt))


@command()
def validate(
    strict: Annotated[bool, typer.Option("--strict", help="Also fail on warnings that strict mode checks.")] = False,
    shacl: Annotated[bool, typer.Option("--shacl/--no-shacl", help="Also check the RDF against SHACL.")] = True,
    fmt: Format = "table",
) -> None:
    """Check every input record; print the report; exit 1 if anything is wrong. Builds nothing."""
    from .report import validation_report

    problems = validation_report(strict=strict, shacl=shacl)
    _print_problems(problems, _fmt(fmt))
    failing = [p for p in problems if p.severity == "error"]
    if failing:
        raise typer.Exit(1)


def _print_problems(problems: list[Any], fmt: str) -> None:
    from .output import render

    if fmt == "table":
        for p in problems:
            typer.echo(str(p), err=p.severity == "error")
        errors = sum(p.severity == "error" for p in problems)
        typer.echo(f"{errors} error(s), {len(problems) - errors} warning(s)", err=bool(errors))
        return
    rows = [{"severity": p.severity, "file": p.file, "line": p.line, "record": p.record, "message": p.message,
             "hint": p.hint} for p in problems]
    render(rows, ["severity", "file", "line", "record", "message", "hint"], fmt)


@command()
def build(force: Annotated[bool, typer.Option("--force", help="Rebuild even if nothing changed.")] = False) -> None:
    """Build the graph (only if its inputs changed, unless --force)."""
    from .build import ensure_built

    info = ensure_built(force=force)
    c = info.counts
    typer.echo(f"built {info.hash}: {c.get('entities')} entities, {c.get('statements')} statements, "
               f"{c.get('sources')} sources, {c.get('triples')} triples")


@command()
def stats(fmt: Format = "table") -> None:
    """Counts by type and status, source coverage, and the oldest unconfirmed claims."""
    from .stats import compute, print_stats

    print_stats(compute(_catalog()), _fmt(fmt))


def main(argv: list[str] | None = None) -> None:
    import click

    from .errors import AikgError

    try:
        rc = app(args=argv, standalone_mode=False)
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except AikgError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        typer.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback only on request
        if os.environ.get("AIKG_DEBUG"):
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc} (set AIKG_DEBUG=1 for the traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
