"""Benchmark of the rule evaluator (a benchmark, not a test: nothing here asserts a time).

Prints, on the curated graph:
- inference: `add_inferred` over the validated dataset (median of 5 runs), with the statement counts;
- cold `aikg why DeepSeek GB200` and `aikg ask offshore-gb200-access --as-of ...` in fresh processes
  (median of 7, after one warm-up that builds), next to a `python -c pass` baseline run in the same way.
The build goes to $AIKG_BUILD_DIR, or a temporary folder so the benchmark never touches your build.
Cold processes cache bytecode as an installed aikg does (PYTHONDONTWRITEBYTECODE is dropped; the cache goes to a
temporary PYTHONPYCACHEPREFIX, not into the tree), so compiling sources is not measured on every run.

    .venv/bin/python bench/bench_reasoning.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AIKG = str(Path(sys.executable).parent / "aikg")


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "aikg-bench-pycache")
    return env


def median_ms(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=child_env())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def inference_ms(runs: int = 5) -> tuple[float, dict[str, int]]:
    from collections import Counter

    from aikg.build import check
    from aikg.reasoning.infer import add_inferred
    from aikg.specs import enrich_chip

    data, _ = check()
    for e in data.entities.values():
        if e.type == "Chip":
            e.props = enrich_chip(e.props)
    n = len(data.statements)
    times = []
    for _ in range(runs):
        data.statements = data.statements[:n]
        t = time.perf_counter()
        add_inferred(data)
        times.append((time.perf_counter() - t) * 1000)
    counts = Counter(f"{st.predicate}/{st.status}" for st in data.statements[n:])
    return statistics.median(times), dict(sorted(counts.items()))


def main() -> None:
    os.environ.setdefault("AIKG_BUILD_DIR", str(Path(tempfile.gettempdir()) / "aikg-bench-build"))
    ms, counts = inference_ms()
    print(f"inference over the curated graph: {ms:.0f} ms (median of 5); inferred statements: {counts}")
    subprocess.run([AIKG, "build"], check=True, capture_output=True, cwd=ROOT)
    why = [AIKG, "why", "DeepSeek", "NVIDIA GB200 Grace Blackwell Superchip", "--as-of", "2026-01-01"]
    ask = [AIKG, "ask", "offshore-gb200-access", "--as-of", "2026-01-01", "-f", "json"]
    table = [AIKG, "ask", "offshore-gb200-access", "--as-of", "2026-01-01"]
    for cmd in (why, ask, table):  # warm the OS and bytecode caches
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=child_env())
    base = median_ms([sys.executable, "-c", "pass"])
    print(f"python -c pass:                  {base:6.0f} ms (median of 7)")
    for label, cmd in (("aikg why (cold process)", why), ("aikg ask --as-of -f json (cold)", ask),
                       ("aikg ask --as-of, rich table", table)):
        t = median_ms(cmd)
        print(f"{label:32s} {t:6.0f} ms (median of 7; {t - base:.0f} ms over the baseline)")


if __name__ == "__main__":
    main()
