"""The explorer and the Cytoscape.js export in a real headless Chromium (tests/browser.py): the page renders
every element of its document with no network request, search, clicks, filters and the date work, and the
`aikg export cytoscape` document loads in the bundled cytoscape.js."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from browser import load_cytoscape_json

from aikg.catalog import Catalog
from aikg.explorer import render
from aikg.explorer.payload import unpack
from aikg.exporters import export
from aikg.selection import select

pytestmark = pytest.mark.browser
FLAGSHIP = "offshore-gb200-access"
DAY = date(2025, 12, 1)
GB200 = "chip/nvidia-gb200"


@pytest.fixture(scope="module")
def flagship(curated_build):
    """The flagship answer of the curated graph as a selection."""
    return select(Catalog(curated_build), question=FLAGSHIP, as_of=DAY)


@pytest.fixture(scope="module")
def flagship_page(flagship, tmp_path_factory):
    """(path of the explorer page, the document it embeds)."""
    path = tmp_path_factory.mktemp("explorer") / "answer.html"
    export(flagship, "html", path)
    m = re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', path.read_text(), re.S)
    return path, unpack(json.loads(m.group(1)))


def js(page, code, arg=None):
    return page.evaluate(code, arg)


def settle(page):
    """Wait two animation frames: cytoscape caches each element's visibility and refreshes it when it draws, so
    right after a filter changes classes `visible()` can still answer for the frame before (seen under load)."""
    js(page, "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def visible(page, what, negate=False):
    """Ids of the nodes or edges cytoscape shows (or hides, with negate), once the page has drawn."""
    settle(page)
    test = "!e.visible()" if negate else "e.visible()"
    return js(page, f"() => window.aikg.cy.{what}().filter(e => {test}).map(e => e.id())")


def visible_edges(page):
    return visible(page, "edges")


def click_element(page, element_id):
    """A real mouse click on a node (its centre) or an edge (its midpoint), wherever the layout put it."""
    box = page.locator("#cy").bounding_box()
    pos = js(page, """id => { const e = window.aikg.cy.getElementById(id);
                              return e.isNode() ? e.renderedPosition() : e.renderedMidpoint(); }""", element_id)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_the_flagship_answer_renders_every_element(offline_page, flagship_page, tmp_path):
    path, doc = flagship_page
    page = offline_page.open(path)
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    counts = js(page, """() => { const cy = window.aikg.cy;
        return {nodes: cy.nodes().length, edges: cy.edges().length,
                visible: cy.elements().filter(e => e.visible()).length}; }""")
    assert counts == {"nodes": len(nodes), "edges": len(edges), "visible": len(nodes) + len(edges)}
    assert {n["data"]["id"] for n in nodes} >= {GB200}
    assert "Which labs could reach GB200s" in page.locator("#title").inner_text()
    assert "as of 2025-12-01" in page.locator("#subtitle").inner_text()
    legend = page.locator("#legend").inner_text()
    assert "Lab" in legend and "Data center" in legend and "inferred" in legend
    # every node inside the viewport after the layout: the answer is readable without panning
    inside = js(page, """() => { const cy = window.aikg.cy, w = cy.width(), h = cy.height();
        return cy.nodes().every(n => { const p = n.renderedPosition();
                                       return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }); }""")
    assert inside
    shot = tmp_path / "flagship.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    offline_page.check()


def test_search_highlights_and_centres_the_match(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    label = next(n["data"]["label"] for n in doc["elements"]["nodes"] if n["data"]["id"] == GB200)
    page.fill("#search", label.upper())
    page.press("#search", "Enter")
    matches = js(page, "() => window.aikg.cy.nodes('.match').map(n => n.id())")
    assert matches == [GB200]
    assert page.locator("#search-result").inner_text() == "1 match"
    page.fill("#search", "gb200")  # names and ids, in any case
    page.press("#search", "Enter")
    expected = {n["data"]["id"] for n in doc["elements"]["nodes"]
                if "gb200" in n["data"]["label"].lower() or "gb200" in n["data"]["id"]}
    assert set(js(page, "() => window.aikg.cy.nodes('.match').map(n => n.id())")) == expected
    assert len(expected) > 1
    assert js(page, "() => window.aikg.cy.nodes('.faded').length") > 0
    page.fill("#search", "no such entity anywhere")
    page.press("#search", "Enter")
    assert page.locator("#search-result").inner_text() == "no match"
    assert js(page, "() => window.aikg.cy.elements('.match, .faded').length") == 0


def test_a_click_on_a_node_shows_its_card_with_sources(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    node = next(n["data"] for n in doc["elements"]["nodes"] if n["data"]["id"] == GB200)
    assert page.locator("#card").is_hidden()
    click_element(page, GB200)
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert card.locator("h2").inner_text() == node["label"]
    urls = [s["url"] for s in node["sources"] if s["url"].startswith("http")]
    hrefs = card.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert urls and all(u in hrefs for u in urls)
    assert card.locator(f'a[href="{urls[0]}"]').get_attribute("rel") == "noopener noreferrer"


def test_a_click_on_an_edge_shows_its_qualifiers_and_sources(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    edge = next(e["data"] for e in doc["elements"]["edges"]
                if e["data"]["predicate"] == "located_in" and any(s["url"].startswith("http") for s in e["data"]["sources"]))
    # leave only this edge and its two ends on screen, so the click cannot land on another one
    js(page, """id => { const cy = window.aikg.cy, e = cy.getElementById(id);
                        cy.elements().not(e.union(e.connectedNodes())).addClass('hidden'); }""", edge["id"])
    click_element(page, edge["id"])
    card = page.locator("#card")
    card.wait_for(state="visible")
    text = card.inner_text()
    assert edge["status"] in text and "located_in" in text
    hrefs = card.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert any(s["url"] in hrefs for s in edge["sources"])


def test_a_route_card_names_the_data_center_it_goes_via(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    labels = {n["data"]["id"]: n["data"]["label"] for n in doc["elements"]["nodes"]}
    edge = next(e["data"] for e in doc["elements"]["edges"] if e["data"]["qualifiers"].get("via") in labels)
    js(page, """id => { const cy = window.aikg.cy, e = cy.getElementById(id);
                        cy.elements().not(e.union(e.connectedNodes())).addClass('hidden'); }""", edge["id"])
    click_element(page, edge["id"])
    via = page.locator("#card tr", has_text="via").locator("button")
    assert via.inner_text() == labels[edge["qualifiers"]["via"]]
    via.click()  # the card turns to the data center
    assert page.locator("#card h2").inner_text() == labels[edge["qualifiers"]["via"]]


def test_status_and_type_filters_hide_elements(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    edges = [e["data"] for e in doc["elements"]["edges"]]
    inferred = {e["id"] for e in edges if e["status"] == "inferred"}
    assert inferred and len(inferred) < len(edges)
    page.locator("#status-filters label", has_text="inferred").click()
    shown = set(visible_edges(page))
    assert shown == {e["id"] for e in edges} - inferred
    assert f"{len(shown)} of {len(edges)} statements" in page.locator("#counts").inner_text()
    page.locator("#status-filters label", has_text="inferred").click()
    assert len(visible_edges(page)) == len(edges)
    page.locator("#type-filters label", has_text="Lab").click()
    labs = {n["data"]["id"] for n in doc["elements"]["nodes"] if "Lab" in n["data"]["types"]}
    hidden = set(visible(page, "nodes", negate=True))
    assert hidden == labs
    assert not any(e["source"] in labs or e["target"] in labs for e in edges if e["id"] in visible_edges(page))


def test_the_date_hides_statements_not_valid_that_day(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    edges = [e["data"] for e in doc["elements"]["edges"]]
    day = "2025-01-01"
    expected = {e["id"] for e in edges if (e["valid_from"] or "0000") <= day <= (e["valid_to"] or "9999")}
    page.fill("#date", day)
    assert set(visible_edges(page)) == expected
    page.click("#date-clear")
    assert len(visible_edges(page)) == len(edges)


def test_hiding_entities_the_filters_left_without_statements(offline_page, flagship_page):
    path, doc = flagship_page
    page = offline_page.open(path)
    edges = [e["data"] for e in doc["elements"]["edges"]]
    for status in ("reported", "inferred"):
        page.locator("#status-filters label", has_text=status).click()
    page.check("#hide-isolated")
    linked = {x for e in edges for x in (e["source"], e["target"])}
    kept = {x for e in edges if e["status"] not in ("reported", "inferred") for x in (e["source"], e["target"])}
    assert linked - kept
    shown = set(visible(page, "nodes"))
    assert shown == {n["data"]["id"] for n in doc["elements"]["nodes"]} - (linked - kept)  # unlinked ones stay
    page.uncheck("#hide-isolated")
    assert visible(page, "nodes", negate=True) == []


def test_the_whole_graph_renders_every_element(offline_page, curated_build, tmp_path):
    path = tmp_path / "graph.html"
    sel = select(Catalog(curated_build))
    export(sel, "html", path)
    statements = list(sel.data.statements.values()) if isinstance(sel.data.statements, dict) else sel.data.statements
    inferred = sum(st.status == "inferred" for st in statements)
    facts = len(statements) - inferred
    assert inferred and facts
    page = offline_page.open(path)
    counts = js(page, """() => { const cy = window.aikg.cy;
        return [cy.nodes().length, cy.edges().length, cy.elements().filter(e => e.visible()).length,
                window.aikg.deferred()]; }""")
    # a big page draws every entity and every sourced statement first; the inferred ones wait for their tick
    assert counts == [len(sel.data.entities), facts, len(sel.data.entities) + facts, inferred]
    text = page.locator("#counts").inner_text()
    assert f"{facts} of {len(statements)} statements" in text and f"the {inferred} inferred ones" in text
    inside = js(page, """() => { const cy = window.aikg.cy, w = cy.width(), h = cy.height();
        return cy.nodes().every(n => { const p = n.renderedPosition();
                                       return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }); }""")
    assert inside  # fitted to the screen
    page.screenshot(path=str(tmp_path / "graph-facts.png"))
    lab = next(st.subject for st in statements if st.status == "inferred")
    waiting = sum(st.status == "inferred" and lab in (st.subject, st.object) for st in statements)
    js(page, "id => window.aikg.cy.getElementById(id).emit('tap')", lab)  # its card says what is not drawn
    assert f"and {waiting} inferred statement" in page.locator("#card").inner_text()
    page.locator("#status-filters label", has_text="inferred").click()
    assert len(visible(page, "edges")) == len(statements) and js(page, "() => window.aikg.deferred()") == 0
    assert f"{len(statements)} of {len(statements)} statements" in page.locator("#counts").inner_text()
    assert "inferred ones" not in page.locator("#counts").inner_text()
    page.screenshot(path=str(tmp_path / "graph.png"))
    # a card of the big page: its sources are links (the page stores each source once and points at it)
    doc = unpack(json.loads(re.search(r'id="aikg-data">(.*?)</script>', path.read_text(), re.S).group(1)))
    labels = {n["data"]["id"]: n["data"]["label"] for n in doc["elements"]["nodes"]}
    edge = next(e["data"] for e in doc["elements"]["edges"]
                if any((s["url"] or "").startswith("http") for s in e["data"]["sources"]))
    js(page, """id => { const cy = window.aikg.cy, e = cy.getElementById(id);
                        cy.elements().not(e.union(e.connectedNodes())).addClass('hidden'); }""", edge["id"])
    click_element(page, edge["id"])
    card = page.locator("#card")
    card.wait_for(state="visible")
    hrefs = card.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert {s["url"] for s in edge["sources"] if s["url"].startswith("http")} <= set(hrefs)
    click_element(page, edge["source"])
    assert card.locator("h2").inner_text() == labels[edge["source"]]
    assert js(page, "() => window.aikg.cy.edges('.near').length") >= 1  # its statements show their labels


def test_hostile_text_stays_text(offline_page, tmp_path):
    evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>'
    doc = {"data": {"title": evil, "as_of": None, "question": evil, "generated": "2026-01-01"},
           "elements": {"nodes": [
               {"data": {"id": "a", "label": evil, "type": "Lab", "types": ["Lab", "Organization"],
                         "props": {"note": evil}, "sources": [{"id": "s1", "title": evil, "publisher": evil,
                                                               "url": "javascript:alert(3)", "date": None}]}},
               {"data": {"id": "b", "label": "B", "type": "Country", "types": ["Country"], "props": {},
                         "sources": []}}],
               "edges": [{"data": {"id": "e", "source": "a", "target": "b", "predicate": "headquartered_in",
                                   "label": evil, "status": "reported", "inferred": False, "valid_from": None,
                                   "valid_to": None, "confidence": None, "quantity": None, "sources": [],
                                   "qualifiers": {"note": evil}}}]}}
    path = tmp_path / "evil.html"
    path.write_text(render(doc), encoding="utf-8")
    page = offline_page.open(path)
    assert page.locator("#title").inner_text() == evil
    assert page.locator("img").count() == 0
    click_element(page, "a")
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert card.locator("h2").inner_text() == evil and evil in card.inner_text()
    assert card.locator("a").count() == 0  # a javascript: URL is shown as text, never as a link
    assert page.locator("img").count() == 0


@pytest.mark.parametrize("question", [FLAGSHIP, None])
def test_the_cytoscape_export_loads_in_cytoscape_js(browser, curated_build, tmp_path, question):
    sel = select(Catalog(curated_build), question=question, as_of=DAY if question else None)
    path = export(sel, "cytoscape", tmp_path / "graph.cyjs")
    page = browser.new_page()
    try:
        counts = load_cytoscape_json(page, path.read_text(encoding="utf-8"))
    finally:
        page.close()
    assert counts == {"nodes": len(sel.data.entities), "edges": len(sel.data.statements),
                      "rendered": len(sel.data.entities) + len(sel.data.statements), "errors": []}


def test_the_loader_reports_what_cytoscape_drops(browser):
    doc = {"elements": {"nodes": [{"data": {"id": "a"}}],
                        "edges": [{"data": {"id": "e", "source": "a", "target": "missing"}}]}}
    page = browser.new_page()
    try:
        counts = load_cytoscape_json(page, doc)
    finally:
        page.close()
    assert counts["edges"] == 0 and any("missing" in e for e in counts["errors"])


def test_the_offline_page_catches_any_request(browser, tmp_path):
    from browser import OfflinePage

    path = tmp_path / "leaky.html"
    path.write_text('<!DOCTYPE html><body data-ready="1"><img src="http://example.invalid/x.png">'
                    '<script>fetch("https://example.invalid/y").catch(() => {})</script></body>')
    page = OfflinePage(browser)
    try:
        page.open(path)
        page.page.wait_for_timeout(200)
        assert {"http://example.invalid/x.png", "https://example.invalid/y"} <= set(page.outside_requests())
        with pytest.raises(AssertionError, match="the page made requests"):
            page.check()
    finally:
        page.close()
