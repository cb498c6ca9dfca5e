"""Answering a canned question: resolve and bind its parameters, run it on a backend, tidy the rows.

Every backend returns the same rows for the same question (the parity test holds them to it): list columns
(declared under `lists:` in the header) are split, de-duplicated and sorted here, after the engine.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .errors import ConfigError, QueryError
from .questions import Param, Question

LIST_SEPARATOR = "; "


def parse_date(text: str, what: str = "date") -> date:
    if text in ("today", "now"):
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"cannot read {what} {text!r}: use an ISO date YYYY-MM-DD (or 'today')") from None


def coerce(param: Param, raw: Any, resolve: Any) -> Any:
    """A parameter value in its declared type (entity names resolved to ids)."""
    if raw is None:
        return None
    text = str(raw)
    try:
        if param.type == "entity":
            return resolve(text, param.entity_type)
        if param.type == "date":
            return parse_date(text, f"parameter {param.name}")
        if param.type == "integer":
            return int(text)
        if param.type == "number":
            return float(text)
        if param.type == "boolean":
            if text.lower() not in ("true", "false", "yes", "no", "1", "0"):
                raise ValueError(text)
            return text.lower() in ("true", "yes", "1")
    except ValueError:
        raise ConfigError(f"parameter {param.name} must be a {param.type}, got {text!r}") from None
    return text


def values_for(q: Question, given: dict[str, str], resolve: Any) -> dict[str, Any]:
    unknown = sorted(set(given) - set(q.params))
    if unknown:
        known = ", ".join(q.params) or "none"
        raise ConfigError(f"question {q.name} has no parameter {unknown[0]!r} (parameters: {known})")
    out = {}
    for name, p in q.params.items():
        raw = given.get(name, p.default)
        if raw is None:
            raise ConfigError(f"question {q.name} needs parameter {name} ({p.type}): pass -p {name}=VALUE")
        if name not in given and p.type == "entity":
            out[name] = str(raw)  # defaults are ids, checked by the tests
        else:
            out[name] = coerce(p, raw, resolve)
    return out


def sparql_term(param: Param, value: Any) -> Any:
    from pyoxigraph import Literal, NamedNode

    from .schema import ID_NS

    xsd = "http://www.w3.org/2001/XMLSchema#"
    if param.type == "entity":
        return NamedNode(ID_NS + value)
    if param.type == "date":
        return Literal(value.isoformat(), datatype=NamedNode(xsd + "date"))
    if param.type == "integer":
        return Literal(str(value), datatype=NamedNode(xsd + "integer"))
    if param.type == "number":
        return Literal(repr(float(value)), datatype=NamedNode(xsd + "double"))
    if param.type == "boolean":
        return Literal("true" if value else "false", datatype=NamedNode(xsd + "boolean"))
    return Literal(str(value))


def tidy(q: Question, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Same rows on every backend: list cells sorted, numbers normalised, rows in a stable order."""
    lists = set(q.header.get("lists") or [])
    out = []
    for row in rows:
        clean: dict[str, Any] = {}
        for c in q.columns:
            v = row.get(c)
            if c in lists:
                items = v if isinstance(v, list) else (str(v).split(LIST_SEPARATOR) if v not in (None, "") else [])
                v = LIST_SEPARATOR.join(sorted({str(i).strip() for i in items if str(i).strip()}))
            elif isinstance(v, float) and v.is_integer():
                v = int(v)
            clean[c] = v
        out.append(clean)
    if not q.header.get("ordered"):
        out.sort(key=lambda r: [(_sort_key(r[c])) for c in q.columns])
    return out


def _sort_key(v: Any) -> tuple[int, Any]:
    if v is None:
        return (0, "")
    if isinstance(v, bool):
        return (1, int(v))
    if isinstance(v, int | float):
        return (1, v)
    return (2, str(v))


def ask_embedded(q: Question, values: dict[str, Any], timeout: float | None,
                 scenario: str | None = None) -> list[dict[str, Any]]:
    from .build import ensure_built
    from .sparql import EmbeddedStore

    if q.dialect != "sparql":
        raise QueryError(f"{q.name}: the embedded backend runs the .rq file")
    info = ensure_built(scenario=scenario)
    bindings = {k: sparql_term(q.params[k], v) for k, v in values.items()}
    _, rows = EmbeddedStore(info.store_path).select(q.body, bindings, timeout)
    return tidy(q, rows)
