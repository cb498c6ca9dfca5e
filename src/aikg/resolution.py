"""Entity resolution: a dataset's names → curated ids (or ids of entities another dataset already made).

Order of evidence, strongest first (as OpenSanctions' deduplication keeps judgements apart from matching):
1. an explicit judgement in `loaders/resolution/decisions.yaml` — `match:` (this name is that id) or
   `distinct:` (this name is *not* that id, whatever the names say);
2. the Wikidata QID;
3. the normalized name equal to a known entity's normalized name or alias, within the same family of types.

People match only by QID or their full name (transliterations such as Chinese names are shared by different
people); a dataset's acronym aliases (CNOOC, AVIC) are kept on the entity but are no evidence of identity,
since parents and subsidiaries share them. There is no fuzzy matching: near names of distinct products (H100 / H800 / H20 / H200, MI300X / MI308X)
normalize to different strings, so they can only meet through a committed `match:` decision. A name that
equals two different entities is *ambiguous*: it is not merged, it gets its own id, and the load report lists
it for review. Unresolved names get an id under the dataset's prefix (`chip/epoch-…`), and are indexed so
later rows and later datasets resolve to them instead of creating duplicates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, Problem
from .paths import decisions_path, rel
from .records import Entity, Origin, Record
from .schema import ID_PREFIXES, load_schema
from .yamlfile import read_yaml, strip_lines

# legal forms only: "Group" and "Holdings" stay, they tell a parent from its subsidiary (BGI Group, BGI Genomics)
_LEGAL = {"inc", "incorporated", "ltd", "limited", "llc", "corp", "corporation", "co", "company", "plc", "gmbh",
          "ag", "sa", "nv", "bv", "the", "pte"}
_WEAK = re.compile(r"[A-Z0-9&.-]{2,6}")  # an acronym alias: CNOOC, AVIC — shared by parents and subsidiaries


def norm(name: str) -> str:
    """Lowercase, accents and punctuation dropped, spaces collapsed: 'NVIDIA H100 SXM5 80GB' → 'nvidia h100 sxm5 80gb'."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def norm_org(name: str) -> str:
    """`norm` without legal-form words ('Co., Ltd.', 'Inc.'): they differ between lists, not companies."""
    words = [w for w in norm(name).split() if w not in _LEGAL]
    return " ".join(words) or norm(name)


def family(etype: str) -> str:
    """Types that may denote the same thing: every Organization role, every Policy, every Event."""
    schema = load_schema()
    for fam in ("Organization", "Policy", "Event"):
        if schema.is_a(etype, fam):
            return fam
    return etype


def prefix_for(etype: str) -> str:
    fam = family(etype)
    for prefix, cls in ID_PREFIXES.items():
        if cls in (etype, fam):
            return prefix
    raise ConfigError(f"no id prefix for type {etype}")


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:60].strip("-")
    return s or "x" + hashlib.sha1(text.encode()).hexdigest()[:8]


@dataclass
class Outcome:
    """How one dataset name was resolved, for `aikg load --report`."""

    dataset: str
    type: str
    name: str
    how: str  # decision | wikidata | name | new | ambiguous
    id: str
    origin: str
    candidates: list[str] = field(default_factory=list)


@dataclass
class Decisions:
    """The committed judgements: (dataset or '*', family, normalized name) → matched id / ids it is not."""

    match: dict[tuple[str, str, str], str] = field(default_factory=dict)
    distinct: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path | None = None) -> Decisions:
        path = path or decisions_path()
        out = cls()
        if not path.exists():
            return out
        doc, problem = read_yaml(path, rel(path))
        if problem:
            raise ConfigError(str(problem))
        doc = strip_lines(doc or {})
        for kind in ("match", "distinct"):
            for item in doc.get(kind) or []:
                if not isinstance(item, dict) or not {"type", "name", "id"} <= set(item):
                    raise ConfigError(f"{rel(path)}: every `{kind}` entry needs type, name and id: {item!r}")
                key = (str(item.get("dataset", "*")), family(str(item["type"])), _key(str(item["type"]),
                                                                                        str(item["name"])))
                if kind == "match":
                    if key in out.match and out.match[key] != item["id"]:
                        raise ConfigError(f"{rel(path)}: {item['name']!r} is matched to two ids")
                    out.match[key] = str(item["id"])
                else:
                    out.distinct.setdefault(key, set()).add(str(item["id"]))
        return out

    def matched(self, dataset: str, fam: str, key: str) -> str | None:
        return self.match.get((dataset, fam, key)) or self.match.get(("*", fam, key))

    def excluded(self, dataset: str, fam: str, key: str) -> set[str]:
        return self.distinct.get((dataset, fam, key), set()) | self.distinct.get(("*", fam, key), set())


def _key(etype: str, name: str) -> str:
    return norm_org(name) if family(etype) == "Organization" else norm(name)


