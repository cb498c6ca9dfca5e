"""`aikg neo4j push`: load a build into Neo4j, idempotent and atomic for readers.

Model: every entity is a node labelled `Entity` plus all its classes and organization roles
(`schema.types_of`: an organization can be `Lab` and `CloudProvider` at once); sources are `Source` nodes;
each statement is a relationship typed UPPER_SNAKE of its predicate (`hosts_chip` → `HOSTS_CHIP`) with the
statement `id`, `status`, the qualifiers (dates as Neo4j dates), `sources` (a list of Source ids) and
`inferred: true` for statuses the rule evaluator derived.

Atomic for readers, on Community edition (one user database, no schema-less swap): a push writes a new
*generation* — every node gets `_gen` — then checks its counts and flips the single
`(:AikgMeta {key: 'aikg'}).current` pointer in one transaction, and only then deletes older generations.
Readers (the .cypher questions) follow the pointer, so a push that dies half-way (server killed, bad
credentials, a constraint clash) leaves the previous graph current and whole; the next push first clears
such leftovers, then writes again. Pushing a build whose hash the server already holds is a no-op.

Speed: nodes are MERGEd on the uniqueness constraint (`id`, `_gen`) of their label — an index seek —
in `UNWIND $rows` batches with bound parameters, and return their `elementId`; relationships then find their
ends by elementId (a direct record lookup, measured 35% faster than two index seeks per row) and travel as
positional lists, not maps, their properties as columns written into the CREATE pattern (`rel_query`).
Relationships are CREATEd, not MERGEd: a generation is written once into a space cleared of leftovers, and
MERGE on a relationship scans the hub's edges, which is quadratic on hub nodes. Labels and relationship types
are bound too, with the dynamic `:$(expr)` syntax of Neo4j 5.26 (so one query plan serves every type, which
matters on small graphs), after checking them against `^[A-Za-z][A-Za-z0-9_]*$`; they come from the schema,
not from users. Neo4j 5.26 or newer is required. Where the server's time goes: docs/backends.md.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import BackendError, ConfigError
from ..schema import Schema, load_schema
from .neo4jdb import META_KEY, Neo4jSettings, current_generation, driver, translate

MODEL_VERSION = "1"  # bump when the mapping below changes: forces a re-push of an unchanged build
NODE_BATCH = 5000
REL_BATCH = 10000
DELETE_BATCH = 20000
WRITERS = 2  # concurrent relationship writers
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
INFERRED = "inferred"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class PushResult:
    generation: str
    hash: str
    skipped: bool
    nodes: int = 0
    relationships: int = 0
    seconds: float = 0.0
    rel_seconds: float = 0.0
    current_seconds: float = 0.0  # until the new graph answered (before old generations are removed)
    removed_generations: list[str] = field(default_factory=list)

    @property
    def rels_per_s(self) -> float:
        return self.relationships / self.rel_seconds if self.rel_seconds else 0.0


def rel_type(predicate: str) -> str:
    return _safe(predicate.upper())


def _safe(name: str) -> str:
    if not _NAME.match(name):
        raise ConfigError(f"{name!r} cannot be a Neo4j label or relationship type")
    return name


def _date_fields(schema: Schema) -> set[str]:
    out = set()
    for cls in schema.classes.values():
        for key, spec in cls["properties"].items():
            if spec.get("datatype") == XSD_DATE or spec.get("range") == "date":
                out.add(key)
    return out


def _value(key: str, value: Any, dates: set[str]) -> Any:
    if key in dates and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [v for v in value if v is not None]
    if isinstance(value, dict):
        return str(value)
    return value


def node_rows(records: dict[str, Any], schema: Schema) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """label tuple → rows {id, props}: sources, then entities grouped by their full label set."""
    dates = _date_fields(schema)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for sid, fields in records["sources"].items():
        props = {k: _value(k, v, dates) for k, v in fields.items() if v is not None and k != "origin"}
        groups[("Source",)].append({"id": sid, "props": props})
    for eid, e in records["entities"].items():
        labels = tuple(_safe(x) for x in dict.fromkeys(["Entity", *schema.types_of(e["type"], e["props"].get("roles", []))]))
        props = {k: _value(k, v, dates) for k, v in e["props"].items() if v is not None}
        props["type"] = e["type"]
        props["sources"] = list(e.get("sources", []))
        groups[labels].append({"id": eid, "props": props})
    return groups


_NOT_QUALIFIERS = {"id", "subject", "predicate", "object", "status", "sources", "origin"}


def rel_rows(records: dict[str, Any], schema: Schema) -> dict[str, list[dict[str, Any]]]:
    """relationship type → rows {s, o, props}."""
    dates = _date_fields(schema)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in records["statements"]:
        props: dict[str, Any] = {"id": st["id"], "status": st["status"], "sources": list(st.get("sources", []))}
        if st["status"] == INFERRED:
            props["inferred"] = True
        for k, v in st.items():
            if k not in _NOT_QUALIFIERS and v is not None:
                props[k] = _value(k, v, dates)
        groups[rel_type(st["predicate"])].append({"s": st["subject"], "o": st["object"], "props": props})
    return groups


def _chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _constraints(labels: Iterable[str]) -> list[str]:
    out = ["CREATE CONSTRAINT aikg_meta_key IF NOT EXISTS FOR (m:AikgMeta) REQUIRE m.key IS UNIQUE"]
    for label in sorted(set(labels)):
        out.append(f"CREATE CONSTRAINT aikg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) "
                   "REQUIRE (n.id, n._gen) IS UNIQUE")
    for label in ("Entity", "Source"):
        out.append(f"CREATE INDEX aikg_{label.lower()}_gen IF NOT EXISTS FOR (n:{label}) ON (n._gen)")
    return out


def push(s: Neo4jSettings, records: dict[str, Any], build_hash: str, force: bool = False,
         progress: Progress | None = None, schema: Schema | None = None) -> PushResult:
    """Load `records` (a build's records.json) into Neo4j as a new generation, then make it current."""
    from neo4j import exceptions as ne

    schema = schema or load_schema()
    say = progress or (lambda phase, done, total: None)
    t0 = time.monotonic()
    nodes = node_rows(records, schema)
    rels = rel_rows(records, schema)
    n_nodes = sum(len(v) for v in nodes.values())
    n_rels = sum(len(v) for v in rels.values())
    gen = f"{build_hash}-{uuid.uuid4().hex[:8]}"
    result = PushResult(gen, build_hash, skipped=False, nodes=n_nodes, relationships=n_rels)
    doing = "push failed before the new graph was made current (the previous graph is intact; re-run to complete)"
    with driver(s) as drv, drv.session(database=s.database) as session:
        try:
            meta = current_generation(session)
            if meta and meta.get("hash") == build_hash and meta.get("model") == MODEL_VERSION and not force:
                return PushResult(str(meta["current"]), build_hash, skipped=True, nodes=int(meta.get("nodes", 0)),
                                  relationships=int(meta.get("relationships", 0)))
            current = str(meta["current"]) if meta else None
            for stmt in _constraints(label for labels in nodes for label in labels):
                session.run(stmt).consume()
            _delete_generations(session, keep=current, say=say, phase="clearing leftovers")
            done = 0
            element: dict[str, str] = {}  # entity id → Neo4j elementId: relationships seek nodes by it
            for kind in ("Source", "Entity"):
                q = (f"UNWIND $rows AS row MERGE (n:{kind} {{id: row[0], _gen: $gen}}) SET n:$(row[1]), n += row[2] "
                     "RETURN row[0] AS id, elementId(n) AS e")
                rows = [[r["id"], list(labels[1:]), r["props"]] for labels, group in nodes.items()
                        if labels[0] == kind for r in group]
                keep = element.update if kind == "Entity" else (lambda got: None)
                batches = ((q, chunk) for chunk in _chunks(rows, NODE_BATCH))
                done = _in_parallel(drv, s, batches, gen, keep, say, "nodes", done, n_nodes)
            t_rel = time.monotonic()
            _write_relationships(drv, s, rels, element, say, n_rels, doing)
            result.rel_seconds = time.monotonic() - t_rel
            got_nodes, got_rels = _counts(session, gen)
            if (got_nodes, got_rels) != (n_nodes, n_rels):
                raise BackendError(f"{doing}: the server holds {got_nodes} nodes and {got_rels} relationships for "
                                   f"the new graph, expected {n_nodes} and {n_rels} (a statement whose subject or "
                                   "object is not an entity?)")
            session.execute_write(_flip, gen=gen, hash=build_hash, model=MODEL_VERSION, nodes=n_nodes,
                                  relationships=n_rels)
            result.current_seconds = time.monotonic() - t0
        except (ne.Neo4jError, ne.DriverError, OSError) as exc:
            raise translate(exc, s, doing) from None
        # the new graph is current: old generations that fail to go now are cleared by the next push
        with contextlib.suppress(ne.Neo4jError, ne.DriverError, OSError):
            result.removed_generations = _delete_generations(session, keep=gen, say=say, phase="removing old graph")
    result.seconds = time.monotonic() - t0
    return result


def rel_query(keys: list[str]) -> str:
    """The relationship batch query: ends by elementId, the type bound with `$(…)`, properties as positional
    columns written into the CREATE pattern (no map merge per row; a null column sets no property). One
    query text for every type, so the server plans it once (per-type texts cost a plan each: seconds on a
    small graph)."""
    props = ", ".join(f"`{k.replace('`', '``')}`: row[{i + 3}]" for i, k in enumerate(keys))
    return ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1] "
            f"CREATE (a)-[:$(row[2]) {{{props}}}]->(b)")


