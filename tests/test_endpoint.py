"""SPARQL endpoints: Graph Store Protocol upload that replaces the named graph only when complete, queries over
the SPARQL protocol, and one-line errors for unreachable and non-SPARQL URLs. Against a real Fuseki
(AIKG_TEST_FUSEKI_URL, the dataset URL); checks that need no server run anyway."""

from __future__ import annotations

import pytest
from conftest import require_server
from typer.testing import CliRunner

from aikg.backends.endpoint import DEFAULT_GRAPH, Endpoint, push, run_user_query
from aikg.build import ensure_built
from aikg.cli import app
from aikg.errors import BackendError, ConfigError, QueryError

GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture
def fuseki():
    return require_server("AIKG_TEST_FUSEKI_URL", "Fuseki").rstrip("/")


def graphs(url: str) -> dict[str, int]:
    _, rows = Endpoint(url, graph=None).select(GRAPHS)
    return {r["g"]: r["n"] for r in rows}


def test_unreachable_endpoint_is_one_line_naming_the_setting():
    with pytest.raises(BackendError, match=r"cannot reach http://127.0.0.1:1/sparql.*--endpoint"):
        Endpoint("http://127.0.0.1:1/sparql").select("ASK {}")
    r = CliRunner().invoke(app, ["sparql", "ASK {}", "--endpoint", "http://127.0.0.1:1/sparql"])
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1


@pytest.mark.parametrize("query", ["INSERT DATA { <a:b> <a:c> <a:d> }", "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }"])
def test_updates_and_service_are_refused_before_sending(query):
    with pytest.raises(QueryError):
        run_user_query("http://127.0.0.1:1/sparql", query)


def test_a_bad_graph_iri_or_url_is_a_config_error():
    with pytest.raises(ConfigError, match="--graph"):
        run_user_query("http://127.0.0.1:1/sparql", "ASK {}", graph="not an iri")
    with pytest.raises(ConfigError, match="not an http"):
        Endpoint("ftp://example.org/sparql").select("ASK {}")


@pytest.mark.fuseki
def test_push_replaces_the_named_graph_and_leaves_no_temporary_graph(fuseki, mini):
    info = ensure_built()
    first = push(fuseki, info.ntriples_path)
    assert first.graph == DEFAULT_GRAPH and first.triples > 100
    after_first = graphs(fuseki)
    push(fuseki, info.ntriples_path)
    assert graphs(fuseki) == after_first  # same graph, no duplicates, no upload-* graph left behind
    assert set(after_first) >= {DEFAULT_GRAPH} and not [g for g in after_first if "/upload-" in g]
    _, rows = run_user_query(fuseki + "/sparql", "SELECT ?name WHERE { ?c a aikg:Chip ; rdfs:label ?name }")
    assert {"GB200", "H100"} <= {r["name"] for r in rows}


@pytest.mark.fuseki
def test_a_failed_upload_leaves_the_previous_graph_intact(fuseki, mini, tmp_path):
    info = ensure_built()
    push(fuseki, info.ntriples_path)
    before = graphs(fuseki)
    bad = tmp_path / "bad.nt"
    text = info.ntriples_path.read_text()
    bad.write_text(text[: len(text) // 2] + "<broken> this is not N-Triples .\n")
    with pytest.raises(ConfigError, match="refused the upload.*nothing was replaced"):
        push(fuseki, bad)
    assert graphs(fuseki) == before


@pytest.mark.fuseki
def test_cli_endpoint_push_sparql_and_ask(fuseki, mini):
    runner = CliRunner()
    r = runner.invoke(app, ["endpoint", "push", fuseki])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?c a aikg:Chip }", "--endpoint",
                            fuseki + "/sparql", "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1] == "2"
    r = runner.invoke(app, ["ask", "chips-over-threshold", "--backend", "sparql", "--endpoint", fuseki, "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert "GB200" in r.output
    r = runner.invoke(app, ["sparql", "SELECT ?x WHERE { ?x ?y }", "--endpoint", fuseki + "/sparql"])
    assert r.exit_code == 1 and "refused the query" in r.output


@pytest.mark.fuseki
def test_a_non_sparql_url_is_named_with_what_came_back(fuseki, mini):
    root = fuseki.rsplit("/", 1)[0] + "/"
    with pytest.raises(ConfigError, match=r"is not a SPARQL endpoint: it answered HTTP 404"):
        Endpoint(root).select("ASK {}")
    r = CliRunner().invoke(app, ["endpoint", "push", root])
    assert r.exit_code == 1 and "not a SPARQL endpoint" in r.output
    assert len(r.output.strip().splitlines()) == 1


@pytest.mark.fuseki
def test_a_slow_query_times_out_with_one_line(fuseki, mini):
    from aikg.errors import QueryTimeout

    push(fuseki, ensure_built().ntriples_path)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryTimeout, match="stopped the query after 1 s"):
        run_user_query(fuseki + "/sparql", slow, timeout=1)
    _, rows = run_user_query(fuseki + "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=5)
    assert rows[0]["n"] > 0  # the server stopped the runaway query: it answers the next one at once
