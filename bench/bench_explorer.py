"""Benchmark of the explorer page in headless Chromium (a benchmark, not a test: nothing here asserts a time).

Target (issue 7): an explorer file opens and renders in ≤ 2 s in headless Chromium. For each page — the flagship
answer, a 2-hop neighbourhood, the whole curated graph — prints the median over fresh browser contexts of
- open→ready: from `page.goto` to the page saying it has drawn (`body[data-ready]`), end to end;
- in-page: the page's own measure, from its script starting to its first frame drawn; its marks (JSON parsed,
  elements prepared, positions computed, cytoscape built and laid out, first frame drawn) are printed under the table;
- main-thread CPU: the CPU time of the page's main thread until then (Chrome's `ThreadTime` metric), which, unlike
  the wall times, does not grow when other processes share the cores;
next to a baseline measured the same way in the same run: the same page machinery drawing one node (the fixed
cost of a fresh context and the 440 kB library), and the ratio to it. The build goes to $AIKG_BUILD_DIR, or a
temporary folder. Uses Debian's chromium as the browser tests do (tests/browser.py).

    .venv/bin/python bench/bench_explorer.py                 # the three pages above
    .venv/bin/python bench/bench_explorer.py A.html B.html   # any explorer pages (e.g. before and after a change)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("AIKG_BENCH_RUNS", "5"))
sys.path.insert(0, str(ROOT / "tests"))


def pages(folder: Path, given: list[str]) -> dict[str, Path]:
    """The baseline page, then the given pages, or else the three built ones."""
    from aikg.build import ensure_built
    from aikg.catalog import Catalog
    from aikg.explorer import render
    from aikg.exporters import export
    from aikg.selection import select

    one = {"data": {"title": "baseline", "as_of": None, "question": None, "generated": None},
           "elements": {"nodes": [{"data": {"id": "a", "label": "a", "type": "Lab", "types": ["Lab"], "props": {},
                                            "sources": []}}], "edges": []}}
    out = {"baseline (1 node)": folder / "baseline.html"}
    out["baseline (1 node)"].write_text(render(one), encoding="utf-8")
    if given:
        return {**out, **{name: Path(name) for name in given}}
    cat = Catalog(ensure_built())
    for name, options in (("flagship answer", {"question": "offshore-gb200-access"}),
                          ("DeepSeek, 2 hops", {"around": "DeepSeek", "hops": 2}),
                          ("whole graph", {})):
        sel = select(cat, **options)
        path = folder / f"{len(out)}.html"
        export(sel, "html", path)
        out[f"{name} ({len(sel.data.entities)} nodes, {len(sel.data.statements)} edges)"] = path
    return out


def measure(browser: object, path: Path) -> tuple[float, float, float, dict[str, float]]:
    """Medians (open→ready ms, in-page ms, main-thread CPU ms, the page's timing marks) over RUNS fresh contexts."""
    from browser import VIEWPORT

    walls, inpage, cpu, marks = [], [], [], []
    for _ in range(RUNS):
        context = browser.new_context(viewport=VIEWPORT, offline=True)  # type: ignore[attr-defined]
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        walls.append((time.perf_counter() - t) * 1000)
        inpage.append(page.evaluate("window.aikg.renderMs"))
        marks.append(page.evaluate("window.aikg.timings"))
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        cpu.append(metrics["ThreadTime"] * 1000)
        context.close()
    steps = {k: statistics.median(m[k] for m in marks) for k in marks[0]}
    return statistics.median(walls), statistics.median(inpage), statistics.median(cpu), steps


def main() -> None:
    from browser import CHROMIUM_ARGS, chromium_path

    exe = chromium_path()
    if exe is None:
        sys.exit("bench_explorer: no headless Chromium (apt-get install chromium, or set AIKG_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("AIKG_BUILD_DIR", str(Path(tempfile.gettempdir()) / "aikg-bench-build"))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        files = pages(Path(tmp), sys.argv[1:])
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        measure(browser, files["baseline (1 node)"])  # warm-up: the browser's first page is slower
        base, steps = None, {}
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {RUNS}")
        print(f"{'page':44s} {'open→ready':>10s} {'÷ base':>7s} {'in-page':>8s} {'main CPU':>9s} {'÷ base':>7s}  size")
        for name, path in files.items():
            wall, inpage, cpu, steps[name] = measure(browser, path)
            base = base or (wall, cpu)
            print(f"{name:44s} {wall:7.0f} ms {wall / base[0]:6.2f}x {inpage:5.0f} ms {cpu:6.0f} ms "
                  f"{cpu / base[1]:6.2f}x  {path.stat().st_size / 1e6:.1f} MB")
        browser.close()
    print("\nin-page marks, ms from the page's script starting (medians)")
    for name, marks in steps.items():
        print(f"{name:44s} " + ", ".join(f"{k} {v:.0f}" for k, v in marks.items()))


if __name__ == "__main__":
    main()
