"""Cypher on Neo4j: canned questions (`queries/<name>.cypher`) and the user's own read-only queries.

Write clauses are refused before anything is sent, with a message naming the clause; the session is
READ-access as well, so the server refuses what the check might miss. Parameters are bound by the driver
(`$name`); dates travel as Neo4j dates, entity parameters as ids. Rows go through `ask.tidy`, so they equal
the embedded backend's row for row (tests/test_parity.py holds them to it).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import QueryError
from ..questions import Question
from .neo4jdb import Neo4jSettings, read

_STRINGS = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*[\s\S]*?\*/")
_WRITE = re.compile(r"(?<![.\w$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|RENAME|"
                    r"GRANT|DENY|REVOKE|INSERT|TERMINATE|ENABLE|DEALLOCATE|REALLOCATE)\b", re.I)
_IN_TX = re.compile(r"\bIN\s+(\d+\s+CONCURRENT\s+)?TRANSACTIONS\b", re.I)
_CALL = re.compile(r"(?<![.\w$])CALL\s+([A-Za-z_][\w.]*)\s*\(", re.I)
# procedures that only read; anything else called by name (apoc.*, gds.*, dbms.*, db.create*...) is refused
READ_PROCEDURES = frozenset({"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                             "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.info", "db.ping"})


def code_only(query: str) -> str:
    blank = _STRINGS.sub(lambda m: " " * len(m.group(0)), query)
    return _COMMENTS.sub(lambda m: " " * len(m.group(0)), blank)


def check_read_only(query: str) -> None:
    """Refuse write clauses and procedures that may write, naming what was found."""
    code = code_only(query)
    m = _WRITE.search(code)
    if m:
        clause = " ".join(m.group(1).upper().split())
        raise QueryError(f"{clause} is a write clause: aikg runs read-only Cypher (MATCH … RETURN); load data "
                         "with `aikg neo4j push`")
    if _IN_TX.search(code):
        raise QueryError("CALL { … } IN TRANSACTIONS writes in batches: aikg runs read-only Cypher")
    for call in _CALL.finditer(code):
        name = call.group(1).lower()
        if name not in READ_PROCEDURES:
            raise QueryError(f"CALL {call.group(1)} is refused: aikg calls only read procedures "
                             f"({', '.join(sorted(READ_PROCEDURES))})")
    if not code.strip():
        raise QueryError("empty Cypher query")


def run_user_query(s: Neo4jSettings, query: str, params: dict[str, Any] | None = None,
                   timeout: float | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    check_read_only(query)
    return read(s, query, params, timeout)


def ask_neo4j(q: Question, values: dict[str, Any], timeout: float | None,
              s: Neo4jSettings) -> list[dict[str, Any]]:
    """A canned question's .cypher twin on the server's current generation, rows tidied as every backend's."""
    from ..ask import tidy

    if q.dialect != "cypher":
        raise QueryError(f"{q.name}: the Neo4j backend runs the .cypher file")
    _, rows = read(s, q.body, values, timeout)
    return tidy(q, rows)
