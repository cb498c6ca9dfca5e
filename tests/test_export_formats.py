"""Every export format read back by real readers: networkx and igraph (GraphML, GEXF, node-link), rdflib and
pyoxigraph (N-Triples, Turtle, JSON-LD) with SHACL, csv (Neo4j import files, tables), and the real
`neo4j-admin database import` when Java and Maven are on the machine."""

from __future__ import annotations

import csv
import json
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import require_server

from aikg.catalog import Catalog
from aikg.exporters import export
from aikg.selection import select

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def full(curated_build):
    """The whole curated graph as a selection."""
    return select(Catalog(curated_build))


@pytest.fixture(scope="module")
def answer(curated_build):
    """A question's answer subgraph of the curated graph (small enough for rdflib and pyshacl)."""
    from datetime import date

    return select(Catalog(curated_build), question="offshore-gb200-access", as_of=date(2025, 12, 1))


def write(sel, fmt, folder, name):
    return export(sel, fmt, folder / name)


def chip_with_tpp(sel):
    return next(e for e in sel.data.entities.values() if e.type == "Chip" and e.props.get("tpp"))


def dated_statement(sel):
    return next(st for st in sel.data.statements if st.qualifiers.get("valid_from") and st.status != "inferred")


# ---------------------------------------------------------------- GraphML, GEXF, node-link


