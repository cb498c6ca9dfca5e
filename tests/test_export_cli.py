"""`aikg export` on the command line: every format, and bad input — one line on stderr, exit 1, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from aikg.cli import app
from aikg.exporters import FORMATS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["export", *map(str, args)])


def fails(*args):
    r = run(*args)
    assert r.exit_code == 1, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.output
    return lines[0]


@pytest.fixture
def out(mini, tmp_path):
    """An empty folder for the exports (tmp_path also holds the build)."""
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_writes(out, fmt):
    target = out / f"out-{fmt}"
    r = run(fmt, "-o", target)
    assert r.exit_code == 0, r.output
    assert f"wrote {target} ({fmt})" in r.output
    assert target.is_dir() if FORMATS[fmt].folder else target.stat().st_size > 0
    assert [p.name for p in out.iterdir()] == [target.name]  # no temporary file left behind


def test_selection_options_reach_the_export(out):
    cy = out / "q.cyjs"
    r = run("cytoscape", "-o", cy, "--question", "offshore-gb200-access", "-p", "chip=GB200",
            "--as-of", "2025-12-01", "--types", "Lab,DataCenter,Chip,Country")
    assert r.exit_code == 0, r.output
    doc = json.loads(cy.read_text())
    assert doc["data"]["question"] == "offshore-gb200-access" and doc["data"]["as_of"] == "2025-12-01"
    types = {n["data"]["type"] for n in doc["elements"]["nodes"]}
    assert "Organization" in types and "org/lab-cn" in {n["data"]["id"] for n in doc["elements"]["nodes"]}
    around = out / "a.json"
    assert run("node-link", "-o", around, "--around", "Lab CN", "--hops", "1").exit_code == 0
    ids = {n["id"] for n in json.loads(around.read_text())["nodes"]}
    assert "org/lab-cn" in ids and "country/CN" in ids


def test_unknown_format(out):
    assert "unknown export format 'gml'" in fails("gml", "-o", out / "x.gml")
    assert list(out.iterdir()) == []


def test_existing_file_needs_force(out):
    target = out / "g.graphml"
    target.write_text("keep me")
    assert "exists: pass --force" in fails("graphml", "-o", target)
    assert target.read_text() == "keep me"
    assert run("graphml", "-o", target, "--force").exit_code == 0
    assert target.read_text().startswith("<?xml")


def test_missing_or_unusable_folder(out):
    assert "does not exist" in fails("graphml", "-o", out / "nope" / "g.graphml")
    blocker = out / "a-file"
    blocker.write_text("")
    assert "does not exist" in fails("gexf", "-o", blocker / "g.gexf")
    assert "is a folder" in fails("graphml", "-o", out, "--force")


def test_folder_formats_replace_only_their_own_folders(out):
    mine = out / "neo"
    assert run("neo4j", "-o", mine).exit_code == 0
    assert "exists" in fails("neo4j", "-o", mine)
    (mine / "stale.csv").write_text("old")
    assert run("neo4j", "-o", mine, "--force").exit_code == 0
    assert not (mine / "stale.csv").exists() and (mine / "import.sh").is_file()
    theirs = out / "theirs"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("precious")
    assert "did not write" in fails("csv", "-o", theirs, "--force")
    assert (theirs / "notes.txt").read_text() == "precious"
    assert sorted(p.name for p in out.iterdir()) == ["neo", "theirs"]


def test_empty_selection_writes_nothing(out):
    msg = fails("graphml", "-o", out / "g.graphml", "--around", "Lab CN", "--hops", "0", "--types", "Chip")
    assert "empty" in msg
    assert list(out.iterdir()) == []


def test_bad_selection_options(out):
    assert "no entity named" in fails("graphml", "-o", out / "g", "--around", "No Such Lab")
    assert "did you mean Chip" in fails("graphml", "-o", out / "g", "--types", "Chips")
    assert "--hops needs --around" in fails("graphml", "-o", out / "g", "--hops", "2")
    assert "needs --question" in fails("graphml", "-o", out / "g", "-p", "chip=GB200")
    assert "cannot read --as-of" in fails("graphml", "-o", out / "g", "--as-of", "yesterday-ish")
    assert "no question" in fails("graphml", "-o", out / "g", "--question", "nope").lower()
    assert list(out.iterdir()) == []


def test_a_failing_writer_leaves_no_partial_file(out, monkeypatch):
    import aikg.exporters as exporters
    from aikg.build import ensure_built
    from aikg.catalog import Catalog
    from aikg.selection import select

    def broken(data, meta, path):
        (path / "half.csv" if path.is_dir() else path).write_text("half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(exporters, "writer", lambda fmt: broken)
    sel = select(Catalog(ensure_built()))
    target = out / "g.graphml"
    with pytest.raises(RuntimeError):
        exporters.export(sel, "graphml", target)
    assert list(out.iterdir()) == []
    target.write_text("the old export")
    with pytest.raises(RuntimeError):
        exporters.export(sel, "graphml", target, force=True)
    assert target.read_text() == "the old export" and [p.name for p in out.iterdir()] == ["g.graphml"]
    with pytest.raises(RuntimeError):
        exporters.export(sel, "neo4j", out / "neo")
    assert [p.name for p in out.iterdir()] == ["g.graphml"]


def test_help_and_lazy_imports():
    r = runner.invoke(app, ["export", "--help"])
    assert r.exit_code == 0 and "--around" in r.output and "--force" in r.output
    code = "import sys, aikg.cli; sys.exit(1 if any(m.startswith('aikg.exporters') or m == 'aikg.selection' " \
           "for m in sys.modules) else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
