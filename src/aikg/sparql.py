"""Running SPARQL on the embedded Oxigraph store: read-only, parameters bound by the engine, time-limited.

User queries are refused when they are updates or use `SERVICE` (which would make outbound requests).
The store is opened read-only, so even a query that slipped past the check could not write.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import QueryError, QueryTimeout
from .schema import ID_NS, NS, P_NS, PS_NS

DEFAULT_TIMEOUT = 30.0
PREFIXES = {
    "aikg": NS,
    "id": ID_NS,
    "p": P_NS,
    "ps": PS_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "http://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
PREFIX_HEADER = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

_STRINGS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_COMMENT = re.compile(r"#[^\n]*")
_UPDATE = re.compile(r"(?<![?$:\w])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b(?!\s*\()", re.I)
_SERVICE = re.compile(r"(?<![?$:\w])SERVICE\b", re.I)
_FORM = re.compile(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)

T = TypeVar("T")


def code_only(query: str) -> str:
    """The query without string literals, IRIs and comments, so keyword checks cannot be fooled by them."""
    blank = _STRINGS.sub(lambda m: " " * len(m.group(0)), query)
    return _COMMENT.sub(lambda m: " " * len(m.group(0)), blank)


def bind(query: str, bindings: dict[str, Any]) -> str:
    """The query with its parameters bound by a VALUES block at the top of the outermost WHERE.

    This is how rdflib implements `initBindings`, and the one binding that works on every SPARQL 1.1 engine
    and endpoint (Oxigraph's own substitutions only reach projected variables). The values are RDF terms
    serialised by the RDF library, never user text pasted into the query, so they cannot change its shape.
    Parameters must be used in the outer query (a sub-select that needs one must project it).
    """
    if not bindings:
        return query
    code = code_only(query)
    m = re.search(r"\bWHERE\s*\{", code, re.I) or re.search(r"(?<![?$:\w])(SELECT|ASK)\b[^{]*\{", code, re.I)
    if not m:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    return f"{query[:m.end()]} VALUES ({names}) {{ ({terms}) }} {query[m.end():]}"


def check_read_only(query: str) -> None:
    code = code_only(query)
    if _SERVICE.search(code):
        raise QueryError("SERVICE is not allowed: user queries never make outbound requests")
    if not _FORM.search(code):
        m = _UPDATE.search(code)
        if m:
            raise QueryError(f"{m.group(1).upper()} is an update: aikg runs read-only queries (SELECT, ASK, "
                             "CONSTRUCT, DESCRIBE)")
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    m = _UPDATE.search(code)
    if m and re.search(r"(?<![?$:\w])(INSERT|DELETE)\s+(DATA|WHERE|\{)", code, re.I):
        raise QueryError(f"{m.group(1).upper()} is an update: aikg runs read-only queries")


def with_timeout(fn: Callable[[], T], timeout: float | None, what: str = "query") -> T:
    """Run fn in a worker thread; raise QueryTimeout if it has not finished in time."""
    if not timeout:
        return fn()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(f"{what} timed out after {timeout:g} s: narrow it (LIMIT, fewer hops) or raise --timeout")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def term_value(term: Any) -> Any:
    """An Oxigraph term as a plain value: entity ids for aikg IRIs, Python numbers for numeric literals."""
    from pyoxigraph import BlankNode, Literal, NamedNode

    if term is None:
        return None
    if isinstance(term, NamedNode):
        v = term.value
        return v[len(ID_NS):] if v.startswith(ID_NS) else v
    if isinstance(term, Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#float", "#double", "#decimal")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    return str(term)


def _one_line(message: str, limit: int = 160) -> str:
    """Engine messages can span lines and list whole character classes: keep the first useful part."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EmbeddedStore:
    """The on-disk Oxigraph store of a build, opened read-only."""

    def __init__(self, path: Path):
        from pyoxigraph import Store

        self.store = Store.read_only(str(path))

    def select(self, query: str, bindings: dict[str, Any] | None = None,
               timeout: float | None = DEFAULT_TIMEOUT) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT (or ASK) and return (variables, rows as dicts of plain values)."""
        from pyoxigraph import QueryBoolean, QuerySolutions

        text = bind(query, bindings or {})

        def run() -> tuple[list[str], list[dict[str, Any]]]:
            try:
                result = self.store.query(text, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise QueryError(f"SPARQL syntax error: {_one_line(str(exc))}") from None
            except OSError as exc:
                raise QueryError(f"query failed: {exc}") from None
            if isinstance(result, QueryBoolean):
                return ["result"], [{"result": bool(result)}]
            if not isinstance(result, QuerySolutions):
                raise QueryError("only SELECT and ASK results can be shown as rows; use `aikg export` for graphs")
            names = [v.value for v in result.variables]
            rows = [{n: term_value(sol[n]) for n in names} for sol in result]
            return names, rows

        return with_timeout(run, timeout)

    def construct(self, query: str, timeout: float | None = DEFAULT_TIMEOUT) -> list[Any]:
        def run() -> list[Any]:
            return list(self.store.query(query, prefixes=PREFIXES))  # type: ignore[arg-type]

        return with_timeout(run, timeout)