def test_graphml_reads_back_in_networkx_with_typed_attributes(full, tmp_path):
    import networkx as nx

    path = write(full, "graphml", tmp_path, "g.graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_nodes() == len(full.data.entities)
    assert g.number_of_edges() == len(full.data.statements)
    chip = chip_with_tpp(full)
    node = g.nodes[chip.id]
    assert node["label"] == chip.name and node["type"] == "Chip"
    assert isinstance(node["tpp"], float) and node["tpp"] == pytest.approx(float(chip.props["tpp"]))
    st = dated_statement(full)
    edge = g.edges[st.subject, st.object, st.id]
    assert edge["predicate"] == st.predicate and edge["status"] == st.status and edge["inferred"] is False
    assert edge["valid_from"] == str(st.qualifiers["valid_from"])
    assert edge["sources"].split("; ") == st.sources
    assert [s["id"] for s in json.loads(edge["sources_json"])] == st.sources
    assert all(s["title"] for s in json.loads(edge["sources_json"]))
    inferred = sum(1 for *_, d in g.edges(data=True) if d["inferred"])
    assert inferred == sum(st.status == "inferred" for st in full.data.statements) > 0


def test_graphml_reads_back_in_igraph(full, tmp_path):
    import igraph

    path = write(full, "graphml", tmp_path, "g.graphml")
    g = igraph.Graph.Read_GraphML(str(path))
    assert g.vcount() == len(full.data.entities) and g.ecount() == len(full.data.statements)
    assert g.is_directed()
    by_id = {v["id"]: v for v in g.vs}
    chip = chip_with_tpp(full)
    assert by_id[chip.id]["label"] == chip.name
    assert by_id[chip.id]["tpp"] == pytest.approx(float(chip.props["tpp"]))
    edges = {e["statement"]: e for e in g.es}
    st = dated_statement(full)
    e = edges[st.id]
    assert e["status"] == st.status and e["predicate"] == st.predicate
    assert g.vs[e.source]["id"] == st.subject and g.vs[e.target]["id"] == st.object
    assert {"sources", "source_titles", "source_urls", "sources_json", "inferred"} <= set(g.es.attributes())


def test_gexf_reads_back_with_types_and_time_intervals(full, tmp_path):
    import networkx as nx

    path = write(full, "gexf", tmp_path, "g.gexf")
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == len(full.data.entities)
    assert g.number_of_edges() == len(full.data.statements)
    chip = chip_with_tpp(full)
    assert g.nodes[chip.id]["type"] == "Chip" and g.nodes[chip.id]["tpp"] == pytest.approx(chip.props["tpp"])
    root = ET.parse(path).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    st = dated_statement(full)
    edge = root.find(f".//g:edge[@id='{st.id}']", ns)
    assert edge is not None and edge.get("start") == str(st.qualifiers["valid_from"])
    assert edge.get("source") == st.subject and edge.get("target") == st.object


def test_node_link_reads_back_in_networkx(full, tmp_path):
    import networkx as nx

    path = write(full, "node-link", tmp_path, "g.json")
    doc = json.loads(path.read_text())
    g = nx.node_link_graph(doc, edges="links")
    assert g.is_multigraph() and g.is_directed()
    assert g.number_of_nodes() == len(full.data.entities)
    assert g.number_of_edges() == len(full.data.statements)
    st = dated_statement(full)
    edge = g.edges[st.subject, st.object, st.id]
    assert edge["status"] == st.status and [s["id"] for s in edge["sources"]] == st.sources


def test_cytoscape_file_is_the_document(answer, tmp_path):
    from aikg.exporters.cytoscape import cytoscape_document

    path = write(answer, "cytoscape", tmp_path, "g.cyjs")
    assert json.loads(path.read_text())["elements"] == cytoscape_document(answer.data, answer.meta)["elements"]


# ---------------------------------------------------------------- RDF


def _ox_triples(path, fmt):
    from pyoxigraph import parse

    return {str(t) for t in parse(path=str(path), format=fmt)}


def test_ntriples_of_the_whole_graph_are_the_builds(full, curated_build, tmp_path):
    path = write(full, "ntriples", tmp_path, "g.nt")
    assert sorted(path.read_text().splitlines()) == sorted(curated_build.ntriples_path.read_text().splitlines())


def test_ntriples_written_in_batches_are_the_whole_text(full, curated_build):
    """The build streams graph.nt in batches: every batch boundary loses nothing and repeats nothing."""
    import io

    from aikg.rdf import to_ntriples, write_ntriples

    whole = to_ntriples(full.data)
    for batch in (1, 7, 50_000):
        fh = io.StringIO()
        count = write_ntriples(full.data, fh, batch=batch)
        assert fh.getvalue() == whole and count == whole.count("\n") > 1000
    assert curated_build.counts["triples"] == len(curated_build.ntriples_path.read_text().splitlines())


def test_records_written_in_batches_are_the_whole_json(full, curated_build):
    """records.json is streamed a batch of statements at a time: the same text as dumping it whole."""
    import io

    from aikg.build import _json_default, dump_records, write_records

    whole = json.dumps(dump_records(full.data), default=_json_default)
    for batch in (1, 7, 20_000):
        fh = io.StringIO()
        write_records(full.data, fh, batch=batch)
        assert fh.getvalue() == whole
    assert len(json.loads(whole)["statements"]) == len(full.data.statements) > 1000
    assert json.loads(curated_build.records_path.read_text()) == json.loads(whole)
    assert not (curated_build.path / "graph.pickle").exists()  # no reader: not written


def test_write_build_hands_the_dataset_over_before_the_bulk_load(curated_build, tmp_path):
    """The records are released before the store is loaded (the bulk load's memory then does not add to them);
    the counts, files and store are those of the full dataset."""
    from pyoxigraph import Store

    from aikg.build import check, derive, write_build

    data, _ = check()
    data = derive(data)
    n = len(data.statements)
    counts = write_build(data, tmp_path / "b")
    assert (data.statements, data.entities, data.sources) == ([], {}, {})
    assert counts["statements"] == n == curated_build.counts["statements"]
    lines = (tmp_path / "b" / "graph.nt").read_text().splitlines()
    assert counts["triples"] == len(lines) == curated_build.counts["triples"]
    assert len(Store(str(tmp_path / "b" / "store"))) == len(set(lines))  # a direct triple is stored once
    assert (tmp_path / "b" / "records.json").read_bytes() == curated_build.records_path.read_bytes()


def test_each_statement_hangs_from_its_subject_and_points_to_its_object_by_relation(curated_build):
    """Wikidata's p:/ps: pattern: one `subject p:R statement` and one `statement ps:R object` per statement, R
    its rdf:predicate, and no other p:/ps: triple."""
    from pyoxigraph import Store

    from aikg.sparql import PREFIXES

    store = Store.read_only(str(curated_build.store_path))

    def count(where):
        return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", prefixes=PREFIXES)))[0]
                   .value)

    statements = count("?s a aikg:Statement")
    assert statements == curated_build.counts["statements"] > 1000
    assert count("""?s a aikg:Statement ; rdf:subject ?x ; rdf:predicate ?r ; rdf:object ?y .
        BIND(STRAFTER(STR(?r), STR(aikg:)) AS ?name)
        BIND(IRI(CONCAT(STR(p:), ?name)) AS ?pr) BIND(IRI(CONCAT(STR(ps:), ?name)) AS ?psr)
        ?x ?pr ?s . ?s ?psr ?y""") == statements
    for ns in ("p:", "ps:"):
        assert count(f"?a ?b ?c . FILTER(STRSTARTS(STR(?b), STR({ns})))") == statements


def test_turtle_and_jsonld_hold_the_same_triples_in_pyoxigraph(full, tmp_path):
    from pyoxigraph import RdfFormat

    nt = _ox_triples(write(full, "ntriples", tmp_path, "g.nt"), RdfFormat.N_TRIPLES)
    assert _ox_triples(write(full, "turtle", tmp_path, "g.ttl"), RdfFormat.TURTLE) == nt
    assert _ox_triples(write(full, "jsonld", tmp_path, "g.jsonld"), RdfFormat.JSON_LD) == nt


