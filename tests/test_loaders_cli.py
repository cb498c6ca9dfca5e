"""`aikg load`: all or nothing — a failed load leaves datasets.json and the current build as they were."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from conftest import shared_data
from typer.testing import CliRunner

from aikg.cli import app
from aikg.records import Entity, Origin
from aikg.resolution import Decisions, Resolver

runner = CliRunner()


def load(*args):
    return runner.invoke(app, ["load", *map(str, args)])


def snapshot(build_dir):
    return {name: (build_dir / name).read_bytes() for name in ("datasets.json", "CURRENT.json")
            if (build_dir / name).exists()}


def test_load_has_help():
    r = runner.invoke(app, ["load", "--help"])
    assert r.exit_code == 0 and "Usage" in r.output and "--report" in r.output


def test_load_records_the_input_and_rebuilds(dataset_world, build_dir):
    r = load("epoch", dataset_world / "epoch", "--retrieved", "2026-11-01")
    assert r.exit_code == 0, r.output
    assert "epoch/gpu_clusters:" in r.output and "6 rows used" in r.output and "built:" in r.output
    entries = json.loads((build_dir / "datasets.json").read_text())
    assert {e["kind"] for e in entries} == {"ml_hardware", "gpu_clusters", "data_centers", "notable_models",
                                            "ai_companies"}
    assert {e["retrieved"] for e in entries} == {"2026-11-01"}
    from aikg.build import current, load_records

    records = load_records(current())
    assert records["sources"]["src/epoch/gpu_clusters/row-2"]["retrieved"] == "2026-11-01"
    assert any(s["subject"] == "dc/epoch-testville-h100-cluster" for s in records["statements"])


def test_a_second_source_keeps_the_first_and_reloading_replaces(dataset_world, build_dir):
    assert load("epoch", dataset_world / "epoch").exit_code == 0
    assert load("epoch-chip-counts", dataset_world / "epoch-chip-counts").exit_code == 0
    assert load("epoch", dataset_world / "epoch" / "ml_hardware.csv").exit_code == 0
    entries = json.loads((build_dir / "datasets.json").read_text())
    kinds = [(e["source"], e["kind"]) for e in entries]
    assert len(kinds) == len(set(kinds)) == 7


def test_a_failed_load_changes_nothing(dataset_world, build_dir, tmp_path):
    assert load("epoch", dataset_world / "epoch").exit_code == 0
    before = snapshot(build_dir)
    bad = tmp_path / "gpu_clusters.csv"
    rows = list(csv.reader((dataset_world / "epoch" / "gpu_clusters.csv").open(encoding="utf-8")))
    with bad.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([[c for i, c in enumerate(r) if i != 1] for r in rows])  # drop Status
    r = load("epoch", bad)
    assert r.exit_code == 1 and "Status" in r.output and "gpu_clusters.csv" in r.output
    assert snapshot(build_dir) == before


def test_a_build_that_fails_restores_datasets_json(dataset_world, build_dir, monkeypatch):
    assert load("epoch", dataset_world / "epoch" / "ml_hardware.csv").exit_code == 0
    before = snapshot(build_dir)

    def broken(data, folder):
        raise OSError("disk full")

    monkeypatch.setattr("aikg.build.write_build", broken)
    r = load("opensanctions", dataset_world / "opensanctions")
    assert r.exit_code != 0
    assert snapshot(build_dir) == before


def test_report_lists_new_names_and_unknown_source_fails(dataset_world, build_dir):
    r = load("opensanctions", dataset_world / "opensanctions", "--report")
    assert r.exit_code == 0, r.output
    assert "review (ambiguous first" in r.output and "new       opensanctions Person 'Jane Q. Tester'" in r.output
    r = load("nosuch", dataset_world / "epoch")
    assert r.exit_code == 1 and "no dataset source 'nosuch'" in r.output
    r = load("epoch", dataset_world / "opensanctions")
    assert r.exit_code == 1 and "nothing to load" in r.output


def test_ambiguous_names_are_not_merged(build_dir):
    src = ["src/x"]
    a = Entity("org/acme", "Organization", {"name": "Acme", "aliases": ["Acme Labs"]}, src, Origin("w.yaml", 1))
    b = Entity("org/acme-labs", "Organization", {"name": "Acme Labs Inc."}, src, Origin("w.yaml", 2))
    r = Resolver.from_records([a, b], Decisions())
    oid, ent = r.resolve("epoch", "Organization", "Acme Labs", {}, src, Origin("d.csv", row=2))
    assert ent is not None and oid not in ("org/acme", "org/acme-labs")
    (o,) = r.review()
    assert o.how == "ambiguous" and o.candidates == ["org/acme", "org/acme-labs"]


def test_committed_decisions_name_existing_curated_ids(build_dir):
    """Every `match:` in loaders/resolution/decisions.yaml points at an id of the real curated data."""
    from aikg.build import collect
    from aikg.records import Entity as E

    records, _ = collect(inputs=[])
    ids = {r.id for r in records if isinstance(r, E)}
    missing = sorted({i for i in Decisions.read().match.values() if i not in ids})
    assert missing == []


@pytest.mark.shared_data
def test_load_shared_datasets_then_rebuild(build_dir, tmp_path):
    """Epoch, chip counts and ETO through `aikg load`, then a rebuild from datasets.json alone. (OpenSanctions is
    checked in test_loaders_sanctions.py and timed by bench/bench_loaders.py: its listed parties multiply the
    reasoning module's inferred statements, which makes a full rebuild take minutes.)"""
    for source, folder in (("epoch", "epoch-datasets"), ("epoch-chip-counts", "epoch-ai-chip-counts"),
                           ("eto-chip-explorer", "eto-chip-explorer")):
        r = load(source, shared_data(folder))
        assert r.exit_code == 0, r.output[-2000:]
    entries = json.loads((build_dir / "datasets.json").read_text())
    assert len({e["source"] for e in entries}) == 3
    shutil.rmtree(build_dir / json.loads((build_dir / "CURRENT.json").read_text())["hash"])
    assert runner.invoke(app, ["build"]).exit_code == 0  # datasets.json alone rebuilds the same graph
