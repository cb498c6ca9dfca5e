"""Regenerate every artifact derived from ontology/aikg.yaml (dev-time only: needs linkml), and the command
line's description derived from src/aikg/cli.py.

`python scripts/generate.py` writes the files; `--check` regenerates into a temporary folder and exits 1
if any committed file differs, which is how CI catches a stale artifact.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "ontology" / "aikg.yaml"

# artifact path (relative to ROOT) -> linkml generator command
GENERATORS = {
    "ontology/generated/aikg.owl.ttl": ["gen-owl", "--no-metadata", "--no-type-objects", "--no-metaclasses"],
    "ontology/generated/aikg.shacl.ttl": ["gen-shacl", "--no-metadata"],
    "ontology/generated/aikg.context.jsonld": ["gen-jsonld-context", "--no-metadata"],
    "src/aikg/model.py": ["gen-pydantic", "--no-metadata"],
}
INDEX = "src/aikg/schema.json"
CLISPEC = "src/aikg/_clispec.py"  # the command line as aikg.launch reads it (from aikg.cli, not the schema)

XSD = "http://www.w3.org/2001/XMLSchema#"
DATATYPES = {
    "string": None, "uriorcurie": XSD + "anyURI", "uri": XSD + "anyURI", "float": XSD + "float",
    "double": XSD + "double", "integer": XSD + "integer", "boolean": XSD + "boolean", "date": XSD + "date",
    "decimal": XSD + "decimal",
}


def run_generator(cmd: list[str]) -> str:
    exe = Path(sys.executable).parent / cmd[0]
    # a relative schema path and cwd=ROOT: generated files must not embed this checkout's absolute path
    out = subprocess.run([str(exe), *cmd[1:], str(SCHEMA.relative_to(ROOT))], capture_output=True, text=True,
                         check=False, cwd=ROOT)
    if out.returncode != 0:
        sys.exit(f"{cmd[0]} failed:\n{out.stderr[-3000:]}")
    return out.stdout


def schema_index() -> str:
    """The compact runtime view of the schema: what the loader, validator and RDF writer need."""
    from linkml_runtime.utils.schemaview import SchemaView

    sv = SchemaView(str(SCHEMA))
    relation_names = set(sv.slot_descendants("related_to", reflexive=False))
    classes = {}
    for name in sorted(sv.all_classes()):
        c = sv.get_class(name)
        props, rels = {}, []
        for s in sv.class_induced_slots(name):
            if s.name in relation_names:
                rels.append(s.name)
                continue
            rng = s.range or "string"
            entry = {"range": rng, "multivalued": bool(s.multivalued), "required": bool(s.required),
                     "uri": sv.get_uri(s, expand=True)}
            if rng in sv.all_enums():
                entry["enum"] = rng
            elif rng in sv.all_classes():
                entry["class"] = rng
            else:
                entry["datatype"] = DATATYPES.get(rng)
            for bound in ("minimum_value", "maximum_value", "pattern"):
                if getattr(s, bound) is not None:
                    entry[bound] = getattr(s, bound)
            props[s.name] = entry
        classes[name] = {
            "uri": sv.get_uri(c, expand=True),
            "abstract": bool(c.abstract),
            "ancestors": [a for a in sv.class_ancestors(name) if a != name],
            "properties": props,
            "relations": sorted(rels),
            "description": (c.description or "").strip(),
        }
    relations = {}
    for name in sorted(relation_names):
        s = sv.induced_slot(name)
        relations[name] = {
            "uri": sv.get_uri(s, expand=True),
            "range": s.range,
            "domains": sorted(c for c in classes if name in classes[c]["relations"] and not classes[c]["abstract"]),
            "description": (s.description or "").strip(),
        }
    enums = {e: sorted(sv.get_enum(e).permissible_values) for e in sorted(sv.all_enums())}
    roles = sorted(sv.get_enum("OrganizationRoleEnum").permissible_values)
    index = {
        "namespace": "https://w3id.org/aikg/",
        "classes": classes,
        "relations": relations,
        "enums": enums,
        "organization_roles": roles,
    }
    return json.dumps(index, indent=1, sort_keys=True) + "\n"


def render_all() -> dict[str, str]:
    files = {path: run_generator(cmd) for path, cmd in GENERATORS.items()}
    files[INDEX] = schema_index()
    shacl = "ontology/generated/aikg.shacl.ttl"
    files[shacl] += index_properties(files[shacl], json.loads(files[INDEX]))
    files[CLISPEC] = cli_spec()
    return files


def index_properties(shacl: str, index: dict) -> str:
    """Turtle that lets every closed shape hold the per-relation index properties the RDF writer adds
    (src/aikg/rdf.py: Wikidata's `subject p:R statement` and `statement ps:R object`): one shared list,
    given to each closed shape as a second sh:ignoredProperties value, which SHACL unions with the first."""
    import rdflib

    from aikg.schema import P_NS, PS_NS

    props = [f"<{ns}{name}>" for ns in (P_NS, PS_NS) for name in sorted(index["relations"])]
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    graph = rdflib.Graph().parse(data=shacl, format="turtle")
    shapes = sorted(f"<{s}>" for s in graph.subjects(sh.closed, rdflib.Literal(True)))
    out = ["", "# the per-relation index properties (scripts/generate.py: index_properties)"]
    for shape in shapes:
        out.append(f"{shape} sh:ignoredProperties _:aikgIndexProperties .")
    for i, prop in enumerate(props):
        node = "_:aikgIndexProperties" if i == 0 else f"_:aikgIndex{i}"
        rest = f"_:aikgIndex{i + 1}" if i + 1 < len(props) else "rdf:nil"
        out.append(f"{node} rdf:first {prop} ; rdf:rest {rest} .")
    return "\n".join(out) + "\n"


def cli_spec() -> str:
    from aikg import clispec

    return clispec.render()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a committed artifact is stale")
    args = parser.parse_args()
    files = render_all()
    stale = []
    for rel, text in files.items():
        target = ROOT / rel
        current = target.read_text() if target.exists() else ""
        if args.check:
            if current != text:
                diff = list(difflib.unified_diff(current.splitlines(), text.splitlines(), rel, rel + " (fresh)",
                                                 lineterm="", n=1))
                stale.append(f"{rel} is stale:\n" + "\n".join(diff[:20]))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
    if stale:
        print("\n".join(stale), file=sys.stderr)
        print("run `make generate` and commit the result", file=sys.stderr)
        return 1
    print("generated files are current" if args.check else f"wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
