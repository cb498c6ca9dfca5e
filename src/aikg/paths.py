"""Where aikg finds its inputs and keeps its build.

The project root holds `ontology/`, `loaders/` and `queries/`. It is the checkout that contains this package
(editable install), or `AIKG_HOME` when set. Builds go to `AIKG_BUILD_DIR`, default `<root>/.aikg/`.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ConfigError


def project_root() -> Path:
    env = os.environ.get("AIKG_HOME")
    root = Path(env).resolve() if env else Path(__file__).resolve().parents[2]
    if not (root / "loaders").is_dir() or not (root / "queries").is_dir():
        raise ConfigError(
            f"no aikg project at {root} (expected loaders/ and queries/): set AIKG_HOME to a checkout of aikg"
        )
    return root


def build_dir() -> Path:
    env = os.environ.get("AIKG_BUILD_DIR")
    return Path(env).resolve() if env else project_root() / ".aikg"


def loaders_dir() -> Path:
    return project_root() / "loaders"


def curated_data_dir() -> Path:
    """The curated YAML; `AIKG_CURATED_DATA` points elsewhere (tests use small fixture folders)."""
    env = os.environ.get("AIKG_CURATED_DATA")
    return Path(env).resolve() if env else loaders_dir() / "curated" / "data"


def decisions_path() -> Path:
    """`loaders/resolution/decisions.yaml`; `AIKG_DECISIONS` points elsewhere (tests use their own)."""
    env = os.environ.get("AIKG_DECISIONS")
    return Path(env).resolve() if env else loaders_dir() / "resolution" / "decisions.yaml"


def queries_dir() -> Path:
    env = os.environ.get("AIKG_QUERIES_DIR")
    return Path(env).resolve() if env else project_root() / "queries"


def scenarios_dir() -> Path:
    """What-if scenario files; `AIKG_SCENARIOS_DIR` points elsewhere (tests use fixture scenarios)."""
    env = os.environ.get("AIKG_SCENARIOS_DIR")
    return Path(env).resolve() if env else project_root() / "scenarios"


def rel(path: Path | str) -> str:
    """A path as users should see it: relative to the project root when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(project_root()))
    except (ValueError, ConfigError):
        return str(p)
