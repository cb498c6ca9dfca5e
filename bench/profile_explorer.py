"""Where an explorer page spends its start-up: a CPU profile (CDP `Profiler`) of one page in headless Chromium,
from navigation to `body[data-ready]`, summed by function (self time, and with callees), plus the page's own
timing marks (`window.aikg.timings`). A tool for deciding what to speed up; `bench_explorer.py` is the benchmark.
The sampling profiler counts wall time on the main thread, so on a loaded machine every figure grows: compare
shares, not milliseconds.

    .venv/bin/python bench/profile_explorer.py PAGE.html [--top 30] [--unminified cytoscape.umd.js]

`--unminified` swaps the bundled cytoscape.min.js for a readable build of the same version (`npm pack
cytoscape@VERSION`, `package/dist/cytoscape.umd.js`) and drops the page's CSP (its hash no longer matches), so
the profile names cytoscape's functions.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _key(frame: dict) -> str:
    return f"{frame['functionName'] or '(anonymous)'} {frame['url'].rsplit('/', 1)[-1] or '(native)'}:{frame['lineNumber']}"


def self_times(profile: dict) -> collections.Counter:
    """ms by function, from a CDP CPU profile's samples and their time deltas."""
    by_id = {n["id"]: n for n in profile["nodes"]}
    out: collections.Counter = collections.Counter()
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        out[_key(by_id[node_id]["callFrame"])] += delta / 1000
    return out


def total_times(profile: dict) -> collections.Counter:
    """ms by function including its callees (a function counted once per sample, however deep it recurses)."""
    by_id = {n["id"]: n for n in profile["nodes"]}
    parent = {c: n["id"] for n in profile["nodes"] for c in n.get("children", ())}
    out: collections.Counter = collections.Counter()
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        seen = set()
        while node_id is not None:
            key = _key(by_id[node_id]["callFrame"])
            if key not in seen:
                seen.add(key)
                out[key] += delta / 1000
            node_id = parent.get(node_id)
    return out


def readable(page: Path, umd: Path, folder: Path) -> Path:
    """A copy of the page with the readable library and no CSP."""
    from aikg.explorer import library_source

    text = page.read_text(encoding="utf-8")
    if library_source() not in text:
        sys.exit(f"{page} does not embed the bundled cytoscape.min.js")
    text = text.replace(library_source(), umd.read_text(encoding="utf-8"))
    out = folder / page.name
    out.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text), encoding="utf-8")
    return out


def profile_page(path: Path) -> tuple[dict, dict]:
    """(CPU profile, the page's timing marks) of one fresh load."""
    from browser import CHROMIUM_ARGS, VIEWPORT, chromium_path
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport=VIEWPORT, offline=True)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 200})
        cdp.send("Profiler.start")
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        profile = cdp.send("Profiler.stop")["profile"]
        timings = page.evaluate("window.aikg.timings")
        browser.close()
    return profile, timings


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--unminified", type=Path, help="a cytoscape.umd.js of the bundled version")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page = readable(args.page, args.unminified, Path(tmp)) if args.unminified else args.page
        profile, timings = profile_page(page)
    print("page timing marks (ms from its script's start):", ", ".join(f"{k} {v:.0f}" for k, v in timings.items()))
    for title, table in (("self time", self_times(profile)), ("total time, callees included", total_times(profile))):
        print(f"\n{title} (top {args.top})")
        for name, ms in table.most_common(args.top):
            print(f"{ms:8.1f} ms  {name[:110]}")


if __name__ == "__main__":
    main()