class Resolver:
    """Indexes every entity seen (curated first, then each dataset's) and resolves dataset names to ids."""

    def __init__(self, decisions: Decisions | None = None):
        self.decisions = decisions if decisions is not None else Decisions.read()
        self.ids: dict[str, Entity] = {}
        self.by_qid: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], set[str]] = {}
        self.countries: dict[str, str] = {}
        self.outcomes: list[Outcome] = []
        self._seen: dict[tuple[str, str, str], str] = {}  # (dataset, family, key) → id, for repeated names
        self._stale: set[tuple[str, str]] = set()
        self.problems: list[Problem] = []  # stale decisions: reported with the load's other problems

    @classmethod
    def from_records(cls, records: list[Record], decisions: Decisions | None = None) -> Resolver:
        r = cls(decisions)
        for rec in records:
            if isinstance(rec, Entity):
                r.add(rec)
        return r

    def add(self, e: Entity) -> None:
        if e.id in self.ids:
            return
        self.ids[e.id] = e
        fam = family(e.type) if e.type in load_schema().classes else e.type
        qid = e.props.get("wikidata")
        if isinstance(qid, str):
            self.by_qid.setdefault(qid, e.id)
        names = [e.props.get("name"), *(e.props.get("aliases") or [])]
        if e.origin.row is not None:  # a dataset's own aliases: acronyms and people's aliases are not evidence
            names = names[:1] if e.type == "Person" else [names[0], *(a for a in names[1:] if not _WEAK.fullmatch(a))]
        for n in names:
            if isinstance(n, str) and n.strip():
                self.by_name.setdefault((fam, _key(e.type, n)), set()).add(e.id)
        if e.type == "Country":
            for n in [*names, e.props.get("iso2"), e.props.get("iso3")]:
                if isinstance(n, str) and n.strip():
                    self.countries.setdefault(norm(n), e.id)

    # -- lookups
    def country(self, text: str | None, dataset: str = "*") -> str | None:
        """A country id for a name or ISO code, or None (never minted: countries are curated)."""
        if not text:
            return None
        hit = self.decisions.matched(dataset, "Country", norm(text))
        return hit or self.countries.get(norm(text))

    def lookup(self, dataset: str, etype: str, name: str, qid: str | None = None,
               aliases: tuple[str, ...] | list[str] = ()) -> tuple[str | None, str, list[str]]:
        """(id or None, how, candidates): how is decision, wikidata, name, ambiguous or new."""
        fam, key = family(etype), _key(etype, name)
        decided = self.decisions.matched(dataset, fam, key)
        if decided and decided in self.ids:
            return decided, "decision", [decided]
        if decided and (dataset, decided) not in self._stale:
            self._stale.add((dataset, decided))
            self.problems.append(Problem("error", rel(decisions_path()), None, decided,
                                         f"a `match:` decision for {name!r} ({dataset}) names an unknown id",
                                         "fix the id in the decision, or remove the decision"))
        excluded = self.decisions.excluded(dataset, fam, key)
        if qid and qid in self.by_qid and self.by_qid[qid] not in excluded:
            hit = self.by_qid[qid]
            if family(self.ids[hit].type) == fam:
                return hit, "wikidata", [hit]
        found: set[str] = set()
        for n in (name, *(aliases if fam != "Person" else ())):  # people: by QID or full name only
            found |= self.by_name.get((fam, _key(etype, n)), set())
        found -= excluded
        if len(found) == 1:
            return next(iter(found)), "name", sorted(found)
        return None, "ambiguous" if found else "new", sorted(found)

    def resolve(self, dataset: str, etype: str, name: str, props: dict[str, Any], sources: list[str],
                origin: Origin, qid: str | None = None, aliases: tuple[str, ...] | list[str] = (),
                new_id: str | None = None) -> tuple[str, Entity | None]:
        """(id, a new Entity to yield or None): never a second Entity for an id already known."""
        fam, key = family(etype), _key(etype, name)
        seen = self._seen.get((dataset, fam, key))
        if seen and new_id is None:
            return seen, None
        found, how, candidates = (None, "new", []) if new_id else self.lookup(dataset, etype, name, qid, aliases)
        entity = None
        if found is None:
            found = self._mint(new_id or f"{prefix_for(etype)}/{dataset.split('-')[0]}-{slug(name)}")
            props = {"name": name, **props}
            if qid:
                props.setdefault("wikidata", qid)
            if aliases:
                props.setdefault("aliases", sorted({a for a in aliases if norm(a) != norm(name)}) or None)
                if props["aliases"] is None:
                    del props["aliases"]
            entity = Entity(found, etype, props, list(sources), origin)
            self.add(entity)
        if new_id is None:
            self._seen[(dataset, fam, key)] = found
        self.outcomes.append(Outcome(dataset, etype, name, how, found, str(origin), candidates))
        return found, entity

    def _mint(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    # -- report
    def summary(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for o in self.outcomes:
            d = out.setdefault(o.dataset, {})
            d[o.how] = d.get(o.how, 0) + 1
        return out

    def review(self) -> list[Outcome]:
        """Outcomes a person should look at: ambiguous names, and new entities that might exist already."""
        return [o for o in self.outcomes if o.how in ("ambiguous", "new")]
