"""Dataset loaders (issue: loading all of ../shared/data and rebuilding ≤ 30 s on the 2-core machine).

Measures, in one run and one temporary build folder:
- the baseline: the curated-only build;
- `aikg load` of each shared dataset in turn (each load re-reads, resolves and validates every configured
  dataset and rebuilds: what a user waits for);
- one rebuild with every dataset configured, split into phases — load + resolve + validate, derive (chip
  metrics and the reasoning module's inferred statements), write (RDF store, networkx, records) — so a slow
  phase is visible, whoever's module it is.
Prints rows used, new entities, statements per dataset and resolution counts; writes
bench/results/loaders.json. Skips (exit 0, one line) when ../shared/data is absent. Timings are printed,
never asserted.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DATASETS = (("epoch", "epoch-datasets"), ("epoch-chip-counts", "epoch-ai-chip-counts"),
            ("eto-chip-explorer", "eto-chip-explorer"), ("opensanctions", "opensanctions-curated"))


def phases() -> dict[str, Any]:
    """One full rebuild from datasets.json, timed phase by phase (the steps of aikg.build.build)."""
    import shutil

    from aikg.build import check, derive, write_build
    from aikg.paths import build_dir
    from aikg.resolution import Resolver

    t0 = time.perf_counter()
    resolver = Resolver()
    data, problems = check(None, resolver)
    t1 = time.perf_counter()
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SystemExit(f"validation failed: {errors[0]}")
    data = derive(data)
    t2 = time.perf_counter()
    folder = build_dir() / "bench-phases"
    shutil.rmtree(folder, ignore_errors=True)
    inferred = sum(st.origin.file == "aikg.reasoning" for st in data.statements)  # write_build empties data
    counts = write_build(data, folder)
    t3 = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    return {"load_resolve_validate_s": round(t1 - t0, 2), "derive_s": round(t2 - t1, 2),
            "write_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2), "counts": counts,
            "inferred_statements": inferred, "resolution": resolver.summary()}


def main() -> int:
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} absent (real third-party files are not shipped with aikg)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["AIKG_BUILD_DIR"] = tmp
        from aikg.build import build, fingerprint
        from aikg.importer import load_dataset

        results: dict[str, Any] = {}
        t = time.perf_counter()
        info = build(fingerprint())
        results["baseline_curated_build_s"] = round(time.perf_counter() - t, 2)
        results["baseline_counts"] = info.counts
        print(f"baseline: curated-only build {results['baseline_curated_build_s']} s  {info.counts}")
        loads: dict[str, Any] = {}
        for source, folder in DATASETS:
            if not (SHARED / folder).is_dir():
                print(f"{source}: {SHARED / folder} absent, skipped")
                continue
            r = load_dataset(source, [SHARED / folder])
            loads[source] = {"load_and_rebuild_s": round(r.seconds, 2), "files": r.counts,
                             "build_counts": r.build_counts}
            rows = sum(c["rows"] for c in r.counts.values())
            print(f"aikg load {source}: {r.seconds:.1f} s, {rows} rows used, "
                  f"{sum(c['entities'] for c in r.counts.values())} new entities, "
                  f"{sum(c['statements'] for c in r.counts.values())} statements")
        results["loads"] = loads
        results["sequential_loads_s"] = round(sum(v["load_and_rebuild_s"] for v in loads.values()), 2)
        p = phases()
        results["all_datasets_rebuild"] = p
        print(f"all datasets, one rebuild: {p['total_s']} s (load+resolve+validate {p['load_resolve_validate_s']} s, "
              f"derive {p['derive_s']} s with {p['inferred_statements']} inferred statements, write {p['write_s']} s)")
        print(f"resolution: {json.dumps(p['resolution'])}")
        print(f"graph: {p['counts']}")
        # the same rebuild without the sanctions lists: every listed party becomes a destination of the
        # reasoning module's per-chip control-status statements, which dominates derive and write
        from aikg import datasets

        entries = datasets.entries()
        datasets.save_entries([e for e in entries if e["source"] != "opensanctions"])
        q = phases()
        datasets.save_entries(entries)
        results["rebuild_without_opensanctions"] = q
        print(f"the same without opensanctions: {q['total_s']} s (load+resolve+validate "
              f"{q['load_resolve_validate_s']} s, derive {q['derive_s']} s with {q['inferred_statements']} inferred "
              f"statements, write {q['write_s']} s)")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "loaders.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
