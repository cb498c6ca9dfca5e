"""`aikg explore` without a browser: the page is self-contained and safe, the vendored cytoscape.js is the pinned
one, and bad input is one line on stderr, exit 1, nothing written. (tests/test_explorer_browser.py renders it.)"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aikg.cli import app
from aikg.explorer import VENDOR, embed_json, render
from aikg.explorer.payload import pack, unpack

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
QUESTION = ["-q", "offshore-gb200-access", "-p", "chip=chip/gb200", "--as-of", "2025-12-01"]


@pytest.fixture
def out(mini, tmp_path):
    """An empty folder for the page (the build lives beside it in tmp_path)."""
    d = tmp_path / "out"
    d.mkdir()
    return d


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def fails(*args):
    r = run(*args)
    assert r.exit_code == 1, r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in r.output, r.output
    return lines[0]


def hostile_document():
    evil = '</script><script>alert(1)</script><!-- & "quote" \u2028'
    return {"data": {"title": evil, "as_of": None, "question": None, "generated": "2026-01-01"},
            "elements": {"nodes": [{"data": {"id": "a", "label": evil, "type": "Lab", "types": ["Lab"], "props": {},
                                             "sources": [{"id": "s", "title": evil, "publisher": None,
                                                          "url": "javascript:alert(1)", "date": None}]}}],
                         "edges": []}}


def embedded(page: str) -> dict:
    """The Cytoscape.js document a page embeds (packed: `aikg.explorer.payload`)."""
    m = re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', page, re.S)
    assert m
    return unpack(json.loads(m.group(1)))


# ---------------------------------------------------------------- the vendored library


def test_vendored_cytoscape_matches_its_pin():
    pin = json.loads((VENDOR / "cytoscape.json").read_text())
    assert pin["package"] == "cytoscape" and re.fullmatch(r"\d+\.\d+\.\d+", pin["version"])
    assert pin["integrity"].startswith("sha512-")
    for name, f in pin["files"].items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == f["sha256"], name
    assert f'.version="{pin["version"]}"' in (VENDOR / "cytoscape.min.js").read_text()
    assert "MIT" in (VENDOR / "LICENSE").read_text() or "Permission is hereby granted" in (VENDOR / "LICENSE").read_text()


def test_vendored_files_ship_in_the_wheel():
    """hatchling takes every file under src/aikg that git does not ignore: nothing may ignore them."""
    ignored = (ROOT / ".gitignore").read_text()
    assert ".js" not in ignored and "vendor" not in ignored and ".html" not in ignored


def test_browser_tests_skip_without_chromium_and_fail_in_ci(monkeypatch):
    import browser

    monkeypatch.setattr(browser, "chromium_path", lambda: None)
    monkeypatch.delenv("AIKG_REQUIRE_SERVERS", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium not found"), browser.launch():
        pass
    monkeypatch.setenv("AIKG_REQUIRE_SERVERS", "1")
    with pytest.raises(pytest.fail.Exception, match="AIKG_REQUIRE_SERVERS=1"), browser.launch():
        pass


# ---------------------------------------------------------------- the page


def test_hostile_text_cannot_close_the_data_script():
    doc = hostile_document()
    page = render(doc)
    assert page.count("</script>") == 3  # the data block, the library and the app: nothing from the data
    assert "<!--" not in page.split('id="aikg-data">', 1)[1].split("</script>", 1)[0]
    assert embedded(page) == json.loads(json.dumps(doc))
    assert "<title>&lt;/script&gt;&lt;script&gt;" in page
    assert embed_json({"x": "</SCRIPT>"}) == '{"x":"\\u003c/SCRIPT\\u003e"}'


def test_the_page_stores_each_source_once_and_loses_nothing(curated_build):
    from aikg.catalog import Catalog
    from aikg.exporters.cytoscape import cytoscape_document
    from aikg.selection import select

    sel = select(Catalog(curated_build))
    doc = json.loads(json.dumps(cytoscape_document(sel.data, sel.meta)))
    before = json.dumps(doc)
    packed = pack(doc)
    assert json.dumps(doc) == before  # the input is left alone
    assert unpack(packed) == doc
    refs = [i for group in packed["elements"].values() for el in group for i in el["data"]["sources"]]
    table = packed["sources"]
    assert len(table) < len(refs) / 3 and sorted(set(refs)) == list(range(len(table)))
    assert len({json.dumps(s, sort_keys=True) for s in table}) == len(table)  # no source stored twice
    assert len(embed_json(packed)) < len(embed_json(doc)) / 1.5
    assert embedded(render(doc)) == doc


def test_page_loads_nothing_and_runs_only_its_own_scripts():
    page = render(hostile_document())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    without_data = page.replace(page.split('id="aikg-data">', 1)[1].split("</script>", 1)[0], "")
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', without_data, re.I)
    assert "<link" not in without_data and "@import" not in without_data


# ---------------------------------------------------------------- the command


def test_explore_writes_the_flagship_answer(out):
    page = out / "answer.html"
    r = run("explore", *QUESTION, "-o", page)
    assert r.exit_code == 0, r.output
    assert f"wrote {page}" in r.output
    doc = embedded(page.read_text())
    assert doc["data"]["question"] == "offshore-gb200-access" and doc["data"]["as_of"] == "2025-12-01"
    ids = {n["data"]["id"] for n in doc["elements"]["nodes"]}
    assert {"org/lab-cn", "chip/gb200"} <= ids
    assert [p.name for p in out.iterdir()] == ["answer.html"]  # no temporary file left behind


def test_explore_around_an_entity(out):
    page = out / "around.html"
    assert run("explore", "--around", "org/lab-cn", "--hops", "1", "-o", page).exit_code == 0
    doc = embedded(page.read_text())
    assert "org/lab-cn" in {n["data"]["id"] for n in doc["elements"]["nodes"]}
    assert "neighbourhood" in doc["data"]["title"]


def test_explore_refuses_an_existing_file_unless_forced(out):
    page = out / "x.html"
    page.write_text("keep me")
    assert "exists" in fails("explore", "-o", page)
    assert page.read_text() == "keep me"
    assert run("explore", "-o", page, "--force").exit_code == 0
    assert embedded(page.read_text())["elements"]["nodes"]
    assert [p.name for p in out.iterdir()] == ["x.html"]


@pytest.mark.parametrize("name", ["graph.json", "graph", "graph.png"])
def test_explore_refuses_other_formats(out, name):
    assert "HTML" in fails("explore", "-o", out / name)
    assert not any(out.iterdir())


def test_explore_refuses_an_unwritable_path(out):
    assert "does not exist" in fails("explore", "-o", out / "missing" / "x.html")
    folder = out / "dir.html"
    folder.mkdir()
    assert "folder" in fails("explore", "-o", folder, "--force")
    assert list(out.iterdir()) == [folder] and not any(folder.iterdir())


def test_explore_says_so_and_writes_nothing_for_an_empty_selection(out):
    assert "empty" in fails("explore", *QUESTION, "--types", "Person", "-o", out / "empty.html")
    assert not any(out.iterdir())


def test_explore_bad_selection_options_are_one_line(out):
    page = out / "x.html"
    assert "--question" in fails("explore", "-p", "chip=GB200", "-o", page)
    assert "unknown type" in fails("explore", "--types", "Lba", "-o", page)
    assert "--as-of" in fails("explore", "--as-of", "yesterday-ish", "-o", page)
    assert not any(out.iterdir())
