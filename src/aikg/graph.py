"""Records → a networkx MultiDiGraph (for algorithms and exports): entities are nodes, statements are edges
keyed by statement id with their qualifiers and sources as attributes."""

from __future__ import annotations

from typing import Any

from .schema import load_schema
from .validate import Dataset


def to_networkx(data: Dataset) -> Any:
    import networkx as nx

    schema = load_schema()
    g = nx.MultiDiGraph()
    for e in data.entities.values():
        g.add_node(e.id, type=e.type, labels=schema.types_of(e.type, e.roles), sources=list(e.sources), **e.props)
    for st in data.statements:
        g.add_edge(st.subject, st.object, key=st.id, predicate=st.predicate, status=st.status,
                   sources=list(st.sources), **st.qualifiers)
    return g