def _write_relationships(drv: Any, s: Neo4jSettings, rels: dict[str, list[dict[str, Any]]],
                         element: dict[str, str], say: Progress, total: int, doing: str) -> None:
    keys = sorted({k for group in rels.values() for r in group for k in r["props"]})
    query = rel_query(keys)
    flat = [(typ, r) for typ, group in rels.items() for r in group]

    def batches() -> Iterator[tuple[str, list[list[Any]]]]:
        for chunk in _chunks(flat, REL_BATCH):
            try:
                yield query, [[element[r["s"]], element[r["o"]], typ, *map(r["props"].get, keys)] for typ, r in chunk]
            except KeyError as exc:
                raise BackendError(f"{doing}: statement endpoint {exc.args[0]!r} is not an entity") from None

    _in_parallel(drv, s, batches(), None, lambda got: None, say, "relationships", 0, total)


def _in_parallel(drv: Any, s: Neo4jSettings, batches: Iterable[tuple[str, list[Any]]], gen: str | None,
                 collect: Callable[[dict[str, str]], Any], say: Progress, phase: str, done: int, total: int) -> int:
    """Batches on WRITERS sessions at once, so the client packs one batch while the server executes and
    commits another (measured 1.5x on two cores); deadlocks on hub nodes are retried by `execute_write`.
    The first failure stops the rest and is raised. Returns the new `done` count."""
    from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

    def write(query: str, batch: list[Any]) -> tuple[int, dict[str, str]]:
        with drv.session(database=s.database) as session:
            got = session.execute_write(_run, query, rows=batch, gen=gen)
        return len(batch), got

    def finish(futures: Iterable[Any]) -> None:
        nonlocal done
        for f in futures:
            n, got = f.result()
            collect(got)
            done += n
        say(phase, done, total)

    with ThreadPoolExecutor(WRITERS) as pool:
        pending: set[Any] = set()
        try:
            for query, batch in batches:
                pending.add(pool.submit(write, query, batch))
                if len(pending) >= WRITERS:
                    finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
                    finish(finished)
            finish(pending)
            pending = set()
        except BaseException:
            for f in pending:
                f.cancel()
            raise
    return done


