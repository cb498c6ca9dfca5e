"""The `aikg` command line: a thin shell over the library (as sqlite-utils' CLI is).

Imports of engines happen inside the commands that need them, so `aikg --help` stays fast. Library errors
(AikgError) become one line on stderr and exit code 1; nothing here prints a traceback unless AIKG_DEBUG=1.
"""


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

_SETTINGS: dict[str, Any] = dict(name="aikg", no_args_is_help=True, add_completion=False,
                                 pretty_exceptions_enable=False, rich_markup_mode=None)
app = typer.Typer(
    help="A sourced, time-aware knowledge graph of the AI supply chain: ask who can get which AI compute, "
    "by which route, under which rules.",
    **_SETTINGS,
)

def command(*args: Any, group: Any = None, **kwargs: Any) -> Any:
    """`app.command` (or `group.command` for a sub-command group), with library errors turned into one line
    on stderr and exit code 1."""

    def decorate(fn: Any) -> Any:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            from .errors import AikgError

            try:
                return fn(*a, **k)
            except AikgError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(1) from None

        return (group or app).command(*args, **kwargs)(wrapper)

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


def _catalog(scenario: str | None = None) -> Any:
    from .build import ensure_built
    from .catalog import Catalog

    return Catalog(ensure_built(scenario=scenario))


Backend = Annotated[str, typer.Option("--backend", help="embedded (default), neo4j or sparql.")]
Endpoint = Annotated[str | None, typer.Option("--endpoint", help="SPARQL endpoint URL (--backend sparql), or Bolt URI "
                                              "(--backend neo4j; default AIKG_NEO4J_URI).")]
Graph = Annotated[str, typer.Option("--graph", help="Named graph on the endpoint ('default' for its default graph).")]
Assume = Annotated[str | None, typer.Option("--assume", help="Answer under a scenario (see scenarios/).")]
AsOf = Annotated[str | None, typer.Option("--as-of", help="Answer as of this date (YYYY-MM-DD; default today).")]


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
    assume: Assume = None,
    backend: Backend = "embedded",
    endpoint: Endpoint = None,
) -> None:
    """Answer a canned question on the embedded store (under a scenario with --assume), or on Neo4j or a
    SPARQL endpoint with --backend."""
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


@command()
def sparql(
    query: Annotated[str | None, typer.Argument(help="A SPARQL SELECT/ASK query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-F", help="Read the query from a file.")] = None,
    fmt: Format = "table",
    timeout: Timeout = 30.0,
    endpoint: Annotated[str | None, typer.Option("--endpoint", help="Query this SPARQL 1.1 endpoint instead.")] = None,
    graph: Graph = "https://w3id.org/aikg/graph",
) -> None:
    """Run your own read-only SPARQL query (updates and SERVICE are refused), embedded or on --endpoint."""
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
def load(
    source: Annotated[str, typer.Argument(help="A dataset source: a folder of loaders/ (e.g. epoch, opensanctions).")],
    paths: Annotated[list[Path], typer.Argument(help="Your download(s): files, or a folder of them.")],
    report: Annotated[bool, typer.Option("--report", help="List unmatched and ambiguous names for review.")] = False,
    retrieved: Annotated[str | None, typer.Option("--retrieved", help="When you downloaded it (YYYY-MM-DD); "
                                                  "default: the file's date.")] = None,
) -> None:
    """Add a downloaded dataset: check it against source.yml, load, resolve entities, rebuild (all or nothing)."""
    from .loadreport import run_load

    run_load(source, paths, report, retrieved)


@command()
def stats(fmt: Format = "table") -> None:
    """Counts by type and status, source coverage, and the oldest unconfirmed claims."""
    from .stats import compute, print_stats

    print_stats(compute(_catalog()), _fmt(fmt))


