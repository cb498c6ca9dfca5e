"""Neo4j bulk import: CSV files for `neo4j-admin database import full`, with header files and the command.

The graph model is `aikg neo4j push`'s, built by the same functions (`neo4jpush.node_rows` / `rel_rows`):
entities are nodes labelled `Entity` plus their class, roles and ancestors (an organization can be `Lab` and
`CloudProvider` at once); sources are `Source` nodes; each statement is a relationship typed UPPER_SNAKE of
its predicate, with `id`, `status`, `inferred`, the qualifiers (dates as Neo4j dates) and `sources` (a list of
Source ids — a relationship cannot point at a node). Every node also gets `_gen` and the folder holds the
`(:AikgMeta {key: 'aikg'})` pointer to that generation, so after the import `aikg ask --backend neo4j` and
`aikg cypher` answer at once, exactly as after a push (its hash is `export-<build>`, so a later `aikg neo4j
push` replaces the imported graph instead of skipping it).

Files: `nodes-<Type>.header.csv` + `nodes-<Type>.csv` per entity class (`id:ID`, `:LABEL` with every label
joined by `;`, typed columns such as `tpp:float`, `release_date:date`, `aliases:string[]`), the same for
`Source` and `AikgMeta`, `relationships.header.csv` + `relationships.csv` (`:START_ID`, `:END_ID`, `:TYPE`,
typed qualifier columns), `import.sh` (the exact command, run from inside the folder), `constraints.cypher`
(the indexes `aikg neo4j push` creates) and `README.md`.
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from ..validate import Dataset

ARRAY_DELIMITERS = ("|", "¦", "\u001f")
NEO4J_TYPES = {"float": "float", "integer": "long", "boolean": "boolean", "date": "date"}
DATABASE = "neo4j"


def _column_types(schema: Any) -> dict[str, str]:
    """Property name → Neo4j CSV type, from the schema (the same name has one range in every class)."""
    out: dict[str, str] = {"sources": "string[]", "roles": "string[]", "inferred": "boolean"}
    for cls in schema.classes.values():
        for key, spec in cls["properties"].items():
            if key in out:
                continue
            base = NEO4J_TYPES.get(spec.get("range", ""), "string")
            out[key] = base + ("[]" if spec.get("multivalued") else "")
    return out


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_cell(v, delimiter) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _delimiter(rows: list[dict[str, Any]]) -> str:
    """An array delimiter that occurs in no list element."""
    items = {str(v) for r in rows for value in r.values() if isinstance(value, list) for v in value}
    for d in ARRAY_DELIMITERS:
        if not any(d in i for i in items):
            return d
    raise ValueError("every candidate array delimiter occurs in the data")


def _write(folder: Path, stem: str, header: list[str], rows: list[list[str]]) -> list[str]:
    with open(folder / f"{stem}.header.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerow(header)
    with open(folder / f"{stem}.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return [f"{stem}.header.csv", f"{stem}.csv"]


def write_neo4j(data: Dataset, meta: Any, folder: Path) -> None:
    from ..backends.neo4jpush import MODEL_VERSION, _constraints, node_rows, rel_rows
    from ..build import dump_records
    from ..schema import load_schema

    schema = load_schema()
    types = _column_types(schema)
    records = dump_records(data)
    nodes = node_rows(records, schema)
    rels = rel_rows(records, schema)
    gen = f"export-{getattr(meta, 'build', None) or 'unknown'}"
    every = [r["props"] for group in nodes.values() for r in group]
    every += [r["props"] for group in rels.values() for r in group]
    delim = _delimiter(every)

    by_file: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = defaultdict(list)
    for labels, group in nodes.items():
        for r in group:
            by_file["Source" if labels == ("Source",) else r["props"]["type"]].append((labels, r))
    node_files: list[list[str]] = []
    n_nodes = 0
    for stem in sorted(by_file):
        members = by_file[stem]
        keys = list(dict.fromkeys(k for _, r in members for k in r["props"]))
        header = ["id:ID", ":LABEL", *[f"{k}:{types.get(k, 'string')}" for k in keys], "_gen"]
        rows = [[r["id"], delim.join(ls), *[_cell(r["props"].get(k), delim) for k in keys], gen]
                for ls, r in members]
        node_files.append(_write(folder, f"nodes-{stem}", header, rows))
        n_nodes += len(rows)
    flat = [(typ, r) for typ, rgroup in sorted(rels.items()) for r in rgroup]
    keys = list(dict.fromkeys(k for _, r in flat for k in r["props"]))
    header = [":START_ID", ":END_ID", ":TYPE", *[f"{k}:{types.get(k, 'string')}" for k in keys]]
    rel_files = [_write(folder, "relationships", header,
                        [[r["s"], r["o"], typ, *[_cell(r["props"].get(k), delim) for k in keys]] for typ, r in flat])]
    node_files.append(_write(folder, "nodes-AikgMeta",
                             [":ID", ":LABEL", "key", "current", "hash", "model", "nodes:long", "relationships:long"],
                             [["aikg-meta", "AikgMeta", "aikg", gen, gen, MODEL_VERSION, str(n_nodes),
                               str(len(flat))]]))
    command = import_command(node_files, rel_files, delim)
    (folder / "import.sh").write_text("#!/bin/sh\n# Run from this folder, with the Neo4j server stopped "
                                      "(5.26 or newer).\ncd \"$(dirname \"$0\")\" || exit 1\n" + command + "\n",
                                      encoding="utf-8")
    (folder / "import.sh").chmod(0o755)
    every_label = sorted({label for ls in nodes for label in ls})
    (folder / "constraints.cypher").write_text(";\n".join(_constraints(every_label)) + ";\n", encoding="utf-8")
    (folder / "README.md").write_text(_readme(meta, command, n_nodes, len(flat)), encoding="utf-8")


def import_command(node_files: list[list[str]], rel_files: list[list[str]], delimiter: str,
                   database: str = DATABASE) -> str:
    # the database first: after --nodes/--relationships (which take several values) it would read as a file
    parts = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination=true",
             f"--array-delimiter={delimiter}", "--multiline-fields=true"]
    parts += [f"--nodes={','.join(f)}" for f in node_files]
    parts += [f"--relationships={','.join(f)}" for f in rel_files]
    return " \\\n  ".join(shlex.quote(p) for p in parts)


def _readme(meta: Any, command: str, nodes: int, rels: int) -> str:
    title = getattr(meta, "title", "aikg graph")
    return f"""# {title}: a Neo4j bulk import

{nodes} nodes and {rels} relationships from aikg build {getattr(meta, 'build', None)}, written by
`aikg export neo4j`. With the Neo4j server stopped (5.26 or newer), from this folder:

```
{command}
```

(or `sh import.sh`). It replaces the database `{DATABASE}`; add `--database`-specific settings as your
installation needs. Then start the server, optionally run `constraints.cypher` (the indexes `aikg neo4j push`
creates), and ask: `aikg ask offshore-gb200-access --backend neo4j`.

The model is `aikg neo4j push`'s: entities are `Entity` nodes with their class, roles and ancestors as labels;
sources are `Source` nodes; statements are relationships with `id`, `status`, `inferred`, their qualifiers and
`sources` (Source ids).
"""
