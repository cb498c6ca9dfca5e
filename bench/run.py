"""`make bench`: the core speed figures, each against a baseline measured in the same run.

Figures (issues: cold `aikg ask <flagship>` ≤ 250 ms median, `aikg --help` ≤ 150 ms, full rebuild ≤ 3 s;
`aikg ask --as-of` and `aikg why` cold ≤ 300 ms):
cold processes are timed end to end with `python -c pass` as the baseline; the rebuild is timed in process.
Other benchmarks (bench_*.py) run after these when present, among them the scale benchmark on a 10k-relation
synthetic graph. `make bench SIZE=100k` (or 1m; AIKG_BENCH_SIZE) runs only the scale benchmark, at that size
(bench_scale.py; bench/README.md). Results go to stdout and bench/results/.
"""

from __future__ import annotations

import json
import os
import runpy
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("AIKG_BENCH_RUNS", "11"))


def cold(cmd: list[str], runs: int = RUNS) -> float:
    """Median wall time in ms of a fresh process."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def rebuild(runs: int = 5) -> float:
    from aikg.build import build, fingerprint

    digest = fingerprint()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        build(digest)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    if os.environ.get("AIKG_BENCH_SIZE"):  # one size of the scale benchmark, nothing else
        runpy.run_path(str(ROOT / "bench" / "bench_scale.py"), run_name="__main__")
        return
    aikg = str(BIN / "aikg")
    subprocess.run([aikg, "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    results = {
        "baseline_python_pass_ms": cold([sys.executable, "-c", "pass"]),
        "aikg_help_ms": cold([aikg, "--help"]),
        "aikg_ask_flagship_cold_ms": cold([aikg, "ask", "offshore-gb200-access", "--format", "json"]),
        "aikg_ask_as_of_cold_ms": cold([aikg, "ask", "offshore-gb200-access", "--as-of", "2026-01-01"]),
        "aikg_why_cold_ms": cold([aikg, "why", "DeepSeek", "GB200"]),
        # the same ask parsed by typer (aikg.launch's fallback): what the fast path saves, in the same run
        "aikg_ask_through_typer_ms": cold(["env", "AIKG_NO_FAST_PATH=1", aikg, "ask", "offshore-gb200-access",
                                           "--format", "json"]),
        "full_rebuild_s": rebuild(),
    }
    base = results["baseline_python_pass_ms"]
    results["aikg_help_over_baseline"] = round(results["aikg_help_ms"] / base, 2)
    results["ask_over_baseline"] = round(results["aikg_ask_flagship_cold_ms"] / base, 2)
    for k, v in results.items():
        print(f"{k:32} {v:10.3f}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "core.json").write_text(json.dumps(results, indent=2) + "\n")
    for extra in sorted((ROOT / "bench").glob("bench_*.py")):
        print(f"\n== {extra.name}")
        try:
            runpy.run_path(str(extra), run_name="__main__")
        except SystemExit as exc:  # a benchmark that cannot run here (no server, no data) says so and exits
            if exc.code not in (None, 0):
                print(f"{extra.name} exited with {exc.code}")


if __name__ == "__main__":
    main()
