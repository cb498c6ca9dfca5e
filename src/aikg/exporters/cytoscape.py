"""Cytoscape.js JSON: `{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}`.

The document `cy.json()` / `cytoscape({elements})` loads as is, and the shape `aikg explore` embeds in its page.
Nodes carry the entity's display name, its types and roles, its literal properties and its sources as objects;
edges carry the statement's status, whether it is inferred, its dates, confidence, quantity, sources as objects,
and any other qualifiers (route, via, effect, note, derived_from_rules...) under `qualifiers`. Every statement's
object is an entity (the schema says so), so every statement is an edge; literal facts are node `props`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from ..validate import Dataset
from .common import (
    INFERRED,
    edge_label,
    entity_props,
    entity_types,
    extra_qualifiers,
    iso,
    number,
    sources_of,
)


def cytoscape_document(data: Dataset, meta: Any) -> dict[str, Any]:
    """The selection as a Cytoscape.js document (the contract with `aikg explore`; keep the shape stable)."""
    nodes = [{"data": {"id": e.id, "label": e.name, "type": e.type, "types": entity_types(e),
                       "props": entity_props(e), "sources": sources_of(e.sources, data)}}
             for e in data.entities.values()]
    edges = []
    for st in data.statements:
        q = st.qualifiers
        edges.append({"data": {
            "id": st.id, "source": st.subject, "target": st.object, "predicate": st.predicate,
            "label": edge_label(st), "status": st.status, "inferred": st.status == INFERRED,
            "valid_from": iso(q.get("valid_from")), "valid_to": iso(q.get("valid_to")),
            "confidence": number(q.get("confidence")), "quantity": number(q.get("quantity")),
            "sources": sources_of(st.sources, data), "qualifiers": extra_qualifiers(st)}})
    as_of = getattr(meta, "as_of", None)
    return {"data": {"title": getattr(meta, "title", "aikg graph"), "as_of": iso(as_of),
                     "question": getattr(meta, "question", None), "generated": date.today().isoformat()},
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(data: Dataset, meta: Any, path: Path) -> None:
    path.write_text(json.dumps(cytoscape_document(data, meta), ensure_ascii=False), encoding="utf-8")
