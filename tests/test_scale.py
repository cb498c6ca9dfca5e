"""The synthetic-graph generator and the scale benchmark code, checked for correctness on the 10k graph.

No timings are asserted (benchmarks are not tests): the generator must be deterministic, yield records the
curated data's validation accepts, give every canned question rows; the benchmark must measure what it says
(the rdflib baseline returns the embedded engine's rows), and every available backend the same answers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import real_data_in, require_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_scale  # noqa: E402
import synthetic  # noqa: E402


def test_generator_is_deterministic_and_seeded():
    a = list(synthetic.generate(3000, seed=1))
    assert a == list(synthetic.generate(3000, seed=1))
    assert a != list(synthetic.generate(3000, seed=2))
    assert sum(r["kind"] == "statement" for r in a) >= 3000


def test_generator_gives_the_same_graph_in_every_process():
    """Deterministic across processes too: nothing may depend on the order of a set of strings, which
    PYTHONHASHSEED changes from one process to the next."""
    import hashlib
    import os
    import subprocess

    code = ("import hashlib, json, sys; sys.path.insert(0, 'bench'); import synthetic; "
            "print(hashlib.sha256(json.dumps(list(synthetic.generate(3000))).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(digests) == 1
    assert digests == {hashlib.sha256(json.dumps(list(synthetic.generate(3000))).encode()).hexdigest() + "\n"}


def test_generated_records_are_clearly_synthetic():
    for rec in synthetic.generate(3000):
        if rec["kind"] == "source":
            assert rec["publisher"] == synthetic.PUBLISHER and rec["id"].startswith("src/syn-")
        elif rec["kind"] == "entity":
            assert "/syn-" in rec["id"] and rec["props"]["name"].startswith("SYN ")
        else:
            assert rec["sources"] and all(s.startswith("src/syn-") for s in rec["sources"])
            assert "/syn-" in rec["subject"] or "/syn-" in rec["object"], rec


def test_sizes():
    assert synthetic.size_of("1M") == 1_000_000 and synthetic.size_of("25000") == 25_000
    with pytest.raises(ValueError):
        synthetic.size_of("huge")


def test_hubs_touch_a_large_share_of_edges():
    from collections import Counter

    ends = Counter()
    total = 0
    for rec in synthetic.generate(10_000):
        if rec["kind"] == "statement":
            total += 1
            ends[rec["object"]] += 1
    top5 = sum(n for _, n in ends.most_common(5))
    assert top5 / total > 0.15, ends.most_common(5)


@pytest.fixture(scope="module")
def synthetic_build(tmp_path_factory):
    """The 10k synthetic graph built by the real pipeline, on top of the curated graph, in its own folder."""
    from aikg.build import ensure_built

    folder = tmp_path_factory.mktemp("scale-10k")
    records = folder / "records.jsonl"
    synthetic.write(10_000, records)
    build = folder / "build"
    build.mkdir()
    (build / "datasets.json").write_text(json.dumps([{"source": "synthetic", "path": str(records),
                                                      "kind": "records"}]))
    with real_data_in(build):
        yield ensure_built()


def test_synthetic_graph_passes_validation(synthetic_build):
    from aikg.build import check

    _, problems = check()
    assert [p for p in problems if p.severity == "error"] == []
    assert synthetic_build.counts["statements"] > 10_000


def hub_safe_questions():
    return {k: v for k, v in bench_scale.question_values().items() if k not in bench_scale.NOT_HUB_SAFE}


@pytest.fixture(scope="module")
def answers(synthetic_build):
    return bench_scale.embedded_times(synthetic_build.store_path, hub_safe_questions(), runs=1, timeout=300)


def test_every_question_has_synthetic_answers(answers):
    assert set(answers) | bench_scale.NOT_HUB_SAFE == set(bench_scale.question_values())
    for name, result in answers.items():
        syn = [r for r in result["answer"] if "SYN " in json.dumps(r)]
        assert syn, f"{name}: no synthetic rows"


def test_benchmark_table_and_results(answers, synthetic_build, tmp_path, monkeypatch):
    monkeypatch.setattr(bench_scale, "RESULTS", tmp_path)
    result = {"size": "10k", "target_statements": 10_000, "date": "today", "counts": synthetic_build.counts,
              "build_s": 1.0, "peak_rss_gb": 0.5, "store_mb": 1.0, "cold_ask_ms": 300.0, "python_pass_ms": 20.0,
              "embedded": answers, "neo4j": None,
              "rdflib": {"load_s": 1.0, "questions": {"chips-over-threshold": {"ms": 50.0}}}}
    bench_scale.save(result)
    saved = json.loads((tmp_path / "scale-10k.json").read_text())
    assert "answer" not in saved["embedded"]["chips-over-threshold"]
    table = (tmp_path / "scale.md").read_text()
    assert "| chips-over-threshold | 10k |" in table and "×" in table
    assert all(f"| {name} | 10k |" in table for name in answers)


def test_rdflib_baseline_gives_the_embedded_rows(synthetic_build, answers):
    questions = {k: v for k, v in bench_scale.question_values().items()
                 if k in ("chips-over-threshold", "ended-policies")}
    out = bench_scale.rdflib_times(synthetic_build.ntriples_path, questions, skip=set(), timeout=60)
    for name in questions:
        assert out["questions"][name]["rows"] == answers[name]["rows"], name


def test_neo4j_gives_the_embedded_answers(synthetic_build, answers):
    require_server("AIKG_TEST_NEO4J_URI", "Neo4j")
    got = bench_scale.neo4j_times(synthetic_build, hub_safe_questions(), runs=1)
    assert got is not None
    for name, result in answers.items():
        assert got["questions"][name]["answer"] == result["answer"], name


def test_fuseki_gives_the_embedded_answers(synthetic_build, answers):
    from aikg.backends.endpoint import ask_endpoint, push

    url = require_server("AIKG_TEST_FUSEKI_URL", "Fuseki").rstrip("/")
    push(url, synthetic_build.ntriples_path)
    for name, (q, values) in hub_safe_questions().items():
        assert ask_endpoint(q, values, 300, url) == answers[name]["answer"], name


def test_fingerprint_of_a_big_input_follows_its_content(build_dir, tmp_path, monkeypatch):
    """A loaded dataset can be large: its digest is reused from the stat cache, and still follows an edit
    whose size and mtime look unchanged (the ctime moved)."""
    import os

    from aikg import build

    monkeypatch.setattr(build, "_RACY_NS", 0)  # trust stats at once, as if the file were old
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"a" * (1 << 21))
    first = build.fingerprint([big])
    assert build.fingerprint([big]) == first  # from the cache
    st = big.stat()
    big.write_bytes(b"b" * (1 << 21))
    os.utime(big, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert build.fingerprint([big]) != first
