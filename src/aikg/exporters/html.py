"""`aikg export html` (and `aikg explore`): the explorer page, one self-contained offline HTML file that draws
the selection's Cytoscape.js document with the vendored cytoscape.js (`aikg.explorer`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..validate import Dataset
from .cytoscape import cytoscape_document


def write_html(data: Dataset, meta: Any, path: Path) -> None:
    from ..explorer import render

    path.write_text(render(cytoscape_document(data, meta)), encoding="utf-8")
