"""Golden answers of the rule evaluator on the curated graph: well-known control dates flip on their day."""

from __future__ import annotations

from datetime import date

import pytest

from aikg.catalog import Catalog
from aikg.reasoning.evaluate import Evaluator
from aikg.reasoning.explain import from_catalog
from aikg.reasoning.rules import Facts

D = date.fromisoformat


@pytest.fixture(scope="module")
def ev(curated_build):
    return Evaluator(Facts(from_catalog(Catalog(curated_build))))


def status(ev, chip, dest, day):
    dec = ev.status(chip, dest, D(day), ev.origin(chip))
    return (dec.effect, dec.rules) if dec else (None, [])


def test_h100_to_china_needs_a_license_from_the_october_2022_rule(ev):
    assert status(ev, "chip/nvidia-h100", "country/CN", "2022-10-06") == (None, [])
    effect, rules = status(ev, "chip/nvidia-h100", "country/CN", "2022-10-07")
    assert effect in ("license_required", "presumption_of_denial") and rules == ["policy/oct-2022-rule"]
    effect, rules = status(ev, "chip/nvidia-h100", "country/CN", "2023-11-17")
    assert "policy/oct-2023-rule" in rules and effect in ("license_required", "presumption_of_denial")


def test_h20_needs_a_license_from_april_2025(ev):
    assert status(ev, "chip/nvidia-h20", "country/CN", "2025-04-08") == (None, [])
    assert status(ev, "chip/nvidia-h20", "country/CN", "2025-04-09") == (
        "license_required", ["policy/h20-license-requirement-2025"])
    effect, rules = status(ev, "chip/nvidia-h20", "country/CN", "2025-08-08")
    assert effect == "approved_with_conditions" and "policy/h20-license-resumption-2025" in rules


def test_h200_to_china_is_approved_with_conditions_from_january_15_2026(ev):
    effect, _ = status(ev, "chip/nvidia-h200", "country/CN", "2026-01-14")
    assert effect in ("license_required", "presumption_of_denial")
    effect, rules = status(ev, "chip/nvidia-h200", "country/CN", "2026-01-15")
    assert effect == "approved_with_conditions" and "policy/h200-china-exports" in rules


def test_the_diffusion_rule_reached_tier_2_until_its_rescission(ev):
    assert status(ev, "chip/nvidia-h100", "country/MY", "2025-01-12") == (None, [])
    assert status(ev, "chip/nvidia-h100", "country/MY", "2025-05-12") == (
        "license_required", ["policy/ai-diffusion-rule"])
    assert status(ev, "chip/nvidia-h100", "country/MY", "2025-05-13") == (None, [])


def test_g42_gb300_license_and_the_entity_list(ev):
    assert status(ev, "chip/nvidia-gb300", "org/g42", "2025-11-18")[0] == "license_required"
    effect, rules = status(ev, "chip/nvidia-gb300", "org/g42", "2025-11-19")
    assert effect == "approved_with_conditions" and "policy/uae-gb-licenses" in rules
    effect, rules = status(ev, "chip/nvidia-h200", "org/zhipu", "2026-06-01")
    assert effect in ("license_required", "presumption_of_denial") and "policy/entity-list" in rules


def test_domestic_chips_are_not_controlled_at_home(ev):
    assert status(ev, "chip/huawei-ascend-910c", "country/CN", "2026-06-01") == (None, [])


def test_chinese_labs_reach_gb200_offshore_but_not_by_purchase(curated_build):
    from aikg.reasoning.explain import why

    got = why(Catalog(curated_build), "org/deepseek", "chip/nvidia-gb200", D("2026-11-28"))
    routes = {(r["route"], r["via"], r["open"]) for r in got["routes"]}
    assert ("direct_purchase", None, False) in routes
    assert ("offshore_rental", "dc/ytl-johor-kulai", True) in routes
    assert all(r["sources"] for r in got["routes"])
