"""The `aikg` console script: plain invocations run without importing typer or click.

Importing typer and click takes about 100 ms of a cold start on a 2-core machine, more than answering the
flagship question. The launcher reads the command line's generated description (`_clispec.py`, from the
typer declarations in `aikg.cli`), and when an invocation is plain — known options spelled out, every
value converted as click would, nothing missing — calls `aikg.commands` itself; `aikg --help` and
`aikg NAME --help` print the help click renders at 80 columns or more. Anything else (an error, a short-option
cluster, `--`, a sub-command group, a narrow terminal) goes to typer, which answers as it always has.
`AIKG_NO_FAST_PATH=1` sends everything to typer. tests/test_launch.py checks both paths agree.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself costs a cold start several ms
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


class _Typer(Exception):
    """This invocation is not one the launcher vouches for: typer parses it."""


def _columns() -> int:
    """The terminal width click would lay help out for, as shutil.get_terminal_size finds it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


def _convert(param: dict[str, Any], value: str) -> Any:
    kind = param["type"]
    if kind == "str":
        return value
    if value.startswith("-") and value != "-":
        raise _Typer  # click may read it as an option or a negative number: let it decide
    try:
        if kind == "float":
            return float(value)
        if kind == "int":
            return int(value)
    except ValueError:
        raise _Typer from None
    if kind == "path":
        if os.path.exists(value) and not os.access(value, os.R_OK):
            raise _Typer  # click refuses an unreadable existing path
        from pathlib import Path

        return Path(value)
    raise _Typer


def cli_crc32() -> int:
    """A checksum of aikg/cli.py: the description is trusted only while the declarations it came from match."""
    import zlib

    with open(os.path.join(os.path.dirname(__file__), "cli.py"), "rb") as f:
        return zlib.crc32(f.read())


def parse(spec: dict[str, Any], argv: list[str]) -> tuple[str, dict[str, Any]]:
    """(function name in aikg.commands, its keyword arguments) for a plain `aikg NAME …`, else _Typer."""
    if not argv or argv[0] not in spec["commands"]:
        raise _Typer
    command = spec["commands"][argv[0]]
    params = command["params"]
    if any(p["type"] is None or p["nargs"] not in (1, -1) or (p["multiple"] and p["default"] is not None)
           for p in params):
        raise _Typer
    options: dict[str, tuple[dict[str, Any], bool]] = {}
    for p in params:
        if p["kind"] == "option":
            options.update({o: (p, True) for o in p["opts"]})
            options.update({o: (p, False) for o in p["secondary"]})
    given: dict[str, Any] = {}
    positional: list[str] = []
    rest = iter(argv[1:])
    for token in rest:
        if not token.startswith("-") or token == "-":
            positional.append(token)
            continue
        key, eq, attached = token.partition("=") if token.startswith("--") else (token, "", "")
        if key not in options:
            raise _Typer  # --help, --, a cluster such as -fjson, an unknown option: click's to answer
        p, primary = options[key]
        if p["type"] == "flag":
            if eq:
                raise _Typer
            given[p["name"]] = primary
            continue
        raw = attached if eq else next(rest, None)
        if raw is None:
            raise _Typer
        value = _convert(p, raw)
        if p["multiple"]:
            given.setdefault(p["name"], []).append(value)
        else:
            given[p["name"]] = value  # as click: the last one wins
    arguments = [p for p in params if p["kind"] == "argument"]
    if any(p["nargs"] == -1 for p in arguments[:-1]):
        raise _Typer
    for p in arguments:
        if p["nargs"] == -1:
            given[p["name"]] = [_convert(p, v) for v in positional]
            positional = []
        elif positional:
            given[p["name"]] = _convert(p, positional.pop(0))
    if positional:
        raise _Typer  # an extra argument: click's message
    kwargs = {}
    for p in params:
        if p["name"] in given and given[p["name"]] != []:
            kwargs[p["name"]] = given[p["name"]]
        elif p["required"]:
            raise _Typer  # click's "Missing argument/option" message
        else:
            kwargs[p["name"]] = p["default"]  # typer passes None for an absent repeatable option
    return command["function"], kwargs


def _plan(argv: list[str]) -> Callable[[], int | None]:
    """What to run for argv without typer, or _Typer."""
    if os.environ.get("AIKG_NO_FAST_PATH") or os.environ.get("_AIKG_COMPLETE"):
        raise _Typer
    from ._clispec import SPEC as spec

    if spec.get("cli_crc32") != cli_crc32():
        raise _Typer  # aikg/cli.py changed since `make generate`: the description may be stale
    if argv in ([], ["--help"]) or (len(argv) == 2 and argv[1] == "--help" and argv[0] in spec["help"]):
        if _columns() < spec["help_columns"]:
            raise _Typer
        text = spec["help"]["" if len(argv) < 2 else argv[0]]

        def show_help() -> None:
            sys.stdout.write(text)

        return show_help
    name, kwargs = parse(spec, argv)

    def run() -> int | None:
        from . import commands

        return getattr(commands, name)(**kwargs)  # type: ignore[no-any-return]

    return run


def guarded(run: Callable[[], int | None]) -> int:
    """Run a command; library errors become one line on stderr and exit code 1, a bug one line too."""
    try:
        return run() or 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback only on request
        from .errors import AikgError  # here, not at the top: `aikg --help` need not import it

        if isinstance(exc, AikgError):
            sys.stderr.write(f"error: {exc}\n")
            return 1
        if os.environ.get("AIKG_DEBUG"):
            raise
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc} (set AIKG_DEBUG=1 for the traceback)\n")
        return 1


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        run = _plan(argv)
    except _Typer:
        from .cli import main as typer_main

        typer_main(argv)
        return
    rc = guarded(run)
    sys.stdout.flush()
    sys.exit(rc)
