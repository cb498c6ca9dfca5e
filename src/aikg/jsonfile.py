"""Writing a JSON file atomically: readers see the old content or the new, never half of it.

One helper for the build pointer, the digest and question caches, and datasets.json.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def write_json(path: Path, obj: Any, best_effort: bool = False, **dumps: Any) -> None:
    """Write `obj` to a temporary file beside `path`, then rename it over `path`.

    `best_effort` is for caches: a read-only build folder then only costs speed, not an error.
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(obj, **dumps))
        os.replace(tmp, path)
    except OSError:
        if not best_effort:
            raise
    finally:
        tmp.unlink(missing_ok=True)
