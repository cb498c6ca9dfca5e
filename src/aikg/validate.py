"""Validation: every record against the schema, the generated pydantic model and each other.

Problems are collected into one report (as LinkML's validator does), each naming file:line, the record id,
what is wrong and how to fix it. Errors stop the build; warnings (e.g. near-identical names) do not.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import compress, count
from operator import ne
from typing import Any

from .errors import Problem
from .records import Entity, Record, Source, Statement
from .schema import ID_PREFIXES, Schema, load_schema

ID_RE = re.compile(r"^[a-z]+/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")
COMPUTED = ("tpp", "performance_density")
URL_RE = re.compile(r"^(https?://[^\s/$.?#].[^\s]*|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)$", re.I)


@dataclass
class Dataset:
    """Validated records, with values converted to their schema types."""

    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    assumed: set[str] = field(default_factory=set)  # statement ids a scenario assumes true (aikg.reasoning)


def _model() -> Any:
    from . import model  # generated pydantic model: imported only when validating

    return model


def _pydantic_errors(exc: Any) -> list[tuple[str, str]]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(record)"
        out.append((loc, err["msg"]))
    return out


def _suggest(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.6)
    return f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


class Validator:
    def __init__(self, schema: Schema | None = None):
        self.schema = schema or load_schema()
        self.problems: list[Problem] = []
        self.data = Dataset()
        self._model = _model()
        self._concrete = self.schema.concrete_entity_classes()  # once: it was a sort per entity

    # -- reporting
    def error(self, rec: Record, message: str, hint: str = "", line: int | None = None) -> None:
        self.problems.append(Problem("error", _where(rec), line or rec.origin.line, _rid(rec), message, hint))

    def warning(self, rec: Record, message: str, hint: str = "") -> None:
        self.problems.append(Problem("warning", _where(rec), rec.origin.line, _rid(rec), message, hint))

    # -- entry point
    def run(self, records: list[Record]) -> Dataset:
        sources = [r for r in records if isinstance(r, Source)]
        entities = [r for r in records if isinstance(r, Entity)]
        statements = [r for r in records if isinstance(r, Statement)]
        for s in sources:
            self.source(s)
        for e in entities:
            self.entity(e)
        for e in self.data.entities.values():
            self.cited(e, e.sources)
        seen: dict[str, Statement] = {}
        for st in statements:
            if self.statement(st):
                if st.id in seen:
                    first = seen[st.id]
                    self.error(st, f"duplicate statement {st.subject} {st.predicate} {st.object} "
                                   f"(first at {first.origin})", "merge their sources into one statement")
                    continue
                seen[st.id] = st
                self.data.statements.append(st)
        self.similar_names()
        return self.data

    # -- sources
    def source(self, s: Source) -> None:
        if not ID_RE.match(s.id) or not s.id.startswith("src/"):
            self.error(s, f"bad source id {s.id!r}", "source ids look like src/<slug> (lowercase, no spaces)")
            return
        try:
            model = self._model.Source(id=s.id, **s.fields)
        except Exception as exc:  # pydantic.ValidationError
            for loc, msg in _pydantic_errors(exc):
                self.error(s, f"source field {loc!r}: {msg}", _field_hint(loc, "Source", self.schema))
            return
        url = s.fields.get("url", "")
        if not URL_RE.match(str(url)):
            self.error(s, f"url {url!r} is not an http(s) URL or URN", "give the real address of the source")
            return
        fields = {k: v for k, v in model.model_dump(exclude_none=True).items() if k != "id"}
        prev = self.data.sources.get(s.id)
        if prev is not None:
            if prev.fields != fields:
                self.error(s, f"source {s.id} is defined twice with different fields (first at {prev.origin})",
                           "keep one definition, or give the second its own id")
            return
        self.data.sources[s.id] = Source(s.id, fields, s.origin)

    def cited(self, rec: Entity | Statement, sources: list[str]) -> None:
        if not sources:
            self.error(rec, "no sources", "every entity and statement needs `sources: [src/...]` (at least one)")
        for sid in sources:
            if sid not in self.data.sources:
                self.error(rec, f"unknown source {sid!r}",
                           _suggest(sid, list(self.data.sources)) or "define it under `sources:` in a data file")

    # -- entities
    def entity(self, e: Entity) -> None:
        schema = self.schema
        if not ID_RE.match(e.id):
            self.error(e, f"bad id {e.id!r}", "ids look like <prefix>/<slug>: lowercase letters, digits, . _ -")
            return
        concrete = self._concrete
        if e.type not in concrete:
            hint = ("roles are not types: use type: Organization with roles: [...]" if e.type in schema.roles
                    else _suggest(e.type, concrete) or f"use one of {', '.join(concrete)}")
            self.error(e, f"unknown type {e.type!r}", hint)
            return
        prefix = e.id.split("/", 1)[0]
        expected = ID_PREFIXES.get(prefix)
        if expected and not schema.is_a(e.type, expected):
            self.error(e, f"id prefix {prefix!r} is for {expected}, but type is {e.type}",
                       "rename the id or fix the type")
        if e.id in self.data.entities:
            self.error(e, f"duplicate id {e.id} (first at {self.data.entities[e.id].origin})",
                       "ids are unique across all files: remove or rename one")
            return
        props = self.schema.classes[e.type]["properties"]
        relations = self.schema.classes[e.type]["relations"]
        clean: dict[str, Any] = {}
        ok = True
        for key, value in e.props.items():
            line = e.lines.get(key)
            if key in COMPUTED:
                self.error(e, f"{key} is computed by aikg from the chip's throughput and die area",
                           "remove it; give dense throughput per precision and die_area_mm2", line)
                ok = False
            elif key in relations:
                self.error(e, f"{key!r} is a relation, not a property",
                           f"write it under `statements:` as {{predicate: {key}, object: ..., status: ..., "
                           f"sources: [...]}}", line)
                ok = False
            elif key not in props or key in ("id", "sources"):
                self.error(e, f"unknown property {key!r} for {e.type}",
                           _suggest(key, sorted(props)) or f"{e.type} has: {', '.join(sorted(props))}", line)
                ok = False
            elif key == "roles" and value is not None:
                bad = [r for r in (value if isinstance(value, list) else [value]) if r not in schema.roles]
                if bad:
                    self.error(e, f"unknown role(s) {bad}", f"roles are: {', '.join(schema.roles)}", line)
                    ok = False
                clean[key] = value
            else:
                clean[key] = value
        if not ok:
            return
        try:
            model = getattr(self._model, e.type)(id=e.id, sources=e.sources or ["src/placeholder"], **clean)
        except Exception as exc:  # pydantic.ValidationError
            for loc, msg in _pydantic_errors(exc):
                self.error(e, f"property {loc!r}: {msg}", _field_hint(loc, e.type, schema),
                           e.lines.get(loc.split(".")[0]))
            return
        dumped = model.model_dump(exclude_none=True)
        values = {k: dumped[k] for k in clean if k in dumped}
        self.data.entities[e.id] = Entity(e.id, e.type, values, list(e.sources), e.origin, e.lines)

    # -- statements
    def statement(self, st: Statement) -> bool:
        rels = self.schema.relations
        if st.predicate not in rels:
            self.error(st, f"unknown predicate {st.predicate!r}",
                       _suggest(st.predicate, sorted(rels)) or "see the relations in ontology/aikg.yaml")
            return False
        if st.status == "inferred" and st.origin.file.endswith(".yaml"):
            self.error(st, "status 'inferred' is reserved for statements aikg derives",
                       "use confirmed, reported, alleged, forecast or unclear")
            return False
        try:
            model = self._model.Statement(id=st.id, subject=st.subject, predicate=st.predicate, object=st.object,
                                          status=st.status, sources=st.sources or ["src/placeholder"],
                                          **st.qualifiers)
        except Exception as exc:
            for loc, msg in _pydantic_errors(exc):
                self.error(st, f"statement field {loc!r}: {msg}", _field_hint(loc, "Statement", self.schema))
            return False
        ok = True
        subj, obj = self.data.entities.get(st.subject), self.data.entities.get(st.object)
        for role, ref, ent in (("subject", st.subject, subj), ("object", st.object, obj)):
            if ent is None:
                self.error(st, f"unknown {role} {ref!r}",
                           _suggest(ref, list(self.data.entities)) or "define the entity, or fix the id")
                ok = False
        claimed = st.qualifiers.get("claimed_by")
        if claimed and claimed not in self.data.entities:
            self.error(st, f"unknown claimed_by {claimed!r}", _suggest(claimed, list(self.data.entities)))
            ok = False
        rel = rels[st.predicate]
        if subj is not None and st.predicate not in self.schema.classes[subj.type]["relations"]:
            allowed = sorted({d for d in rel["domains"] if d not in self.schema.roles})
            self.error(st, f"{subj.type} {st.subject} cannot be the subject of {st.predicate}",
                       f"{st.predicate} applies to: {', '.join(allowed)}")
            ok = False
        if obj is not None and not self.schema.is_a(obj.type, rel["range"]):
            self.error(st, f"object {st.object} is a {obj.type}, but {st.predicate} needs a {rel['range']}",
                       "point to an entity of the right type")
            ok = False
        vf, vt = model.valid_from, model.valid_to
        if vf and vt and vf > vt:
            self.error(st, f"valid_from {vf} is after valid_to {vt}", "swap or correct the dates")
            ok = False
        self.cited(st, st.sources)
        if not st.sources:
            ok = False
        dumped = model.model_dump(exclude_none=True)
        st.qualifiers = {k: dumped[k] for k in st.qualifiers if k in dumped}
        return ok and all(s in self.data.sources for s in st.sources)

    # -- near-identical names: warn, never merge
    def similar_names(self) -> None:
        """Warn about near-identical names, except pairs a reviewer has judged distinct in the decisions file
        (loaders/resolution/decisions.yaml, `distinct:` with `dataset: curated`)."""
        from .resolution import Decisions, _key, family

        decisions = Decisions.read()

        keys: dict[str, tuple[str, str]] = {}

        def key(e: Entity) -> tuple[str, str]:
            if e.id not in keys:
                keys[e.id] = (family(e.type), _key(e.type, e.name))
            return keys[e.id]

        named = set().union(*decisions.distinct.values())  # only these ids can be in a reviewed pair

        def reviewed(a: Entity, b: Entity) -> bool:
            return (a.id in named or b.id in named) and (a.id in decisions.excluded("curated", *key(b))
                                                         or b.id in decisions.excluded("curated", *key(a)))

        by_type: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
        for e in self.data.entities.values():
            by_type[e.type].append((_norm(e.name), e))
        for group in by_type.values():
            group.sort(key=lambda pair: pair[0])
            for i, (na, a) in enumerate(group):
                for nb, b in group[i + 1: i + 6]:
                    if a.origin.row is not None and b.origin.row is not None:
                        continue  # both from dataset tables: resolution keeps near names apart and reports them
                    same = na == nb
                    if not same and not (len(na) >= 3 and _one_edit(na, nb)):
                        continue
                    if reviewed(a, b):  # only for the few near pairs: the reviewed keys are costly to compute
                        continue
                    if same:
                        self.warning(b, f"same name as {a.id} ({a.name!r})",
                                     "if they are one thing, keep one id; if not, make the names distinct")
                    else:
                        self.warning(b, f"name {b.name!r} is one character from {a.id} ({a.name!r}): "
                                        "kept as distinct entities", "check that both ids are right")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _norm(name: str) -> str:
    return _NOT_ALNUM.sub("", name.lower())


def _one_edit(a: str, b: str) -> bool:
    """One substitution, insertion or deletion apart: the rest must match after the first difference."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = next(compress(count(), map(ne, short, long_)), len(short))  # the first difference, found in C
    if len(short) == len(long_):
        return short[i + 1:] == long_[i + 1:]
    return short[i:] == long_[i + 1:]


