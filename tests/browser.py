"""Headless Chromium for the browser tests: Debian's `chromium` driven by playwright (its own browser downloads
are never used), pages that may not touch the network, and loading any Cytoscape.js JSON into the bundled
cytoscape.js.

Without a chromium (or without playwright) the tests skip with one line; with AIKG_REQUIRE_SERVERS=1, as
.ci/run sets it, they fail instead — as the server tests do.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 850}


def _missing(msg: str) -> None:
    if os.environ.get("AIKG_REQUIRE_SERVERS") == "1":
        pytest.fail(msg + " and AIKG_REQUIRE_SERVERS=1")
    pytest.skip(msg)


def chromium_path() -> str | None:
    """AIKG_CHROMIUM, else `chromium` on PATH, else Debian's /usr/bin/chromium."""
    for candidate in (os.environ.get("AIKG_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@contextmanager
def launch() -> Any:
    """A headless Chromium (a skip, or a failure in CI, when there is none)."""
    exe = chromium_path()
    if exe is None:
        _missing("headless Chromium not found (apt-get install chromium, or set AIKG_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright not installed (pip install -e '.[dev]')")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


class OfflinePage:
    """A page that records every request, aborts any that is not the file it opened, and collects script
    errors and dialogs; `check()` fails the test on any of them."""

    def __init__(self, browser: Any):
        self.context = browser.new_context(viewport=VIEWPORT, offline=True)
        self.page = self.context.new_page()
        self.allowed: set[str] = set()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.route("**/*", lambda route: route.continue_() if route.request.url in self.allowed
                        else route.abort())

    def open(self, path: Path, timeout_ms: float = 60_000) -> Any:
        """Open a local HTML file and wait until the explorer says it has rendered."""
        url = path.resolve().as_uri()
        self.allowed.add(url)
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=timeout_ms)
        return self.page

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if u not in self.allowed]

    def check(self) -> None:
        assert not self.outside_requests(), f"the page made requests: {self.outside_requests()}"
        assert not self.errors, self.errors

    def close(self) -> None:
        self.context.close()


def load_cytoscape_json(page: Any, document: str | dict[str, Any]) -> dict[str, Any]:
    """Load a Cytoscape.js JSON document (text or parsed) into the bundled cytoscape.js with `cy.json()`, in a
    blank page; returns {"nodes", "edges", "rendered"} as cytoscape counts them, and "errors": what it threw or
    logged (an edge to a missing node throws, and nothing is loaded)."""
    from aikg.explorer import library_source

    text = document if isinstance(document, str) else json.dumps(document)
    errors: list[str] = []
    listener = lambda m: m.type in ("error", "warning") and errors.append(m.text)  # noqa: E731
    page.on("console", listener)
    try:
        page.set_content('<!DOCTYPE html><div id="cy" style="width:800px;height:600px"></div>')
        page.add_script_tag(content=library_source())
        counts = page.evaluate(
            """text => {
                 const cy = cytoscape({container: document.getElementById('cy'), layout: {name: 'grid'}});
                 let thrown = [];
                 try { cy.json(JSON.parse(text)); } catch (err) { thrown.push(String(err.message || err)); }
                 return {nodes: cy.nodes().length, edges: cy.edges().length,
                         rendered: cy.elements().filter(e => e.visible()).length, thrown: thrown};
               }""",
            text,
        )
    finally:
        page.remove_listener("console", listener)
    return {"nodes": counts["nodes"], "edges": counts["edges"], "rendered": counts["rendered"],
            "errors": counts["thrown"] + errors}
