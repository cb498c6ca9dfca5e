"""Benchmark of `aikg export` (a benchmark, not a test: nothing here asserts a time).

Prints, on the curated graph, the median of 5 in-process full-graph exports per format (pictures: the
flagship question's answer, since a picture of the whole graph is refused), each as a ratio to a baseline
measured in the same process: `json.dumps` of the build's records written to a file (the cost of merely
serialising the same records once). Also the selection itself, and a cold `aikg export graphml` end to end.
Target (issue 7): every full-graph export ≤ 5 s. The build goes to $AIKG_BUILD_DIR, or a temporary folder so
the benchmark never touches your build; exports go to a temporary folder.

    .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AIKG = str(Path(sys.executable).parent / "aikg")
RUNS = int(os.environ.get("AIKG_BENCH_RUNS", "5"))


def median_s(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    os.environ.setdefault("AIKG_BUILD_DIR", tempfile.mkdtemp(prefix="aikg-bench-export-"))
    from aikg.build import ensure_built, load_records
    from aikg.catalog import Catalog
    from aikg.exporters import FORMATS, export
    from aikg.selection import select

    info = ensure_built()
    out = Path(tempfile.mkdtemp(prefix="aikg-export-"))
    records = load_records(info)
    baseline = median_s(lambda: (out / "baseline.json").write_text(json.dumps(records)))
    cat = Catalog(info)
    whole = select(cat)
    picture = select(cat, question="offshore-gb200-access")
    results: dict[str, float] = {"baseline_json_dump_s": baseline,
                                 "select_whole_graph_s": median_s(lambda: select(cat))}
    print(f"curated graph: {len(whole.data.entities)} entities, {len(whole.data.statements)} statements, "
          f"{len(whole.data.sources)} sources; baseline (json.dumps of records.json) {baseline:.3f} s")
    print(f"{'format':12} {'median s':>9} {'× baseline':>11}")
    for name in FORMATS:
        sel = picture if name in ("png", "svg") else whole
        target = out / f"x-{name}"
        seconds = median_s(lambda sel=sel, target=target, name=name: export(sel, name, target, force=True))
        results[f"{name}_s"] = seconds
        scope = " (question answer)" if sel is picture else ""
        print(f"{name:12} {seconds:9.3f} {seconds / baseline:11.1f}{scope}")
    t = time.perf_counter()
    subprocess.run([AIKG, "export", "graphml", "-o", str(out / "cold.graphml"), "--force"], check=True,
                   capture_output=True, cwd=ROOT)
    results["cold_cli_graphml_s"] = time.perf_counter() - t
    print(f"cold `aikg export graphml` (whole graph, end to end): {results['cold_cli_graphml_s']:.2f} s")
    folder = ROOT / "bench" / "results"
    folder.mkdir(exist_ok=True)
    (folder / "export.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
