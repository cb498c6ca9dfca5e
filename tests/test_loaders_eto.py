"""CSET ETO chip explorer: inputs with ETO's ids, providers resolved, market shares and structure."""

from __future__ import annotations

import pytest
from conftest import check_dataset, errors, shared_data


@pytest.fixture
def eto(dataset_world):
    data, problems, _ = check_dataset(("eto-chip-explorer", dataset_world / "eto-chip-explorer"))
    assert errors(problems) == [], [str(p) for p in errors(problems)]
    return data


def one(data, s, p, o):
    (st,) = [x for x in data.statements if (x.subject, x.predicate, x.object) == (s, p, o)]
    return st


def test_inputs_and_stages_keep_eto_ids(eto):
    assert eto.entities["input/eto-n2"].props["name"] == "EUV scanners"
    assert eto.entities["input/eto-s2"].props["input_type"] == "stage"
    one(eto, "input/eto-n1", "in_stage", "input/eto-s2")


def test_structure(eto):
    one(eto, "input/eto-n2", "type_of", "input/eto-n1")
    one(eto, "input/eto-n1", "goes_into", "input/eto-n3")


def test_market_shares_from_countries_and_companies(eto):
    st = one(eto, "country/NL", "provides_input", "input/eto-n2")
    assert st.qualifiers["quantity"] == 100 and str(st.qualifiers["valid_from"]) == "2021-01-01"
    assert one(eto, "country/US", "provides_input", "input/eto-n1").qualifiers["quantity"] == 12.5
    litho = [e for e in eto.entities.values() if e.props.get("name") == "Litho Fictional BV"]
    assert len(litho) == 1
    one(eto, litho[0].id, "headquartered_in", "country/NL")
    assert "quantity" not in one(eto, "org/eto-testium-labs", "provides_input", "input/eto-n1").qualifiers


def test_provision_without_providers_fails(dataset_world):
    folder = dataset_world / "eto-chip-explorer"
    _, problems, _ = check_dataset(("eto-chip-explorer", folder / "provision.csv"))
    assert any("providers" in p.message and p.file.endswith("provision.csv") for p in errors(problems))


@pytest.mark.shared_data
def test_real_eto_files(build_dir):
    data, problems, _ = check_dataset(("eto-chip-explorer", shared_data("eto-chip-explorer")))
    assert errors(problems) == [], [str(p) for p in errors(problems)][:5]
    shares = [s for s in data.statements if s.predicate == "provides_input"]
    assert len(shares) > 1000
    assert any(s.subject == "country/NL" for s in shares)
