"""RDF exports: N-Triples, Turtle and JSON-LD, all from the one RDF mapping the build uses (`aikg.rdf`).

N-Triples is `rdf.to_ntriples` of the selection, so a whole-graph export holds exactly the build's triples
(the statement-node pattern: direct triples for established statements, an `aikg:Statement` node with the
qualifiers and `prov:wasDerivedFrom` sources for every statement; sources are `aikg:Source` nodes). Turtle is
the same triples re-serialized by Oxigraph with the ontology's prefixes.

JSON-LD embeds the generated context (`ontology/generated/aikg.context.jsonld`, inlined so the file needs no
network) and uses its terms: a property is written with the context's term when the term's type coercion fits
the value (`"tpp": "4800.0"` where the term says `xsd:float`, `"designed_by": "https://w3id.org/aikg/id/..."`
where it says `@id`), and with its full IRI and an explicit value object otherwise. Written by hand rather than
by rdflib's serializer, which took seconds on the curated graph; the tests parse it back with rdflib and
pyoxigraph and compare it triple for triple with the N-Triples.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..rdf import to_ntriples
from ..validate import Dataset

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def context_path() -> Path:
    from ..paths import project_root

    return project_root() / "ontology" / "generated" / "aikg.context.jsonld"


@cache
def generated_context() -> dict[str, Any]:
    ctx: dict[str, Any] = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    return ctx


def prefixes(ctx: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in ctx.items() if isinstance(v, str) and "://" in v and not k.startswith("@")}


def _expand(value: str, ctx: dict[str, Any], pfx: dict[str, str]) -> str:
    if value.startswith("@") or "://" in value:
        return value
    if ":" in value:
        p, local = value.split(":", 1)
        if p in pfx:
            return pfx[p] + local
    return str(ctx.get("@vocab", "")) + value


def term_index(ctx: dict[str, Any]) -> dict[tuple[str, str | None], str]:
    """(property IRI, coercion: "@id", a datatype IRI, or None for plain strings) → the context's term."""
    pfx = prefixes(ctx)
    out: dict[tuple[str, str | None], str] = {}
    for term, spec in sorted(ctx.items()):
        if term.startswith("@") or not isinstance(spec, dict) or "@id" not in spec or "@container" in spec:
            continue
        coercion = spec.get("@type")
        key = (_expand(spec["@id"], ctx, pfx), None if coercion is None else _expand(coercion, ctx, pfx))
        out.setdefault(key, term)
    return out


def _triples(nt: str) -> Any:
    from pyoxigraph import RdfFormat, parse

    return parse(nt.encode(), format=RdfFormat.N_TRIPLES)


def jsonld_document(nt: str) -> dict[str, Any]:
    """N-Triples text as a JSON-LD document that uses the generated context's terms."""
    from pyoxigraph import Literal, NamedNode

    ctx = generated_context()
    terms = term_index(ctx)
    nodes: dict[str, dict[str, Any]] = {}
    for t in _triples(nt):
        s, p, o = t.subject.value, t.predicate.value, t.object
        node = nodes.setdefault(s, {"@id": s})
        if p == RDF_TYPE and isinstance(o, NamedNode):
            node.setdefault("@type", []).append(o.value)
            continue
        if isinstance(o, NamedNode):
            term = terms.get((p, "@id"))
            key, value = (term, o.value) if term else (terms.get((p, None)) or p, {"@id": o.value})
        elif isinstance(o, Literal):
            dt = o.datatype.value if o.datatype is not None else XSD_STRING
            if o.language:
                key, value = p, {"@value": o.value, "@language": o.language}
            elif dt == XSD_STRING and (p, None) in terms:
                key, value = terms[(p, None)], o.value
            elif dt != XSD_STRING and (p, dt) in terms:
                key, value = terms[(p, dt)], o.value
            else:
                key, value = p, {"@value": o.value, "@type": dt}
        else:  # a blank node: aikg writes none, but keep it rather than lose it
            key, value = p, {"@id": str(o)}
        node.setdefault(key, []).append(value)
    graph = [{k: (v[0] if isinstance(v, list) and len(v) == 1 and k != "@type" else v) for k, v in n.items()}
             for n in nodes.values()]
    return {"@context": ctx, "@graph": graph}


def write_ntriples(data: Dataset, meta: Any, path: Path) -> None:
    path.write_text(to_ntriples(data), encoding="utf-8")


def write_turtle(data: Dataset, meta: Any, path: Path) -> None:
    from pyoxigraph import RdfFormat, serialize

    pfx = prefixes(generated_context())
    serialize(_triples(to_ntriples(data)), str(path), format=RdfFormat.TURTLE,
              prefixes={k: v for k, v in pfx.items() if k != "linkml"})


def write_jsonld(data: Dataset, meta: Any, path: Path) -> None:
    path.write_text(json.dumps(jsonld_document(to_ntriples(data)), ensure_ascii=False, indent=1),
                    encoding="utf-8")