@command()
def why(
    lab: Annotated[str, typer.Argument(help="An organization (id, name or alias).")],
    chip: Annotated[str, typer.Argument(help="A chip (id, name or alias).")],
    as_of: AsOf = None,
    assume: Assume = None,
    fmt: Format = "table",
) -> None:
    """Explain how a lab can or cannot reach a chip: every route, the rules applied, the sources behind each."""
    from .ask import parse_date
    from .reasoning.explain import print_why
    from .reasoning.explain import why as explain

    fmt = _fmt(fmt)
    day = parse_date(as_of or "today", "--as-of")
    cat = _catalog(assume)
    result = explain(cat, cat.resolve(lab, "Organization"), cat.resolve(chip, "Chip"), day)
    if fmt == "table":
        print_why(result, typer.echo)
        return
    from .output import render

    rows = [{"route": r["route"], "via": r["via"] or "", "open": r["open"], "effect": r["effect"] or "",
             "from": str(r["from"] or ""), "to": str(r["to"] or ""), "rules": "; ".join(x["id"] for x in r["rules"]),
             "sources": "; ".join(s["id"] for s in r["sources"]), "basis": r["basis"]} for r in result["routes"]]
    render(rows, ["route", "via", "open", "effect", "from", "to", "rules", "sources", "basis"], fmt)


@command()
def diff(
    assume: Annotated[str, typer.Option("--assume", help="The scenario to compare with the default graph.")],
    as_of: AsOf = None,
    fmt: Format = "table",
) -> None:
    """Which labs gain or lose which chips, by which route, under a scenario (on the as-of date)."""
    from .ask import parse_date
    from .output import render
    from .reasoning.explain import DIFF_COLUMNS
    from .reasoning.explain import diff as compare

    fmt = _fmt(fmt)
    day = parse_date(as_of or "today", "--as-of")
    rows = compare(_catalog(), _catalog(assume), day)
    if not rows and fmt == "table":
        typer.echo(f"no lab gains or loses a chip under {assume} as of {day}")
        return
    render(rows, DIFF_COLUMNS, fmt, title=f"{assume} as of {day}")


# the selection options `aikg export` and `aikg explore` share (aikg.selection.select)
SelectAsOf = Annotated[str | None, typer.Option("--as-of", help="Only statements valid on this date (YYYY-MM-DD).")]
SelectQuestion = Annotated[str | None, typer.Option("--question", "-q", help="Only the entities a question's answer "
                                                    "names, and the statements between them.")]
SelectParams = Annotated[list[str] | None, typer.Option("--param", "-p", help="Question parameter name=value, "
                                                        "repeatable.")]
SelectAround = Annotated[str | None, typer.Option("--around", help="Only the neighbourhood of this entity (id, name "
                                                  "or alias).")]
SelectHops = Annotated[int, typer.Option("--hops", help="With --around: how many statements away.")]
SelectTypes = Annotated[str | None, typer.Option("--types", help="Only entities of these classes or roles, "
                                                 "comma-separated (e.g. Lab,Chip).")]


@command()
def export(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="graphml, gexf, cytoscape, node-link, jsonld, turtle, "
                                       "ntriples, neo4j, csv, html, png or svg.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file (a folder for neo4j and csv) to write.")],
    as_of: SelectAsOf = None,
    question: SelectQuestion = None,
    param: SelectParams = None,
    around: SelectAround = None,
    hops: SelectHops = 1,
    types: SelectTypes = None,
    assume: Assume = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file (or an earlier export "
                                        "folder).")] = False,
) -> None:
    """Export the graph, or a part of it, for Gephi, Cytoscape, yEd, D3, RDF stores, Neo4j, spreadsheets or
    slides. Writes atomically; refuses an existing file unless --force, and an empty selection."""
    from .exporters import run_export

    result = run_export(fmt, output, force=force, as_of=as_of, question=question, params=_params(param),
                        around=around, hops=hops, types=types, scenario=assume)
    typer.echo(result)