def test_rdf_formats_parse_in_rdflib_to_the_same_graph_and_conform_to_shacl(answer, tmp_path):
    import pyshacl
    import rdflib

    graphs = {}
    for fmt, name, parser in (("ntriples", "a.nt", "nt"), ("turtle", "a.ttl", "turtle"),
                              ("jsonld", "a.jsonld", "json-ld")):
        graphs[fmt] = rdflib.Graph().parse(str(write(answer, fmt, tmp_path, name)), format=parser)
    assert len(graphs["ntriples"]) > 100
    assert set(graphs["turtle"]) == set(graphs["ntriples"]) == set(graphs["jsonld"])
    shapes = rdflib.Graph().parse(ROOT / "ontology/generated/aikg.shacl.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(graphs["jsonld"], shacl_graph=shapes, inference="none")
    assert conforms, text[:2000]


def test_jsonld_uses_the_generated_context(answer, tmp_path):
    doc = json.loads(write(answer, "jsonld", tmp_path, "a.jsonld").read_text())
    ctx = json.loads((ROOT / "ontology/generated/aikg.context.jsonld").read_text())["@context"]
    assert doc["@context"] == ctx
    chip = next(n for n in doc["@graph"] if n["@id"].endswith("/chip/nvidia-gb200"))
    assert chip["name"].startswith("NVIDIA GB200")
    assert isinstance(chip["tpp"], str) and float(chip["tpp"]) > 0  # the term coerces to xsd:float
    site = next(n for n in doc["@graph"] if n["@id"].endswith("/dc/ytl-johor-kulai"))
    assert site["located_in"] == "https://w3id.org/aikg/id/country/MY"  # the term coerces to @id


def test_shacl_catches_a_broken_export(answer, tmp_path):
    """The SHACL check above can fail: a statement node without its status does not conform."""
    import pyshacl
    import rdflib

    g = rdflib.Graph().parse(str(write(answer, "ntriples", tmp_path, "a.nt")), format="nt")
    status = rdflib.URIRef("https://w3id.org/aikg/status")
    g.remove((next(g.subjects(status, None)), status, None))
    shapes = rdflib.Graph().parse(ROOT / "ontology/generated/aikg.shacl.ttl", format="turtle")
    assert not pyshacl.validate(g, shacl_graph=shapes, inference="none")[0]


# ---------------------------------------------------------------- Neo4j import CSVs, CSV tables


def _read(path, reader=csv.reader):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(reader(fh))


def _rows(folder, stem):
    return _read(folder / f"{stem}.header.csv")[0], _read(folder / f"{stem}.csv")


def test_neo4j_import_files_parse_back_to_the_graph(full, tmp_path):
    folder = write(full, "neo4j", tmp_path, "neo")
    nodes = 0
    entity_ids = set()
    for header_file in folder.glob("nodes-*.header.csv"):
        stem = header_file.name.removesuffix(".header.csv")
        header, rows = _rows(folder, stem)
        assert header[:2] in (["id:ID", ":LABEL"], [":ID", ":LABEL"])
        assert all(len(r) == len(header) for r in rows)
        nodes += len(rows)
        if stem not in ("nodes-Source", "nodes-AikgMeta"):
            entity_ids |= {r[0] for r in rows}
    assert nodes == len(full.data.entities) + len(full.data.sources) + 1  # + the AikgMeta pointer
    assert entity_ids == set(full.data.entities)
    header, rows = _rows(folder, "relationships")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and len(rows) == len(full.data.statements)
    assert {"valid_from:date", "quantity:float", "sources:string[]", "inferred:boolean"} <= set(header)
    assert all(r[0] in entity_ids and r[1] in entity_ids for r in rows)
    chip_header, _ = _rows(folder, "nodes-Chip")
    assert "tpp:float" in chip_header and "release_date:date" in chip_header
    delim = next(p.split("=", 1)[1] for p in (folder / "import.sh").read_text().replace("'", "").split()
                 if p.startswith("--array-delimiter="))
    org_header, orgs = _rows(folder, "nodes-Organization")
    multi = [r for r in orgs if "Lab" in r[1].split(delim) and "CloudProvider" in r[1].split(delim)]
    assert multi and all("Entity" in r[1].split(delim) for r in orgs)
    command = (folder / "import.sh").read_text()
    assert "neo4j-admin database import full" in command.replace("\\\n  ", "")
    for f in folder.glob("*.csv"):
        assert f.name in command


def _neo4j_classpath():
    if not (shutil.which("java") and shutil.which("mvn")):
        return None
    sys.path.insert(0, str(ROOT / "tests" / "servers"))
    try:
        import servers

        return servers.resolve("neo4j")
    except Exception:  # noqa: BLE001 - no Maven repository: skip, as the server tests do
        return None
    finally:
        sys.path.pop(0)


@pytest.mark.neo4j
def test_real_neo4j_admin_import_answers_like_the_embedded_store(mini, tmp_path):
    """`neo4j-admin database import full` (Neo4j 5.26, from the jars tests/servers resolves) runs the exact
    command written into import.sh and imports every node and relationship; a Neo4j server started on the
    imported database then answers the flagship question with the embedded store's rows. About a minute of
    JVM work: it runs where the Neo4j tests run (AIKG_TEST_NEO4J_URI set, as in CI) or with
    AIKG_TEST_NEO4J_ADMIN=1."""
    import os

    if not os.environ.get("AIKG_TEST_NEO4J_ADMIN"):
        require_server("AIKG_TEST_NEO4J_URI", "Neo4j (and its jars, for neo4j-admin)")
    classpath = _neo4j_classpath()
    if classpath is None:
        if os.environ.get("AIKG_REQUIRE_SERVERS") == "1":
            pytest.fail("neo4j-admin needs Java 17+ and Maven with Neo4j 5.26 (tests/servers/servers.py)")
        pytest.skip("needs Java 17+ and Maven with Neo4j 5.26 (tests/servers/servers.py)")
    from aikg.ask import ask_embedded, values_for
    from aikg.backends.neo4jdb import Neo4jSettings
    from aikg.build import ensure_built
    from aikg.questions import load

    sel = select(Catalog(ensure_built()))
    folder = write(sel, "neo4j", tmp_path, "neo")
    home = tmp_path / "server" / "neo4j"  # where servers.start_neo4j(tmp_path / "server") keeps its data
    (home / "conf").mkdir(parents=True)
    script = (folder / "import.sh").read_text()
    java = f"java -Xmx512m -cp {':'.join(classpath)} org.neo4j.cli.AdminTool"
    script = script.replace("neo4j-admin", java, 1)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NEO4J_HOME": str(home),
           "NEO4J_CONF": str(home / "conf"), "HOME": str(tmp_path)}
    result = subprocess.run(["sh", "-c", script], capture_output=True, text=True, env=env, cwd=folder)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-3000:]
    assert "IMPORT DONE" in out
    nodes = len(sel.data.entities) + len(sel.data.sources) + 1
    assert f"{nodes} nodes" in out and f"{len(sel.data.statements)} relationships" in out

    sys.path.insert(0, str(ROOT / "tests" / "servers"))
    try:
        import servers
    finally:
        sys.path.pop(0)
    info = servers.start_neo4j(tmp_path / "server")
    try:
        from aikg.backends.cypher import ask_neo4j

        settings = Neo4jSettings(info["uri"], info["user"], info["password"])
        given = {"chip": "chip/gb200", "as_of": "2025-12-01"}
        rq, cy = load("offshore-gb200-access", "sparql"), load("offshore-gb200-access", "cypher")
        expected = ask_embedded(rq, values_for(rq, given, lambda t, c: t), 30.0)
        got = ask_neo4j(cy, values_for(cy, given, lambda t, c: t), 30.0, settings)
        assert expected and got == expected
    finally:
        servers.stop(info)


