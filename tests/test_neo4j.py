"""Neo4j: push (idempotent, atomic for readers, recoverable), Cypher (read-only, bound, time-limited), bad input.

Against the real server of tests/servers/servers.py (AIKG_TEST_NEO4J_*); the crash test starts a private
throwaway server, kills it mid-push and restarts it on the same data. Checks that need no server run anyway.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT, require_server
from typer.testing import CliRunner

from aikg.backends.cypher import check_read_only
from aikg.backends.neo4jdb import Neo4jSettings, read
from aikg.backends.neo4jpush import node_rows, push, rel_rows, rel_type
from aikg.build import ensure_built, load_records
from aikg.cli import app
from aikg.errors import BackendError, ConfigError, QueryError, QueryTimeout
from aikg.schema import load_schema

COUNT = ("MATCH (m:AikgMeta {key: 'aikg'}) WITH m.current AS g MATCH (n {_gen: g}) "
         "OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels")


@pytest.fixture
def server():
    uri = require_server("AIKG_TEST_NEO4J_URI", "Neo4j")
    import os

    return Neo4jSettings(uri, os.environ.get("AIKG_TEST_NEO4J_USER", "neo4j"), os.environ["AIKG_TEST_NEO4J_PASSWORD"])


def synthetic(n_rels: int) -> dict:
    spec = importlib.util.spec_from_file_location("bench_neo4j", ROOT / "bench" / "bench_neo4j.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.synthetic_records(n_rels)


def everything(s: Neo4jSettings) -> tuple[int, int, int]:
    """Nodes and relationships in the whole database (all generations), and generations present."""
    _, rows = read(s, "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() "
                      "WITH nodes, count(r) AS rels MATCH (x:Entity) RETURN nodes, rels, count(DISTINCT x._gen) AS gens")
    return rows[0]["nodes"], rows[0]["rels"], rows[0]["gens"]


# ---------------------------------------------------------------- no server needed

def test_the_model_has_all_labels_typed_relationships_and_dates(mini):
    records = load_records(ensure_built())
    schema = load_schema()
    labels = {r["id"]: labels for labels, rows in node_rows(records, schema).items() for r in rows}
    assert {"Entity", "Organization", "Lab", "CloudProvider"} <= set(labels["org/lab-us"])
    assert labels["src/test-a"] == ("Source",)
    rels = rel_rows(records, schema)
    assert rel_type("hosts_chip") == "HOSTS_CHIP"
    host = rels["HOSTS_CHIP"][0]["props"]
    assert host["valid_from"].isoformat() == "2025-03-01" and host["sources"] == ["src/test-a"]
    assert all(r["props"].get("inferred") is True for rows in rels.values() for r in rows
               if r["props"]["status"] == "inferred")


@pytest.mark.parametrize("query", [
    "MATCH (n) SET n.x = 1", "CREATE (n:X)", "MATCH (n) DETACH DELETE n", "merge (n:X {id: 1})",
    "MATCH (n) REMOVE n:Chip", "DROP CONSTRAINT c", "LOAD CSV FROM 'file:///x' AS row RETURN row",
    "CALL apoc.create.node(['X'], {})", "CALL dbms.security.createUser('a', 'b')",
    "MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n",
])
def test_write_clauses_are_refused_before_sending(query):
    with pytest.raises(QueryError, match="read-only|refused"):
        check_read_only(query)


@pytest.mark.parametrize("query", [
    "MATCH (n {name: 'CREATE SET'}) RETURN n.created AS c // DELETE", "CALL db.labels()",
    "MATCH (n:`MERGE`) RETURN n.offset AS o",
])
def test_words_in_strings_comments_and_properties_are_not_clauses(query):
    check_read_only(query)


def test_unreachable_server_is_one_line_naming_the_setting():
    s = Neo4jSettings("bolt://127.0.0.1:1", "neo4j", "whatever-password")
    with pytest.raises(BackendError, match=r"cannot reach Neo4j at bolt://127.0.0.1:1.*AIKG_NEO4J_URI"):
        read(s, "RETURN 1")


def test_missing_password_and_bad_uri_name_the_setting(monkeypatch):
    monkeypatch.delenv("AIKG_NEO4J_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="AIKG_NEO4J_PASSWORD"):
        Neo4jSettings.from_env()
    with pytest.raises(ConfigError, match="AIKG_NEO4J_URI"):
        read(Neo4jSettings("http://127.0.0.1:1", "neo4j", "x"), "RETURN 1")


# ---------------------------------------------------------------- the real server

@pytest.mark.neo4j
def test_push_twice_gives_the_same_graph(server, mini):
    info = ensure_built()
    records = load_records(info)
    first = push(server, records, info.hash, force=True)
    assert not first.skipped and first.relationships == len(records["statements"])
    before = everything(server)
    assert before[2] == 1  # the old generation is gone
    again = push(server, records, info.hash)
    assert again.skipped and again.generation == first.generation
    forced = push(server, records, info.hash, force=True)
    assert forced.generation != first.generation
    assert everything(server) == before
    _, rows = read(server, COUNT)
    assert rows == [{"nodes": first.nodes, "rels": first.relationships}]
    _, rows = read(server, "MATCH (m:AikgMeta) WITH m.current AS g MATCH (o:Lab:CloudProvider {_gen: g}) "
                           "MATCH (o)-[r:USES_DATA_CENTER]->(d) RETURN o.id AS id, r.status AS status, "
                           "r.sources AS sources")
    assert rows == [{"id": "org/lab-us", "status": "forecast", "sources": ["src/test-b"]}]
    _, rows = read(server, "MATCH (m:AikgMeta) WITH m.current AS g MATCH (:DataCenter {_gen: g})-[r:HOSTS_CHIP]->() "
                           "WHERE r.valid_from = date('2025-03-01') RETURN count(r) AS n")
    assert rows[0]["n"] >= 1


@pytest.mark.neo4j
def test_every_relationship_holds_exactly_its_statement_properties(server, mini):
    """Properties travel as positional columns with nulls for absent keys: the server must hold each
    statement's properties and no others (no null-valued or missing keys), with its type and ends."""
    info = ensure_built()
    records = load_records(info)
    push(server, records, info.hash, force=True)
    expected = {r["props"]["id"]: (typ, r["s"], r["o"], r["props"])
                for typ, rows in rel_rows(records, load_schema()).items() for r in rows}
    _, rows = read(server, "MATCH (m:AikgMeta) WITH m.current AS g MATCH (a:Entity {_gen: g})-[r]->(b) "
                           "RETURN type(r) AS type, a.id AS s, b.id AS o, properties(r) AS props")
    assert len(rows) == len(expected)
    for row in rows:
        typ, s, o, props = expected[row["props"]["id"]]
        assert (row["type"], row["s"], row["o"]) == (typ, s, o)
        assert row["props"] == {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in props.items()}


