"""Which third-party datasets the user has added with `aikg load SOURCE PATH`.

The list lives in `<build dir>/datasets.json` (the user's own downloads stay where they are); each entry is
part of the build's inputs, so adding one triggers a rebuild.
"""

from __future__ import annotations

import json
from pathlib import Path

from .paths import build_dir


def config_path() -> Path:
    return build_dir() / "datasets.json"


def configured_inputs() -> list[tuple[str, Path]]:
    try:
        entries = json.loads(config_path().read_text())
    except (OSError, ValueError):
        return []
    return [(e["source"], Path(e["path"])) for e in entries]
