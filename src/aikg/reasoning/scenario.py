"""Scenarios: what-if builds that switch a hypothetical policy on, or a real one off, without touching the default.

A scenario is `scenarios/<name>.yaml`: a title, a description, optional `sources` / `entities` / `statements`
in the curated format (a hypothetical policy and its statements; mark them `status: forecast` and say
"Hypothetical" in the note — the evaluator treats a scenario's own statements as assumed), and `changes`:

    changes:
      - {switch_off: policy/uae-gb-licenses, from: 2026-06-01, sources: [src/...], note: why}
      - {switch_on: policy/gpu-sliding-scale, from: 2026-12-01, sources: [src/...]}
      - {set: policy/x, property: effect, value: allowed, sources: [src/...]}

Every change cites at least one source; the sources are added to the policy, so every inferred statement
that the change affects cites them. A scenario is built into `<build dir>/scenarios/<name>/<hash>` (the hash
covers the default inputs and the scenario file) with the same atomic swap as the default build, so asking
under a scenario never disturbs the default build and a changed scenario is rebuilt on its own.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, NotFound, ValidationFailed
from ..paths import build_dir, rel, scenarios_dir
from ..records import Entity, Record, Source, Statement

if TYPE_CHECKING:
    from ..build import BuildInfo

CHANGE_KINDS = ("switch_off", "switch_on", "set")
SCENARIO_KEYS = ("title", "description", "sources", "entities", "statements", "changes")


@dataclass
class Scenario:
    name: str
    path: Path
    title: str
    description: str
    records: list[Record] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)


def available() -> list[str]:
    folder = scenarios_dir()
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []


def find(name: str) -> Path:
    path = scenarios_dir() / f"{name}.yaml"
    if "/" in name or not path.is_file():
        names = available()
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; scenarios: {', '.join(names) or 'none'}"
        raise NotFound(f"no scenario named {name!r}{hint}")
    return path


def load(name: str) -> Scenario:
    """Read and check the shape of a scenario file (its records are validated with the graph at build time)."""
    from ..loading import discover
    from ..yamlfile import LINE, read_yaml, strip_lines

    path = find(name)
    shown = rel(path)
    doc, problem = read_yaml(path, shown)
    if problem:
        raise ConfigError(f"{shown}: {problem.message}")
    if not isinstance(doc, dict) or not doc.get("title"):
        raise ConfigError(f"{shown}: a scenario is a mapping with at least a title")
    for key in doc:
        if key != LINE and key not in SCENARIO_KEYS:
            raise ConfigError(f"{shown}:{doc[LINE]}: unknown key {key!r} (allowed: {', '.join(SCENARIO_KEYS)})")
    curated = discover()["curated"].module()
    from ..loading import Context

    ctx = Context("scenario", path.parent, {})
    records: list[Record] = []
    for item in doc.get("sources") or []:
        records += list(curated._source(ctx, path, item))
    for item in doc.get("entities") or []:
        records += list(curated._entity(ctx, path, item))
    for item in doc.get("statements") or []:
        records += list(curated._statement(ctx, path, item, None))
    if ctx.problems:
        raise ConfigError(f"{shown}: {ctx.problems[0]}")
    changes = []
    for i, raw in enumerate(doc.get("changes") or [], 1):
        line = raw.get(LINE, "?") if isinstance(raw, dict) else "?"
        change = strip_lines(raw) if isinstance(raw, dict) else None
        if not change or sum(k in change for k in CHANGE_KINDS) != 1:
            raise ConfigError(f"{shown}:{line}: change {i} needs exactly one of {', '.join(CHANGE_KINDS)}")
        if not change.get("sources"):
            raise ConfigError(f"{shown}:{line}: change {i} cites no sources (every change needs `sources:`)")
        change["line"] = line
        changes.append(change)
    return Scenario(name, path, str(doc["title"]), str(doc.get("description") or "").strip(),
                    [r for r in records if isinstance(r, Source | Entity | Statement)], changes)


def apply_changes(data: Any, sc: Scenario) -> None:
    """Switch policies off or on, or set a property, in the validated dataset (before inference)."""
    shown = rel(sc.path)
    for ch in sc.changes:
        kind = next(k for k in CHANGE_KINDS if k in ch)
        target = ch[kind]
        e = data.entities.get(target)
        if e is None:
            raise ConfigError(f"{shown}:{ch['line']}: {kind} names {target!r}, which is not in the graph")
        missing = [s for s in ch["sources"] if s not in data.sources]
        if missing:
            raise ConfigError(f"{shown}:{ch['line']}: unknown source {missing[0]!r}")
        start = _date(ch.get("from"), shown, ch["line"])
        if kind == "switch_off":
            end = start - timedelta(days=1) if start else date.min
            old = e.props.get("ended")
            e.props["ended"] = min(end, old) if isinstance(old, date) else end
        elif kind == "switch_on":
            e.props["effective"] = start or e.props.get("effective") or e.props.get("announced") or date.min
            e.props["policy_status"] = "effective"
            e.props.pop("ended", None)
        else:
            prop = ch.get("property")
            if not isinstance(prop, str) or "value" not in ch:
                raise ConfigError(f"{shown}:{ch['line']}: `set` needs `property` and `value`")
            e.props[prop] = ch["value"]
        e.sources = list(dict.fromkeys([*e.sources, *ch["sources"]]))
        note = f"Scenario {sc.name}: {kind}" + (f" from {start}" if start else "")
        e.props["note"] = f"{e.props.get('note', '')} [{note}. {ch.get('note', '')}]".strip()


def _date(value: Any, shown: str, line: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{shown}:{line}: cannot read date {value!r} (use YYYY-MM-DD)") from None


def ensure_built(name: str, force: bool = False) -> BuildInfo:
    """The scenario's build, rebuilt if the default inputs or the scenario file changed."""
    from ..build import BuildInfo, fingerprint

    sc = load(name)
    digest = hashlib.sha256((fingerprint() + "\0").encode() + sc.path.read_bytes()).hexdigest()[:20]
    root = build_dir() / "scenarios" / name
    try:
        meta = json.loads((root / "CURRENT.json").read_text())
        if not force and meta["hash"] == digest and (root / digest / "store").is_dir():
            return BuildInfo(digest, root / digest, meta.get("counts", {}))
    except (OSError, ValueError, KeyError):
        pass
    return _build(sc, digest, root)


def _build(sc: Scenario, digest: str, root: Path) -> BuildInfo:
    from ..build import collect, derive, publish
    from ..validate import validate

    records, problems = collect()
    data, vproblems = validate([*records, *sc.records])
    problems += vproblems
    if any(p.severity == "error" for p in problems):
        raise ValidationFailed(problems)
    apply_changes(data, sc)
    data.assumed = {st.id for st in data.statements if st.origin.file == rel(sc.path)}
    return publish(derive(data), root, digest)
