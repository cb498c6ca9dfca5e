"""The curated graph: it validates, conforms to SHACL, is sourced, and every question answers on it."""

from __future__ import annotations

import json

import pytest

from aikg.ask import ask_embedded, values_for
from aikg.catalog import Catalog
from aikg.questions import discover, load


@pytest.fixture(scope="module")
def catalog(curated_build):
    return Catalog(curated_build)


def answer(name, **given):
    q = load(name)
    from aikg.build import ensure_built

    cat = Catalog(ensure_built())
    return ask_embedded(q, values_for(q, given, cat.resolve), timeout=60)


def test_curated_data_has_no_errors():
    from aikg.build import check

    _, problems = check()
    assert [str(p) for p in problems if p.severity == "error"] == []


def test_curated_rdf_conforms_to_the_shacl_shapes():
    pytest.importorskip("pyshacl")
    from aikg.build import check, derive
    from aikg.report import shacl_problems

    data, _ = check()
    assert [str(p) for p in shacl_problems(derive(data))] == []


def test_every_entity_and_statement_is_sourced(catalog):
    assert all(e["sources"] for e in catalog.entities.values())
    assert all(st["sources"] for st in catalog.statements)
    cited = {s for e in catalog.entities.values() for s in e["sources"]}
    cited |= {s for st in catalog.statements for s in st["sources"]}
    assert cited <= set(catalog.sources)
    for s in catalog.sources.values():
        assert s["title"] and s["publisher"] and s["url"]


def test_the_brief_is_in_the_graph_with_its_hedges(catalog):
    brief = [st for st in catalog.statements if "src/brief" in st["sources"]]
    statuses = {st["status"] for st in brief}
    assert {"forecast", "unclear"} <= statuses, statuses
    assert "src/brief" in catalog.sources


@pytest.mark.parametrize("name", sorted(discover()))
def test_every_question_runs_on_the_curated_graph(curated_build, name):
    rows = answer(name)
    assert isinstance(rows, list)
    json.dumps(rows)


def test_near_names_are_distinct_chips(catalog):
    ids = {"chip/nvidia-h100", "chip/nvidia-h800", "chip/nvidia-h20", "chip/nvidia-h200"}
    assert ids <= set(catalog.entities)
    assert len({catalog.entities[i]["props"]["name"] for i in ids}) == 4