@command()
def explore(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write (FILE.html).")],
    as_of: SelectAsOf = None,
    question: SelectQuestion = None,
    param: SelectParams = None,
    around: SelectAround = None,
    hops: SelectHops = 1,
    types: SelectTypes = None,
    assume: Assume = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write an interactive explorer of the graph, or of a part of it, as one offline HTML file: colored by
    type, edges styled by status, filters, search, and a card with sources for every node and edge."""
    from .explorer import explore as write_explorer

    typer.echo(write_explorer(output, force=force, as_of=as_of, question=question, params=_params(param),
                              around=around, hops=hops, types=types, scenario=assume))


Uri = Annotated[str | None, typer.Option("--uri", help="Bolt URI (default AIKG_NEO4J_URI, else bolt://localhost:7687).")]
User = Annotated[str | None, typer.Option("--user", help="Neo4j user (default AIKG_NEO4J_USER, else neo4j).")]
Password = Annotated[str | None, typer.Option("--password", help="Neo4j password (default AIKG_NEO4J_PASSWORD).")]
Database = Annotated[str | None, typer.Option("--database", help="Neo4j database (default AIKG_NEO4J_DATABASE, "
                                              "else the server's default).")]


@command()
def cypher(
    query: Annotated[str | None, typer.Argument(help="A read-only Cypher query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-F", help="Read the query from a file.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=value, bound as $name.")] = None,
    fmt: Format = "table",
    timeout: Timeout = 30.0,
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
) -> None:
    """Run your own read-only Cypher on Neo4j (write clauses are refused; read session; timeout)."""
    from .backends.cypher import run_user_query
    from .backends.neo4jdb import Neo4jSettings
    from .output import render

    text = _query_text(query, file)
    fmt = _fmt(fmt)
    names, rows = run_user_query(Neo4jSettings.from_env(uri, user, password, database), text, _params(param), timeout)
    render(rows, names, fmt)


neo4j_app = typer.Typer(help="Neo4j: load the graph into a server.", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


@command("push", group=neo4j_app)
def neo4j_push(
    uri: Uri = None,
    user: User = None,
    password: Password = None,
    database: Database = None,
    force: Annotated[bool, typer.Option("--force", help="Push even if the server holds this build.")] = False,
) -> None:
    """Load the current build into Neo4j: idempotent, and atomic for readers (the old graph answers until the
    new one is complete)."""
    from .backends.neo4jdb import Neo4jSettings
    from .backends.neo4jpush import push
    from .build import ensure_built, load_records

    settings = Neo4jSettings.from_env(uri, user, password, database)
    info = ensure_built()
    with _progress() as say:
        result = push(settings, load_records(info), info.hash, force=force, progress=say)
    if result.skipped:
        typer.echo(f"{settings.uri} already holds build {info.hash} ({result.nodes} nodes, "
                   f"{result.relationships} relationships): nothing to do (--force pushes anyway)")
        return
    typer.echo(f"pushed build {info.hash} to {settings.uri}: {result.nodes} nodes, {result.relationships} "
               f"relationships in {result.seconds:.1f} s ({result.rels_per_s:,.0f} relationships/s)")


endpoint_app = typer.Typer(help="SPARQL 1.1 endpoints: upload the graph.", no_args_is_help=True)
app.add_typer(endpoint_app, name="endpoint")


@command("push", group=endpoint_app)
def endpoint_push(
    url: Annotated[str, typer.Argument(help="Graph Store Protocol URL (Fuseki: http://host:3030/DATASET).")],
    graph: Annotated[str, typer.Option("--graph", help="The named graph to replace.")] = "https://w3id.org/aikg/graph",
    update: Annotated[str | None, typer.Option("--update", help="SPARQL Update URL (default: URL).")] = None,
    query_url: Annotated[str | None, typer.Option("--query", help="SPARQL query URL (default: URL).")] = None,
    timeout: Timeout = 600.0,
) -> None:
    """Upload the current build to a temporary named graph, verify it, then replace --graph in one update."""
    from .backends.endpoint import push
    from .build import ensure_built

    info = ensure_built()
    result = push(url, info.ntriples_path, graph, update, query_url, timeout)
    typer.echo(f"uploaded build {info.hash} to <{result.graph}> at {url}: {result.triples} triples in "
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


def _app_for(argv: list[str]) -> Any:
    """The app to run: for `aikg NAME …`, a group holding only the command NAME.

    Typer turns every registered command into a click command on each start (about a tenth of a cold
    `aikg ask`); a group with just the invoked command parses and answers the same. `--help`, sub-command
    groups and unknown names get the full app, and with it click's own listing and messages.
    """
    if not argv or argv[0].startswith("-"):
        return app
    from typer.main import get_command_name

    hits = [c for c in app.registered_commands
            if (c.name or get_command_name(c.callback.__name__ if c.callback else "")) == argv[0]]
    if len(hits) != 1:
        return app
    slim = typer.Typer(**_SETTINGS)
    slim.registered_commands = hits
    slim.callback()(lambda: None)  # stay a group, so the command is still `aikg NAME …`
    return slim


def main(argv: list[str] | None = None) -> None:
    import click

    from .errors import AikgError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        rc = _app_for(argv)(args=argv, standalone_mode=False)
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
