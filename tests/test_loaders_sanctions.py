"""Sanctions and screening lists: OpenSanctions' curated CSVs and the US Consolidated Screening List."""

from __future__ import annotations

import pytest
from conftest import check_dataset, errors, shared_data


def listings(data, list_id=None):
    return [s for s in data.statements if s.predicate in ("lists_entity", "targets")
            and (list_id is None or s.subject == list_id)]


@pytest.fixture
def opensanctions(dataset_world):
    data, problems, resolver = check_dataset(("opensanctions", dataset_world / "opensanctions"))
    assert errors(problems) == [], [str(p) for p in errors(problems)]
    return data, resolver


def test_china_lists_bodies_and_people(opensanctions):
    data, _ = opensanctions
    uel = next(e for e in data.entities.values() if e.props.get("name", "").startswith("Unreliable Entity List"))
    (st,) = listings(data, uel.id)
    assert st.status == "confirmed" and str(st.qualifiers["valid_from"]) == "2023-02-16"
    assert any(s.subject == uel.id and s.predicate == "issued_by" and s.object == "org/mofcom" for s in data.statements)
    company = data.entities[st.object]
    assert company.props["wikidata"] == "Q99999991" and "测试防务" in company.props["aliases"]
    people = [s for s in listings(data) if s.predicate == "targets"]
    assert len({s.object for s in people}) == 2  # same Chinese transliteration, two different people
    ended = [s for s in people if "valid_to" in s.qualifiers]
    assert len(ended) == 1 and str(ended[0].qualifiers["valid_to"]) == "2024-01-01"


def test_1260h_relisting_parent_and_acronyms(opensanctions):
    data, _ = opensanctions
    faic = next(e for e in data.entities.values() if e.props.get("name") == "Fictional Aviation Industry Corporation")
    sub = next(e for e in data.entities.values() if e.props.get("name") == "FAIC Limited")
    assert sub.id != faic.id  # "FAIC Limited" is not the parent whose acronym is FAIC
    periods = sorted(str(s.qualifiers["valid_from"]) for s in listings(data) if s.object == sub.id)
    assert periods == ["2021-06-03", "2025-01-07"]
    parent = [s for s in data.statements if s.subject == sub.id and s.predicate == "parent_organization"]
    assert {s.object for s in parent} == {faic.id}


def test_mieu_is_its_own_list(opensanctions):
    data, _ = opensanctions
    mieu = next(e for e in data.entities.values() if "MIEU" in e.props.get("name", ""))
    assert mieu.id != "policy/entity-list" and len(listings(data, mieu.id)) == 1
    assert any(s.subject == mieu.id and s.object == "org/bis" for s in data.statements)


@pytest.mark.parametrize("name", ["consolidated.csv", "consolidated.json"])
def test_csl_csv_and_json(dataset_world, name):
    data, problems, _ = check_dataset(("us-csl", dataset_world / "us-csl" / name))
    assert errors(problems) == [], [str(p) for p in errors(problems)]
    el = listings(data, "policy/entity-list")  # resolved by the committed decision
    assert len(el) == 2 and len({s.object for s in el}) == 1  # two listings, one company (Co., Ltd. = Co Ltd)
    company = data.entities[el[0].object]
    assert set(company.props["aliases"]) >= {"TSS", "Testium SZ"}
    located = {s.object for s in data.statements if s.subject == company.id and s.predicate == "located_in"}
    assert located == {"country/CN"}
    meu = next(e for e in data.entities.values() if e.props.get("name") == "Military End User (MEU) List")
    (aero,) = listings(data, meu.id)
    assert {s.object for s in data.statements if s.subject == aero.object and s.predicate == "located_in"} == {
        "country/CN", "country/RU"}
    assert any(s.predicate == "targets" and s.status == "confirmed" for s in data.statements)
    assert any("1 vessel row(s) not loaded" in p.message for p in problems)
    assert "Presumption of denial" in el[0].qualifiers["note"] or "Presumption of denial" in el[1].qualifiers["note"]


def test_csl_json_and_csv_agree(dataset_world):
    found = []
    for name in ("consolidated.csv", "consolidated.json"):
        data, _, _ = check_dataset(("us-csl", dataset_world / "us-csl" / name))
        found.append(sorted((s.subject, s.predicate, s.object, str(s.qualifiers.get("valid_from")))
                            for s in data.statements))
    assert found[0] == found[1]


@pytest.mark.shared_data
def test_real_opensanctions_files(build_dir):
    data, problems, resolver = check_dataset(("opensanctions", shared_data("opensanctions-curated")))
    assert errors(problems) == [], [str(p) for p in errors(problems)][:5]
    assert len(listings(data)) > 900
    huawei = [o for o in resolver.outcomes if o.name == "Huawei Technologies Co., Ltd."]
    assert huawei and all(o.id == "org/huawei" for o in huawei)
