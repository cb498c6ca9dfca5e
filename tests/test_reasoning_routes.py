"""Access routes and the inferred statements in a build of the rules fixture world, and the questions on them."""

from __future__ import annotations

from datetime import date

import pytest
from reasoning_helpers import evaluator, rules_env

from aikg.reasoning.routes import RouteFinder

D = date.fromisoformat


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with rules_env(tmp_path_factory.mktemp("rules-build")):
        from aikg.build import ensure_built
        from aikg.catalog import Catalog

        info = ensure_built()
        yield {"finder": RouteFinder(evaluator()), "catalog": Catalog(info), "info": info}


def state(world, lab, chip, route, via, day):
    hits = [r for r in world["finder"].routes(lab, chip, all_pairs=True)
            if r.route == route and r.via == via and D(day) in r.span]
    assert len(hits) <= 1, hits
    return hits[0].state if hits else None


def test_direct_purchase_closes_on_the_rule_day_and_reopens_with_the_license(world):
    assert state(world, "org/lab-cn", "chip/big", "direct_purchase", None, "2024-02-29").open
    blocked = state(world, "org/lab-cn", "chip/big", "direct_purchase", None, "2024-03-01")
    assert not blocked.open and blocked.effect == "presumption_of_denial" and blocked.rules == ("policy/tpp-rule",)
    assert state(world, "org/lab-cn", "chip/big", "direct_purchase", None, "2026-03-01").open
    assert not state(world, "org/lab-listed", "chip/big", "direct_purchase", None, "2026-03-01").open
    assert state(world, "org/lab-cn", "chip/big", "direct_purchase", None, "2023-05-31") is None  # not released


def test_offshore_route_waits_for_the_chip_to_be_lawfully_there(world):
    before = state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/my-site", "2025-05-14")
    assert not before.open and before.effect == "license_required" and "no license" in before.reason
    assert state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/my-site", "2025-05-15").open
    assert state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/my-site", "2025-02-28") is None


def test_offshore_route_closes_on_the_day_a_license_condition_starts(world):
    ok = state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/ae-site", "2025-11-30")
    assert ok.open and ok.effect == "approved_with_conditions" and "policy/ae-license" in ok.rules
    closed = state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/ae-site", "2025-12-01")
    assert not closed.open and "closed to group/test-d5" in closed.reason
    assert state(world, "org/lab-us", "chip/big", "offshore_rental", "dc/ae-site", "2025-12-01").open


def test_forecasts_open_no_route_and_domestic_chips_are_alternatives(world):
    assert state(world, "org/lab-cn", "chip/big", "offshore_rental", "dc/forecast-site", "2026-01-01") is None
    home = state(world, "org/lab-cn", "chip/cn-chip", "domestic_alternative", None, "2024-09-01")
    assert home.open and state(world, "org/lab-cn", "chip/cn-chip", "domestic_alternative", None, "2024-08-31") is None
    assert not list(world["finder"].routes("org/lab-jp", "chip/big"))  # no rule touches Japan


def test_smuggling_is_an_allegation_from_the_case_date(world):
    s = state(world, "org/lab-cn", "chip/big", "smuggling_alleged", "event/smuggle-case", "2025-06-10")
    assert s.open and "country/MY" in s.reason and "presumption_of_denial" in s.reason
    assert state(world, "org/lab-cn", "chip/big", "smuggling_alleged", "event/smuggle-case", "2025-06-09") is None


def test_inferred_statements_are_dated_sourced_and_derived_from_rules(world):
    cat = world["catalog"]
    inferred = [s for s in cat.statements if s["predicate"] in ("can_access", "export_control_status")]
    assert inferred and all(s["sources"] and set(s["sources"]) <= set(cat.sources) for s in inferred)
    assert {s["status"] for s in inferred} == {"inferred", "alleged"}
    smuggling = [s for s in inferred if s.get("route") == "smuggling_alleged"]
    assert smuggling and all(s["status"] == "alleged" for s in smuggling)
    cn = [s for s in inferred if s["predicate"] == "export_control_status" and s["subject"] == "chip/big"
          and s["object"] == "country/CN"]
    assert [(s["effect"], s.get("valid_from"), s.get("valid_to"), s["derived_from_rules"]) for s in cn] == [
        ("presumption_of_denial", "2024-03-01", "2026-02-28", ["policy/tpp-rule"]),
        ("approved_with_conditions", "2026-03-01", None, ["policy/tpp-rule", "policy/cn-license"])]


