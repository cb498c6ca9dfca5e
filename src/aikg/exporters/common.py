"""What every exporter shares: entity and statement fields in export shape, and sources as small objects.

Each format module turns a selection (`selection.Selection`: records plus `Meta`) into its own file; these
helpers keep the fields, names and order the same across formats.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import Entity, Source, Statement
from ..validate import Dataset

INFERRED = "inferred"
SOURCE_FIELDS = ("id", "title", "publisher", "url", "date")
EDGE_CORE = ("valid_from", "valid_to", "confidence", "quantity")


def iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def source_object(sid: str, sources: dict[str, Source]) -> dict[str, Any]:
    """A cited source as {id, title, publisher, url, date} (date: when it was published)."""
    s = sources.get(sid)
    f = s.fields if s is not None else {}
    return {"id": sid, "title": f.get("title"), "publisher": f.get("publisher"), "url": f.get("url"),
            "date": iso(f.get("published"))}


def sources_of(ids: list[str], data: Dataset) -> list[dict[str, Any]]:
    return [source_object(sid, data.sources) for sid in ids]


def entity_types(e: Entity) -> list[str]:
    """The entity's class, its organization roles and their ancestors (as Neo4j labels and RDF types)."""
    from ..schema import load_schema

    return load_schema().types_of(e.type, e.roles)


def entity_props(e: Entity) -> dict[str, Any]:
    """Literal properties (name and roles excluded: they are the label and the types)."""
    return {k: iso(v) for k, v in e.props.items() if k not in ("name", "roles") and v is not None}


def edge_label(st: Statement) -> str:
    return st.predicate.replace("_", " ")


def number(value: Any) -> float | int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def extra_qualifiers(st: Statement) -> dict[str, Any]:
    """Qualifiers beyond the common edge fields: route, via, effect, note, derived_from_rules, claimed_by..."""
    return {k: iso(v) for k, v in st.qualifiers.items() if k not in EDGE_CORE and v is not None}


def scalar(value: Any, spec: dict[str, Any] | None) -> Any:
    """A value as one typed scalar for flat formats (GraphML, GEXF, CSV): numbers and booleans in their schema
    type, dates as ISO text, lists joined with "; ", anything else as text."""
    if isinstance(value, list):
        return "; ".join(str(iso(v)) for v in value)
    datatype = (spec or {}).get("datatype") or ""
    try:
        if datatype.endswith("#float"):
            return float(value)
        if datatype.endswith("#integer"):
            return int(value)
    except (TypeError, ValueError):
        return str(value)
    if datatype.endswith("#boolean") or isinstance(value, bool):
        return bool(value) if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(iso(value))


def flat_sources(ids: list[str], data: Dataset) -> dict[str, str]:
    """Sources in flat formats: ids, titles and URLs joined with "; ", and the full objects as a JSON string."""
    import json

    objs = sources_of(ids, data)
    return {"sources": "; ".join(ids), "source_titles": "; ".join(str(o["title"] or "") for o in objs),
            "source_urls": "; ".join(str(o["url"] or "") for o in objs),
            "sources_json": json.dumps(objs, ensure_ascii=False)}


def flat_node(e: Entity, data: Dataset) -> dict[str, Any]:
    """An entity as flat, typed attributes: label, type, types, its properties, its sources."""
    from ..schema import load_schema

    props = load_schema().classes[e.type]["properties"]
    out: dict[str, Any] = {"label": e.name, "type": e.type, "types": "; ".join(entity_types(e))}
    out.update({k: scalar(v, props.get(k)) for k, v in e.props.items()
                if k not in ("name", "roles") and v is not None})
    out.update(flat_sources(e.sources, data))
    return out


def flat_edge(st: Statement, data: Dataset) -> dict[str, Any]:
    """A statement as flat, typed attributes: predicate, label, status, inferred, its qualifiers, its sources."""
    from ..schema import load_schema

    props = load_schema().classes["Statement"]["properties"]
    out: dict[str, Any] = {"predicate": st.predicate, "label": edge_label(st), "status": st.status,
                           "inferred": st.status == INFERRED}
    out.update({k: scalar(v, props.get(k)) for k, v in st.qualifiers.items() if v is not None})
    out.update(flat_sources(st.sources, data))
    return out
