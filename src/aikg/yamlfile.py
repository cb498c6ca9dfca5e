"""YAML reading that keeps line numbers and refuses what PyYAML would silently accept.

Every mapping gets a `__line__` key (1-based); duplicate keys are an error; dates stay strings so that a
bad date is reported by the validator with its line instead of crashing the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

LINE = "__line__"
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


# keep ISO dates as strings: the validator parses them and reports bad ones with file:line
_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in _Base.yaml_implicit_resolvers.copy().items()
}


class DuplicateKey(yaml.MarkedYAMLError):
    pass


def _construct_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
    loader.flatten_mapping(node)
    out: dict[str, Any] = {LINE: node.start_mark.line + 1}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise DuplicateKey(None, None, f"duplicate key {key!r} in one mapping", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def read_yaml(path: Path, shown: str) -> tuple[Any, Problem | None]:
    """Parse one file; on malformed YAML return a Problem naming file, line and what to fix."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader), None  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        msg = f"malformed YAML: {exc.problem or exc}"
        if exc.context:
            msg += f" ({exc.context})"
        return None, Problem("error", shown, line, None, msg,
                             "fix the YAML syntax (indentation, quotes around text with ': ' or '#')")
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, Problem("error", shown, None, None, f"unreadable YAML: {exc}", "save the file as UTF-8 YAML")


def strip_lines(value: Any) -> Any:
    """The value without `__line__` keys, for storage and output."""
    if isinstance(value, dict):
        return {k: strip_lines(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip_lines(v) for v in value]
    return value
