"""`aikg validate`: loaders, schema and pydantic checks, reference integrity, SHACL and (with --strict) the
editorial rules, collected into one report."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .errors import Problem
from .paths import project_root
from .schema import ID_NS, STMT_NS

BRIEF = "src/brief"
CHECKABLE = ("confirmed", "reported")


def validation_report(strict: bool = False, shacl: bool = True) -> list[Problem]:
    from .build import check, derive

    data, problems = check()
    if any(p.severity == "error" for p in problems):
        return problems
    if strict:
        problems += strict_problems(data)
    if shacl:
        problems += shacl_problems(derive(data))
    return problems


def strict_problems(data: Any) -> list[Problem]:
    out = []
    for st in data.statements:
        if st.sources == [BRIEF] and st.status in CHECKABLE and not st.qualifiers.get("claimed_by"):
            out.append(Problem("error", st.origin.file, st.origin.line, f"{st.subject} {st.predicate} {st.object}",
                               f"a {st.status} fact whose only source is the founding brief",
                               "cite an independent source, or mark it as the brief's view (reported with "
                               "claimed_by, forecast or unclear)"))
    linked: Counter[str] = Counter()
    for st in data.statements:
        linked[st.subject] += 1
        linked[st.object] += 1
    for e in data.entities.values():
        if not linked[e.id] and e.type not in ("Country", "CountryGroup"):
            out.append(Problem("error", e.origin.file, e.origin.line, e.id, "dangling entity: no statement "
                               "links it to the graph", "add at least one sourced statement, or remove it"))
    seen: dict[tuple[str, str], str] = {}
    for e in data.entities.values():
        key = (e.type, e.name.strip().lower())
        if key in seen:
            out.append(Problem("error", e.origin.file, e.origin.line, e.id,
                               f"duplicate entity: same type and name as {seen[key]}",
                               "merge them into one id, or make the names say how they differ"))
        else:
            seen[key] = e.id
    return out


def shacl_problems(data: Any) -> list[Problem]:
    """Run the generated SHACL shapes over the RDF the build would write (needs pyshacl, a dev tool)."""
    try:
        import pyshacl
        import rdflib
    except ImportError:
        return [Problem("warning", "ontology/generated/aikg.shacl.ttl", None, None,
                        "pyshacl is not installed: SHACL check skipped", "pip install -e '.[dev]'")]
    from .rdf import to_ntriples

    graph = rdflib.Graph().parse(data=to_ntriples(data), format="nt")
    shapes = rdflib.Graph().parse(project_root() / "ontology/generated/aikg.shacl.ttl", format="turtle")
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    origins = {e.id: e.origin for e in data.entities.values()}
    origins.update({s.id: s.origin for s in data.sources.values()})
    stmt_origins = {st.id: st.origin for st in data.statements}
    out = []
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = str(results.value(r, sh.focusNode))
        path = results.value(r, sh.resultPath)
        msg = str(results.value(r, sh.resultMessage))
        rid = focus.removeprefix(ID_NS).removeprefix(STMT_NS)
        origin = origins.get(rid) or stmt_origins.get(rid)
        out.append(Problem("error", origin.file if origin else "(generated RDF)", origin.line if origin else None,
                           rid, f"SHACL: {path}: {msg}", "fix the value so it fits the schema"))
    return out