def _run(tx: Any, query: str, **params: Any) -> dict[str, str]:
    """One batch; returns {id: elementId} when the query returns them."""
    return {rec["id"]: rec["e"] for rec in tx.run(query, params) if "id" in rec.keys()}  # noqa: SIM118 - `in` on a Record tests values


def _flip(tx: Any, gen: str, hash: str, model: str, nodes: int, relationships: int) -> None:
    tx.run("MERGE (m:AikgMeta {key: $key}) SET m.current = $gen, m.hash = $hash, m.model = $model, "
           "m.nodes = $nodes, m.relationships = $relationships, m.pushed = datetime()",
           key=META_KEY, gen=gen, hash=hash, model=model, nodes=nodes, relationships=relationships).consume()


def _counts(session: Any, gen: str) -> tuple[int, int]:
    rec = session.run("MATCH (n:Entity {_gen: $gen}) WITH count(n) AS e "
                      "OPTIONAL MATCH (s:Source {_gen: $gen}) WITH e, count(s) AS src "
                      "OPTIONAL MATCH (:Entity {_gen: $gen})-[r]->() RETURN e + src AS nodes, count(r) AS rels",
                      gen=gen).single()
    return int(rec["nodes"]), int(rec["rels"])


def _delete_generations(session: Any, keep: str | None, say: Progress, phase: str) -> list[str]:
    """Delete every generation but `keep`: relationships first, in batches, then nodes."""
    gens = [r["g"] for r in session.run(
        "MATCH (n:Entity) WHERE n._gen <> $keep OR $keep IS NULL RETURN DISTINCT n._gen AS g "
        "UNION MATCH (n:Source) WHERE n._gen <> $keep OR $keep IS NULL RETURN DISTINCT n._gen AS g", keep=keep)]
    for g in gens:
        say(phase, 0, 1)
        session.run("MATCH (:Entity {_gen: $g})-[r]->() CALL { WITH r DELETE r } "
                    f"IN TRANSACTIONS OF {DELETE_BATCH} ROWS", g=g).consume()
        for label in ("Entity", "Source"):
            session.run(f"MATCH (n:{label} {{_gen: $g}}) CALL {{ WITH n DETACH DELETE n }} "
                        f"IN TRANSACTIONS OF {DELETE_BATCH} ROWS", g=g).consume()
        say(phase, 1, 1)
    return gens
