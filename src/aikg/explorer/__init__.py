"""The explorer: one self-contained, offline HTML page that draws a Cytoscape.js document.

`render(document)` fills `template.html` with the stylesheet, the vendored cytoscape.js (`vendor/`, fetched
from npm by `scripts/vendor_js.py` at a pinned version and integrity hash), the page's own script and the
document itself, embedded as JSON in a `<script type="application/json">` block (packed: each source
object stored once, `payload.py`). The page makes no network
request: its Content-Security-Policy allows only its own two inline scripts (by hash) and nothing else to load,
so even a hostile string in the data cannot fetch or run anything.

What to draw and the document's shape belong to `aikg.selection` and `aikg.exporters.cytoscape`; writing
(target checks, temporary file, rename) to `aikg.exporters`, where the page is the `html` format
(`exporters/html.py`). `explore()` is `aikg explore`: the same selection options, written as that format.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path
from string import Template
from typing import Any

from ..errors import ConfigError
from .payload import pack

HERE = Path(__file__).parent
VENDOR = HERE / "vendor"
SUFFIXES = (".html", ".htm")


def library_source() -> str:
    """The vendored cytoscape.min.js."""
    return (VENDOR / "cytoscape.min.js").read_text(encoding="utf-8")


def embed_json(document: dict[str, Any]) -> str:
    """JSON that is safe inside a <script> element: `<`, `>` and `&` are escaped, so no string in the data can
    close the element (`</script>`) or open a comment (`<!--`); JSON.parse reads the escapes back."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render(document: dict[str, Any]) -> str:
    """The explorer page for a Cytoscape.js document ({"data": {...}, "elements": {"nodes", "edges"}})."""
    from .. import __version__

    meta = document.get("data") or {}
    title = str(meta.get("title") or meta.get("question") or "aikg explorer")
    library, app = library_source(), (HERE / "explorer.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; script-src {_csp_hash(library)} {_csp_hash(app)}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    page = Template((HERE / "template.html").read_text(encoding="utf-8"))
    return page.substitute(
        csp=csp, version=html.escape(__version__), title=html.escape(title),
        css=(HERE / "explorer.css").read_text(encoding="utf-8"), data=embed_json(pack(document)), library=library,
        app=app,
    )


def explore(path: Path, *, force: bool = False, **selection: Any) -> str:
    """`aikg explore`: the page for a selection (`selection.select`'s options), written as `aikg export html`
    writes it (target checked before any work, atomic write, empty selection refused); returns a summary."""
    from ..exporters import run_export

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ConfigError(f"unknown format for {path}: the explorer writes one HTML page, name it "
                          f"{path.stem or 'explorer'}.html")
    return run_export("html", path, force=force, **selection)