def ask(world, name, **given):
    from aikg.ask import ask_embedded, values_for
    from aikg.questions import load

    with rules_env(world["info"].path.parent):
        q = load(name)
        return ask_embedded(q, values_for(q, given, world["catalog"].resolve), timeout=60)


def test_flagship_is_rule_aware_and_flips_on_the_rescission_day(world):
    before = ask(world, "offshore-gb200-access", chip="chip/big", as_of="2025-05-14")
    after = ask(world, "offshore-gb200-access", chip="chip/big", as_of="2025-05-15")
    assert ("Lab CN", "My Site") not in {(r["lab"], r["data_center"]) for r in before}
    row = [r for r in after if (r["lab"], r["data_center"]) == ("Lab CN", "My Site")]
    assert row and row[0]["conditions"] == "no control" and row[0]["status"] == "reported"
    ae = [r for r in ask(world, "offshore-gb200-access", chip="chip/big", as_of="2025-11-30")
          if r["data_center"] == "AE Site" and r["lab"] == "Lab CN"]
    assert ae and ae[0]["conditions"] == "approved_with_conditions"
    assert ae[0]["rules"] == "policy/ae-license; policy/tpp-rule"


def test_chips_to_country_flips_on_the_effective_day(world):
    def big(day):
        return [r for r in ask(world, "chips-to-country", country="country/CN", as_of=day)
                if r["chip"] == "Big Accelerator"]
    assert [(r["effect"], r["may_ship"]) for r in big("2024-02-29")] == [("no control", "yes")]
    assert [(r["effect"], r["may_ship"], r["rules"], r["since"]) for r in big("2024-03-01")] == [
        ("presumption_of_denial", "no", "policy/tpp-rule", "2024-03-01")]
    assert [(r["effect"], r["may_ship"]) for r in big("2026-03-01")] == [("approved_with_conditions", "conditional")]


def test_access_changes_when_a_policy_takes_effect(world):
    lost = ask(world, "access-changes", policy="policy/tpp-rule")
    assert {(r["change"], r["lab"], r["chip"], r["route"], r["date"]) for r in lost} == {
        ("lost", "Lab CN", "Big Accelerator", "direct_purchase", "2024-03-01"),
        ("lost", "Listed Lab", "Big Accelerator", "direct_purchase", "2024-03-01")}
    gained = ask(world, "access-changes", policy="policy/cn-license")
    assert {(r["change"], r["lab"], r["chip"], r["route"]) for r in gained} == {
        ("gained", "Lab CN", "Big Accelerator", "direct_purchase")}


def test_offshore_sites_and_policy_timeline(world):
    sites = ask(world, "offshore-sites", country="country/CN", as_of="2025-11-01")
    assert {r["data_center"] for r in sites} == {"My Site", "AE Site"}
    assert {r["data_center"] for r in ask(world, "offshore-sites", country="country/CN", as_of="2025-12-01")} == {
        "My Site"}
    timeline = ask(world, "policy-timeline", target="country/MY", as_of="2026-01-01")
    assert [(r["date"], r["change"], r["policy"]) for r in timeline] == [
        ("2025-01-10", "effective", "Test temporary rule for Malaysia"),
        ("2025-05-15", "rescinded by Rescission of the temporary rule", "Test temporary rule for Malaysia")]


def test_single_points_of_failure(world):
    rows = ask(world, "single-points-of-failure")
    assert {(r["dependent"], r["kind"], r["stage"], r["supplier"]) for r in rows} == {
        ("Big Accelerator", "chip", "foundry", "Foundry One")}


def test_route_statements_forget_each_lab_when_done_and_write_the_same(world):
    """Each lab's remembered statuses are dropped after its routes (memory at 1M); forgetting changes nothing."""
    from aikg.reasoning.infer import route_statement, route_statements

    finder = RouteFinder(evaluator())
    written = [(st.id, st.qualifiers) for st in route_statements(finder)]
    labs = finder.labs()
    assert labs and written
    assert not set(labs) & set(finder.ev._org)  # nothing about any lab is left
    assert finder.ev._org  # what is not about a lab (e.g. a site's operator) is kept
    remembering = RouteFinder(evaluator())
    again = [(st.id, st.qualifiers) for lab in labs for chip in remembering.chips()
             for r in remembering.routes(lab, chip) if r.state.open and (st := route_statement(r)) is not None]
    assert written == again
