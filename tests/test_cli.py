"""The CLI through typer's runner: every data command in every format, and one-line errors with exit 1."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from aikg.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


def ok(*args):
    r = run(*args)
    assert r.exit_code == 0, r.output
    return r.output


def fails(*args):
    r = run(*args)
    assert r.exit_code == 1, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.output
    assert "Traceback" not in r.output
    return lines[0]


def test_every_command_has_help():
    out = ok("--help")
    for cmd in ("questions", "ask", "sparql", "show", "search", "validate", "build", "stats", "export", "explore"):
        assert cmd in out
        assert "Usage" in ok(cmd, "--help")


def test_questions_lists_the_flagship(mini):
    rows = json.loads(ok("questions", "--format", "json"))
    assert "offshore-gb200-access" in {r["name"] for r in rows}


def test_ask_json_is_a_list_keyed_by_columns(mini):
    rows = json.loads(ok("ask", "offshore-gb200-access", "-p", "chip=GB200", "--as-of", "2025-12-01", "--format", "json"))
    assert rows and set(rows[0]) == {"lab", "lab_country", "data_center", "dc_country", "operator", "status",
                                     "conditions", "rules", "sources"}


def test_ask_csv_and_table(mini):
    text = ok("ask", "offshore-gb200-access", "-p", "chip=chip/gb200", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["lab"] == "Lab CN"
    assert "Johor" in ok("ask", "offshore-gb200-access", "-p", "chip=chip/gb200")


def test_sparql_json_keyed_by_select_variables(mini):
    rows = json.loads(ok("sparql", "SELECT ?id ?name WHERE { ?x a aikg:Chip ; rdfs:label ?name "
                                   "BIND(STRAFTER(STR(?x), STR(id:)) AS ?id) } ORDER BY ?id", "--format", "json"))
    assert rows == [{"id": "chip/gb200", "name": "GB200"}, {"id": "chip/h100", "name": "H100"}]


def test_sparql_from_file(mini, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?x a aikg:DataCenter }")
    assert json.loads(ok("sparql", "--file", str(f), "--format", "json")) == [{"result": True}]


@pytest.mark.parametrize("query,message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT is an update"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE is an update"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
    ("SELECT ?x WHERE { ?x ", "SPARQL syntax error"),
])
def test_sparql_refuses_updates_service_and_bad_syntax(mini, query, message):
    assert message in fails("sparql", query)


def test_service_inside_a_string_is_not_refused(mini):
    ok("sparql", 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }')


def test_show_reads_like_a_card(mini):
    card = json.loads(ok("show", "Johor Site", "--format", "json"))
    assert card["id"] == "dc/johor" and card["types"] == ["DataCenter", "Entity"]
    hosts = [e for e in card["out"] if e["predicate"] == "hosts_chip"][0]
    assert hosts["object"] == "chip/gb200" and hosts["quantity"] == 1000 and hosts["sources"] == ["src/test-a"]
    assert "Johor Site" in ok("show", "dc/johor")
    src = json.loads(ok("show", "src/test-b", "--format", "json"))
    assert src["publisher"] == "Other Publisher" and "dc/johor" in src["cited_by"]


def test_show_computes_chip_metrics(mini):
    card = json.loads(ok("show", "H100", "--format", "json"))
    assert card["properties"]["tpp"] == 15832.0 and card["properties"]["performance_density"] == 19.45


def test_search_finds_names(mini):
    rows = json.loads(ok("search", "johor", "--format", "json"))
    assert rows[0]["id"] == "dc/johor"


def test_stats(mini):
    s = json.loads(ok("stats", "--format", "json"))
    assert s["entities_by_type"]["DataCenter"] == 2
    assert s["statements_by_status"]["forecast"] == 1
    assert 0 < s["share_with_non_brief_source"] <= 1


def test_build_and_validate(mini):
    assert "built" in ok("build")
    assert "0 error(s)" in ok("validate", "--no-shacl")


def test_build_reports_each_phase_on_stderr(mini):
    r = run("build", "--force")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("built ") and len(r.stdout.splitlines()) == 1
    lines = r.stderr.splitlines()
    assert [line.split(" ")[0] for line in lines] == ["read", "inferred", "wrote", "loaded"]
    assert all(re.fullmatch(r".+ in \d+\.\d s", line) for line in lines), lines
    again = run("build")  # current: nothing to do, nothing reported
    assert again.exit_code == 0 and again.stderr == ""


def test_an_edit_changes_the_digest_even_when_stats_are_cached(data_dir, monkeypatch):
    """The input digest is reused from a stat cache (see build.fingerprint); an edit of the same size with
    the old mtime put back must still change it (its ctime moved)."""
    import os

    from aikg import build

    monkeypatch.setattr(build, "_RACY_NS", 0)  # trust stats at once, as if the files were old
    f = data_dir / "zz.yaml"
    f.write_text("entities: []\n")
    old = os.stat(f)
    first = build.fingerprint()
    assert (build.build_dir() / build.FINGERPRINTS).exists()
    assert build.fingerprint() == first
    f.write_text("entities: [ ]")
    assert f.stat().st_size == old.st_size
    os.utime(f, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert build.fingerprint() != first


@pytest.mark.parametrize("args,message", [
    (("ask", "nope"), "no question named 'nope'"),
    (("ask", "offshore-gb200-access", "--as-of", "2025-13-01"), "cannot read parameter as_of"),
    (("ask", "offshore-gb200-access", "-p", "chip=Johr"), "no Chip named 'Johr'"),
    (("ask", "offshore-gb200-access", "-p", "bogus=1"), "has no parameter 'bogus'"),
    (("ask", "offshore-gb200-access", "-p", "chip"), "must be written name=value"),
    (("ask", "offshore-gb200-access", "--format", "xml"), "unknown format 'xml'"),
    (("show", "nothing-like-this"), "no entity named"),
    (("sparql",), "give a query or --file"),
])
def test_bad_input_is_one_line_and_exit_1(mini, args, message):
    assert message in fails(*args)


def test_ambiguous_names_are_listed(data_dir):
    (data_dir / "zz.yaml").write_text("entities:\n  - {id: chip/h100-pcie, type: Chip, name: H100, "
                                      "sources: [src/test-a]}\n")
    line = fails("show", "H100")
    assert "matches several" in line and "chip/h100" in line and "chip/h100-pcie" in line


def test_invalid_data_fails_validate_with_exit_1(data_dir):
    (data_dir / "zz.yaml").write_text("entities:\n  - {id: chip/x, type: Chip, name: X}\n")
    r = run("validate", "--no-shacl")
    assert r.exit_code == 1 and "no sources" in r.output
    assert "nothing was built" in fails("ask", "offshore-gb200-access")


def test_table_fits_its_width_and_wraps_long_cells():
    from aikg.output import table

    rows = [{"a": "short", "b": "word " * 30}, {"a": "x", "b": None}]
    text = table(rows, ["a", "b"], "Title?", width=40)
    lines = text.splitlines()
    assert lines[0] == "Title?" and lines[-1] == "2 row(s)"
    assert all(len(line) <= 40 for line in lines)
    assert sum("word" in line for line in lines) > 1  # the long cell wrapped onto several lines