@pytest.mark.neo4j
def test_cli_push_ask_and_cypher(server, mini, monkeypatch):
    monkeypatch.setenv("AIKG_NEO4J_URI", server.uri)
    monkeypatch.setenv("AIKG_NEO4J_PASSWORD", server.password)
    runner = CliRunner()
    r = runner.invoke(app, ["neo4j", "push"])
    assert r.exit_code == 0, r.output
    assert "pushed build" in r.output or "already holds" in r.output
    r = runner.invoke(app, ["cypher", "MATCH (c:Chip {id: $id}) RETURN c.name AS name", "-p", "id=chip/h100",
                            "-f", "json"])
    assert r.exit_code == 0, r.output
    assert '"H100"' in r.output
    r = runner.invoke(app, ["cypher", "MATCH (n) DETACH DELETE n"])
    assert r.exit_code == 1 and "DETACH is a write clause" in r.output
    r = runner.invoke(app, ["ask", "chips-over-threshold", "--backend", "neo4j", "-f", "csv"])
    assert r.exit_code == 0, r.output
    assert "GB200" in r.output


@pytest.mark.neo4j
def test_query_timeout_is_enforced_by_the_server(server):
    with pytest.raises(QueryTimeout, match="timed out"):
        read(server, "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n", timeout=1)


@pytest.mark.neo4j
def test_the_read_session_refuses_writes_the_check_might_miss(server):
    with pytest.raises(QueryError, match="read"):
        read(server, "CREATE (n:ShouldNotExist) RETURN n")


@pytest.mark.neo4j
def test_wrong_password_and_database_name_the_setting(server, mini):
    bad = Neo4jSettings(server.uri, server.user, "not-the-password")
    with pytest.raises(ConfigError, match="wrong user or password.*AIKG_NEO4J_PASSWORD"):
        push(bad, load_records(ensure_built()), "x")
    nodb = Neo4jSettings(server.uri, server.user, server.password, "nosuchdb")
    with pytest.raises(ConfigError, match="no database 'nosuchdb'.*AIKG_NEO4J_DATABASE"):
        read(nodb, "RETURN 1")
    r = CliRunner().invoke(app, ["cypher", "RETURN 1", "--uri", server.uri, "--password", "not-the-password"])
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1


