"""The evaluator on the rules fixture world: every change of control flips on its day, not the day before."""

from __future__ import annotations

from datetime import date

import pytest
from reasoning_helpers import evaluator, rules_env

from aikg.reasoning.evaluate import piecewise
from aikg.reasoning.rules import BEGIN, END, Rule, Span, statement_span

D = date.fromisoformat


@pytest.fixture(scope="module")
def ev(tmp_path_factory):
    with rules_env(tmp_path_factory.mktemp("rules-build")):
        yield evaluator()


def effect(ev, chip, dest, day):
    dec = ev.status(chip, dest, D(day))
    return None if dec is None else dec.effect


def test_a_threshold_rule_flips_on_its_effective_day(ev):
    assert effect(ev, "chip/big", "country/CN", "2024-02-29") is None
    dec = ev.status("chip/big", "country/CN", D("2024-03-01"))
    # the per-destination effect on the applies_to statement beats the rule's own license_required
    assert dec.effect == "presumption_of_denial" and dec.rules == ["policy/tpp-rule"]
    assert "group/test-d5" in dec.applied[0].how and "src/rule-a" in dec.sources


def test_a_chip_under_the_threshold_is_not_controlled(ev):
    assert effect(ev, "chip/small", "country/CN", "2025-06-01") is None


def test_a_rescission_ends_the_rule_on_the_rescinders_effective_day(ev):
    assert effect(ev, "chip/big", "country/MY", "2025-01-09") is None
    assert effect(ev, "chip/big", "country/MY", "2025-01-10") == "license_required"
    assert effect(ev, "chip/big", "country/MY", "2025-05-14") == "license_required"
    assert effect(ev, "chip/big", "country/MY", "2025-05-15") is None
    rule = ev.by_id["policy/temp-rule"]
    assert rule.in_force == [Span(D("2025-01-10"), D("2025-05-15"))]
    assert any("rescinded by policy/temp-rescission" in h for h in rule.history)


def test_a_country_license_relaxes_the_control_from_its_day(ev):
    assert effect(ev, "chip/big", "country/CN", "2026-02-28") == "presumption_of_denial"
    dec = ev.status("chip/big", "country/CN", D("2026-03-01"))
    assert dec.effect == "approved_with_conditions"
    assert dec.rules == ["policy/tpp-rule", "policy/cn-license"] and not dec.blocked


def test_a_listing_overrides_the_country_license(ev):
    assert effect(ev, "chip/big", "org/lab-cn", "2026-03-01") == "approved_with_conditions"
    dec = ev.status("chip/big", "org/lab-listed", D("2026-03-01"))
    assert dec.effect == "presumption_of_denial" and "policy/test-list" in dec.rules and dec.blocked
    # a listing covers every item, even one under the thresholds, from the listing's own date
    assert effect(ev, "chip/small", "org/lab-listed", "2025-01-31") is None
    assert effect(ev, "chip/small", "org/lab-listed", "2025-02-01") == "license_required"


def test_a_license_to_a_recipient_does_not_license_its_country(ev):
    assert effect(ev, "chip/big", "org/cloud-ae", "2025-08-31") == "license_required"
    assert effect(ev, "chip/big", "org/cloud-ae", "2025-09-01") == "approved_with_conditions"
    assert effect(ev, "chip/big", "country/AE", "2025-09-01") == "license_required"
    # and it names its destination: the same recipient elsewhere is not licensed
    elsewhere = ev.status("chip/big", "org/cloud-ae", D("2025-09-01"), where="country/CN")
    assert elsewhere.effect == "presumption_of_denial" and "policy/ae-license" not in elsewhere.rules


def test_exports_into_the_designers_own_country_are_not_controlled(ev):
    assert effect(ev, "chip/cn-chip", "country/CN", "2025-06-01") is None


