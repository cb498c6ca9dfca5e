"""Epoch AI chip counts: the p5 / median / p95 range is kept, aggregates stay aggregates."""

from __future__ import annotations

import pytest
from conftest import check_dataset, errors, shared_data


@pytest.fixture
def counts(dataset_world):
    data, problems, resolver = check_dataset(("epoch-chip-counts", dataset_world / "epoch-chip-counts"))
    assert errors(problems) == [], [str(p) for p in errors(problems)]
    return data, problems


def uses(data, owner, chip):
    return sorted((s for s in data.statements if s.predicate == "uses_chip" and s.subject == owner
                   and s.object == chip), key=lambda s: s.qualifiers["valid_from"])


def test_range_is_kept_as_median_low_high(counts):
    data, _ = counts
    q1, q2 = uses(data, "org/microsoft", "chip/epoch-nvidia-h100-h200")
    assert (q1.qualifiers["quantity"], q1.qualifiers["quantity_low"], q1.qualifiers["quantity_high"]) == (
        150000, 100000, 210000)
    assert str(q1.qualifiers["valid_from"]) == "2024-01-01" and str(q1.qualifiers["valid_to"]) == "2024-03-31"
    assert q2.qualifiers["quantity"] == 250000 and q1.status == q2.status == "reported"
    (other,) = uses(data, "org/epoch-other-owners", "chip/nvidia-a100")
    assert "quantity_low" not in other.qualifiers  # Epoch gives no range here: none is invented


def test_combined_category_is_never_merged_into_h100_or_h200(counts):
    data, _ = counts
    chip = data.entities["chip/epoch-nvidia-h100-h200"]
    assert chip.props["name"] == "NVIDIA H100/H200"
    assert not uses(data, "org/microsoft", "chip/nvidia-h100") and not uses(data, "org/microsoft", "chip/nvidia-h200")


def test_china_and_other_are_named_aggregates(counts):
    data, _ = counts
    china = data.entities["org/epoch-owners-in-china"]
    assert "aggregate" in china.props["name"]
    assert any(s.subject == china.id and s.predicate == "located_in" and s.object == "country/CN"
               for s in data.statements)
    assert uses(data, china.id, "chip/nvidia-h20")  # exact alias H20
    assert uses(data, china.id, "chip/amd-mi308x") and not uses(data, china.id, "chip/amd-mi300x")


def test_files_that_are_not_holdings_are_skipped_with_a_note(counts):
    _, problems = counts
    assert any("nvidia_cumulative_totals.csv" in p.message and "not loaded" in p.message for p in problems)


@pytest.mark.shared_data
def test_real_chip_counts(build_dir):
    data, problems, _ = check_dataset(("epoch-chip-counts", shared_data("epoch-ai-chip-counts")))
    assert errors(problems) == [], [str(p) for p in errors(problems)][:5]
    ranged = [s for s in data.statements if s.predicate == "uses_chip" and "quantity_high" in s.qualifiers]
    assert len(ranged) > 300
    assert all(s.qualifiers["quantity_low"] <= s.qualifiers["quantity"] <= s.qualifiers["quantity_high"]
               for s in ranged if "quantity_low" in s.qualifiers)
