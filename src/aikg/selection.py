"""Choosing what to export: a subset of a build's records (`select`), shared by `aikg export` and `aikg explore`.

One function answers "which part of the graph?" for every output format, so a GraphML file, a Neo4j import and
the explorer show the same things for the same options. The options combine, in this order:

1. `as_of`: only statements valid on that date, by the reasoning's own validity rule
   (`reasoning.rules.statement_span`: `valid_from` and `valid_to` inclusive, open ends unbounded). Entities
   stay: an entity has no validity of its own, and a chip released later is still a chip.
2. `question` (+ `params`): the answer's entities and the statements between them. A question row names
   entities by display name (`lab`, `data_center`, `operator`...) or, in a few columns, by id; list cells hold
   several names joined by "; ". Every cell item that is an entity id, or a name or alias that names exactly
   one entity, is taken (source ids and numbers are not entities and are skipped; an ambiguous name is
   skipped rather than guessed). The question's entity parameters (e.g. `chip=GB200`) are taken too: the
   answer is about them. The statements kept are those whose subject and object are both taken, valid on the
   question's as-of date when it has one (its default is today, as for `aikg ask`). This shows the answer's
   own evidence (hosting, location, access, the inferred routes) without pulling in each entity's
   neighbourhood; add `around` for that.
3. `around` + `hops`: the entities within `hops` statements of one entity, in either direction (as
   `aikg show` lists statements in and out), and the statements between them. The name is resolved by the
   catalog that `aikg show` and `aikg why` use, with its "no match, did you mean" and "ambiguous" errors.
4. `types`: only entities of these classes or organization roles (`Lab`, `Chip`, `Organization`...: an
   entity matches by any of its types, roles or ancestors, as in Neo4j labels).

Then every entity a kept statement refers to by a qualifier (`via` a data center, `claimed_by`,
`derived_from_rules`) comes along, so every id in an export resolves and the RDF conforms to the SHACL shapes;
and every source cited by a kept entity or statement (the whole graph keeps every source, cited or not).
An empty selection is an error, so nothing is written.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .errors import ConfigError
from .records import Entity, Origin, Source, Statement
from .validate import Dataset

CORE_KEYS = ("id", "subject", "predicate", "object", "status", "sources", "origin")
LIST_SEPARATOR = "; "


@dataclass
class Meta:
    """What a selection is: shown as the title of an export or explorer page."""

    title: str
    as_of: date | None = None
    question: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    around: str | None = None
    hops: int | None = None
    types: list[str] | None = None
    build: str | None = None
    scenario: str | None = None


@dataclass
class Selection:
    data: Dataset
    meta: Meta


def dataset_from_records(raw: dict[str, Any]) -> Dataset:
    """A build's records.json (`build.load_records`, or a Catalog's) as record objects, inferred statements
    included; qualifier values stay as records.json holds them (dates as ISO strings)."""
    sources = {sid: Source(sid, {k: v for k, v in f.items() if k != "origin"}, Origin(f.get("origin", "")))
               for sid, f in raw["sources"].items()}
    entities = {eid: Entity(eid, e["type"], e["props"], list(e["sources"]), Origin(e.get("origin", "")))
                for eid, e in raw["entities"].items()}
    statements = [Statement(s["subject"], s["predicate"], s["object"], s["status"], list(s["sources"]),
                            Origin(s.get("origin", "")), {k: v for k, v in s.items() if k not in CORE_KEYS}, s["id"])
                  for s in raw["statements"]]
    return Dataset(sources, entities, statements)


def valid_on(st: Statement, day: date) -> bool:
    from .reasoning.rules import statement_span

    return day in statement_span(st)


def select(cat: Any, *, as_of: date | None = None, question: str | None = None,
           params: dict[str, str] | None = None, around: str | None = None, hops: int = 1,
           types: list[str] | None = None, scenario: str | None = None) -> Selection:
    """The part of the catalog's build that the options choose (see the module docstring)."""
    from .schema import load_schema

    schema = load_schema()
    data = dataset_from_records({"sources": cat.sources, "entities": cat.entities, "statements": cat.statements})
    types = _check_types(types, schema) if types else None
    meta = Meta(title="aikg graph", as_of=as_of, params=dict(params or {}), types=types,
                build=getattr(cat.info, "hash", None), scenario=scenario)
    statements = data.statements
    if params and not question:
        raise ConfigError("-p/--param needs --question")
    if question:
        ids, day, text = _question_entities(cat, question, params or {}, as_of, scenario)
        meta.question, meta.as_of, meta.title = question, day, text
        keep = set(ids)
        statements = [st for st in statements if st.subject in keep and st.object in keep]
        as_of = day
    else:
        keep = set(data.entities)
    if as_of is not None:
        statements = [st for st in statements if valid_on(st, as_of)]
    if around is not None:
        if hops < 0:
            raise ConfigError(f"--hops must be 0 or more, got {hops}")
        center = cat.resolve(around)
        keep &= _neighbourhood(center, statements, hops)
        meta.around, meta.hops = center, hops
        meta.title = f"{cat.entities[center]['props'].get('name', center)} and its {hops}-hop neighbourhood"
    if types:
        keep = {eid for eid in keep if _has_type(data.entities[eid], types, schema)}
    statements = [st for st in statements if st.subject in keep and st.object in keep]
    if not keep:
        raise ConfigError("the selection is empty: nothing to export (nothing was written)")
    keep |= _referenced(statements, schema, data.entities)
    entities = {eid: e for eid, e in data.entities.items() if eid in keep}
    whole = not (question or around is not None or types or as_of is not None)
    cited = {s for e in entities.values() for s in e.sources} | {s for st in statements for s in st.sources}
    sources = data.sources if whole else {sid: s for sid, s in data.sources.items() if sid in cited}
    if as_of is not None and not question:
        meta.title += f" as of {as_of.isoformat()}"
    if scenario:
        meta.title += f" (scenario {scenario})"
    return Selection(Dataset(sources, entities, statements), meta)


