"""Scale benchmark: the cost curve of aikg on synthetic graphs of 10k, 100k and 1M relations (a benchmark, not a
test: nothing here asserts a time).

    .venv/bin/python bench/bench_scale.py 100k        # or: make bench SIZE=100k (AIKG_BENCH_SIZE)

Per size: the synthetic records (bench/synthetic.py) are registered in the datasets.json of a build folder of
their own (AIKG_BENCH_DIR, default /tmp/aikg-scale/<size>/build), so the real `aikg build` builds them on top of
the curated graph, in a fresh process, and the real `aikg ask` answers from it. Measured:
- build: wall time and peak memory (max RSS of the build process, from wait4), store size on disk;
- every canned question with its defaults on the embedded engine, the store open: p50 / p95 of RUNS runs;
- the same question through rdflib's in-memory SPARQL engine on the same triples (the naive baseline), once,
  with a time limit; a question that timed out is not tried at larger sizes (bench/results/scale-*.json);
- Neo4j: the .cypher twins on the pushed graph, when AIKG_TEST_NEO4J_URI is set (tests/servers/servers.py);
- a cold `aikg ask offshore-gb200-access` process (median of 5), next to `python -c pass`.
Results: bench/results/scale-<size>.json and the table of every size measured so far, bench/results/scale.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from synthetic import SIZES, size_of, write  # noqa: E402

AIKG = str(Path(sys.executable).parent / "aikg")
RESULTS = ROOT / "bench" / "results"
RUNS = int(os.environ.get("AIKG_BENCH_QUERY_RUNS", "21"))
QUERY_TIMEOUT = float(os.environ.get("AIKG_BENCH_QUERY_TIMEOUT", "60"))
RDFLIB_TIMEOUT = float(os.environ.get("AIKG_BENCH_RDFLIB_TIMEOUT", "30"))
FLAGSHIP = "offshore-gb200-access"
# Questions that are not yet hub-safe on the embedded engine: on the 10k synthetic graph they would take tens of
# seconds or more (bench/README.md says why). The benchmark still runs them, with QUERY_TIMEOUT; the tests leave
# them out of the 10k answer check so that the suite stays minutes long. None since the hub-safe rewrites of
# single-points-of-failure, access-changes and offshore-gb200-access: tests/test_scale.py asks every question on
# the 10k graph, so a question that explodes again fails there (the regression check on the hub-heavy graph).
NOT_HUB_SAFE: frozenset[str] = frozenset()


def workdir(label: str) -> Path:
    return Path(os.environ.get("AIKG_BENCH_DIR", "/tmp/aikg-scale")) / label


def prepare(label: str, n: int) -> Path:
    """Generate the records (once per size and generator version) and point a build folder at them."""
    folder = workdir(label)
    gen = (ROOT / "bench" / "synthetic.py").read_bytes()
    stamp = folder / "generator.stamp"
    records = folder / "records.jsonl"
    key = f"{n}|{hashlib.sha256(gen).hexdigest()[:16]}"
    if not records.exists() or not stamp.exists() or stamp.read_text() != key:
        t = time.perf_counter()
        count = write(n, records)
        stamp.write_text(key)
        print(f"generated {count} synthetic statements in {time.perf_counter() - t:.1f} s -> {records}")
    build = folder / "build"
    build.mkdir(parents=True, exist_ok=True)
    (build / "datasets.json").write_text(json.dumps(
        [{"source": "synthetic", "path": str(records.resolve()), "kind": "records"}], indent=2) + "\n")
    return build


def env_for(build: Path) -> dict[str, str]:
    return {**os.environ, "AIKG_BUILD_DIR": str(build)}


def timed_build(build: Path) -> dict[str, float]:
    """`aikg build --force` in a fresh process: wall seconds and peak RSS (GB) of that process."""
    t = time.perf_counter()
    proc = subprocess.Popen([AIKG, "build", "--force"], cwd=ROOT, env=env_for(build), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    out = (proc.stdout.read() if proc.stdout else b"").decode()  # noqa: SIM115 - drained after exit
    err = (proc.stderr.read() if proc.stderr else b"").decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench_scale: the synthetic build failed: {err.strip()[:500]}")
    print(out.strip())
    print(err.strip())  # the build's phases, each with its time
    return {"build_s": round(wall, 2), "peak_rss_gb": round(usage.ru_maxrss / 1024 ** 2, 2)}


def disk_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def question_values() -> dict[str, tuple[Any, dict[str, Any]]]:
    """Every canned question with its default values (entity defaults are ids)."""
    from aikg.ask import values_for
    from aikg.questions import discover, load

    out = {}
    for name in sorted(discover()):
        q = load(name, "sparql")
        out[name] = (q, values_for(q, {}, lambda text, _cls: text))
    return out


def embedded_times(store_path: Path, questions: dict[str, Any], runs: int = RUNS,
                   timeout: float = QUERY_TIMEOUT) -> dict[str, dict[str, Any]]:
    """p50 / p95 (ms) of each question on the open store, after one warm-up run, and its row count; a question
    whose first run takes over `timeout` seconds is reported as such and not repeated."""
    from aikg.ask import sparql_term, tidy
    from aikg.errors import QueryTimeout
    from aikg.sparql import EmbeddedStore

    store = EmbeddedStore(store_path)
    out: dict[str, dict[str, Any]] = {}
    for name, (q, values) in questions.items():
        bindings = {k: sparql_term(q.params[k], v) for k, v in values.items()}
        times: list[float] = []
        try:
            t = time.perf_counter()
            rows = tidy(q, store.select(q.body, bindings, timeout)[1])
            first = time.perf_counter() - t
            for _ in range(runs if first < 1 else min(runs, 3)):  # a slow question: three runs are enough
                t = time.perf_counter()
                store.select(q.body, bindings, timeout)
                times.append((time.perf_counter() - t) * 1000)
        except QueryTimeout:
            out[name] = {"rows": None, "p50_ms": None, "p95_ms": None, "answer": None,
                         "note": f"over {timeout:.0f} s"}
            print(f"{name}: over {timeout:.0f} s on the embedded engine")
            continue
        out[name] = {"rows": len(rows), "p50_ms": round(percentile(times, 50), 1),
                     "p95_ms": round(percentile(times, 95), 1), "answer": rows}
    return out


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Timeout(Exception):
    pass


def _alarm(seconds: float) -> None:
    def fire(signum: int, frame: Any) -> None:
        raise Timeout

    signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)


def rdflib_times(nt_path: Path, questions: dict[str, Any], skip: set[str],
                 timeout: float = RDFLIB_TIMEOUT) -> dict[str, Any]:
    """The naive baseline: each question once through rdflib's in-memory SPARQL on the build's triples, in this
    process, with a time limit (SIGALRM); `None` = timed out or skipped. Loading is limited too (10 × timeout)."""
    import rdflib

    from aikg.sparql import PREFIXES, bind

    out: dict[str, Any] = {"load_s": None, "questions": {}}
    g = rdflib.Graph()
    t = time.perf_counter()
    try:
        _alarm(timeout * 10)
        g.parse(str(nt_path), format="nt")
        signal.setitimer(signal.ITIMER_REAL, 0)
    except Timeout:
        print(f"rdflib: loading {nt_path.name} took over {timeout * 10:.0f} s; baseline skipped")
        return out
    out["load_s"] = round(time.perf_counter() - t, 1)
    header = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    for name, (q, values) in questions.items():
        if name in skip:
            out["questions"][name] = {"ms": None, "note": "timed out at a smaller size"}
            continue
        from aikg.ask import sparql_term

        text = header + bind(q.body, {k: sparql_term(q.params[k], v) for k, v in values.items()})
        t = time.perf_counter()
        try:
            _alarm(timeout)
            rows = list(g.query(text))
            signal.setitimer(signal.ITIMER_REAL, 0)
            out["questions"][name] = {"ms": round((time.perf_counter() - t) * 1000, 1), "rows": len(rows)}
        except Timeout:
            out["questions"][name] = {"ms": None, "note": f"over {timeout:.0f} s"}
        except Exception as exc:  # noqa: BLE001 - rdflib fails on some valid queries (unbound GROUP_CONCAT)
            signal.setitimer(signal.ITIMER_REAL, 0)
            out["questions"][name] = {"ms": None, "note": f"rdflib error: {type(exc).__name__}"}
    del g
    return out


def neo4j_times(info: Any, questions: dict[str, Any], runs: int = RUNS) -> dict[str, Any] | None:
    """The .cypher twins on a Neo4j server (pushed first), when one is configured."""
    uri = os.environ.get("AIKG_TEST_NEO4J_URI")
    if not uri:
        return None
    from aikg.backends.cypher import ask_neo4j
    from aikg.backends.neo4jdb import Neo4jSettings
    from aikg.backends.neo4jpush import push
    from aikg.build import load_records
    from aikg.questions import load

    s = Neo4jSettings(uri, os.environ.get("AIKG_TEST_NEO4J_USER", "neo4j"), os.environ["AIKG_TEST_NEO4J_PASSWORD"])
    t = time.perf_counter()
    push(s, load_records(info), f"bench-scale-{info.hash}", force=True)
    out: dict[str, Any] = {"push_s": round(time.perf_counter() - t, 1), "questions": {}}
    for name, (_, values) in questions.items():
        cq = load(name, "cypher")
        rows = ask_neo4j(cq, values, QUERY_TIMEOUT, s)
        times = []
        for _ in range(max(3, runs // 3)):
            t = time.perf_counter()
            ask_neo4j(cq, values, QUERY_TIMEOUT, s)
            times.append((time.perf_counter() - t) * 1000)
        out["questions"][name] = {"rows": len(rows), "p50_ms": round(percentile(times, 50), 1),
                                  "p95_ms": round(percentile(times, 95), 1), "answer": rows}
    return out


def cold_ms(cmd: list[str], env: dict[str, str], runs: int = 5) -> float | str:
    """Median wall ms of a fresh process, after a warm-up (OS caches, question cache); or why it failed."""
    times = []
    for i in range(runs + 1):
        t = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            return f"failed: {done.stderr.strip()[:120]}"
        if i:
            times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 1)


def run(label: str, with_rdflib: bool = True) -> dict[str, Any]:
    n = size_of(label)
    build = prepare(label, n)
    os.environ["AIKG_BUILD_DIR"] = str(build)
    result: dict[str, Any] = {"size": label, "target_statements": n, "date": time.strftime("%Y-%m-%d %H:%M UTC",
                                                                                           time.gmtime()),
                              "load_average": os.getloadavg()[0]}
    result.update(timed_build(build))
    from aikg.build import current

    info = current()
    assert info is not None
    result["counts"] = info.counts
    result["store_mb"] = round(disk_size(info.store_path) / 1e6, 1)
    result["build_folder_mb"] = round(disk_size(info.path) / 1e6, 1)
    questions = question_values()
    result["embedded"] = embedded_times(info.store_path, questions)
    env = env_for(build)
    result["python_pass_ms"] = cold_ms([sys.executable, "-c", "pass"], env)
    result["cold_ask_ms"] = cold_ms([AIKG, "ask", FLAGSHIP, "--format", "json"], env)
    save(result)  # what is measured so far survives a failure below
    result["neo4j"] = neo4j_times(info, questions)
    if with_rdflib:
        skip = set()
        for smaller in smaller_results(n):
            skip |= {k for k, v in smaller.get("rdflib", {}).get("questions", {}).items() if v.get("ms") is None}
            if smaller.get("rdflib", {}).get("load_s") is None and smaller.get("rdflib"):
                skip |= set(questions)
        result["rdflib"] = rdflib_times(info.ntriples_path, questions, skip) if skip != set(questions) else {
            "load_s": None, "questions": {k: {"ms": None, "note": "timed out at a smaller size"} for k in questions}}
    return result


def smaller_results(n: int) -> list[dict[str, Any]]:
    out = []
    for path in sorted(RESULTS.glob("scale-*.json")):
        try:
            data = json.loads(path.read_text())
        except ValueError:
            continue
        if data.get("target_statements", n) < n:
            out.append(data)
    return out


def table(results: list[dict[str, Any]]) -> str:
    """Markdown: one block of build figures, then one row per question and size."""
    lines = ["# aikg scale benchmark", "", "Synthetic graphs (bench/synthetic.py) on top of the curated graph; "
             "times on a shared 2-core machine, so noisy.", "",
             "| size | date | statements (with inferred) | triples | build s | peak RSS GB | store MB | "
             "cold `aikg ask` ms | `python -c pass` ms |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        c = r["counts"]
        lines.append(f"| {r['size']} | {r['date']} | {c.get('statements')} | {c.get('triples')} | {r['build_s']} | "
                     f"{r['peak_rss_gb']} | {r['store_mb']} | {r['cold_ask_ms']} | {r['python_pass_ms']} |")
    lines += ["", "| question | size | rows | embedded p50 ms | p95 ms | rdflib ms | rdflib / embedded | "
              "neo4j p50 ms |", "|---|---|---|---|---|---|---|---|"]
    names = sorted({q for r in results for q in r["embedded"]})
    for name in names:
        for r in results:
            e = r["embedded"].get(name)
            if e is None:
                continue
            rd = (r.get("rdflib") or {}).get("questions", {}).get(name, {})
            rms = rd.get("ms")
            ratio = f"{rms / max(e['p50_ms'], 0.1):.0f}×" if rms is not None and e["p50_ms"] is not None else "—"
            rtext = f"{rms}" if rms is not None else (rd.get("note") or "not run")
            neo = ((r.get("neo4j") or {}).get("questions") or {}).get(name, {})
            p50 = e["p50_ms"] if e["p50_ms"] is not None else e.get("note", "—")
            lines.append(f"| {name} | {r['size']} | {e['rows']} | {p50} | {e['p95_ms']} | {rtext} | "
                         f"{ratio} | {neo.get('p50_ms', '—')} |")
    return "\n".join(lines) + "\n"


def save(result: dict[str, Any]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    slim = json.loads(json.dumps(result, default=str))
    per_question = [slim.get("embedded") or {}, (slim.get("neo4j") or {}).get("questions") or {}]
    for answers in per_question:
        for q in answers.values():
            q.pop("answer", None)
    (RESULTS / f"scale-{result['size']}.json").write_text(json.dumps(slim, indent=2) + "\n")
    everything = [json.loads(p.read_text()) for p in RESULTS.glob("scale-*.json")]
    everything.sort(key=lambda r: r["target_statements"])
    (RESULTS / "scale.md").write_text(table(everything))


def main(argv: list[str]) -> int:
    label = (argv[0] if argv else os.environ.get("AIKG_BENCH_SIZE") or "10k").lower()
    try:
        size_of(label)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    result = run(label, with_rdflib=os.environ.get("AIKG_BENCH_RDFLIB", "1") != "0")
    save(result)
    print(table([result]))
    print(f"written to {RESULTS / f'scale-{label}.json'} and {RESULTS / 'scale.md'}")
    return 0


__all__ = ["SIZES", "run", "table"]

if __name__ == "__main__":
    code = main(sys.argv[1:])
    if code:
        sys.exit(code)  # no sys.exit(0): bench/run.py runs this file with runpy and goes on to the next one
