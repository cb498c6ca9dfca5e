"""Epoch AI loader on small fixtures in Epoch's real formats: resolution, provenance, certainty, audit."""

from __future__ import annotations

import csv
import shutil

import pytest
from conftest import check_dataset, errors, shared_data


@pytest.fixture
def epoch(dataset_world):
    data, problems, resolver = check_dataset(("epoch", dataset_world / "epoch"))
    assert errors(problems) == [], [str(p) for p in errors(problems)]
    return data, problems, resolver


def stmts(data, subject=None, predicate=None, obj=None):
    return [s for s in data.statements if (subject is None or s.subject == subject)
            and (predicate is None or s.predicate == predicate) and (obj is None or s.object == obj)]


def test_decision_attaches_to_the_curated_chip_without_a_second_entity(epoch):
    data, _, resolver = epoch
    assert data.entities["chip/nvidia-h100"].origin.file.endswith("world.yaml")  # the curated record, kept
    assert not any(e.id.startswith("chip/epoch-nvidia-h100-sxm5") for e in data.entities.values())
    hosted = stmts(data, predicate="hosts_chip", obj="chip/nvidia-h100")
    assert len(hosted) == 1 and hosted[0].qualifiers["quantity"] == 20000
    assert stmts(data, "model/epoch-testgpt-1", "trained_on", "chip/nvidia-h100")[0].qualifiers["quantity"] == 1024
    assert stmts(data, "chip/nvidia-h100", "designed_by", "org/nvidia")  # "NVIDIA" = curated "Nvidia"


def test_near_names_stay_distinct_products(epoch):
    data, _, resolver = epoch
    pcie = [e for e in data.entities.values() if e.props.get("name") == "NVIDIA H100 PCIe"]
    assert [e.id for e in pcie] == ["chip/epoch-nvidia-h100-pcie"]
    by_name = {o.name: o.id for o in resolver.outcomes if o.type == "Chip"}
    assert by_name["NVIDIA H800 SXM5"] == "chip/nvidia-h800"
    assert by_name["NVIDIA H200 SXM"] == "chip/nvidia-h200"
    assert by_name["NVIDIA HGX H20"] == "chip/nvidia-h20"
    assert by_name["AMD Instinct MI300X"] == "chip/amd-mi300x"
    assert by_name["AMD Radeon Instinct MI308X"] == "chip/amd-mi308x"  # only through the decision
    assert len(set(by_name.values())) == len(by_name)


def test_new_chip_gets_dataset_id_and_specs(epoch):
    data, _, _ = epoch
    chip = data.entities["chip/epoch-testium-x1-fictional"]
    assert chip.props["tflops_fp32"] == 10.0 and str(chip.props["release_date"]) == "2024-05-01"
    pcie = data.entities["chip/epoch-nvidia-h100-pcie"]
    assert pcie.props["tflops_bf16"] == 756.0 and pcie.props["website"] == "https://example.org/h100-pcie.pdf"


def test_every_record_cites_its_row(epoch):
    data, _, _ = epoch
    st = stmts(data, predicate="hosts_chip", obj="chip/nvidia-h100")[0]
    assert st.sources == ["src/epoch/gpu_clusters/row-2"]
    src = data.sources["src/epoch/gpu_clusters/row-2"]
    assert "gpu_clusters.csv row 2" in src.fields["title"] and src.fields["url"] == "https://epoch.ai/data/gpu-clusters"
    assert src.fields["source_kind"] == "dataset" and src.fields["retrieved"]
    assert "src/epoch/gpu_clusters" in data.sources  # the file-level source
    for e in data.entities.values():
        if e.id.startswith(("chip/epoch-", "dc/epoch-", "model/epoch-", "org/epoch-")):
            assert e.sources and all(s.startswith("src/epoch/") and "/row-" in s for s in e.sources), e.id


def test_anonymized_rows_are_kept_with_status_and_certainty(epoch):
    data, _, _ = epoch
    anon = sorted((e for e in data.entities.values() if e.id.startswith("dc/epoch-anonymized-row-")), key=lambda e: e.id)
    assert [e.id for e in anon] == ["dc/epoch-anonymized-row-4", "dc/epoch-anonymized-row-5"]
    existing, planned = anon
    assert existing.props["dc_status"] == "operational" and "anonymized" in existing.props["note"]
    assert "30,000" in existing.props["note"]
    assert planned.props["dc_status"] == "planned" and "certainty unlikely" in planned.props["note"]
    cn = stmts(data, planned.id, "located_in", "country/CN")[0]
    assert cn.status == "unclear" and cn.qualifiers["confidence"] < 0.5  # "Unlikely" is never overstated
    assert stmts(data, existing.id, "located_in", "country/CN")[0].status == "reported"