def _check_types(types: list[str], schema: Any) -> list[str]:
    known = sorted(c for c, v in schema.classes.items() if "Entity" in v["ancestors"] or c == "Entity")
    out = []
    for t in (x.strip() for x in types):
        if not t:
            continue
        if t not in known:
            close = difflib.get_close_matches(t, known, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else f"; types: {', '.join(known)}"
            raise ConfigError(f"unknown type {t!r}{hint}")
        out.append(t)
    if not out:
        raise ConfigError("--types is empty: name at least one type, e.g. --types Lab,Chip")
    return out


def _has_type(e: Entity, types: list[str], schema: Any) -> bool:
    return any(t in types for t in schema.types_of(e.type, e.roles))


def _neighbourhood(center: str, statements: list[Statement], hops: int) -> set[str]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        adjacent[st.subject].add(st.object)
        adjacent[st.object].add(st.subject)
    seen, frontier = {center}, {center}
    for _ in range(hops):
        frontier = {n for f in frontier for n in adjacent[f]} - seen
        if not frontier:
            break
        seen |= frontier
    return seen


def _referenced(statements: list[Statement], schema: Any, entities: dict[str, Entity]) -> set[str]:
    """Entities named by qualifiers (via, claimed_by, derived_from_rules) of the kept statements."""
    props = schema.classes["Statement"]["properties"]
    refs = [k for k, spec in props.items() if "class" in spec and k not in CORE_KEYS]
    out: set[str] = set()
    for st in statements:
        for k in refs:
            v = st.qualifiers.get(k)
            for x in v if isinstance(v, list) else [v] if v else []:
                if x in entities:
                    out.add(x)
    return out


def _question_entities(cat: Any, name: str, given: dict[str, str], as_of: date | None,
                       scenario: str | None) -> tuple[set[str], date | None, str]:
    """(entity ids the answer names, the as-of date it was answered for, the question text)."""
    from .ask import ask_embedded, values_for
    from .questions import load

    q = load(name, "sparql")
    given = dict(given)
    if as_of is not None:
        if "as_of" not in q.params:
            raise ConfigError(f"question {name} does not take --as-of")
        given["as_of"] = as_of.isoformat()
    values = values_for(q, given, lambda text, cls: cat.resolve(text, cls))
    rows = ask_embedded(q, values, timeout=60.0, scenario=scenario)
    ids = {v for k, v in values.items() if q.params[k].type == "entity"}
    for row in rows:
        for cell in row.values():
            for item in str(cell).split(LIST_SEPARATOR) if isinstance(cell, str) else []:
                eid = _entity_named(cat, item.strip())
                if eid:
                    ids.add(eid)
    if not rows:
        raise ConfigError(f"question {name} has no answer for these parameters: nothing to export "
                          "(nothing was written)")
    day = values.get("as_of") if isinstance(values.get("as_of"), date) else None
    return ids, day, q.question


def _entity_named(cat: Any, text: str) -> str | None:
    if not text:
        return None
    if text in cat.entities:
        return text
    from .catalog import _norm

    hits = set(cat.names.get(_norm(text), []))
    return hits.pop() if len(hits) == 1 else None
