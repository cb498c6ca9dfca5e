"""Read access to a build's records (records.json) for `show`, `search`, `stats` and name resolution.

SPARQL answers questions; this index answers "which entity does the user mean?" without a query engine.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from functools import cached_property
from typing import Any

from .build import BuildInfo, load_records
from .errors import Ambiguous, NotFound

_KEEP = bytes(range(256)).translate(bytes(c if chr(c).isascii() and chr(c).isalnum() and not chr(c).isupper()
                                          else 32 for c in range(256)))


def _norm(text: str) -> str:
    """Lower case, runs of anything but a-z and 0-9 as one space (as re.sub(r"[^a-z0-9]+", " ") would, but
    without a regex call per label: the name index of a cold `aikg why` normalises every name and alias)."""
    return " ".join(text.lower().encode("ascii", "replace").translate(_KEEP).decode().split())


class Catalog:
    def __init__(self, info: BuildInfo):
        self.info = info
        raw = load_records(info)
        self.sources: dict[str, dict[str, Any]] = raw["sources"]
        self.entities: dict[str, dict[str, Any]] = raw["entities"]
        self.statements: list[dict[str, Any]] = raw["statements"]

    @cached_property
    def names(self) -> dict[str, list[str]]:
        """normalized name or alias → entity ids."""
        out: dict[str, list[str]] = defaultdict(list)
        for eid, e in self.entities.items():
            labels = [e["props"].get("name", ""), *e["props"].get("aliases", []), eid, eid.split("/", 1)[-1]]
            for label in {_norm(str(x)) for x in labels if x}:
                out[label].append(eid)
        return out

    def is_a(self, eid: str, cls: str | None) -> bool:
        if cls is None:
            return True
        from .schema import load_schema

        e = self.entities[eid]
        return cls in load_schema().types_of(e["type"], e["props"].get("roles", []))

    def resolve(self, text: str, cls: str | None = None) -> str:
        """The one entity id that `text` names (an id, a name or an alias), or a clear error."""
        if text in self.entities and self.is_a(text, cls):
            return text
        hits = [eid for eid in self.names.get(_norm(text), []) if self.is_a(eid, cls)]
        hits = sorted(set(hits))
        what = cls or "entity"
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            listing = ", ".join(f"{h} ({self.entities[h]['props'].get('name')})" for h in hits)
            raise Ambiguous(f"{text!r} matches several {what} entries: {listing}; use an id")
        pool = {label: ids for label, ids in self.names.items() if any(self.is_a(i, cls) for i in ids)}
        close = difflib.get_close_matches(_norm(text), list(pool), n=5, cutoff=0.6)
        sugg = sorted({i for label in close for i in pool[label] if self.is_a(i, cls)})[:5]
        hint = f"; did you mean {', '.join(sugg)}?" if sugg else "; try `aikg search`"
        raise NotFound(f"no {what} named {text!r}{hint}")

    def search(self, text: str, limit: int = 25) -> list[dict[str, Any]]:
        q = _norm(text)
        scored = []
        for eid, e in self.entities.items():
            labels = [str(e["props"].get("name", "")), *map(str, e["props"].get("aliases", [])), eid]
            best = 0.0
            for label in labels:
                n = _norm(label)
                if not n:
                    continue
                if n == q:
                    score = 1.0
                elif n.startswith(q):
                    score = 0.9
                elif q in n:
                    score = 0.8
                else:
                    score = difflib.SequenceMatcher(None, q, n).ratio() * 0.75
                best = max(best, score)
            if best >= 0.55:
                scored.append((best, eid))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [{"id": eid, "name": self.entities[eid]["props"].get("name"), "type": self.entities[eid]["type"],
                 "aliases": "; ".join(self.entities[eid]["props"].get("aliases", [])), "score": round(s, 2)}
                for s, eid in scored[:limit]]

    def source_label(self, sid: str) -> str:
        s = self.sources.get(sid, {})
        return f"{s.get('publisher', '?')}: {s.get('title', sid)}"