@pytest.mark.neo4j
def test_a_constraint_clash_leaves_the_previous_graph_current(server, mini):
    info = ensure_built()
    records = load_records(info)
    push(server, records, info.hash)
    _, before = read(server, COUNT)
    _, meta = read(server, "MATCH (m:AikgMeta) RETURN m.current AS g")
    read_write = __import__("neo4j").GraphDatabase.driver(server.uri, auth=(server.user, server.password))
    try:
        read_write.execute_query("CREATE CONSTRAINT aikg_test_clash IF NOT EXISTS FOR (n:Chip) REQUIRE n.id IS UNIQUE")
        with pytest.raises(BackendError, match="previous graph is intact.*constraint clash"):
            push(server, records, info.hash, force=True)
        assert read(server, "MATCH (m:AikgMeta) RETURN m.current AS g")[1] == meta
        assert read(server, COUNT)[1] == before
    finally:
        read_write.execute_query("DROP CONSTRAINT aikg_test_clash IF EXISTS")
        read_write.close()
    done = push(server, records, info.hash, force=True)
    assert read(server, COUNT)[1] == before and done.generation != meta[0]["g"]
    assert everything(server)[2] == 1


@pytest.fixture
def servers_module():
    sys.path.insert(0, str(ROOT / "tests" / "servers"))
    try:
        import servers
    finally:
        sys.path.pop(0)
    return servers


@pytest.mark.neo4j
def test_a_server_killed_mid_push_keeps_the_old_graph_and_a_rerun_completes(server, mini, tmp_path, servers_module):
    """A private server: push, kill -9 during the next push, restart on the same data, re-run."""
    try:
        info = servers_module.start_neo4j(tmp_path / "crash")
    except servers_module.ServerError as exc:
        pytest.fail(f"could not start a private Neo4j: {exc}")
    s = Neo4jSettings(info["uri"], info["user"], info["password"])
    try:
        build = ensure_built()
        first = push(s, load_records(build), build.hash)
        _, before = read(s, COUNT)
        big = synthetic(30_000)

        def kill_during_relationships(phase: str, done: int, total: int) -> None:
            if phase == "relationships" and done >= 10_000:
                servers_module.kill(info)

        with pytest.raises(BackendError, match="previous graph is intact.*cannot reach Neo4j"):
            push(s, big, "synthetic", progress=kill_during_relationships)
        info = servers_module.start_neo4j(tmp_path / "crash", port=info["port"])
        assert read(s, "MATCH (m:AikgMeta) RETURN m.current AS g")[1] == [{"g": first.generation}]
        assert read(s, COUNT)[1] == before
        done = push(s, big, "synthetic")
        assert not done.skipped
        assert read(s, COUNT)[1] == [{"nodes": done.nodes, "rels": done.relationships}]
        assert everything(s)[2] == 1
    finally:
        servers_module.stop(info)


def test_the_bench_graph_is_shaped_like_a_build():
    g = synthetic(2000)
    assert len(g["statements"]) == 2000
    schema = load_schema()
    assert sum(len(v) for v in rel_rows(g, schema).values()) == 2000
    assert Path(ROOT / "bench" / "bench_neo4j.py").is_file()


@pytest.mark.parametrize("args,message", [
    (["ask", "chips-over-threshold", "--backend", "bogus"], "unknown backend 'bogus'"),
    (["ask", "chips-over-threshold", "--backend", "sparql"], "needs --endpoint"),
    (["ask", "chips-over-threshold", "--endpoint", "http://x/sparql"], "--endpoint needs --backend"),
    (["neo4j", "push", "--uri", "bolt://127.0.0.1:1", "--password", "x"], "cannot reach Neo4j at bolt://127.0.0.1:1"),
    (["cypher", "RETURN 1", "--uri", "http://127.0.0.1:1", "--password", "x"], "bad Neo4j URI"),
    (["cypher", "MATCH (n) DELETE n", "--password", "x"], "DELETE is a write clause"),
    (["endpoint", "push", "http://127.0.0.1:1/aikg"], "cannot reach http://127.0.0.1:1/aikg"),
])
def test_bad_backend_input_is_one_line_and_exit_1(mini, monkeypatch, args, message):
    monkeypatch.delenv("AIKG_NEO4J_PASSWORD", raising=False)
    r = CliRunner().invoke(app, args)
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert r.exit_code == 1 and len(lines) == 1 and lines[0].startswith("error: "), r.output
    assert message in lines[0]


def test_the_server_commands_have_help():
    for args in (["neo4j", "push"], ["endpoint", "push"], ["cypher"]):
        r = CliRunner().invoke(app, [*args, "--help"])
        assert r.exit_code == 0 and "Usage" in r.output
