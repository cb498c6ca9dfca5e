"""Writing the evaluator's conclusions into the build as `inferred` statements.

`build.derive()` calls `add_inferred(data)` after validation. Two predicates are written, each a statement
with valid_from / valid_to (inclusive, as every query filters them), `derived_from_rules`, a `note` naming
the basis and `sources` = the sources of the rules and facts used (never empty):
- `chip export_control_status destination` with `effect`, for every chip and every destination that matters
  (lab home countries, data-center countries, rule destinations and their group members, and organizations
  a rule lists or licenses), on the date ranges where some rule applies. No statement = no rule applies.
- `organization can_access chip` with `route` and `via`, for every open route segment (routes.py).
  Smuggling routes are written with status `alleged`, so they never become direct ("truthy") triples.
Both are a few thousand statements on the curated graph; queries filter them by date without rebuilding.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..records import Origin, Statement, statement_id
from .evaluate import Decision, Evaluator
from .routes import Route, RouteFinder
from .rules import Facts, Span, read_rules

ORIGIN = "aikg.reasoning"


def add_inferred(data: Any) -> Any:
    """The dataset with the evaluator's inferred statements appended (the input statements are untouched)."""
    facts = Facts(data)
    ev = Evaluator(facts, read_rules(facts))
    finder = RouteFinder(ev)
    new = list(status_statements(ev, finder)) + list(route_statements(finder))
    data.statements.extend(new)
    return data


def destinations(ev: Evaluator, finder: RouteFinder) -> list[str]:
    """The countries and organizations whose control status is worth writing down."""
    facts = ev.facts
    countries: set[str] = set(finder.restricted)
    for lab in finder.labs():
        countries |= facts.home_countries(lab)
    for st in facts.out_by_predicate("located_in"):
        if facts.type_of(st.subject) == "DataCenter":
            countries.add(st.object)
    orgs: set[str] = set()
    for r in ev.rules:
        countries |= {t.who for t in r.destinations if facts.type_of(t.who) == "Country"}
        orgs |= {t.who for t in (*r.listed, *r.recipients)}
    return sorted(c for c in countries if facts.type_of(c) == "Country") + sorted(
        o for o in orgs if facts.type_of(o) == "Organization")


def status_statements(ev: Evaluator, finder: RouteFinder) -> Iterator[Statement]:
    chips = finder.chips()
    for dest in destinations(ev, finder):
        for chip in chips:
            within = Span(ev.facts.release(chip))
            for regime, issuers in ev.issuer_groups(chip, dest):
                if not ev.relevant(chip, dest, issuers):
                    continue
                for span, dec in ev.timeline(chip, dest, issuers, within=within):
                    if dec is not None:
                        st = _status_statement(chip, dest, span, dec, regime)
                        if st is not None:
                            yield st


def _status_statement(chip: str, dest: str, span: Span, dec: Decision, regime: str) -> Statement | None:
    if not dec.sources:
        return None
    whose = "the chip's home country" if regime == "origin" else regime
    q: dict[str, Any] = {"effect": dec.effect, "derived_from_rules": dec.rules,
                         "note": f"rules of {whose}: {dec.describe()}"}
    return _make(chip, "export_control_status", dest, span, "inferred", q, dec.sources, f"{regime}|{dec.effect}")


def route_statements(finder: RouteFinder) -> Iterator[Statement]:
    for lab in finder.labs():
        for chip in finder.chips():
            for r in finder.routes(lab, chip):
                if r.state.open:
                    st = route_statement(r)
                    if st is not None:
                        yield st
        finder.forget(lab)


def route_statement(r: Route) -> Statement | None:
    s = r.state
    if not s.sources:
        return None
    q: dict[str, Any] = {"route": r.route, "note": s.reason}
    if r.via:
        q["via"] = r.via
    if s.effect:
        q["effect"] = s.effect
    if s.rules:
        q["derived_from_rules"] = list(s.rules)
    status = "alleged" if r.route == "smuggling_alleged" else "inferred"
    return _make(r.lab, "can_access", r.chip, r.span, status, q, s.sources, f"{r.route}|{r.via or ''}")


def _make(subject: str, predicate: str, obj: str, span: Span, status: str, qualifiers: dict[str, Any],
          sources: Any, key: str) -> Statement:
    q = {k: v for k, v in qualifiers.items() if v not in (None, [], ())}
    if span.valid_from:
        q["valid_from"] = span.valid_from
    if span.valid_to:
        q["valid_to"] = span.valid_to
    if "derived_from_rules" in q:
        q["derived_from_rules"] = list(q["derived_from_rules"])
    sid = statement_id(subject, f"{predicate}|{key}", obj, span.valid_from, status)
    return Statement(subject, predicate, obj, status, list(sources), Origin(ORIGIN), q, sid)
