"""The console script's fast path (aikg.launch) and typer agree: same call, same output, same exit code.

The launcher parses plain invocations from the generated description of the command line and hands anything
else to typer; these tests hold it to typer's behaviour, and check it keeps typer and click out of a cold start.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from aikg import clispec, commands, launch
from aikg._clispec import SPEC
from aikg.cli import app


def test_the_description_is_current():
    """`make generate` was run after the last change to aikg/cli.py (CI also checks it)."""
    assert (ROOT / "src" / "aikg" / "_clispec.py").read_text(encoding="utf-8") == clispec.render()


def typer_call(monkeypatch, argv):
    """(function name, kwargs) that typer hands to aikg.commands for argv, or None if it did not call one."""
    calls = []
    for name in {c["function"] for c in SPEC["commands"].values()}:
        monkeypatch.setattr(commands, name, lambda _n=name, **kw: calls.append((_n, kw)))
    result = CliRunner().invoke(app, argv)
    return calls[0] if calls else None, result.exit_code


PLAIN = [
    ["ask", "offshore-gb200-access"],
    ["ask", "offshore-gb200-access", "--format", "json"],
    ["ask", "offshore-gb200-access", "-f", "csv", "--as-of", "2025-06-01"],
    ["ask", "--format=json", "chips-to-country", "-p", "country=China", "-p", "date=2025-01-01"],
    ["ask", "x", "--timeout", "2.5", "--assume", "h200-approved", "--backend", "neo4j", "--endpoint", "bolt://h:1"],
    ["ask", "x", "--timeout", "7", "-f", "json", "-f", "csv"],  # the last one wins
    ["ask", "x", "--timeout=1e3"],
    ["why", "DeepSeek", "GB200"],
    ["why", "--as-of", "2025-01-01", "DeepSeek", "GB200", "--assume", "uae-revoked"],
    ["show", "NVIDIA", "-f", "json"],
    ["search", "deep seek"],
    ["questions"],
    ["stats", "--format", "csv"],
    ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--timeout", "3"],
    ["sparql", "-F", "q.rq", "--endpoint", "http://x/sparql", "--graph", "default"],
    ["sparql", "--file", "-"],
    ["validate", "--strict", "--no-shacl"],
    ["validate", "--no-shacl", "--shacl"],
    ["build", "--force"],
    ["build"],
    ["load", "epoch", "a.csv", "dir/b.csv", "--report", "--retrieved", "2025-01-02"],
    ["diff", "--assume", "h200-approved", "--as-of", "2026-01-01"],
    ["export", "graphml", "-o", "out.graphml", "--hops", "3", "--around", "DeepSeek", "--force"],
    ["export", "csv", "--output", "", "--types", "Lab,Chip", "-q", "offshore-sites", "-p", "a=b"],
    ["explore", "-o", "x.html", "--question", "offshore-gb200-access"],
    ["cypher", "MATCH (n) RETURN n LIMIT 1", "-p", "x=1", "--uri", "bolt://h", "--user", "u", "--password", "p",
     "--database", "d"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_plain_invocations_make_the_same_call_as_typer(monkeypatch, argv):
    fast = launch.parse(SPEC, argv)
    slow, code = typer_call(monkeypatch, argv)
    assert code == 0
    assert fast == slow
    assert [type(v) for v in fast[1].values()] == [type(v) for v in slow[1].values()]


DECLINED = [
    ["ask"],  # missing argument: click's message
    ["ask", "x", "y"],  # extra argument
    ["ask", "x", "--nope"],  # unknown option
    ["ask", "x", "-fjson"],  # short-option cluster
    ["ask", "x", "--timeout", "soon"],  # not a number
    ["ask", "x", "--timeout", "-1"],  # a value that looks like an option
    ["ask", "x", "--format"],  # option without its value
    ["ask", "x", "--", "-y"],
    ["ask", "x", "--help"],
    ["export", "graphml"],  # missing required option
    ["validate", "--strict=yes"],
    ["load", "epoch"],  # no paths
    ["neo4j", "push"],  # a sub-command group
    ["nope"],
]


@pytest.mark.parametrize("argv", DECLINED, ids=" ".join)
def test_anything_else_is_left_to_typer(argv):
    with pytest.raises(launch._Typer):
        launch.parse(SPEC, argv)


def test_every_command_is_described_and_parsed_without_typer():
    assert set(SPEC["commands"]) == {c.name or c.callback.__name__ for c in app.registered_commands}
    assert all(p["type"] for c in SPEC["commands"].values() for p in c["params"])


def aikg(args, env_extra=None, cwd=ROOT):
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}  # as in a pipe: click's 80-column default
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "aikg", *args], capture_output=True, text=True, env=env, cwd=cwd)


SAME = [[], ["--help"], *[[name, "--help"] for name in SPEC["commands"]],
        ["ask", "offshore-gb200-access", "-f", "json"], ["ask", "offshore-gb200-access", "--as-of", "2025-06-01"],
        ["why", "DeepSeek", "GB200", "-f", "csv"], ["search", "Nvidia"], ["ask", "nope"], ["ask"],
        ["show", "no such thing at all"], ["ask", "offshore-gb200-access", "-f", "yaml"], ["neo4j"]]


@pytest.mark.parametrize("argv", SAME, ids=lambda a: " ".join(a) or "(none)")
def test_the_fast_path_prints_what_typer_prints(curated_build, argv):
    env = {"AIKG_BUILD_DIR": os.environ["AIKG_BUILD_DIR"]}
    fast = aikg(argv, env)
    slow = aikg(argv, {**env, "AIKG_NO_FAST_PATH": "1"})
    assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)
    assert "Traceback" not in fast.stderr


def test_a_narrow_terminal_gets_typer_s_layout():
    narrow = aikg(["--help"], {"COLUMNS": "60"})
    wide = aikg(["--help"])
    assert narrow.returncode == wide.returncode == 0
    assert max(map(len, narrow.stdout.splitlines())) <= 58 < max(map(len, wide.stdout.splitlines()))


PROBE = """
import sys
from aikg.launch import main
sys.argv = ["aikg", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in ("typer", "click", "rich", "rdflib", "networkx", "pydantic") if m in sys.modules)
sys.stderr.write("imported: " + ",".join(heavy) + "\\n")
"""


@pytest.mark.parametrize("argv,allowed", [
    (["--help"], ""),
    (["ask", "--help"], ""),
    (["ask", "offshore-gb200-access", "-f", "json"], ""),
    (["ask", "offshore-gb200-access", "-fjson"], "click,typer"),  # a cluster: typer parses it
])
def test_plain_invocations_do_not_import_typer_or_click(curated_build, argv, allowed):
    env = {**os.environ}
    r = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, cwd=ROOT)
    assert r.stderr.splitlines()[-1] == f"imported: {allowed}", r.stderr


def test_no_arguments_prints_the_help_and_exits_0():
    r = aikg([], {"AIKG_NO_FAST_PATH": "1"})
    assert r.returncode == 0 and r.stdout.startswith("Usage: aikg [OPTIONS] COMMAND") and not r.stderr


def test_a_path_value_is_a_path(tmp_path):
    _, kwargs = launch.parse(SPEC, ["export", "html", "-o", str(tmp_path / "x.html")])
    assert kwargs["output"] == Path(tmp_path / "x.html")


def test_a_changed_cli_module_sends_everything_to_typer(monkeypatch):
    """Declarations edited without `make generate`: the description is not trusted, typer parses."""
    assert callable(launch._plan(["ask", "x"])) and callable(launch._plan(["--help"]))
    monkeypatch.setattr(launch, "cli_crc32", lambda: SPEC["cli_crc32"] ^ 1)
    for argv in (["ask", "x"], ["--help"], []):
        with pytest.raises(launch._Typer):
            launch._plan(argv)
