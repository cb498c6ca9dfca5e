"""Server backends: Neo4j over Bolt (`neo4jdb`, `neo4jpush`, `cypher`) and SPARQL 1.1 endpoints (`endpoint`).

The embedded Oxigraph store answers on one machine; these are the scale-out path. Each module imports its
driver lazily, so `aikg --help` and the embedded backend never pay for them, and a missing optional driver is
one line telling the user what to install.
"""

from __future__ import annotations

from typing import Any

BACKENDS = ("embedded", "neo4j", "sparql")


def dialect(backend: str) -> str:
    """The question file a backend runs: .cypher on Neo4j, .rq everywhere else."""
    from ..errors import ConfigError

    if backend not in BACKENDS:
        raise ConfigError(f"unknown backend {backend!r}: use one of {', '.join(BACKENDS)}")
    return "cypher" if backend == "neo4j" else "sparql"


def answer(q: Any, values: dict[str, Any], timeout: float | None, backend: str = "embedded",
           endpoint: str | None = None, scenario: str | None = None, graph: str | None = None) -> list[dict[str, Any]]:
    """Rows of a question on one backend; `endpoint` is the SPARQL URL, or the Bolt URI for Neo4j."""
    from ..errors import ConfigError

    dialect(backend)
    if backend == "embedded":
        from ..ask import ask_embedded

        if endpoint:
            raise ConfigError("--endpoint needs --backend sparql or --backend neo4j")
        return ask_embedded(q, values, timeout, scenario=scenario)
    if scenario:
        raise ConfigError(f"--assume runs on the embedded backend only: the {backend} server holds the default graph")
    if backend == "neo4j":
        from .cypher import ask_neo4j
        from .neo4jdb import Neo4jSettings

        return ask_neo4j(q, values, timeout, Neo4jSettings.from_env(uri=endpoint))
    from .endpoint import DEFAULT_GRAPH, ask_endpoint

    if not endpoint:
        raise ConfigError("--backend sparql needs --endpoint URL (the SPARQL query endpoint)")
    return ask_endpoint(q, values, timeout, endpoint, graph or DEFAULT_GRAPH)
