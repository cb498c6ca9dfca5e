"""The evaluator: a chip's export-control status for a destination (a country, or an organization) on a date.

Why these semantics (docs/reasoning.md has the long form):
- A rule applies to (chip, country, day) when it is in force that day, its criteria cover the chip (named by a
  covers/authorizes statement valid that day, or inside its thresholds), one of its destinations is the
  country or a group the country belongs to that day, and no exemption names the country or its group.
  Exports into the chip designer's own country, and a rule issued by the destination itself, are not exports
  under that rule.
- Restrictive effects (license required < presumption of denial < prohibited) combine by taking the
  strictest. Relaxing effects (case-by-case < presumption of approval < approved with conditions < allowed)
  only matter where something restricts, and then the most permissive one wins: a later license decision or
  review policy is how an administration loosens a standing control (the January 2026 H200 rule, the 2025 H20
  licenses).
- For an organization, its home country's status comes first; a listing (Entity List) overrides country-level
  relaxations (listed parties are not "approved customers"), and a license naming the organization as
  recipient overrides everything for that organization.
- A rule that only inherits thresholds from the rule it amends, and says the same thing for the same
  destination, is dropped as redundant so explanations stay short.
Timelines are piecewise: the status is evaluated at every date on which any relevant rule or statement
starts or ends, and adjacent days with the same decision are merged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .rules import BEGIN, END, RELAXING, RESTRICTIVE, Facts, Rule, Span, Target, read_rules


@dataclass(frozen=True)
class Applied:
    """One rule applied to one (chip, destination, day): its effect there, how it reached it, and its basis."""

    rule: str
    effect: str
    how: str
    statements: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    effect: str
    applied: tuple[Applied, ...]

    @property
    def blocked(self) -> bool:
        return self.effect in RESTRICTIVE

    @property
    def rules(self) -> list[str]:
        return list(dict.fromkeys(a.rule for a in self.applied))

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s for a in self.applied for s in a.sources))

    def describe(self) -> str:
        return f"{self.effect}: " + "; ".join(f"{a.rule} ({a.effect}, {a.how})" for a in self.applied)

    def sufficient(self) -> Decision:
        """The restrictions in force and the first rule that grants the decisive effect: enough to support an
        open route. A hub operator receives 1,552 synthetic licenses at 1M, and routes through its sites that
        cited every one in force (and were cut at each one's dates) made the provenance grow faster than the graph."""
        if self.blocked:
            return self
        first = next((a for a in self.applied if a.effect == self.effect), None)
        kept = tuple(a for a in self.applied if a.effect in RESTRICTIVE or a is first)
        return Decision(self.effect, kept)


@dataclass(frozen=True)
class Issuers:
    """Which rules count, by the country that issued them: `only` these issuers, or all but `exclude`;
    `unknown` says whether a rule without a recorded issuer counts."""

    only: frozenset[str] | None = None
    exclude: frozenset[str] = frozenset()
    unknown: bool = True
    _hash: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:  # the filter is part of every memo key: hash it once
        object.__setattr__(self, "_hash", hash((self.only, self.exclude, self.unknown)))

    def __hash__(self) -> int:
        return self._hash

    def __call__(self, rule: Rule) -> bool:
        if not rule.issuers:
            return self.unknown
        if self.only is not None:
            return bool(rule.issuers & self.only)
        return not rule.issuers & self.exclude


any_issuer = Issuers()


class Evaluator:
    def __init__(self, facts: Facts, rules: list[Rule] | None = None):
        self.facts = facts
        self.rules = rules if rules is not None else read_rules(facts)
        self.by_id = {r.id: r for r in self.rules}
        self._cache: dict[tuple[Any, ...], Decision | None] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}
        # what is remembered about one organization (its statuses, candidate rules, boundaries), kept apart so
        # that forget() can drop a lab's once its routes are written (they grow with labs x chips x dates)
        self._org: dict[str, dict[tuple[Any, ...], Any]] = {}
        # date-free indexes: which rules name an organization, and which could reach a country at all
        self._by_party: dict[str, list[Rule]] = {}
        self._reach: dict[str, set[int]] = {}  # positions in self.rules
        for i, r in enumerate(self.rules):
            if not r.in_force:
                continue
            for who in {t.who for t in (*r.listed, *r.recipients)}:
                self._by_party.setdefault(who, []).append(r)
            if not r.recipients:
                for t in r.destinations:
                    self._reach.setdefault(t.who, set()).add(i)

    def _memoized(self, key: tuple[Any, ...], make: Callable[[], Any], org: str | None = None) -> Any:
        memo = self._remembered(self._memo, org)
        if key not in memo:
            memo[key] = make()
        return memo[key]

    def _remembered(self, shared: dict[tuple[Any, ...], Any], org: str | None) -> dict[tuple[Any, ...], Any]:
        """Where an answer is kept: `shared` (kept for every lab), or the organization's own, which forget() drops."""
        return shared if org is None else self._org.setdefault(org, {})

    def _about(self, party: str) -> str | None:
        """The organization a remembered answer is about, or None for a country (kept for every lab)."""
        return None if self.facts.type_of(party) == "Country" else party

    def forget(self, org: str) -> None:
        """Drop what was remembered about one organization (answers are recomputed if asked again)."""
        self._org.pop(org, None)

    # -- which rules could ever matter (date-free prefilter)
    def _reaching(self, country: str) -> set[int]:
        """Positions of the rules with a destination that is the country or a group it was ever a member of."""
        def make() -> set[int]:
            out = set(self._reach.get(country, ()))
            for g, _, _ in self.facts.groups(country):
                out |= self._reach.get(g, set())
            return out

        result: set[int] = self._memoized(("reach", country), make)
        return result

    def country_candidates(self, chip: str, country: str, issuers: Issuers = any_issuer) -> list[Rule]:
        return self._memoized(("cc", chip, country, issuers), lambda: self._country_candidates(chip, country, issuers))

    def _country_candidates(self, chip: str, country: str, issuers: Issuers) -> list[Rule]:
        props = self.facts.props(chip)
        if country in self.designers(chip):
            return []
        rules = (self.rules[i] for i in sorted(self._reaching(country)))  # not every rule: thousands at 1M
        return [r for r in rules if issuers(r) and country not in r.issuers and r.chip_matches(chip, props)]

    def designers(self, chip: str) -> set[str]:
        return self._memoized(("dc", chip), lambda: self.facts.designer_countries(chip))

    def origin(self, chip: str) -> Issuers:
        """The rules of the chip's home (its designers' countries): those that govern exports of it."""
        def make() -> Issuers:
            homes = self.designers(chip)
            return Issuers(only=frozenset(homes)) if homes else any_issuer

        issuers: Issuers = self._memoized(("origin", chip), make)  # one object per chip: cache keys keep it
        return issuers

    def issuer_groups(self, chip: str, dest: str) -> list[tuple[str, Issuers]]:
        """The chip's origin rules, then the rules of each other country that hosts the chip (a data center
        there hosts it) and could reach `dest`: a transit country's controls (e.g. Malaysian permits for
        chips in Malaysia) are a separate regime from the origin's."""
        groups: list[tuple[str, Issuers]] = [("origin", self.origin(chip))]
        homes = self.designers(chip)
        places = [dest] if self.facts.type_of(dest) == "Country" else sorted(self.facts.home_countries(dest))
        others: set[str] = set()
        for place in places:
            for r in self.country_candidates(chip, place):
                others |= r.issuers - homes
        for r in self.org_candidates(chip, dest):
            others |= r.issuers - homes
        hosts = self._memoized(("hosted", chip), lambda: {c for dc, _, _ in self.facts.subjects(chip, "hosts_chip")
                                                          for c, _, _ in self.facts.objects(dc, "located_in")})
        if homes:
            groups += [(c, Issuers(only=frozenset({c}), unknown=False)) for c in sorted(others & hosts)]
        return groups

    def org_candidates(self, chip: str, org: str, issuers: Issuers = any_issuer,
                       where: str | None = None) -> list[Rule]:
        return self._memoized(("oc", chip, org, issuers, where),
                              lambda: self._org_candidates(chip, org, issuers, where), self._about(org))

    def _org_candidates(self, chip: str, org: str, issuers: Issuers, where: str | None) -> list[Rule]:
        props = self.facts.props(chip)
        homes = {where} if where else self.facts.home_countries(org)
        if homes & self.designers(chip):
            return []
        out = []
        for r in self._by_party.get(org, ()):
            if not issuers(r):
                continue
            listings, licenses = r.party(org)
            listed = bool(listings)
            licensed = bool(licenses) and r.chip_matches(chip, props)
            if listed or licensed:
                out.append(r)
        return out

    # -- one day
    def _country_applied(self, rule: Rule, chip: str, country: str, d: date) -> Applied | None:
        if not rule.in_force_on(d):
            return None
        named = rule.chip_on(chip, self.facts.props(chip), d)
        if not named:
            return None
        hit = self._destination(rule, country, d)
        if hit is None:
            return None
        t, how, extra = hit
        return self._applied(rule, t, named, how, extra)

    def _destination(self, rule: Rule, country: str, d: date) -> tuple[Target, str, list[Any]] | None:
        """The destination statement of `rule` that reaches `country` on d (directly or through a group)."""
        groups = [(g, st) for g, span, st in self.facts.groups(country) if d in span]
        member = {g for g, _ in groups}
        for t in rule.exempts:
            if d in t.span and (t.who == country or t.who in member):
                return None
        for t in rule.destinations:
            if d not in t.span:
                continue
            if t.who == country:
                return t, f"applies to {country}", []
            if t.who in member:
                return t, f"applies to {t.who}, of which {country} is a member", [st for g, st in groups
                                                                                     if g == t.who]
        return None

    def _applied(self, rule: Rule, t: Target, named: Target | bool, how: str, extra: list[Any]) -> Applied:
        used = [t.statement, *extra] + ([named.statement] if isinstance(named, Target) else [])
        if isinstance(named, Target):
            how += f", names the chip ({named.statement.predicate})"
        elif rule.inherits_from:
            how += f", thresholds of {rule.inherits_from}"
        else:
            how += ", chip within its thresholds"
        sources = rule.sources[:1] + [s for st in used for s in st.sources]  # the rule's primary source
        return Applied(rule.id, t.effect or rule.effect, how, tuple(st.id for st in used),
                       tuple(dict.fromkeys(sources)))

    def _org_applied(self, rule: Rule, chip: str, org: str, d: date, places: list[str]) -> Applied | None:
        if not rule.in_force_on(d):
            return None
        listings, licenses = rule.party(org)
        for t in listings:
            if d in t.span:
                effect = t.effect or (rule.effect if rule.restrictive else "license_required")
                return Applied(rule.id, effect, f"lists {org}", (t.statement.id,),
                               tuple(dict.fromkeys([*rule.sources[:1], *t.statement.sources])))
        named = rule.chip_on(chip, self.facts.props(chip), d)
        if not named:
            return None
        for t in licenses:
            if d not in t.span:
                continue
            extra: list[Any] = []
            how = f"licenses {org} as recipient"
            if rule.destinations:  # a license for one destination does not reach the recipient elsewhere
                hits = [h for h in (self._destination(rule, c, d) for c in places) if h is not None]
                if not hits:
                    continue
                extra = [hits[0][0].statement, *hits[0][2]]
                how += f" in {hits[0][0].who}"
            return self._applied(rule, t, named, how, extra)
        return None

    def status(self, chip: str, dest: str, d: date, issuers: Issuers = any_issuer,
               where: str | None = None) -> Decision | None:
        """The control status of exports of `chip` to `dest` (a country, or an organization) on day `d`.

        For an organization the country is its home, or `where` (the country its site is in)."""
        key = (chip, dest, d, issuers, where)
        cache = self._remembered(self._cache, self._about(dest))
        if key not in cache:
            cache[key] = self._status(chip, dest, d, issuers, where)
        result: Decision | None = cache[key]
        return result

    def _status(self, chip: str, dest: str, d: date, issuers: Issuers, where: str | None) -> Decision | None:
        if self.facts.type_of(dest) == "Country":
            return combine(self._country_day(chip, dest, d, issuers), [], [], self.by_id)
        places = [where] if where else [home for home, span, _ in self.facts.homes(dest) if d in span]
        if (len(places) == 1 and not self.org_candidates(chip, dest, issuers, where)
                and self.facts.type_of(places[0]) == "Country"):
            # no rule names the organization: its status is its country's, computed once for all of them
            return self.status(chip, places[0], d, issuers)
        country_applied: list[Applied] = []
        for place in places:
            country_applied += self._country_day(chip, place, d, issuers)
        listing: list[Applied] = []
        licenses: list[Applied] = []
        for r in self.org_candidates(chip, dest, issuers, where):
            a = self._org_applied(r, chip, dest, d, places)
            if a is not None:
                (listing if a.effect in RESTRICTIVE else licenses).append(a)
        return combine(country_applied, listing, licenses, self.by_id)

    def _country_day(self, chip: str, country: str, d: date, issuers: Issuers) -> list[Applied]:
        return self._memoized(("day", chip, country, d, issuers), lambda: self._country_day_(chip, country, d, issuers))

    def _country_day_(self, chip: str, country: str, d: date, issuers: Issuers) -> list[Applied]:
        out = []
        for r in self.country_candidates(chip, country, issuers):
            a = self._country_applied(r, chip, country, d)
            if a is not None:
                out.append(a)
        return out

    def relevant(self, chip: str, dest: str, issuers: Issuers = any_issuer) -> bool:
        """Whether any rule could ever apply to exports of the chip to `dest` (so a timeline is worth it)."""
        if self.facts.type_of(dest) == "Country":
            return bool(self.country_candidates(chip, dest, issuers))
        return bool(self.org_candidates(chip, dest, issuers)) or any(
            self.country_candidates(chip, home, issuers) for home in self.facts.home_countries(dest))

    # -- timelines
    def boundaries(self, chip: str, dest: str, issuers: Issuers = any_issuer, where: str | None = None) -> set[date]:
        return self._memoized(("b", chip, dest, issuers, where), lambda: self._boundaries(chip, dest, issuers, where),
                              self._about(dest))

    def _boundaries(self, chip: str, dest: str, issuers: Issuers, where: str | None) -> set[date]:
        dates: set[date] = set()
        places: list[tuple[str, Span | None]]
        if self.facts.type_of(dest) == "Country":
            places = [(dest, None)]
        else:
            places = [(where, Span())] if where else [(h, s) for h, s, _ in self.facts.homes(dest)]
            for r in self.org_candidates(chip, dest, issuers, where):
                dates |= r.boundaries(chip, dest)
        for place, span in places:
            if span is not None:
                dates |= {span.start, span.end}
            for r in self.country_candidates(chip, place, issuers):
                dates |= r.boundaries(chip)
            dates |= {b for _, s, _ in self.facts.groups(place) for b in (s.start, s.end)}
        return dates

    def timeline(self, chip: str, dest: str, issuers: Issuers = any_issuer, within: Span = Span(),
                 where: str | None = None) -> list[tuple[Span, Decision | None]]:
        """[(span, decision)] covering `within`, merged where the decision does not change."""
        place = self._sole_place(chip, dest, issuers, where, within)
        if place is not None:  # the organization's timeline is its country's: one per country, not per lab
            return list(self._memoized(("tl", chip, place, issuers, within),
                                       lambda: self.timeline(chip, place, issuers, within)))
        return piecewise(self.boundaries(chip, dest, issuers, where),
                         lambda d: self.status(chip, dest, d, issuers, where), within)

    def _sole_place(self, chip: str, dest: str, issuers: Issuers, where: str | None, within: Span) -> str | None:
        """The country whose status an organization has throughout `within`: no rule names it, and it is in one
        country all along (`where`, or its one home); None when that does not hold."""
        if self.facts.type_of(dest) == "Country" or self.org_candidates(chip, dest, issuers, where):
            return None
        if where is None:
            homes = self.facts.homes(dest)
            if len(homes) != 1 or (homes[0][1] & within) != within:
                return None
            where = homes[0][0]
        return where if self.facts.type_of(where) == "Country" else None


