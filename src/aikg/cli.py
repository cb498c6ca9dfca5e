"""The `aikg` command-line interface, declared with typer: arguments, options and help.

What each command does lives in `aikg.commands` (plain functions of the same names and parameters), so the
console script (`aikg.launch`) can run plain invocations without importing typer, and hands everything else
here. Library errors (AikgError) become one line on stderr and exit code 1; nothing here prints a traceback
unless AIKG_DEBUG=1.
"""


import functools
import sys
from pathlib import Path
from typing import Annotated, Any

from . import commands

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
    """Register a declaration with `app` (or a sub-command `group`): typer parses the command line into its
    parameters and `commands.<its name>` runs. Library errors become one line on stderr and exit code 1; a
    non-zero return value is the exit code."""

    def decorate(fn: Any) -> Any:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            from .errors import AikgError

            try:
                rc = getattr(commands, fn.__name__)(*a, **k)
            except AikgError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(1) from None
            if rc:
                raise typer.Exit(rc)

        return (group or app).command(*args, **kwargs)(wrapper)

    return decorate


Format = Annotated[str, typer.Option("--format", "-f", help="Output format: table, json or csv.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Give up after this many seconds.")]
Backend = Annotated[str, typer.Option("--backend", help="embedded (default), neo4j or sparql.")]
Endpoint = Annotated[str | None, typer.Option("--endpoint", help="SPARQL endpoint URL (--backend sparql), or Bolt URI "
                                              "(--backend neo4j; default AIKG_NEO4J_URI).")]
Graph = Annotated[str, typer.Option("--graph", help="Named graph on the endpoint ('default' for its default graph).")]
Assume = Annotated[str | None, typer.Option("--assume", help="Answer under a scenario (see scenarios/).")]
AsOf = Annotated[str | None, typer.Option("--as-of", help="Answer as of this date (YYYY-MM-DD; default today).")]


@command()
def questions(fmt: Format = "table") -> None:
    """List the canned questions, with their parameters."""


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


@command()
def sparql(
    query: Annotated[str | None, typer.Argument(help="A SPARQL SELECT/ASK query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-F", help="Read the query from a file.")] = None,
    fmt: Format = "table",
    timeout: Timeout = 30.0,
    endpoint: Annotated[str | None, typer.Option("--endpoint", help="Query this SPARQL 1.1 endpoint instead.")] = None,
    graph: Graph = commands.DEFAULT_GRAPH,
) -> None:
    """Run your own read-only SPARQL query (updates and SERVICE are refused), embedded or on --endpoint."""


@command()
def show(
    entity: Annotated[str, typer.Argument(help="An id, name or alias (or a source id).")],
    fmt: Format = "table",
) -> None:
    """An entity as a reference card: types, properties, statements in and out, with status and sources."""


@command()
def search(text: Annotated[str, typer.Argument(help="Part of a name or alias.")], fmt: Format = "table") -> None:
    """Find entities by name or alias."""


@command()
def validate(
    strict: Annotated[bool, typer.Option("--strict", help="Also fail on warnings that strict mode checks.")] = False,
    shacl: Annotated[bool, typer.Option("--shacl/--no-shacl", help="Also check the RDF against SHACL.")] = True,
    fmt: Format = "table",
) -> None:
    """Check every input record; print the report; exit 1 if anything is wrong. Builds nothing."""


@command()
def build(force: Annotated[bool, typer.Option("--force", help="Rebuild even if nothing changed.")] = False) -> None:
    """Build the graph (only if its inputs changed, unless --force)."""


@command()
def load(
    source: Annotated[str, typer.Argument(help="A dataset source: a folder of loaders/ (e.g. epoch, opensanctions).")],
    paths: Annotated[list[Path], typer.Argument(help="Your download(s): files, or a folder of them.")],
    report: Annotated[bool, typer.Option("--report", help="List unmatched and ambiguous names for review.")] = False,
    retrieved: Annotated[str | None, typer.Option("--retrieved", help="When you downloaded it (YYYY-MM-DD); "
                                                  "default: the file's date.")] = None,
) -> None:
    """Add a downloaded dataset: check it against source.yml, load, resolve entities, rebuild (all or nothing)."""


@command()
def stats(fmt: Format = "table") -> None:
    """Counts by type and status, source coverage, and the oldest unconfirmed claims."""


@command()
def why(
    lab: Annotated[str, typer.Argument(help="An organization (id, name or alias).")],
    chip: Annotated[str, typer.Argument(help="A chip (id, name or alias).")],
    as_of: AsOf = None,
    assume: Assume = None,
    fmt: Format = "table",
) -> None:
    """Explain how a lab can or cannot reach a chip: every route, the rules applied, the sources behind each."""


@command()
def diff(
    assume: Annotated[str, typer.Option("--assume", help="The scenario to compare with the default graph.")],
    as_of: AsOf = None,
    fmt: Format = "table",
) -> None:
    """Which labs gain or lose which chips, by which route, under a scenario (on the as-of date)."""


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


endpoint_app = typer.Typer(help="SPARQL 1.1 endpoints: upload the graph.", no_args_is_help=True)
app.add_typer(endpoint_app, name="endpoint")


@command("push", group=endpoint_app)
def endpoint_push(
    url: Annotated[str, typer.Argument(help="Graph Store Protocol URL (Fuseki: http://host:3030/DATASET).")],
    graph: Annotated[str, typer.Option("--graph", help="The named graph to replace.")] = commands.DEFAULT_GRAPH,
    update: Annotated[str | None, typer.Option("--update", help="SPARQL Update URL (default: URL).")] = None,
    query_url: Annotated[str | None, typer.Option("--query", help="SPARQL query URL (default: URL).")] = None,
    timeout: Timeout = 600.0,
) -> None:
    """Upload the current build to a temporary named graph, verify it, then replace --graph in one update."""


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
    """Parse argv with typer and run the command (`aikg.launch.main` comes here for what it does not parse)."""
    from .launch import guarded

    args = list(sys.argv[1:] if argv is None else argv)
    sys.exit(guarded(lambda: _run(args)))


def _run(argv: list[str]) -> int:
    import click

    try:
        rc = _app_for(argv)(args=argv, prog_name="aikg", standalone_mode=False)
        return rc if isinstance(rc, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError as exc:  # `aikg` or `aikg neo4j` alone: the help, as --help
        typer.echo(exc.ctx.get_help())
        return 0
    except click.exceptions.Abort:
        typer.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        typer.echo(f"error: {exc.format_message()}", err=True)
        return 1


if __name__ == "__main__":
    main()
