"""GraphML (yEd, Gephi, igraph, networkx) and GEXF 1.2 (Gephi), written by networkx's own writers.

Both are flat: every attribute is one typed scalar (GraphML keys `double`/`long`/`boolean`/`string`, GEXF
`attribute type`s), from the schema's datatypes, so a float stays a float in every row. Lists are joined with
"; "; dates are ISO text. Nodes have `label` (the name), `type` (the class) and `types` (class, roles and
ancestors); edges have `predicate`, `label`, `status`, `inferred` and every qualifier. Sources travel on every
node and edge as `sources` (ids), `source_titles`, `source_urls` and `sources_json` (the full objects).
Edge ids are statement ids, and each edge also has a `statement` attribute (igraph ignores XML edge ids).

GEXF is dynamic: an edge's `valid_from`/`valid_to` are also its `start`/`end` (inclusive dates, as in aikg),
so Gephi's timeline shows which statements hold when; entities have no validity of their own and stay static.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..validate import Dataset
from .common import flat_edge, flat_node, iso


def flat_graph(data: Dataset, meta: Any, dynamic: bool = False) -> Any:
    """The selection as a networkx MultiDiGraph with flat, typed attributes (keys: statement ids)."""
    import networkx as nx

    g = nx.MultiDiGraph(name=getattr(meta, "title", "aikg graph"))
    for e in data.entities.values():
        g.add_node(e.id, **flat_node(e, data))
    for st in data.statements:
        attrs = {"statement": st.id, **flat_edge(st, data)}  # also as data: igraph drops XML edge ids
        if dynamic:
            attrs["id"] = st.id  # networkx's GEXF writer numbers edges unless given an id
            for ours, gexf in (("valid_from", "start"), ("valid_to", "end")):
                if st.qualifiers.get(ours):
                    attrs[gexf] = str(iso(st.qualifiers[ours]))
        g.add_edge(st.subject, st.object, key=st.id, **attrs)
    return g


def write_graphml(data: Dataset, meta: Any, path: Path) -> None:
    import networkx as nx

    nx.write_graphml(flat_graph(data, meta), str(path), encoding="utf-8", prettyprint=False,
                     edge_id_from_attribute="statement")


def write_gexf(data: Dataset, meta: Any, path: Path) -> None:
    import networkx as nx

    g = flat_graph(data, meta, dynamic=True)
    nx.write_gexf(g, str(path), encoding="utf-8", prettyprint=False, version="1.2draft")