def test_planned_is_forecast_and_supersession_is_kept(epoch):
    data, _, _ = epoch
    phase2 = "dc/epoch-testville-h100-cluster-phase-2"
    assert stmts(data, phase2, "hosts_chip", "chip/nvidia-h200")[0].status == "forecast"
    assert stmts(data, "dc/epoch-testville-h100-cluster", "superseded_by", phase2)


def test_users_owners_tags_and_sectors(epoch):
    data, _, _ = epoch
    assert stmts(data, "org/openai", "uses_data_center", "dc/epoch-testville-h100-cluster")
    assert not any(s.subject.endswith("industry") for s in data.statements)  # a sector, not an organization
    campus = "dc/epoch-testville-ai-campus"
    assert stmts(data, campus, "owned_by", "org/oracle")[0].status == "reported"
    assert stmts(data, "org/microsoft", "uses_data_center", campus)[0].status == "unclear"  # #speculative


def test_country_decision_and_decommissioned_dates(epoch):
    data, _, _ = epoch
    assert stmts(data, "dc/epoch-seoul-test-cluster", "located_in", "country/KR")
    old = stmts(data, "dc/epoch-old-test-system", "hosts_chip")[0]
    assert str(old.qualifiers["valid_from"]) == "2018-01-01" and str(old.qualifiers["valid_to"]) == "2023-06-30"


def test_models_open_weights_and_base_model(epoch):
    data, _, _ = epoch
    assert data.entities["model/epoch-testgpt-1-open"].props["open_weights"] is True
    assert data.entities["model/epoch-testgpt-1"].props["open_weights"] is False
    assert data.entities["model/epoch-tinynet"].props["parameters"] == 1200
    assert stmts(data, "model/epoch-testgpt-1-open", "based_on", "model/epoch-testgpt-1")
    assert len(stmts(data, "model/epoch-testgpt-1-open", "developed_by")) == 2


def _copy(dataset_world, tmp_path):
    folder = tmp_path / "epoch"
    shutil.copytree(dataset_world / "epoch", folder)
    return folder


def _rewrite(path, change):
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows = change(rows)
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def test_an_unmapped_new_column_is_reported(dataset_world, tmp_path):
    folder = _copy(dataset_world, tmp_path)
    _rewrite(folder / "ml_hardware.csv", lambda rows: [rows[0] + ["Carbon footprint"]] + [r + ["12"] for r in rows[1:]])
    _, problems, _ = check_dataset(("epoch", folder / "ml_hardware.csv"))
    warned = [p for p in problems if "columns ignored" in p.message]
    assert len(warned) == 1 and "Carbon footprint" in warned[0].message and warned[0].file.endswith("ml_hardware.csv")


def test_a_missing_column_fails_naming_file_and_column(dataset_world, tmp_path):
    folder = _copy(dataset_world, tmp_path)
    _rewrite(folder / "gpu_clusters.csv", lambda rows: [[c for i, c in enumerate(r) if i != 2] for r in rows])
    _, problems, _ = check_dataset(("epoch", folder / "gpu_clusters.csv"))
    (p,) = errors(problems)
    assert p.file.endswith("gpu_clusters.csv") and "Certainty" in p.message


def test_row_count_out_of_bounds_fails(dataset_world, monkeypatch):
    monkeypatch.setenv("AIKG_ROW_BOUNDS", "1")
    _, problems, _ = check_dataset(("epoch", dataset_world / "epoch" / "gpu_clusters.csv"))
    (p,) = errors(problems)
    assert "has 6 rows, outside the expected 300" in p.message and p.file.endswith("gpu_clusters.csv")


@pytest.mark.shared_data
def test_real_epoch_files_load_and_resolve(build_dir):
    folder = shared_data("epoch-datasets")
    data, problems, resolver = check_dataset(("epoch", folder))
    assert errors(problems) == [], [str(p) for p in errors(problems)][:5]
    ids = {o.name: o.id for o in resolver.outcomes if o.type == "Chip"}
    assert ids["NVIDIA H100 SXM5 80GB"] == "chip/nvidia-h100"
    assert ids["NVIDIA H100 PCIe"] != "chip/nvidia-h100" and ids["NVIDIA H800 SXM5"] == "chip/nvidia-h800"
    assert ids["AMD Radeon Instinct MI308X"] == "chip/amd-mi308x" and ids["AMD Instinct MI300X"] == "chip/amd-mi300x"
    anon = [e for e in data.entities.values() if e.id.startswith("dc/epoch-anonymized-row-")]
    assert len(anon) >= 200  # the snapshot has 253 anonymized Chinese rows: none dropped
    assert not [o for o in resolver.outcomes if o.how == "ambiguous"]
