"""Every question, on every available backend, gives the embedded store's rows exactly.

The curated graph is pushed once per session to the real Neo4j and Fuseki (tests/servers/servers.py); each
question found in queries/ at run time is asked with its defaults and on a past date. A question without a
.cypher twin fails for Neo4j, so nothing is skipped silently; a server that answers differently fails, as
Debian's Virtuoso would have (it returned empty results for a property-path query).
"""

from __future__ import annotations

import json
import os
from functools import cache

import pytest
from conftest import require_server

from aikg.ask import ask_embedded, values_for
from aikg.questions import discover, load

PAST = "2024-06-01"


def _variants(name: str) -> list[str | None]:
    """Defaults, and a past date for questions that take one."""
    try:
        takes = "as_of" in load(name, "sparql").params
    except Exception:  # noqa: BLE001 - a broken file fails in its own test, not at collection
        takes = False
    return [None, PAST] if takes else [None]


CASES = [(name, backend, as_of) for name in sorted(discover()) for backend in ("neo4j", "sparql")
         for as_of in _variants(name)]


@pytest.fixture(scope="session")
def neo4j_curated(request):
    from aikg.backends.neo4jdb import Neo4jSettings
    from aikg.backends.neo4jpush import push
    from aikg.build import load_records

    uri = require_server("AIKG_TEST_NEO4J_URI", "Neo4j")  # before building: no server, no build
    curated_build = request.getfixturevalue("curated_build")
    s = Neo4jSettings(uri, os.environ.get("AIKG_TEST_NEO4J_USER", "neo4j"), os.environ["AIKG_TEST_NEO4J_PASSWORD"])
    push(s, load_records(curated_build), curated_build.hash)
    return s


@pytest.fixture(scope="session")
def fuseki_curated(request):
    from aikg.backends.endpoint import push

    url = require_server("AIKG_TEST_FUSEKI_URL", "Fuseki").rstrip("/")
    curated_build = request.getfixturevalue("curated_build")
    push(url, curated_build.ntriples_path)
    return url


@cache
def _values(name: str, as_of: str | None) -> tuple[tuple[str, object], ...]:
    from aikg.build import ensure_built
    from aikg.catalog import Catalog

    q = load(name, "sparql")
    given = {"as_of": as_of} if as_of and "as_of" in q.params else {}
    return tuple(values_for(q, given, Catalog(ensure_built()).resolve).items())


@cache
def _embedded(name: str, as_of: str | None) -> str:
    return json.dumps(ask_embedded(load(name, "sparql"), dict(_values(name, as_of)), 120), sort_keys=True)


def _explain(expected: list[dict], got: list[dict]) -> str:
    a = {json.dumps(r, sort_keys=True) for r in expected}
    b = {json.dumps(r, sort_keys=True) for r in got}
    lines = [f"embedded {len(expected)} rows, backend {len(got)} rows"]
    lines += [f"  only embedded: {r}" for r in sorted(a - b)[:5]]
    lines += [f"  only backend:  {r}" for r in sorted(b - a)[:5]]
    return "\n".join(lines)


@pytest.mark.neo4j
@pytest.mark.fuseki
@pytest.mark.parametrize(("name", "backend", "as_of"), CASES)
def test_every_backend_gives_the_embedded_rows(request, name, backend, as_of):
    server = request.getfixturevalue("neo4j_curated" if backend == "neo4j" else "fuseki_curated")
    values = dict(_values(name, as_of))
    expected = json.loads(_embedded(name, as_of))
    if backend == "neo4j":
        from aikg.backends.cypher import ask_neo4j

        assert "cypher" in discover()[name], f"queries/{name}.rq has no .cypher twin: write queries/{name}.cypher"
        got = ask_neo4j(load(name, "cypher"), values, 120, server)
    else:
        from aikg.backends.endpoint import ask_endpoint

        got = ask_endpoint(load(name, "sparql"), values, 120, server)
    assert got == expected, _explain(expected, got)