def test_the_timeline_is_piecewise_and_merged(ev):
    tl = ev.timeline("chip/big", "country/CN", within=Span(D("2023-06-01")))
    got = [(s.valid_from, s.valid_to, d.effect if d else None) for s, d in tl]
    assert got == [(D("2023-06-01"), D("2024-02-29"), None),
                   (D("2024-03-01"), D("2026-02-28"), "presumption_of_denial"),
                   (D("2026-03-01"), None, "approved_with_conditions")]


def test_thresholds_of_3a090_style_rules():
    rule = Rule("policy/x", "ExportControlRule", "x", "license_required", "effective", [Span()], set(), [],
                tpp_min=4800, pd_min=5.92)
    assert rule.thresholds_cover({"tpp": 4800})
    assert not rule.thresholds_cover({"tpp": 4799.9})
    assert rule.thresholds_cover({"tpp": 1600, "performance_density": 5.92})
    assert not rule.thresholds_cover({"tpp": 1599, "performance_density": 9})
    capped = Rule("policy/y", "ExportControlRule", "y", "case_by_case", "effective", [Span()], set(), [],
                  tpp_max=21000)
    assert capped.thresholds_cover({"tpp": 15832}) and not capped.thresholds_cover({"tpp": 21000})
    assert not capped.thresholds_cover({})
    bare = Rule("policy/z", "ExportControlRule", "z", "license_required", "effective", [Span()], set(), [])
    assert not bare.thresholds_cover({"tpp": 99999})


def test_statement_valid_to_is_inclusive():
    class St:
        qualifiers = {"valid_from": "2025-01-13", "valid_to": "2025-05-13"}

    span = statement_span(St())
    assert D("2025-05-13") in span and D("2025-05-14") not in span and D("2025-01-12") not in span
    assert span.valid_to == D("2025-05-13") and Span().valid_from is None and Span(BEGIN, END).valid_to is None


def test_piecewise_merges_equal_neighbours():
    days = [D("2025-01-01"), D("2025-02-01"), D("2025-03-01")]
    out = piecewise(days, lambda d: d >= D("2025-02-01"), Span(D("2024-12-01"), D("2025-04-01")))
    assert [(s.start, s.end, v) for s, v in out] == [(D("2024-12-01"), D("2025-02-01"), False),
                                                     (D("2025-02-01"), D("2025-04-01"), True)]


def test_a_list_without_an_effect_is_not_an_export_control(ev):
    # designation lists such as 1260H or a foreign countermeasure list name parties but control no exports:
    # only lists with a recorded effect (the Entity List's license requirement) become rules
    assert "policy/test-list" in ev.by_id
    from aikg.reasoning.rules import read_rules

    facts = ev.facts
    entity = facts.entities["policy/test-list"]
    saved = dict(entity.props)
    try:
        entity.props.pop("effect")
        assert "policy/test-list" not in {r.id for r in read_rules(facts)}
    finally:
        entity.props.clear()
        entity.props.update(saved)


def test_a_sufficient_decision_keeps_the_restrictions_and_the_first_decisive_license():
    """A route through a hub operator's site cites one license that opens it, not each concurrent license."""
    from aikg.reasoning.evaluate import Applied, Decision

    def applied(rule, effect):
        return Applied(rule, effect, "how", (f"stmt-{rule}",), (f"src/{rule}",))

    rule = applied("policy/rule", "license_required")
    weak = applied("policy/weak-license", "case_by_case")
    first, second = applied("policy/license-1", "approved_with_conditions"), applied("policy/license-2", "approved_with_conditions")
    dec = Decision("approved_with_conditions", (rule, weak, first, second))
    enough = dec.sufficient()
    assert enough.effect == "approved_with_conditions"
    assert enough.rules == ["policy/rule", "policy/license-1"]
    assert enough.sources == ["src/policy/rule", "src/policy/license-1"]
    blocked = Decision("presumption_of_denial", (applied("policy/rule", "presumption_of_denial"), weak))
    assert blocked.sufficient() == blocked  # a closed route keeps its whole explanation