def test_csv_tables_read_back(full, tmp_path):
    folder = write(full, "csv", tmp_path, "tables")
    entities = 0
    for f in folder.glob("entities-*.csv"):
        rows = _read(f, csv.DictReader)
        assert all(r["type"] == f.stem.removeprefix("entities-") for r in rows)
        entities += len(rows)
    assert entities == len(full.data.entities)
    statements = _read(folder / "statements.csv", csv.DictReader)
    assert len(statements) == len(full.data.statements)
    st = dated_statement(full)
    row = next(r for r in statements if r["id"] == st.id)
    assert row["subject"] == st.subject and row["valid_from"] == str(st.qualifiers["valid_from"])
    assert row["inferred"] == "false" and row["sources"] == "; ".join(st.sources)
    assert row["subject_name"] == full.data.entities[st.subject].name
    assert sum(r["inferred"] == "true" for r in statements) == sum(s.status == "inferred"
                                                                    for s in full.data.statements)
    assert len(_read(folder / "sources.csv", csv.DictReader)) == len(full.data.sources)
    assert json.loads((folder / "aikg-export.json").read_text())["format"] == "csv"


# ---------------------------------------------------------------- pictures


def test_png_is_a_slide_sized_image(answer, tmp_path):
    data = write(answer, "png", tmp_path, "a.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (2400, 1350)


def test_svg_keeps_names_as_text(answer, tmp_path):
    root = ET.parse(write(answer, "svg", tmp_path, "a.svg")).getroot()
    text = " ".join(t for t in root.itertext())
    assert "DeepSeek" in text and "inferred" in text and "Lab" in text


def test_picture_refuses_the_whole_graph(full, tmp_path):
    from aikg.errors import ConfigError

    with pytest.raises(ConfigError, match="too many"):
        export(full, "png", tmp_path / "all.png")
    assert list(tmp_path.iterdir()) == []
