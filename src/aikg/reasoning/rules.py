"""Reading rules and facts: policies and statements → typed `Rule` objects over date spans.

The evaluator must never re-interpret YAML, so everything it needs is indexed here once: which statements count
as facts (confirmed or reported, or assumed by a scenario — forecasts, allegations and aikg's own inferences never
feed a rule), the date span of each statement, and for every export-control rule its criteria (TPP and
performance-density thresholds, TPP upper bound, memory bandwidth, named chips), its destinations, exemptions,
recipients and listed parties, its effect, and the spans in which it is in force after its own dates,
rescissions and suspensions are applied.

Dates: a span is half-open [start, end). A statement's `valid_to` and a policy's `ended` are the last day the
claim holds (inclusive, as every query filters them), so the span ends the day after. A rescinding policy ends
the rescinded one on its own effective day; a suspension removes the suspension's span.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FACT_STATUSES = frozenset({"confirmed", "reported"})
RESTRICTIVE = {"license_required": 1, "presumption_of_denial": 2, "prohibited": 3}  # stricter = higher
RELAXING = {"case_by_case": 1, "presumption_of_approval": 2, "approved_with_conditions": 3, "allowed": 4}
RULE_TYPES = ("ExportControlRule", "LicenseDecision", "SanctionsList")
NEVER_IN_FORCE = frozenset({"proposed"})  # a proposal has dates of discussion, not of force
PD_MIN_TPP = 1600.0  # 3A090.a.2: the performance-density criterion needs TPP >= 1,600 as well
BEGIN, END = date.min, date.max


def day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None


def next_day(d: date) -> date:
    return d if d == END else d + timedelta(days=1)


def prev_day(d: date) -> date:
    return d if d in (BEGIN, END) else d - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Span:
    start: date = BEGIN
    end: date = END  # exclusive

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and self.start <= d < self.end

    def __and__(self, other: Span) -> Span | None:
        s, e = max(self.start, other.start), min(self.end, other.end)
        return Span(s, e) if s < e else None

    @property
    def valid_from(self) -> date | None:
        return None if self.start == BEGIN else self.start

    @property
    def valid_to(self) -> date | None:
        return None if self.end == END else prev_day(self.end)


def statement_span(st: Any) -> Span:
    q = st.qualifiers
    vf, vt = day(q.get("valid_from")), day(q.get("valid_to"))
    return Span(vf or BEGIN, next_day(vt) if vt else END)


def subtract(spans: list[Span], cut: Span) -> list[Span]:
    out = []
    for s in spans:
        if (s & cut) is None:
            out.append(s)
            continue
        if s.start < cut.start:
            out.append(Span(s.start, cut.start))
        if cut.end < s.end:
            out.append(Span(cut.end, s.end))
    return out


class Facts:
    """The statements that count as facts, indexed by (subject, predicate) and (object, predicate)."""

    def __init__(self, data: Any, assumed: Iterable[str] = ()):
        self.data = data
        self.entities: dict[str, Any] = data.entities
        self.assumed = frozenset(assumed) | frozenset(getattr(data, "assumed", ()) or ())
        self.out: dict[tuple[str, str], list[Any]] = defaultdict(list)
        self.inn: dict[tuple[str, str], list[Any]] = defaultdict(list)
        self.any_out: dict[tuple[str, str], list[Any]] = defaultdict(list)  # every status but inferred
        self.any_inn: dict[tuple[str, str], list[Any]] = defaultdict(list)
        self.by_predicate: dict[str, list[Any]] = defaultdict(list)
        self._memo: dict[tuple[str, str, str], list[tuple[str, Span, Any]]] = {}
        for st in data.statements:
            if st.status == "inferred":
                continue
            self.any_out[(st.subject, st.predicate)].append(st)
            self.any_inn[(st.object, st.predicate)].append(st)
            if st.status in FACT_STATUSES or st.id in self.assumed:
                self.out[(st.subject, st.predicate)].append(st)
                self.inn[(st.object, st.predicate)].append(st)
                self.by_predicate[st.predicate].append(st)

    def out_by_predicate(self, predicate: str) -> list[Any]:
        return list(self.by_predicate.get(predicate, ()))

    def objects(self, subject: str, predicate: str) -> list[tuple[str, Span, Any]]:
        key = ("o", subject, predicate)
        if key not in self._memo:
            self._memo[key] = [(st.object, statement_span(st), st) for st in self.out.get((subject, predicate), ())]
        return self._memo[key]

    def subjects(self, obj: str, predicate: str) -> list[tuple[str, Span, Any]]:
        key = ("s", obj, predicate)
        if key not in self._memo:
            self._memo[key] = [(st.subject, statement_span(st), st) for st in self.inn.get((obj, predicate), ())]
        return self._memo[key]

    def type_of(self, eid: str) -> str:
        e = self.entities.get(eid)
        return e.type if e is not None else ""

    def props(self, eid: str) -> dict[str, Any]:
        e = self.entities.get(eid)
        return e.props if e is not None else {}

    def name(self, eid: str) -> str:
        return str(self.props(eid).get("name", eid))

    def homes(self, org: str) -> list[tuple[str, Span, Any]]:
        """Where an organization is headquartered (a country), with the span of each statement."""
        return self.objects(org, "headquartered_in")

    def home_countries(self, org: str) -> set[str]:
        return {c for c, _, _ in self.homes(org)}

    def groups(self, country: str) -> list[tuple[str, Span, Any]]:
        return self.objects(country, "member_of")

    def designer_countries(self, chip: str) -> set[str]:
        return {c for org, _, _ in self.objects(chip, "designed_by") for c in self.home_countries(org)}

    def issuer_countries(self, policy: str) -> set[str]:
        out: set[str] = set()
        for org, _, _ in self.objects(policy, "issued_by"):
            out |= self.home_countries(org)
        return out

    def release(self, chip: str) -> date:
        return day(self.props(chip).get("release_date")) or BEGIN


@dataclass(frozen=True)
class Target:
    """A destination, exemption, recipient or listing of a rule: who, over which span, on which statement."""

    who: str
    span: Span
    statement: Any
    effect: str | None = None  # a per-destination effect (the statement's `effect` qualifier)


_NO_PARTY: tuple[Sequence[Target], Sequence[Target]] = ((), ())


@dataclass
class Rule:
    id: str
    type: str
    name: str
    effect: str
    policy_status: str
    in_force: list[Span]
    issuers: set[str]
    sources: list[str]
    tpp_min: float | None = None
    pd_min: float | None = None
    tpp_max: float | None = None
    bw_min: float | None = None
    chips: dict[str, list[Target]] = field(default_factory=dict)
    destinations: list[Target] = field(default_factory=list)
    exempts: list[Target] = field(default_factory=list)
    recipients: list[Target] = field(default_factory=list)
    listed: list[Target] = field(default_factory=list)
    history: list[str] = field(default_factory=list)  # how in_force was derived, for explanations
    amends: list[str] = field(default_factory=list)  # rules this one amends
    inherits_from: str | None = None  # the amended rule whose thresholds this one uses
    _covers: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _bounds: set[date] | None = field(default=None, repr=False, compare=False)
    _party_bounds: dict[str, set[date]] | None = field(default=None, repr=False, compare=False)
    _parties: dict[str, tuple[list[Target], list[Target]]] | None = field(default=None, repr=False, compare=False)

    @property
    def restrictive(self) -> bool:
        return self.effect in RESTRICTIVE

    @property
    def has_criteria(self) -> bool:
        return bool(self.chips) or any(v is not None for v in (self.tpp_min, self.pd_min, self.tpp_max,
                                                                  self.bw_min))

    def in_force_on(self, d: date) -> bool:
        return any(d in s for s in self.in_force)

    def boundaries(self, chip: str, party: str | None = None) -> set[date]:
        """The dates on which what the rule says about exports of `chip` (to `party`, an organization, when
        given) can change: its spans in force, destinations and exemptions, the statements naming this chip,
        and the party's own listings and licenses. Not every listing's: the Entity List's thousands of
        listing dates would cut every timeline into pieces that piecewise() merges back (same result)."""
        if self._bounds is None:
            self._bounds = _ends([*self.in_force, *(t.span for t in (*self.destinations, *self.exempts))])
        out = self._bounds | _ends([t.span for t in self.chips.get(chip, ())])
        if party is not None:
            if self._party_bounds is None:
                self._party_bounds = {}
                for t in (*self.listed, *self.recipients):
                    self._party_bounds.setdefault(t.who, set()).update((t.span.start, t.span.end))
            out |= self._party_bounds.get(party, set())
        return out

    def party(self, who: str) -> tuple[Sequence[Target], Sequence[Target]]:
        """The listings and the licenses naming `who`, in the rule's order: looked up, because the Entity List
        names thousands of parties and scanning them for each organization was quadratic at 1M."""
        if self._parties is None:
            self._parties = {}
            for i, targets in enumerate((self.listed, self.recipients)):
                for t in targets:
                    self._parties.setdefault(t.who, ([], []))[i].append(t)
        return self._parties.get(who, _NO_PARTY)

    def chip_matches(self, chip: str, props: dict[str, Any]) -> bool:
        """Whether the rule could cover the chip on some date: named by it, or inside its thresholds."""
        return chip in self.chips or self.covers(chip, props)

    def covers(self, chip: str, props: dict[str, Any]) -> bool:
        """thresholds_cover, remembered per chip (a chip's specs do not change within a build)."""
        if chip not in self._covers:
            self._covers[chip] = self.thresholds_cover(props)
        return self._covers[chip]

    def thresholds_cover(self, props: dict[str, Any]) -> bool:
        """3A090-style criteria: TPP >= threshold, or density >= threshold (with TPP >= 1,600), or memory
        bandwidth >= threshold; and TPP below the upper bound when there is one. No criteria: covers nothing."""
        if not any(v is not None for v in (self.tpp_min, self.pd_min, self.tpp_max, self.bw_min)):
            return False
        tpp, pd, bw = props.get("tpp"), props.get("performance_density"), props.get("memory_bandwidth_tbps")
        if self.tpp_max is not None and (tpp is None or tpp >= self.tpp_max):
            return False
        if all(c is None for c in (self.tpp_min, self.pd_min, self.bw_min)):
            return True
        if self.tpp_min is not None and tpp is not None and tpp >= self.tpp_min:
            return True
        if self.pd_min is not None and pd is not None and pd >= self.pd_min and (tpp or 0) >= PD_MIN_TPP:
            return True
        return self.bw_min is not None and bw is not None and bw >= self.bw_min

    def chip_on(self, chip: str, props: dict[str, Any], d: date) -> Target | bool:
        """The statement naming the chip on d (a Target), True if the thresholds cover it, else False."""
        for t in self.chips.get(chip, ()):
            if d in t.span:
                return t
        return self.covers(chip, props)


def _ends(spans: Iterable[Span]) -> set[date]:
    return {x for s in spans for x in (s.start, s.end)}


def _targets(facts: Facts, pid: str, predicate: str) -> list[Target]:
    return [Target(o, span, st, st.qualifiers.get("effect")) for o, span, st in facts.objects(pid, predicate)]


def read_rules(facts: Facts) -> list[Rule]:
    """Every policy with an effect (or a list of parties) as a Rule, its in-force spans already resolved."""
    rules: dict[str, Rule] = {}
    for pid, e in facts.entities.items():
        if e.type not in RULE_TYPES:
            continue
        p = e.props
        status = str(p.get("policy_status") or "")
        # only a list whose effect is recorded is an export-control rule: the Entity List imposes a license
        # requirement; 1260H, screening and foreign countermeasure lists designate parties but control nothing
        effect = p.get("effect")
        if not effect or status in NEVER_IN_FORCE:
            continue
        start = day(p.get("effective")) or day(p.get("announced")) or BEGIN
        ended = day(p.get("ended"))
        span = Span(start, next_day(ended) if ended else END)
        history = [f"in force from {span.valid_from or 'an unrecorded date'}"
                   + (f" to {span.valid_to}" if ended else "")]
        if status in ("unclear",):
            history.append("its policy_status is unclear in the sources")
        chips: dict[str, list[Target]] = defaultdict(list)
        for pred in ("covers_chip", "authorizes_chip"):
            for t in _targets(facts, pid, pred):
                chips[t.who].append(t)
        rules[pid] = Rule(
            id=pid, type=e.type, name=e.name, effect=str(effect), policy_status=status, in_force=[span] if start < span.end else [],
            issuers=facts.issuer_countries(pid), sources=list(e.sources),
            tpp_min=p.get("tpp_threshold"), pd_min=p.get("performance_density_threshold"),
            tpp_max=p.get("tpp_upper_bound"), bw_min=p.get("memory_bandwidth_threshold_tbps"),
            chips=dict(chips),
            destinations=_targets(facts, pid, "applies_to") + _targets(facts, pid, "destination"),
            exempts=_targets(facts, pid, "exempts"), recipients=_targets(facts, pid, "recipient"),
            listed=_targets(facts, pid, "lists_entity"), history=history,
        )
    for rule in rules.values():
        rule.amends = [o for o, _, _ in facts.objects(rule.id, "amends")]
    _inherit_criteria(rules)
    _apply_endings(facts, rules)
    return sorted(rules.values(), key=lambda r: r.id)


def _inherit_criteria(rules: dict[str, Rule]) -> None:
    """A rule with destinations but no chip criteria of its own takes the thresholds of the rule it amends.

    The October 2023 rule states the 3A090 thresholds once; the AI Diffusion Rule and the Macau extension amend
    it and name only destinations. Rules listing parties are exempt: a listing covers every item.
    """
    for rule in rules.values():
        if rule.has_criteria or not rule.destinations or rule.listed:
            continue
        seen, todo = {rule.id}, list(rule.amends)
        while todo:
            pid = todo.pop(0)
            parent = rules.get(pid)
            if parent is None or pid in seen:
                continue
            seen.add(pid)
            if any(v is not None for v in (parent.tpp_min, parent.pd_min, parent.tpp_max, parent.bw_min)):
                rule.tpp_min, rule.pd_min, rule.tpp_max, rule.bw_min = (parent.tpp_min, parent.pd_min,
                                                                        parent.tpp_max, parent.bw_min)
                rule.inherits_from = pid
                rule.history.append(f"chip criteria taken from {pid}, which it amends")
                break
            todo += parent.amends


def _apply_endings(facts: Facts, rules: dict[str, Rule]) -> None:
    """Rescissions end a rule on the rescinder's effective day; suspensions cut out their span."""
    for rule in rules.values():
        for by, span, st in facts.subjects(rule.id, "rescinds"):
            bp = facts.props(by)
            if str(bp.get("policy_status") or "") in NEVER_IN_FORCE:
                continue
            when = span.valid_from or day(bp.get("effective")) or day(bp.get("announced"))
            if when is None:
                continue
            rule.in_force = subtract(rule.in_force, Span(when, END))
            rule.history.append(f"rescinded by {by} from {when}")
            rule.sources += [s for s in st.sources if s not in rule.sources]
        for by, span, st in facts.subjects(rule.id, "suspends"):
            bp = facts.props(by)
            if str(bp.get("policy_status") or "") in NEVER_IN_FORCE:
                continue
            start = span.start if span.start != BEGIN else (day(bp.get("effective")) or BEGIN)
            end = span.end
            if end == END and day(bp.get("ended")):
                end = next_day(day(bp.get("ended")) or END)
            cut = Span(start, end)
            rule.in_force = subtract(rule.in_force, cut)
            rule.history.append(f"suspended by {by} from {cut.valid_from or 'the start'}"
                                + (f" to {cut.valid_to}" if cut.valid_to else ""))
            rule.sources += [s for s in st.sources if s not in rule.sources]
