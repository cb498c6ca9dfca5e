"""`aikg why`, `aikg diff`, `--assume` and `--as-of` through the CLI, and their one-line errors."""

from __future__ import annotations

import json

import pytest
from reasoning_helpers import RULES
from typer.testing import CliRunner

from aikg.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def shared_build(tmp_path_factory):
    return tmp_path_factory.mktemp("rules-cli-build")


@pytest.fixture
def rules(shared_build, monkeypatch):
    monkeypatch.setenv("AIKG_CURATED_DATA", str(RULES / "data"))
    monkeypatch.setenv("AIKG_SCENARIOS_DIR", str(RULES / "scenarios"))
    monkeypatch.setenv("AIKG_BUILD_DIR", str(shared_build))
    return shared_build


def ok(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def fails(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code == 1, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), r.output
    return lines[0]


def test_why_prints_open_and_blocked_routes_with_rules_and_sources(rules):
    out = ok("why", "Lab CN", "Big Accelerator", "--as-of", "2025-12-15")
    assert "OPEN: offshore_rental via My Site (dc/my-site)" in out
    assert "BLOCKED: direct_purchase [presumption_of_denial; holds 2024-03-01 to 2026-02-28]" in out
    assert "BLOCKED: offshore_rental via AE Site" in out and "closed to group/test-d5" in out
    assert "rule policy/tpp-rule — Test TPP rule" in out
    assert "source src/rule-a — Test Register: Rule text A <https://example.org/rule-a>" in out
    assert "OPEN: smuggling_alleged" in out


def test_why_follows_the_date(rules):
    rows = json.loads(ok("why", "org/lab-cn", "chip/big", "--as-of", "2026-03-01", "-f", "json"))
    direct = [r for r in rows if r["route"] == "direct_purchase"]
    assert direct == [dict(direct[0], open=True, effect="approved_with_conditions", **{"from": "2026-03-01"})]
    assert direct[0]["rules"] == "policy/tpp-rule; policy/cn-license"


def test_why_under_a_scenario(rules):
    base = json.loads(ok("why", "org/lab-cn", "chip/big", "--as-of", "2025-08-01", "-f", "json"))
    scen = json.loads(ok("why", "org/lab-cn", "chip/big", "--as-of", "2025-08-01", "--assume", "my-controls",
                         "-f", "json"))
    def my_site(rows):
        return [(r["open"], r["effect"]) for r in rows if r["via"] == "dc/my-site"]
    assert my_site(base) == [(True, "")]
    assert my_site(scen) == [(False, "presumption_of_denial")]
    assert [r["rules"] for r in scen if r["via"] == "dc/my-site"] == ["policy/my-rule"]


def test_diff_lists_losses_by_route(rules):
    rows = json.loads(ok("diff", "--assume", "my-controls", "--as-of", "2025-08-01", "-f", "json"))
    assert {(r["change"], r["lab"], r["chip"], r["route"], r["via"]) for r in rows} == {
        ("loses", "Lab CN", "Big Accelerator", "offshore_rental", "My Site"),
        ("loses", "Listed Lab", "Big Accelerator", "offshore_rental", "My Site")}
    assert ok("diff", "--assume", "my-controls", "--as-of", "2025-06-30").startswith("no lab gains or loses")
    revoked = json.loads(ok("diff", "--assume", "revoke-ae", "--as-of", "2026-01-01", "-f", "json"))
    assert {(r["change"], r["lab"], r["via"]) for r in revoked} == {("loses", "Lab US", "AE Site")}
    assert ok("diff", "--assume", "revoke-ae", "--as-of", "2025-12-31").startswith("no lab gains or loses")


def test_ask_under_a_scenario_does_not_disturb_the_default_build(rules):
    base = json.loads(ok("ask", "offshore-sites", "--as-of", "2025-08-01", "-f", "json"))
    current = (rules / "CURRENT.json").read_text()
    scen = json.loads(ok("ask", "offshore-sites", "--as-of", "2025-08-01", "--assume", "my-controls", "-f", "json"))
    assert [r["data_center"] for r in base] == ["My Site"] and scen == []
    assert (rules / "CURRENT.json").read_text() == current
    assert (rules / "scenarios" / "my-controls" / "CURRENT.json").exists()
    assert json.loads(ok("ask", "offshore-sites", "--as-of", "2025-08-01", "-f", "json")) == base


@pytest.mark.parametrize("args, message", [
    (("diff", "--assume", "my-control"), "no scenario named 'my-control'; did you mean my-controls?"),
    (("why", "Lab CN", "Big Accelerator", "--assume", "nothing-like-it"), "no scenario named 'nothing-like-it'"),
    (("ask", "offshore-sites", "--assume", "nope"), "no scenario named 'nope'"),
    (("why", "Lab CN", "Big Accelerator", "--as-of", "2025-13-45"), "cannot read --as-of '2025-13-45'"),
    (("diff", "--assume", "my-controls", "--as-of", "yesterday-ish"), "cannot read --as-of 'yesterday-ish'"),
    (("ask", "chips-to-country", "--as-of", "28/11/2026"), "cannot read parameter as_of '28/11/2026'"),
    (("why", "Lab XN", "Big Accelerator"), "no Organization named 'Lab XN'; did you mean org/lab-cn"),
    (("why", "Lab CN", "Huge Accelerator"), "no Chip named 'Huge Accelerator'"),
    (("why", "Lab CN", "Accelerator"), "no Chip named 'Accelerator'"),
])
def test_bad_input_is_one_line_and_exit_1(rules, args, message):
    assert message in fails(*args)


def test_a_name_that_matches_several_things_lists_them(rules, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    text = (RULES / "data" / "world.yaml").read_text().replace("name: Listed Lab", "name: Lab CN")
    (data / "world.yaml").write_text(text)
    monkeypatch.setenv("AIKG_CURATED_DATA", str(data))
    line = fails("why", "Lab CN", "Big Accelerator")
    assert "matches several Organization entries: org/lab-cn (Lab CN), org/lab-listed (Lab CN)" in line
