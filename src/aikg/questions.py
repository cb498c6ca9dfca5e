"""Canned questions as files: `queries/<name>.rq` and its `queries/<name>.cypher` twin.

Each file begins with the same YAML header in comment lines (`# ` in SPARQL, `// ` in Cypher): title, the
question in plain words, description, params (type, default, description) and columns. Parameters are
written `$name` in the body and bound by the engine, never spliced. Parsing is strict, as aiosql's is: an
undeclared or unused parameter, or columns that differ from the SELECT / RETURN, is an error naming file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import NotFound, QueryError
from .paths import queries_dir, rel

PARAM_TYPES = ("entity", "string", "date", "integer", "number", "boolean")
REQUIRED = ("title", "question", "columns")
ALLOWED = (*REQUIRED, "description", "params", "tags", "examples", "lists", "ordered")
COMMENT = {".rq": "#", ".cypher": "//"}
_PARAM = re.compile(r"(?<![\w$])\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass
class Param:
    name: str
    type: str
    default: Any = None
    description: str = ""
    entity_type: str | None = None  # for type entity: the class the value must be

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass
class Question:
    name: str
    path: Path
    dialect: str  # "sparql" | "cypher"
    title: str
    question: str
    description: str
    columns: list[str]
    params: dict[str, Param]
    body: str
    body_line: int
    header: dict[str, Any] = field(repr=False, default_factory=dict)


def _split(path: Path) -> tuple[list[str], str, int]:
    mark = COMMENT[path.suffix]
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] = []
    fenced = bool(lines) and lines[0].strip() == f"{mark} ---"
    i = 0
    while i < len(lines) and lines[i].startswith(mark):
        text = lines[i][len(mark):]
        header.append(text[1:] if text.startswith(" ") else text)
        i += 1
        if fenced and i > 1 and text.strip() == "---":
            break  # a fenced header ends at its closing `---`; comments after it belong to the body
    return header, "\n".join(lines[i:]), i + 1


def parse(path: Path) -> Question:
    import yaml

    shown = rel(path)
    if path.suffix not in COMMENT:
        raise QueryError(f"{shown}: a question file ends in .rq or .cypher")
    header_lines, body, body_line = _split(path)
    text = "\n".join(line for line in header_lines if line.strip() != "---")
    try:
        header = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 1 + _offset(header_lines)) if mark else 1
        raise QueryError(f"{shown}:{line}: malformed header: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(header, dict):
        raise QueryError(f"{shown}:1: the header must be a YAML mapping in comment lines")
    for key in REQUIRED:
        if key not in header:
            raise QueryError(f"{shown}:1: header lacks {key!r}")
    for key in header:
        if key not in ALLOWED:
            raise QueryError(f"{shown}:{_line_of(header_lines, key)}: unknown header key {key!r} "
                             f"(allowed: {', '.join(ALLOWED)})")
    columns = header["columns"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise QueryError(f"{shown}:{_line_of(header_lines, 'columns')}: columns must be a list of names")
    params = _params(header.get("params") or {}, shown, header_lines)
    used = {m.group(1): body.count("\n", 0, m.start()) + body_line for m in _PARAM.finditer(_code(body, path))}
    for name, line in used.items():
        if name not in params:
            raise QueryError(f"{shown}:{line}: parameter ${name} is not declared under params in the header")
    for name in params:
        if name not in used:
            raise QueryError(f"{shown}:{_line_of(header_lines, name)}: parameter {name!r} is declared but "
                             "not used in the query")
    dialect = "sparql" if path.suffix == ".rq" else "cypher"
    if dialect == "sparql":
        code = _code(body, path)
        for name in params:
            m = re.search(rf"\?{name}\b", code)
            if m:
                line = code.count("\n", 0, m.start()) + body_line
                raise QueryError(f"{shown}:{line}: ?{name} is the parameter ${name} (SPARQL treats them as one "
                                 "variable): rename one of them")
    found, line = (select_columns if dialect == "sparql" else return_columns)(body, body_line)
    if found != columns:
        raise QueryError(f"{shown}:{line}: the query returns {found} but the header declares columns {columns}")
    return Question(path.stem, path, dialect, str(header["title"]), str(header["question"]).strip(),
                    str(header.get("description") or "").strip(), columns, params, body, body_line, header)


def _offset(header_lines: list[str]) -> int:
    return 1 if header_lines and header_lines[0].strip() == "---" else 0


def _line_of(header_lines: list[str], key: str) -> int:
    for i, line in enumerate(header_lines):
        if re.match(rf"\s*{re.escape(key)}\s*:", line):
            return i + 1
    return 1


def _params(raw: Any, shown: str, header_lines: list[str]) -> dict[str, Param]:
    if not isinstance(raw, dict):
        raise QueryError(f"{shown}:{_line_of(header_lines, 'params')}: params must be a mapping name → spec")
    out = {}
    for name, spec in raw.items():
        line = _line_of(header_lines, name)
        if not isinstance(spec, dict) or spec.get("type") not in PARAM_TYPES:
            raise QueryError(f"{shown}:{line}: parameter {name!r} needs a type, one of {', '.join(PARAM_TYPES)}")
        default = spec.get("default")
        if isinstance(default, date):
            default = default.isoformat()
        out[name] = Param(name, spec["type"], default, str(spec.get("description") or ""), spec.get("class"))
    return out


def _code(body: str, path: Path) -> str:
    """The body without comments and strings, so `$x` inside them is not taken for a parameter."""
    if path.suffix == ".rq":
        from .sparql import code_only

        return code_only(body)
    no_strings = re.sub(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", lambda m: " " * len(m.group(0)), body)
    return re.sub(r"//[^\n]*", "", no_strings)


def select_columns(body: str, first_line: int) -> tuple[list[str], int]:
    from .sparql import code_only

    code = code_only(body)
    m = re.search(r"\bSELECT\b(.*?)(\bWHERE\b|\{)", code, re.I | re.S)
    if not m:
        raise QueryError(f"no SELECT clause found (line {first_line})")
    line = code.count("\n", 0, m.start()) + first_line
    clause = re.sub(r"^\s*(DISTINCT|REDUCED)\b", "", m.group(1), flags=re.I)
    cols, depth, expr_vars = [], 0, []
    for tok in re.finditer(r"\(|\)|\bAS\s+[?$](\w+)|[?$](\w+)", clause, re.I):
        t = tok.group(0)
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif tok.group(1) and depth == 1:
            cols.append(tok.group(1))
        elif tok.group(2) and depth == 0:
            cols.append(tok.group(2))
        else:
            expr_vars.append(t)
    return cols, line


def return_columns(body: str, first_line: int) -> tuple[list[str], int]:
    code = _code(body, Path("x.cypher"))
    matches = list(re.finditer(r"\bRETURN\b(\s+DISTINCT\b)?", code, re.I))
    if not matches:
        raise QueryError(f"no RETURN clause found (line {first_line})")
    m = matches[-1]
    line = code.count("\n", 0, m.start()) + first_line
    rest = code[m.end():]
    rest = re.split(r"\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b", rest, maxsplit=1, flags=re.I)[0]
    items, depth, cur = [], 0, ""
    for ch in rest:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    cols = []
    for item in items:
        am = re.search(r"\bAS\s+`?(\w+)`?\s*$", item.strip(), re.I)
        cols.append(am.group(1) if am else item.strip().split(".")[-1])
    return cols, line


def discover(folder: Path | None = None) -> dict[str, dict[str, Path]]:
    """name → {dialect: path} for every question file."""
    base = folder or queries_dir()
    out: dict[str, dict[str, Path]] = {}
    for path in sorted(base.glob("*.rq")) + sorted(base.glob("*.cypher")):
        out.setdefault(path.stem, {})["sparql" if path.suffix == ".rq" else "cypher"] = path
    return out


def load(name: str, dialect: str = "sparql", folder: Path | None = None) -> Question:
    files = discover(folder)
    if name not in files:
        import difflib

        close = difflib.get_close_matches(name, list(files), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `aikg questions` lists them"
        raise NotFound(f"no question named {name!r}{hint}")
    if dialect not in files[name]:
        raise NotFound(f"question {name!r} has no {dialect} version")
    return parse_cached(files[name][dialect])


def parse_cached(path: Path) -> Question:
    """`parse`, remembered in the build folder by file size and mtime.

    A cold `aikg ask` spends ~45 ms importing a YAML parser and checking the file; a question file that has
    not changed since it was last parsed (and checked) is read back from JSON instead.
    """
    import json

    from .jsonfile import write_json
    from .paths import build_dir

    st = path.stat()
    key = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    cache_file = build_dir() / "questions-cache.json"
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    hit = cache.get(key)
    if isinstance(hit, dict):
        try:
            params = {k: Param(**v) for k, v in hit.pop("params").items()}
            return Question(path=path, params=params, **hit)
        except (TypeError, KeyError):
            pass
    q = parse(path)
    cache = {k: v for k, v in cache.items() if not k.startswith(f"{path.resolve()}|")}
    cache[key] = {
        "name": q.name, "dialect": q.dialect, "title": q.title, "question": q.question,
        "description": q.description, "columns": q.columns, "body": q.body, "body_line": q.body_line,
        "header": q.header, "params": {k: vars(p) for k, p in q.params.items()},
    }
    write_json(cache_file, cache, best_effort=True, default=str)
    return q