def _field_hint(loc: str, cls: str, schema: Schema) -> str:
    field_name = loc.split(".")[0]
    spec = schema.property(cls, field_name) if cls in schema.classes else None
    if not spec:
        return ""
    if "enum" in spec:
        return f"allowed: {', '.join(schema.enums[spec['enum']])}"
    bits = [f"expected {spec['range']}"]
    if spec["range"] == "date":
        bits = ["expected an ISO date YYYY-MM-DD"]
    if "minimum_value" in spec:
        bits.append(f"≥ {spec['minimum_value']}")
    if "maximum_value" in spec:
        bits.append(f"≤ {spec['maximum_value']}")
    if "pattern" in spec:
        bits.append(f"matching {spec['pattern']}")
    return " ".join(bits)


def _where(rec: Record) -> str:
    """The file, with the row for records from a dataset table (they have rows, not lines)."""
    o = rec.origin
    return f"{o.file} row {o.row}" if o.row is not None and not o.line else o.file


def _rid(rec: Record) -> str:
    if isinstance(rec, Statement):
        return f"{rec.subject} {rec.predicate} {rec.object}"
    return rec.id


def validate(records: list[Record]) -> tuple[Dataset, list[Problem]]:
    v = Validator()
    data = v.run(records)
    return data, v.problems
