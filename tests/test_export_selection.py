"""`aikg.selection` and the Cytoscape.js document that `aikg explore` embeds (a contract: keep its shape)."""

from __future__ import annotations

from datetime import date

import pytest

from aikg.build import ensure_built
from aikg.catalog import Catalog
from aikg.errors import Ambiguous, ConfigError, NotFound
from aikg.exporters.cytoscape import cytoscape_document
from aikg.selection import select

NODE_KEYS = {"id", "label", "type", "types", "props", "sources"}
EDGE_KEYS = {"id", "source", "target", "predicate", "label", "status", "inferred", "valid_from", "valid_to",
             "confidence", "quantity", "sources", "qualifiers"}
SOURCE_KEYS = {"id", "title", "publisher", "url", "date"}


@pytest.fixture
def cat(mini):
    return Catalog(ensure_built())


def test_whole_graph_is_every_record(cat):
    sel = select(cat)
    assert set(sel.data.entities) == set(cat.entities)
    assert len(sel.data.statements) == len(cat.statements)
    assert set(sel.data.sources) == set(cat.sources)


def test_cytoscape_document_shape(cat):
    sel = select(cat)
    doc = cytoscape_document(sel.data, sel.meta)
    assert set(doc) == {"data", "elements"}
    assert set(doc["data"]) == {"title", "as_of", "question", "generated"}
    date.fromisoformat(doc["data"]["generated"])
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == len(cat.entities) and len(edges) == len(cat.statements)
    ids = {n["data"]["id"] for n in nodes}
    for n in nodes:
        assert set(n["data"]) == NODE_KEYS
        assert n["data"]["type"] in n["data"]["types"] and "name" not in n["data"]["props"]
        assert all(set(s) == SOURCE_KEYS for s in n["data"]["sources"])
    for e in edges:
        d = e["data"]
        assert set(d) == EDGE_KEYS and d["source"] in ids and d["target"] in ids
        assert d["inferred"] == (d["status"] == "inferred")
        assert d["sources"] and all(set(s) == SOURCE_KEYS and s["title"] for s in d["sources"])
    assert any(e["data"]["inferred"] for e in edges)
    lab = next(n["data"] for n in nodes if n["data"]["id"] == "org/lab-cn")
    assert lab["label"] == "Lab CN" and "Lab" in lab["types"] and "Organization" in lab["types"]


def test_as_of_keeps_statements_valid_that_day(cat):
    from aikg.reasoning.rules import statement_span
    from aikg.selection import dataset_from_records

    day = date(2024, 1, 1)
    sel = select(cat, as_of=day)
    every = dataset_from_records({"sources": cat.sources, "entities": cat.entities, "statements": cat.statements})
    expected = {st.id for st in every.statements if day in statement_span(st)}
    assert {st.id for st in sel.data.statements} == expected
    assert len(expected) < len(every.statements)  # the fixture has dated statements on both sides of the day
    assert set(sel.data.entities) == set(cat.entities)
    assert sel.meta.as_of == day


def test_around_takes_the_neighbourhood(cat):
    one = select(cat, around="Lab CN", hops=1)
    assert one.meta.around == "org/lab-cn"
    near = {st.object for st in one.data.statements if st.subject == "org/lab-cn"}
    assert near and near <= set(one.data.entities)
    for st in one.data.statements:
        assert st.subject in one.data.entities and st.object in one.data.entities
    zero = select(cat, around="org/lab-cn", hops=0)
    assert "org/lab-cn" in zero.data.entities and len(zero.data.entities) < len(one.data.entities)
    two = select(cat, around="org/lab-cn", hops=2)
    assert set(one.data.entities) <= set(two.data.entities)


def test_around_uses_the_resolver_errors(cat):
    with pytest.raises(NotFound, match="no entity named"):
        select(cat, around="Nothing Like It")
    with pytest.raises(NotFound, match="did you mean org/lab-cn"):
        select(cat, around="Lab CNN")


def test_around_an_ambiguous_name(data_dir):
    (data_dir / "zz.yaml").write_text("entities:\n  - {id: chip/h100-pcie, type: Chip, name: H100, "
                                      "sources: [src/test-a]}\n")
    with pytest.raises(Ambiguous, match="matches several"):
        select(Catalog(ensure_built()), around="H100")


def test_types_filter_and_its_errors(cat):
    sel = select(cat, types=["Chip"])
    assert sel.data.entities and all(e.type == "Chip" for e in sel.data.entities.values())
    orgs = select(cat, types=["Organization"])
    assert "org/lab-cn" in orgs.data.entities
    with pytest.raises(ConfigError, match="did you mean Chip"):
        select(cat, types=["Chipp"])


def test_question_takes_the_answer_entities(cat):
    sel = select(cat, question="offshore-gb200-access", params={"chip": "chip/gb200"}, as_of=date(2025, 12, 1))
    ents = set(sel.data.entities)
    assert {"org/lab-cn", "chip/gb200"} <= ents
    assert sel.meta.question == "offshore-gb200-access" and sel.meta.as_of == date(2025, 12, 1)
    assert sel.meta.title.startswith("Which labs")
    assert len(ents) < len(cat.entities)
    assert any(st.predicate == "hosts_chip" for st in sel.data.statements)


def test_empty_selection_is_an_error(cat):
    with pytest.raises(ConfigError, match="empty"):
        select(cat, around="org/lab-cn", hops=0, types=["Chip"])
