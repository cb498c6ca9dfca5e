"""Shared set-up for the reasoning tests: the rules fixture world, loaded once per module."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

RULES = Path(__file__).resolve().parent / "fixtures" / "rules"


@contextmanager
def rules_env(build_dir: Path):
    """Point aikg at the rules fixture world (data and scenarios) and a private build folder."""
    keys = ("AIKG_CURATED_DATA", "AIKG_SCENARIOS_DIR", "AIKG_BUILD_DIR")
    old = {k: os.environ.get(k) for k in keys}
    os.environ.update({"AIKG_CURATED_DATA": str(RULES / "data"), "AIKG_SCENARIOS_DIR": str(RULES / "scenarios"),
                       "AIKG_BUILD_DIR": str(build_dir)})
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def evaluator():
    """The evaluator over the validated fixture world (chip metrics computed, no build)."""
    from aikg.build import check
    from aikg.reasoning.evaluate import Evaluator
    from aikg.reasoning.rules import Facts
    from aikg.specs import enrich_chip

    data, problems = check()
    assert not [p for p in problems if p.severity == "error"], problems
    for e in data.entities.values():
        if e.type == "Chip":
            e.props = enrich_chip(e.props)
    return Evaluator(Facts(data))
