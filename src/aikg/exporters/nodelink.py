"""Node-link JSON, the shape D3's force layouts and `networkx.node_link_graph` read:
`{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "links": [{"source", "target", "key", ...}]}`.

Nodes carry the Cytoscape document's fields with the properties inline; links carry the statement id as `key`,
the qualifiers inline and the sources as full objects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..validate import Dataset
from .cytoscape import cytoscape_document


def node_link_document(data: Dataset, meta: Any) -> dict[str, Any]:
    doc = cytoscape_document(data, meta)
    nodes = []
    for n in doc["elements"]["nodes"]:
        d = n["data"]
        nodes.append({"id": d["id"], "label": d["label"], "type": d["type"], "types": d["types"], **d["props"],
                      "sources": d["sources"]})
    links = []
    for e in doc["elements"]["edges"]:
        d = dict(e["data"])
        extra = d.pop("qualifiers")
        links.append({"source": d.pop("source"), "target": d.pop("target"), "key": d.pop("id"), **d, **extra})
    return {"directed": True, "multigraph": True, "graph": doc["data"], "nodes": nodes, "links": links}


def write_node_link(data: Dataset, meta: Any, path: Path) -> None:
    path.write_text(json.dumps(node_link_document(data, meta), ensure_ascii=False), encoding="utf-8")
