"""Records → RDF, in the pattern of Wikidata's RDF dump.

Each statement becomes a statement node (`aikg:Statement` with rdf:subject / rdf:predicate / rdf:object, its
qualifiers and `prov:wasDerivedFrom` its sources) and, when it is established (confirmed, reported or
inferred — the analogue of Wikidata's "truthy" triples), also the direct triple `subject predicate object`,
so that simple questions need simple patterns while forecasts and allegations never pass for facts.
As in Wikidata, the node also hangs from its subject by `p:<relation>` and points to its object by
`ps:<relation>`: a query that starts from a hub ("the GB200's hosting statements") reads one index entry
per answer, where `rdf:object` + `rdf:predicate` read every statement about the hub (1,000x at 100k).
Output is N-Triples text, which Oxigraph bulk-loads fast and rdflib parses for SHACL and exports.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any, TextIO

from .records import Entity, Source, Statement
from .schema import ID_NS, NS, P_NS, PROV_DERIVED, PS_NS, RDF_TYPE, STMT_NS, Schema, load_schema

if TYPE_CHECKING:  # validate pulls difflib and the schema checks; questions that bind an id need neither
    from .validate import Dataset

TRUTHY = frozenset({"confirmed", "reported", "inferred"})
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(entity_id: str) -> str:
    return ID_NS + entity_id


def stmt_iri(statement_id: str) -> str:
    return STMT_NS + statement_id


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t"))


def literal(value: Any, datatype: str | None) -> str:
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, date):
        return f'"{value.isoformat()}"^^<{XSD}date>'
    text = _escape(str(value))
    if datatype and datatype != XSD + "string":
        if datatype == XSD + "float":
            text = repr(float(value))
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def _value(value: Any, spec: dict[str, Any]) -> str:
    """A property value as an RDF term: URLs (range uri) are IRIs, everything else a typed literal."""
    if spec.get("range") == "uri":
        return f"<{value}>"
    return literal(value, spec.get("datatype"))


def _t(s: str, p: str, o: str) -> str:
    return f"<{s}> <{p}> {o} .\n"


def entity_triples(e: Entity, schema: Schema) -> Iterator[str]:
    node = iri(e.id)
    for cls in schema.types_of(e.type, e.roles):
        yield _t(node, RDF_TYPE, f"<{schema.class_uri(cls)}>")
    props = schema.classes[e.type]["properties"]
    for key, value in e.props.items():
        spec = props[key]
        for v in value if isinstance(value, list) else [value]:
            yield _t(node, spec["uri"], _value(v, spec))
    for sid in e.sources:
        yield _t(node, PROV_DERIVED, f"<{iri(sid)}>")


def source_triples(s: Source, schema: Schema) -> Iterator[str]:
    node = iri(s.id)
    yield _t(node, RDF_TYPE, f"<{schema.class_uri('Source')}>")
    props = schema.classes["Source"]["properties"]
    for key, value in s.fields.items():
        yield _t(node, props[key]["uri"], _value(value, props[key]))


def statement_triples(st: Statement, schema: Schema) -> Iterator[str]:
    pred = schema.relation_uri(st.predicate)
    subj, obj = iri(st.subject), iri(st.object)
    if st.status in TRUTHY:
        yield _t(subj, pred, f"<{obj}>")
    node = stmt_iri(st.id)
    yield _t(node, RDF_TYPE, f"<{schema.class_uri('Statement')}>")
    yield _t(node, RDF + "subject", f"<{subj}>")
    yield _t(node, RDF + "predicate", f"<{pred}>")
    yield _t(node, RDF + "object", f"<{obj}>")
    yield _t(subj, P_NS + st.predicate, f"<{node}>")
    yield _t(node, PS_NS + st.predicate, f"<{obj}>")
    yield _t(node, NS + "status", literal(st.status, None))
    props = schema.classes["Statement"]["properties"]
    for key, value in st.qualifiers.items():
        spec = props[key]
        for v in value if isinstance(value, list) else [value]:
            if "class" in spec:
                yield _t(node, spec["uri"], f"<{iri(v)}>")
            else:
                yield _t(node, spec["uri"], literal(v, spec.get("datatype")))
    for sid in st.sources:
        yield _t(node, PROV_DERIVED, f"<{iri(sid)}>")


def triples(data: Dataset, schema: Schema | None = None) -> Iterator[str]:
    """Every N-Triples line of the dataset: sources, entities, then statements."""
    schema = schema or load_schema()
    for s in data.sources.values():
        yield from source_triples(s, schema)
    for e in data.entities.values():
        yield from entity_triples(e, schema)
    for st in data.statements:
        yield from statement_triples(st, schema)


def to_ntriples(data: Dataset, schema: Schema | None = None) -> str:
    return "".join(triples(data, schema))


def write_ntriples(data: Dataset, fh: TextIO, schema: Schema | None = None, batch: int = 50_000) -> int:
    """Write the N-Triples to `fh` in batches, never the whole text in memory (at 100k statements that text
    and its encoded copy were 1.4 GB of a build's peak); returns the number of triples."""
    count = 0
    lines = triples(data, schema)
    for chunk in iter(lambda: list(islice(lines, batch)), []):
        fh.write("".join(chunk))
        count += len(chunk)
    return count
