"""Shared fixtures: isolated build folders, the mini fixture world, and the real-server switches."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def build_dir(tmp_path, monkeypatch):
    """Every test builds into its own folder."""
    d = tmp_path / "build"
    monkeypatch.setenv("AIKG_BUILD_DIR", str(d))
    return d


@pytest.fixture
def mini(build_dir, monkeypatch):
    """The mini fixture world as the curated data."""
    monkeypatch.setenv("AIKG_CURATED_DATA", str(FIXTURES / "mini"))
    return FIXTURES / "mini"


@pytest.fixture
def data_dir(build_dir, tmp_path, monkeypatch):
    """An empty curated-data folder, seeded with a copy of the mini world, for bad-input tests."""
    d = tmp_path / "data"
    shutil.copytree(FIXTURES / "mini", d)
    monkeypatch.setenv("AIKG_CURATED_DATA", str(d))
    return d


@pytest.fixture(scope="session")
def curated_build(tmp_path_factory):
    """The real curated graph, built once per test session."""
    from aikg.build import ensure_built

    with real_data_in(tmp_path_factory.mktemp("curated-build")):
        yield ensure_built()


@contextmanager
def real_data_in(folder):
    """The real curated data, built into `folder` (AIKG_BUILD_DIR) for the block; the old setting after."""
    old = os.environ.get("AIKG_BUILD_DIR")
    os.environ["AIKG_BUILD_DIR"] = str(folder)
    os.environ.pop("AIKG_CURATED_DATA", None)
    try:
        yield folder
    finally:
        if old is None:
            os.environ.pop("AIKG_BUILD_DIR", None)
        else:
            os.environ["AIKG_BUILD_DIR"] = old


def require_server(env_var: str, what: str) -> str:
    """The server's address, or a skip (a failure when AIKG_REQUIRE_SERVERS=1, as in CI)."""
    value = os.environ.get(env_var)
    if value:
        return value
    msg = f"{what} not running ({env_var} unset; tests/servers/servers.py starts one)"
    if os.environ.get("AIKG_REQUIRE_SERVERS") == "1":
        pytest.fail(msg + " and AIKG_REQUIRE_SERVERS=1")
    pytest.skip(msg)


@pytest.fixture
def dataset_world(build_dir, monkeypatch):
    """The dataset-loader tests' small curated world and judgements; row-count bounds off for the fixtures."""
    monkeypatch.setenv("AIKG_CURATED_DATA", str(FIXTURES / "datasets" / "world"))
    monkeypatch.setenv("AIKG_DECISIONS", str(FIXTURES / "datasets" / "decisions.yaml"))
    monkeypatch.setenv("AIKG_ROW_BOUNDS", "0")
    return FIXTURES / "datasets"


def check_dataset(*inputs):
    """Load (source, path) pairs with the resolver exposed, without building: (data, problems, resolver)."""
    from aikg.build import check
    from aikg.resolution import Resolver

    resolver = Resolver()
    data, problems = check([(s, Path(p)) for s, p in inputs], resolver)
    return data, problems, resolver


def errors(problems):
    return [p for p in problems if p.severity == "error"]


def shared_data(name):
    """A folder of ../shared/data, or a skip saying why (the real files are not part of the project)."""
    path = SHARED_DATA / name
    if not path.is_dir():
        pytest.skip(f"{path} absent: real third-party files are not shipped with aikg")
    return path


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium for the whole session (tests/browser.py: a skip without one, a failure in CI)."""
    from browser import launch

    with launch() as b:
        yield b


@pytest.fixture
def offline_page(browser):
    """A fresh page that may load nothing but the file it opens; fails the test on any other request,
    script error or dialog."""
    from browser import OfflinePage

    page = OfflinePage(browser)
    try:
        yield page
        page.check()
    finally:
        page.close()
