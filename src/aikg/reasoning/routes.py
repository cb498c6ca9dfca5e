"""Access routes: how an organization may reach a chip, day by day, open or blocked, and why.

Four routes, each a piecewise timeline of `RouteState` (None where the route does not exist at all):
- direct_purchase: exports of the chip to the lab, i.e. to its home country plus its own listings and
  licenses (rules issued by the lab's own country are import rules and do not count). Only pairs that some
  rule touches on some date are reported, so the graph does not fill with "a Japanese lab may buy an A100".
- offshore_rental: a data center in another country hosts the chip and is open to the lab (open_to the lab,
  its country or a group its country is in, or the lab uses it), is not closed to any of them, the site's
  country's own rules do not bar the lab, and the chip is lawfully there: exports of it to that country are
  not blocked, or a license names the site's operator or owner for that country.
- domestic_alternative: chips designed in the lab's home country, for labs whose country some restrictive rule
  reaches (for them the home market is the alternative to controlled imports).
- smuggling_alleged: an enforcement action concerning the chip, intended for the lab or its country; always an
  allegation, never lawful, whatever the sources' status for the case itself.
Only confirmed or reported statements (or a scenario's assumptions) open a route; forecasts never do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, partial

from .evaluate import Decision, Evaluator, Issuers, piecewise
from .rules import BEGIN, END, RESTRICTIVE, Span, day, statement_span

ROUTES = ("direct_purchase", "offshore_rental", "domestic_alternative", "smuggling_alleged")
ALLEGATION = frozenset({"confirmed", "reported", "alleged"})


@dataclass(frozen=True)
class RouteState:
    open: bool
    effect: str | None
    reason: str
    rules: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Route:
    lab: str
    chip: str
    route: str
    via: str | None
    span: Span
    state: RouteState


def _decision_state(dec: Decision | None, basis: tuple[str, ...], what: str) -> RouteState:
    if dec is None:
        return RouteState(True, None, f"no export-control rule in the graph applies to {what}", (), basis)
    sources = tuple(dict.fromkeys([*dec.sources, *basis]))
    return RouteState(not dec.blocked, dec.effect, f"{what}: {dec.describe()}", tuple(dec.rules), sources)


class RouteFinder:
    def __init__(self, ev: Evaluator):
        self.ev = ev
        self.facts = ev.facts
        self.restricted = self._restricted_countries()
        self._sites: dict[tuple[str, str], set[str]] = {}
        self._labs: list[str] | None = None
        self._chips: list[str] | None = None
        self._hosting: dict[str, dict[str, list[int]]] = {}
        self._cases: dict[str, dict[str, list[int]]] = {}
        self._to: dict[tuple[str, str], list[tuple[str, Span, object]]] = {}

    def _restricted_countries(self) -> set[str]:
        """Countries some restrictive rule with chip criteria reaches, directly or through a group."""
        out: set[str] = set()
        members: dict[str, set[str]] = {}
        for st in self.facts.out_by_predicate("member_of"):
            members.setdefault(st.object, set()).add(st.subject)
        for r in self.ev.rules:
            if r.restrictive and r.has_criteria and r.in_force:
                for t in r.destinations:
                    out |= {t.who} | members.get(t.who, set())
        return {c for c in out if self.facts.type_of(c) == "Country"}

    def labs(self) -> list[str]:
        if self._labs is None:
            self._labs = sorted(eid for eid, e in self.facts.entities.items() if e.type == "Organization"
                                and "Lab" in (e.props.get("roles") or []) and self.facts.homes(eid))
        return self._labs

    def chips(self) -> list[str]:  # once: route_statements asks for every lab
        if self._chips is None:
            self._chips = sorted(eid for eid, e in self.facts.entities.items() if e.type == "Chip")
        return self._chips

    def forget(self, lab: str) -> None:
        """Drop what was remembered about one lab, once all its routes are written: each lab's statuses are
        used for that lab only, and keeping every lab's grew with labs x chips x dates."""
        self.ev.forget(lab)
        for home, _, _ in self.facts.homes(lab):
            self._sites.pop((lab, home), None)

    # -- all routes of one lab to one chip, open and blocked
    def routes(self, lab: str, chip: str, all_pairs: bool = False) -> Iterator[Route]:
        for home, hspan, hst in self.facts.homes(lab):
            yield from self.direct(lab, home, hspan, hst.sources, chip, all_pairs)
            yield from self.domestic(lab, home, hspan, hst.sources, chip)
            yield from self.offshore(lab, home, hspan, chip)
            yield from self.smuggling(lab, home, chip)

    def direct(self, lab: str, home: str, hspan: Span, hsrc: list[str], chip: str,
               all_pairs: bool = False) -> Iterator[Route]:
        designers = self.facts.designer_countries(chip)
        if home in designers:
            return
        within = hspan & Span(self.facts.release(chip), END)
        if within is None:
            return
        issuers = self.ev.origin(chip)
        if not all_pairs and not self.ev.relevant(chip, lab, issuers):
            return
        tl = self.ev.timeline(chip, lab, issuers, within)
        if not all_pairs and all(dec is None for _, dec in tl):
            return
        basis = tuple(dict.fromkeys([*hsrc, *self._designer_sources(chip)]))
        for span, dec in tl:
            yield Route(lab, chip, "direct_purchase", None, span,
                        _decision_state(dec, basis, f"exports of {chip} to {lab} in {home}"))

    def domestic(self, lab: str, home: str, hspan: Span, hsrc: list[str], chip: str) -> Iterator[Route]:
        if home not in self.restricted or home not in self.facts.designer_countries(chip):
            return
        within = hspan & Span(self.facts.release(chip), END)
        if within is None:
            return
        basis = tuple(dict.fromkeys([*hsrc, *self._designer_sources(chip)]))
        yield Route(lab, chip, "domestic_alternative", None, within,
                    RouteState(True, None, f"{chip} is designed in {home}, the home of {lab}", (), basis))

    def _designer_sources(self, chip: str) -> list[str]:
        out: list[str] = []
        for _, _, st in self.facts.objects(chip, "designed_by"):
            out += st.sources
        return out

    def offshore(self, lab: str, home: str, hspan: Span, chip: str) -> Iterator[Route]:
        # Hub-safe: start from the few sites open to this lab (or used by it), not from every site that hosts
        # the chip (a flagship chip is hosted by a large share of all sites); same sites, same order.
        candidates = self._candidate_sites(lab, home)
        if not candidates:
            return
        at_site = self._hosting_index(chip)
        for i in sorted(i for dc in candidates for i in at_site.get(dc, ())):
            dc = self.facts.subjects(chip, "hosts_chip")[i][0]
            for country, _, _ in self.facts.objects(dc, "located_in"):
                if country == home:
                    continue
                dates = self._offshore_dates(lab, home, dc, country, chip)
                at = partial(self.offshore_state, lab, home, dc, country, chip)
                for span, state in piecewise(dates, at, hspan):
                    if state is not None:
                        yield Route(lab, chip, "offshore_rental", dc, span, state)

    def _who(self, lab: str, home: str, d: date | None) -> set[str]:
        groups = {g for g, span, _ in self.facts.groups(home) if d is None or d in span}
        return {lab, home} | groups

    def _candidate_sites(self, lab: str, home: str) -> set[str]:
        """Sites open (on some date) to the lab, its home or a group its home was ever in, or that it uses."""
        key = (lab, home)
        if key not in self._sites:
            sites = {dc for w in self._who(lab, home, None) for dc, _, _ in self.facts.subjects(w, "open_to")}
            sites |= {dc for dc, _, _ in self.facts.objects(lab, "uses_data_center")}
            self._sites[key] = sites
        return self._sites[key]

    def _hosting_index(self, chip: str) -> dict[str, list[int]]:
        """Site → positions of its hosts_chip statements for the chip (the order routes are reported in)."""
        if chip not in self._hosting:
            index: dict[str, list[int]] = {}
            for i, (dc, _, _) in enumerate(self.facts.subjects(chip, "hosts_chip")):
                index.setdefault(dc, []).append(i)
            self._hosting[chip] = index
        return self._hosting[chip]

    def _offshore_dates(self, lab: str, home: str, dc: str, country: str, chip: str) -> set[date]:
        dates: set[date] = set()
        # this site's hosting only: the spans of every site hosting a hub chip would cut the timeline into
        # hundreds of pieces that piecewise() then merges back (the same result, 5M evaluations at 100k)
        hosting = self.facts.subjects(chip, "hosts_chip")
        spans = [hosting[i][1] for i in self._hosting_index(chip).get(dc, ())]
        spans += [s for pred in ("open_to", "closed_to") for _, s, _ in self.facts.objects(dc, pred)]
        spans += [s for _, s, _ in self.facts.objects(lab, "uses_data_center")]
        spans += [s for _, s, _ in self.facts.groups(home)]
        for s in spans:
            dates |= {s.start, s.end}
        dates |= self.ev.boundaries(chip, lab, _own(country))
        dates |= self.ev.boundaries(chip, country, self.ev.origin(chip))
        for holder in self._holders(dc):
            dates |= self.ev.boundaries(chip, holder, self.ev.origin(chip), where=country)
        return dates

    def _holders(self, dc: str) -> list[str]:
        return sorted({o for pred in ("operated_by", "owned_by") for o, _, _ in self.facts.objects(dc, pred)})

    def offshore_state(self, lab: str, home: str, dc: str, country: str, chip: str, d: date) -> RouteState | None:
        hosts = [st for o, s, st in self.facts.objects(dc, "hosts_chip") if o == chip and d in s]
        if not hosts:
            return None
        who = self._who(lab, home, d)
        access = [st for w, s, st in self.facts.objects(dc, "open_to") if w in who and d in s]
        access += [st for o, s, st in self.facts.objects(lab, "uses_data_center") if o == dc and d in s]
        if not access:
            return None
        basis = [*hosts, *access]
        closed = [(w, st) for w, s, st in self.facts.objects(dc, "closed_to") if w in who and d in s]
        if closed:
            w, st = closed[0]
            return RouteState(False, None, f"{dc} is closed to {w} (the site's license conditions)", (),
                              _sources([*basis, st]))
        own = self.ev.status(chip, lab, d, _own(country))  # the site country's rules on users from `home`
        if own is not None and own.blocked:
            return RouteState(False, own.effect, f"{country}'s own rules bar {lab}: {own.describe()}",
                              tuple(own.rules), tuple(dict.fromkeys([*own.sources, *_sources(basis)])))
        there = self.ev.status(chip, country, d, self.ev.origin(chip))
        rules: tuple[str, ...] = tuple(own.rules) if own else ()
        how = f"{dc} in {country} hosts {chip} and is open to {lab}"
        sources = _sources(basis)
        if there is not None and there.blocked:
            licensed = [(h, dec) for h in self._holders(dc)
                        if (dec := self.ev.status(chip, h, d, self.ev.origin(chip), where=country))
                        is not None and not dec.blocked]
            if not licensed:
                return RouteState(False, there.effect, f"exports of {chip} to {country}: {there.describe()}; "
                                  f"no license is recorded for the site's operator or owner", tuple(there.rules),
                                  tuple(dict.fromkeys([*there.sources, *sources])))
            holder, dec = licensed[0]
            dec = dec.sufficient()  # one license supports the route; not every concurrent one of a hub operator
            return RouteState(True, dec.effect, f"{how}; the chip is there under a license to {holder}: "
                              f"{dec.describe()}", tuple(dict.fromkeys([*rules, *dec.rules])),
                              tuple(dict.fromkeys([*sources, *dec.sources])))
        if there is not None:
            return RouteState(True, there.effect, f"{how}; exports to {country}: {there.describe()}",
                              tuple(dict.fromkeys([*rules, *there.rules])),
                              tuple(dict.fromkeys([*sources, *there.sources])))
        return RouteState(True, None, how, rules, sources)

    def smuggling(self, lab: str, home: str, chip: str) -> Iterator[Route]:
        # Hub-safe: only the cases intended for this lab or its home, not every case about the chip.
        intended = {st.subject for who in (lab, home) for st in self.facts.any_inn.get((who, "intended_for"), ())
                    if st.status in ALLEGATION}
        if not intended:
            return
        cases = self._case_index(chip)
        concerning = self._statements_to(chip, "concerns_chip")
        for i in sorted(i for action in intended for i in cases.get(action, ())):
            action, _, cst = concerning[i]
            if self.facts.type_of(action) != "EnforcementAction":
                continue
            targets = [st for st in self.facts.any_out.get((action, "intended_for"), ())
                       if st.status in ALLEGATION and st.object in (lab, home)]
            if not targets:
                continue
            when = day(self.facts.props(action).get("event_date")) or BEGIN
            routes = [st for st in self.facts.any_out.get((action, "routed_through"), ()) if st.status in ALLEGATION]
            path = ", ".join(st.object for st in routes) or "an unrecorded route"
            lawful = self.ev.status(chip, lab, when, self.ev.origin(chip)) if when != BEGIN else None
            status = f"; lawful exports were then {lawful.effect}" if lawful else ""
            state = RouteState(True, None, f"alleged in {action}: {chip} for {targets[0].object} via {path}"
                               f"{status}", tuple(lawful.rules) if lawful else (),
                               _sources([cst, *targets, *routes]))
            yield Route(lab, chip, "smuggling_alleged", action, Span(when, END), state)

    def _statements_to(self, obj: str, predicate: str) -> list[tuple[str, Span, object]]:
        key = (obj, predicate)
        if key not in self._to:
            self._to[key] = [(st.subject, statement_span(st), st) for st in self.facts.any_inn.get(key, ())
                             if st.status in ALLEGATION]
        return self._to[key]

    def _case_index(self, chip: str) -> dict[str, list[int]]:
        if chip not in self._cases:
            index: dict[str, list[int]] = {}
            for i, (action, _, _) in enumerate(self._statements_to(chip, "concerns_chip")):
                index.setdefault(action, []).append(i)
            self._cases[chip] = index
        return self._cases[chip]


@cache
def _own(country: str) -> Issuers:
    """The country's own rules; one object per country, because the evaluator's cache keys keep them (a new one
    per call was 12 % of the inference's memory at 100k)."""
    return Issuers(only=frozenset({country}), unknown=False)


def _sources(statements: list[object]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for st in statements for s in getattr(st, "sources", ())))


__all__ = ["RESTRICTIVE", "ROUTES", "Route", "RouteFinder", "RouteState"]
