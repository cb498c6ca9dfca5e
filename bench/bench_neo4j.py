"""Neo4j push throughput (issue: ≥ 20,000 relationships/s into a local server), on a real server.

Pushes the curated build (the same-run baseline: a small graph, dominated by per-batch overhead) and a
synthetic graph of AIKG_BENCH_NEO4J_RELS relationships (default 1,000,000) shaped like the real one: typed
entities with organization roles, hub countries, statuses, dates, qualifiers and sources on every statement.
Prints relationships/s for the relationship phase and for the whole push. Skips (exit 0, one line) when no
server is configured: set AIKG_TEST_NEO4J_URI / _USER / _PASSWORD (tests/servers/servers.py env prints them).
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_PREDICATES = [  # (predicate, subject kind, object kind, weight)
    ("export_control_status", "chip", "country", 30), ("can_access", "org", "chip", 25),
    ("hosts_chip", "dc", "chip", 10), ("located_in", "dc", "country", 5), ("headquartered_in", "org", "country", 5),
    ("uses_chip", "org", "chip", 10), ("designed_by", "chip", "org", 5), ("partners_with", "org", "org", 10),
]
_STATUSES = ["confirmed", "reported", "inferred", "alleged", "forecast", "unclear"]


def synthetic_records(n_rels: int, seed: int = 7) -> dict[str, Any]:
    """A records.json-shaped graph with `n_rels` statements and about n_rels/8 entities."""
    rnd = random.Random(seed)
    n_ent = max(n_rels // 8, 50)
    kinds = {"country": max(n_ent // 200, 5), "chip": n_ent // 5, "dc": n_ent // 5}
    kinds["org"] = n_ent - sum(kinds.values())
    types = {"country": "Country", "chip": "Chip", "dc": "DataCenter", "org": "Organization"}
    roles = ["Lab", "CloudProvider", "ChipDesigner", "Investor"]
    sources = {f"src/s{i}": {"title": f"Source {i}", "publisher": f"Publisher {i % 50}",
                             "url": f"https://example.org/{i}", "published": f"20{10 + i % 15}-01-0{1 + i % 9}"}
               for i in range(max(n_rels // 1000, 10))}
    src_ids = list(sources)
    entities: dict[str, Any] = {}
    ids: dict[str, list[str]] = {}
    for kind, n in kinds.items():
        ids[kind] = [f"{kind}/x{i}" for i in range(n)]
        for i, eid in enumerate(ids[kind]):
            props: dict[str, Any] = {"name": f"{types[kind]} {i}"}
            if kind == "org":
                props["roles"] = rnd.sample(roles, rnd.randint(0, 2))
            if kind == "chip":
                props["tpp"] = float(rnd.randint(100, 20000))
                props["release_date"] = f"20{15 + i % 10}-0{1 + i % 9}-1{i % 9}"
            entities[eid] = {"type": types[kind], "props": props, "sources": [rnd.choice(src_ids)]}
    weights = [w for *_, w in _PREDICATES]
    statements = []
    for i in range(n_rels):
        pred, sk, ok, _ = rnd.choices(_PREDICATES, weights)[0]
        # objects skewed towards the first few of their kind: hub nodes, as countries and flagship chips are
        obj = ids[ok][min(int(rnd.paretovariate(1.2)) - 1, len(ids[ok]) - 1)] if ok == "country" else rnd.choice(ids[ok])
        st: dict[str, Any] = {"id": f"s{i:08d}", "subject": rnd.choice(ids[sk]), "predicate": pred, "object": obj,
                              "status": rnd.choice(_STATUSES), "sources": rnd.sample(src_ids, 2)}
        if i % 3 == 0:
            st["valid_from"] = f"20{18 + i % 8}-0{1 + i % 9}-01"
        if i % 11 == 0:
            st["note"] = f"note {i}"
        if pred == "export_control_status":
            st["effect"] = "license_required"
        statements.append(st)
    return {"sources": sources, "entities": entities, "statements": statements}


class CpuMeter:
    """CPU seconds of this process and of the local server (AIKG_TEST_NEO4J_PID, when readable) between the
    first and the last progress report of the relationship phase: µs per relationship, which the machine's
    load average changes far less than the rate."""

    def __init__(self) -> None:
        pid = os.environ.get("AIKG_TEST_NEO4J_PID", "")
        self.stat = Path(f"/proc/{pid}/stat") if pid.isdigit() else None
        self.first: tuple[int, float, float] | None = None
        self.last: tuple[int, float, float] | None = None

    def _server(self) -> float:
        if self.stat is None or not self.stat.is_file():
            return float("nan")
        fields = self.stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase == "relationships":
            mark = (done, time.process_time(), self._server())
            self.first = self.first or mark
            self.last = mark

    def per_rel_us(self) -> tuple[float, float]:
        """(client, server) CPU µs per relationship, NaN when there was only one batch or no server pid."""
        if not self.first or not self.last or self.last[0] == self.first[0]:
            return float("nan"), float("nan")
        n = self.last[0] - self.first[0]
        return ((self.last[1] - self.first[1]) / n * 1e6, (self.last[2] - self.first[2]) / n * 1e6)


def _num(x: float) -> float | None:
    return None if math.isnan(x) else round(x, 1)


def main() -> int:
    from aikg.backends.neo4jdb import Neo4jSettings
    from aikg.backends.neo4jpush import push

    uri = os.environ.get("AIKG_TEST_NEO4J_URI")
    if not uri:
        print("bench_neo4j: skipped, no Neo4j server (AIKG_TEST_NEO4J_URI unset; tests/servers/servers.py starts one)")
        return 0
    s = Neo4jSettings(uri, os.environ.get("AIKG_TEST_NEO4J_USER", "neo4j"), os.environ["AIKG_TEST_NEO4J_PASSWORD"])
    from aikg.build import ensure_built, load_records

    info = ensure_built()
    results: dict[str, Any] = {}
    for name, records, digest in [("curated", load_records(info), info.hash), ("synthetic", None, "synthetic")]:
        if records is None:
            n = int(os.environ.get("AIKG_BENCH_NEO4J_RELS", "1000000"))
            t = time.perf_counter()
            records = synthetic_records(n)
            print(f"synthetic graph: {n} relationships, {len(records['entities'])} entities "
                  f"(generated in {time.perf_counter() - t:.1f} s)")
        load0 = os.getloadavg()[0]
        cpu = CpuMeter()
        r = push(s, records, f"bench-{digest}", force=True, progress=cpu)
        client_us, server_us = cpu.per_rel_us()
        results[name] = {"relationships": r.relationships, "nodes": r.nodes, "push_s": round(r.seconds, 2),
                         "until_current_s": round(r.current_seconds, 2), "rel_phase_s": round(r.rel_seconds, 2),
                         "rels_per_s": round(r.rels_per_s),
                         "rels_per_s_until_current": round(r.relationships / r.current_seconds),
                         "client_cpu_us_per_rel": _num(client_us), "server_cpu_us_per_rel": _num(server_us),
                         "load_average_before": load0, "load_average_after": os.getloadavg()[0]}
        print(f"{name:10} {r.relationships:>9} rels  {r.nodes:>8} nodes  relationship phase {r.rels_per_s:9.0f}/s  "
              f"until current {r.relationships / r.current_seconds:9.0f} rels/s ({r.current_seconds:.1f} s)  "
              f"whole push with old-graph removal {r.seconds:.1f} s  (load average {load0:.1f})")
        print(f"{'':10} CPU per relationship: client {client_us:.1f} µs, server {server_us:.1f} µs")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "neo4j.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    main()  # no sys.exit: bench/run.py runs this file with runpy and goes on to the next one