def piecewise(dates: Iterable[date], at: Callable[[date], Any], within: Span = Span()) -> list[tuple[Span, Any]]:
    """Evaluate `at` on each segment between the given dates (inside `within`) and merge equal neighbours."""
    cuts = sorted({within.start, within.end} | {x for x in dates if within.start < x < within.end})
    out: list[tuple[Span, Any]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        value = at(start)
        if out and out[-1][1] == value:
            out[-1] = (Span(out[-1][0].start, end), value)
        else:
            out.append((Span(start, end), value))
    return out


def combine(country: list[Applied], listing: list[Applied], licenses: list[Applied],
            rules: dict[str, Rule]) -> Decision | None:
    country = _drop_redundant(country, rules)
    restr = [a for a in country if a.effect in RESTRICTIVE]
    relax = [a for a in country if a.effect in RELAXING]
    if not restr and not listing:
        return None
    if listing:
        applied = restr + listing
        effect = max((a.effect for a in applied), key=RESTRICTIVE.__getitem__)
    elif licenses or relax:
        applied = restr + relax
        effect = max((a.effect for a in relax + licenses), key=RELAXING.__getitem__)
    else:
        applied = restr
        effect = max((a.effect for a in restr), key=RESTRICTIVE.__getitem__)
    if licenses:
        applied = applied + licenses
        effect = max((a.effect for a in licenses), key=RELAXING.__getitem__)
    return Decision(effect, tuple(applied))


def _drop_redundant(applied: list[Applied], rules: dict[str, Rule]) -> list[Applied]:
    def ancestors(rid: str) -> set[str]:
        out: set[str] = set()
        todo = list(rules[rid].amends) if rid in rules else []
        while todo:
            x = todo.pop()
            if x not in out:
                out.add(x)
                todo += rules[x].amends if x in rules else []
        return out

    keep = []
    for a in applied:
        rule = rules.get(a.rule)
        if rule is not None and rule.inherits_from:
            up = ancestors(a.rule)
            if any(b.rule in up and b.effect == a.effect for b in applied):
                continue
        keep.append(a)
    return keep


__all__ = ["BEGIN", "END", "Applied", "Decision", "Evaluator", "Issuers", "any_issuer", "combine", "piecewise"]
