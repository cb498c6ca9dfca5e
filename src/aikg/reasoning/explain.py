"""`aikg why` and `aikg diff`: explanations and scenario comparisons, read from a finished build.

Both read the build's records.json (no SPARQL engine, no re-validation), so they start fast: `why` rebuilds the
evaluator over the stated facts of that build (a few thousand records) and asks it about one lab and one chip,
open and blocked routes alike; `diff` compares the `can_access` statements of the default build and a
scenario's build that hold on the as-of date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..paths import rel, scenarios_dir
from ..records import Entity, Origin, Statement
from .evaluate import Evaluator
from .infer import ORIGIN
from .routes import Route, RouteFinder
from .rules import Facts, read_rules


@dataclass
class Records:
    """A build's records.json as the evaluator's input (duck-typed like validate.Dataset)."""

    sources: dict[str, Any]
    entities: dict[str, Entity]
    statements: list[Statement]
    assumed: set[str] = field(default_factory=set)


def from_catalog(cat: Any) -> Records:
    entities = {eid: Entity(eid, e["type"], e["props"], e["sources"], Origin(e.get("origin", "")))
                for eid, e in cat.entities.items()}
    core = ("id", "subject", "predicate", "object", "status", "sources", "origin")
    statements = [Statement(s["subject"], s["predicate"], s["object"], s["status"], s["sources"],
                            Origin(s.get("origin", "")), {k: v for k, v in s.items() if k not in core}, s["id"])
                  for s in cat.statements if s.get("origin") != ORIGIN]  # the evaluator's input: stated facts
    prefix = rel(scenarios_dir()) + "/"
    assumed = {s.id for s in statements if s.origin.file.startswith(prefix)}
    return Records(cat.sources, entities, statements, assumed)


def why(cat: Any, lab: str, chip: str, as_of: date) -> dict[str, Any]:
    """Every route of `lab` to `chip` on `as_of`, open or blocked, with the rules and sources behind it."""
    facts = Facts(from_catalog(cat))
    ev = Evaluator(facts, read_rules(facts))
    finder = RouteFinder(ev)
    routes = [r for r in finder.routes(lab, chip, all_pairs=True) if as_of in r.span]
    rules = {r.id: r for r in ev.rules}
    out = []
    # lawful open routes first, then blocked ones, then allegations (never lawful)
    for r in sorted(routes, key=lambda r: (r.route == "smuggling_alleged", not r.state.open, r.route, r.via or "")):
        out.append({
            "route": r.route, "via": r.via, "via_name": facts.name(r.via) if r.via else None,
            "open": r.state.open, "effect": r.state.effect,
            "from": r.span.valid_from, "to": r.span.valid_to, "basis": r.state.reason,
            "rules": [{"id": rid, "name": facts.name(rid), "effect": rules[rid].effect,
                       "in_force": "; ".join(rules[rid].history)} for rid in r.state.rules if rid in rules],
            "sources": [{"id": s, "label": _label(cat, s)} for s in r.state.sources],
        })
    return {"lab": lab, "lab_name": facts.name(lab), "chip": chip, "chip_name": facts.name(chip),
            "as_of": as_of, "homes": sorted(facts.home_countries(lab)), "routes": out}


def _label(cat: Any, sid: str) -> str:
    s = cat.sources.get(sid, {})
    return f"{s.get('publisher', '?')}: {s.get('title', sid)}" + (f" <{s['url']}>" if s.get("url") else "")


def print_why(result: dict[str, Any], echo: Any) -> None:
    echo(f"{result['lab_name']} ({result['lab']}, home {', '.join(result['homes']) or 'unknown'}) → "
         f"{result['chip_name']} ({result['chip']}) as of {result['as_of']}")
    if not result["routes"]:
        echo("  no route: no purchase rule touches this pair, no site abroad open to the lab hosts the chip,"
             " no domestic design, no enforcement case")
        return
    for r in result["routes"]:
        verdict = "OPEN" if r["open"] else "BLOCKED"
        via = f" via {r['via_name']} ({r['via']})" if r["via"] else ""
        span = f"{r['from'] or '…'} to {r['to'] or '…'}"
        echo(f"\n{verdict}: {r['route']}{via} [{r['effect'] or 'no control'}; holds {span}]")
        echo(f"  basis: {r['basis']}")
        for rule in r["rules"]:
            echo(f"  rule {rule['id']} — {rule['name']} ({rule['effect']}; {rule['in_force']})")
        for s in r["sources"]:
            echo(f"  source {s['id']} — {s['label']}")


def access_on(cat: Any, as_of: date) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """(lab, chip, route, via) → the can_access statement that holds on `as_of`."""
    out = {}
    for s in cat.statements:
        if s["predicate"] != "can_access":
            continue
        vf, vt = s.get("valid_from"), s.get("valid_to")
        if (vf and date.fromisoformat(vf) > as_of) or (vt and date.fromisoformat(vt) < as_of):
            continue
        out[(s["subject"], s["object"], s.get("route", ""), s.get("via", ""))] = s
    return out


def diff(base: Any, scen: Any, as_of: date) -> list[dict[str, Any]]:
    """Which labs gain or lose which chips by which route under the scenario, on `as_of`."""
    a, b = access_on(base, as_of), access_on(scen, as_of)
    rows = []
    for change, keys, side in (("gains", b.keys() - a.keys(), b), ("loses", a.keys() - b.keys(), a)):
        for key in keys:
            lab, chip, route, via = key
            st = side[key]
            rows.append({"change": change, "lab": _name(scen, lab), "chip": _name(scen, chip), "route": route,
                         "via": _name(scen, via) if via else "", "effect": st.get("effect", ""),
                         "rules": "; ".join(st.get("derived_from_rules") or []), "basis": st.get("note", "")})
    for key in a.keys() & b.keys():
        if a[key].get("effect") != b[key].get("effect"):
            lab, chip, route, via = key
            rows.append({"change": "changes", "lab": _name(scen, lab), "chip": _name(scen, chip), "route": route,
                         "via": _name(scen, via) if via else "",
                         "effect": f"{a[key].get('effect') or 'no control'} → {b[key].get('effect') or 'no control'}",
                         "rules": "; ".join(b[key].get("derived_from_rules") or []), "basis": b[key].get("note", "")})
    rows.sort(key=lambda r: (r["change"], r["lab"], r["chip"], r["route"], r["via"]))
    return rows


def _name(cat: Any, eid: str) -> str:
    e = cat.entities.get(eid)
    return str(e["props"].get("name", eid)) if e else eid


DIFF_COLUMNS = ["change", "lab", "chip", "route", "via", "effect", "rules", "basis"]


def route_key(r: Route) -> tuple[str, str, str, str]:
    return (r.lab, r.chip, r.route, r.via or "")
