"""Question files: strict parsing (file:line errors), binding, and golden answers on the mini world."""

from __future__ import annotations

import pytest

from aikg.ask import ask_embedded, values_for
from aikg.errors import QueryError
from aikg.questions import discover, load, parse

HEADER = """# ---
# title: T
# question: Q?
# params:
#   chip: {type: entity, default: chip/h100}
# columns: [name]
# ---
"""


def write(tmp_path, body, header=HEADER, name="q.rq"):
    p = tmp_path / name
    p.write_text(header + body)
    return p


def test_every_question_file_parses_and_has_a_twin_header():
    files = discover()
    assert len(files) >= 8
    for name, dialects in files.items():
        parsed = {d: parse(p) for d, p in dialects.items()}
        assert parsed["sparql"].question.endswith("?"), name
        if "cypher" in parsed:
            a, b = parsed["sparql"], parsed["cypher"]
            assert (a.title, a.question, a.columns, a.header.get("lists")) == (b.title, b.question, b.columns,
                                                                             b.header.get("lists"))
            assert {k: (v.type, v.default) for k, v in a.params.items()} == \
                   {k: (v.type, v.default) for k, v in b.params.items()}


def test_undeclared_parameter_names_its_line(tmp_path):
    p = write(tmp_path, "SELECT ?name WHERE {\n  $chip rdfs:label ?name .\n  $other rdfs:label ?name .\n}\n")
    with pytest.raises(QueryError, match=r"q\.rq:10: parameter \$other is not declared"):
        parse(p)


def test_unused_parameter_names_its_line(tmp_path):
    p = write(tmp_path, "SELECT ?name WHERE { ?x rdfs:label ?name }\n")
    with pytest.raises(QueryError, match=r"q\.rq:5: parameter 'chip' is declared but not used"):
        parse(p)


def test_columns_must_match_the_select(tmp_path):
    p = write(tmp_path, "SELECT ?name ?extra WHERE {\n $chip rdfs:label ?name . BIND(1 AS ?extra) }\n")
    with pytest.raises(QueryError, match=r"q\.rq:8: the query returns \['name', 'extra'\]"):
        parse(p)


def test_cypher_columns_must_match_the_return(tmp_path):
    header = HEADER.replace("# ", "// ").replace("#", "//")
    p = write(tmp_path, "MATCH (c {id: $chip})\nRETURN c.name AS label\n", header, "q.cypher")
    with pytest.raises(QueryError, match=r"q\.cypher:9: the query returns \['label'\]"):
        parse(p)


def test_parameters_in_comments_and_strings_are_not_parameters(tmp_path):
    p = write(tmp_path, '# uses $nothing\nSELECT ?name WHERE { $chip rdfs:label ?name FILTER(?name != "$x") }\n')
    assert list(parse(p).params) == ["chip"]


def test_malformed_header(tmp_path):
    p = write(tmp_path, "SELECT ?name WHERE { $chip rdfs:label ?name }\n",
              "# title: [oops\n# columns: [name]\n")
    with pytest.raises(QueryError, match=r"q\.rq:\d+: malformed header"):
        parse(p)


def test_unknown_question_suggests_names():
    with pytest.raises(Exception, match="did you mean offshore-gb200-access"):
        load("offshore-gb200")


def rows(name, **given):
    q = load(name)
    from aikg.build import ensure_built
    from aikg.catalog import Catalog

    cat = Catalog(ensure_built())
    return ask_embedded(q, values_for(q, given, cat.resolve), timeout=30)


def test_flagship_on_the_mini_world(mini):
    got = rows("offshore-gb200-access", chip="chip/gb200", as_of="2025-12-01")
    assert [(r["lab"], r["data_center"], r["status"]) for r in got] == [("Lab CN", "Johor Site", "reported"),
                                                                        ("Lab US", "Gulf Site", "forecast")]
    johor = got[0]
    assert johor["lab_country"] == "China" and johor["dc_country"] == "Malaysia"
    assert johor["operator"] == "Operator One" and johor["sources"] == "src/brief; src/test-a; src/test-b"


def test_flagship_flips_on_the_day_a_license_condition_starts(mini):
    before = rows("offshore-gb200-access", chip="GB200", as_of="2025-08-31")
    after = rows("offshore-gb200-access", chip="GB200", as_of="2025-09-01")
    assert ("Lab CN", "Gulf Site") in {(r["lab"], r["data_center"]) for r in before}
    assert ("Lab CN", "Gulf Site") not in {(r["lab"], r["data_center"]) for r in after}
    # and a site that only started hosting on 2025-03-01 is not reachable before it
    early = rows("offshore-gb200-access", chip="GB200", as_of="2025-02-28")
    assert "Johor Site" not in {r["data_center"] for r in early}


def test_a_parameter_reused_as_a_variable_is_an_error(tmp_path):
    p = write(tmp_path, "SELECT ?name WHERE {\n  $chip rdfs:label ?name .\n  ?chip a ?t .\n}\n")
    with pytest.raises(QueryError, match=r"q\.rq:10: \?chip is the parameter \$chip"):
        parse(p)


def test_parsed_questions_are_cached_until_the_file_changes(tmp_path, build_dir, monkeypatch):
    import os

    import aikg.questions as qmod

    p = write(tmp_path, "SELECT ?name WHERE { $chip rdfs:label ?name }\n")
    first = qmod.parse_cached(p)
    monkeypatch.setattr(qmod, "parse", lambda path: (_ for _ in ()).throw(AssertionError("parsed again")))
    again = qmod.parse_cached(p)
    assert (again.columns, again.params["chip"].default, again.body) == (first.columns, "chip/h100", first.body)
    p.write_text(HEADER.replace("[name]", "[label]") + "SELECT ?label WHERE { $chip rdfs:label ?label }\n")
    os.utime(p, ns=(first_ns := p.stat().st_mtime_ns + 10**9, first_ns))
    with pytest.raises(AssertionError, match="parsed again"):
        qmod.parse_cached(p)
