"""Which third-party datasets the user has added with `aikg load SOURCE PATH`.

The list lives in `<build dir>/datasets.json` (the user's own downloads stay where they are); each entry is
part of the build's inputs, so adding one triggers a rebuild.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from .paths import build_dir


def config_path() -> Path:
    return build_dir() / "datasets.json"


def configured_inputs() -> list[tuple[str, Path]]:
    try:
        entries = json.loads(config_path().read_text())
    except (OSError, ValueError):
        return []
    return [(e["source"], Path(e["path"])) for e in entries]


def entries() -> list[dict[str, Any]]:
    """The raw entries of datasets.json: source, path, kind (file kind), retrieved (ISO date)."""
    try:
        data = json.loads(config_path().read_text())
    except (OSError, ValueError):
        return []
    return [e for e in data if isinstance(e, dict) and "source" in e and "path" in e]


def save_entries(items: list[dict[str, Any]]) -> None:
    """Write datasets.json atomically: readers see the old list or the new one, never half of it."""
    from .jsonfile import write_json

    write_json(config_path(), items, indent=2)


PENDING: dict[str, date] = {}  # retrieval dates of a load in progress, before datasets.json records them


def recorded_retrieved(path: Path) -> date | None:
    """The retrieval date recorded for this file by `aikg load`, if any."""
    target = str(path.resolve())
    if target in PENDING:
        return PENDING[target]
    for e in entries():
        if e.get("path") == target and e.get("retrieved"):
            try:
                return date.fromisoformat(e["retrieved"])
            except ValueError:
                return None
    return None
