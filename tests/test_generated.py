"""The files generated from ontology/aikg.yaml are current, and the runtime agrees with them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.skipif(importlib.util.find_spec("linkml") is None, reason="linkml (dev extra 'generate') not installed")
def test_generated_files_are_current():
    r = subprocess.run([sys.executable, "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]


def test_schema_index_matches_the_pydantic_model():
    from aikg import model
    from aikg.schema import load_schema

    schema = load_schema()
    for cls in schema.concrete_entity_classes():
        fields = set(getattr(model, cls).model_fields)
        assert set(schema.classes[cls]["properties"]) <= fields, cls


def test_every_relation_has_a_range_and_a_domain():
    from aikg.schema import load_schema

    for name, rel in load_schema().relations.items():
        assert rel["range"] and rel["domains"], name
