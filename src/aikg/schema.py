"""The runtime view of the schema: `schema.json`, generated from `ontology/aikg.yaml` by `make generate`.

The runtime never imports linkml; it reads this compact index (classes with their properties and
relations, relation ranges, enums) to validate records and to write RDF.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

NS = "https://w3id.org/aikg/"
ID_NS = NS + "id/"
DEFAULT_GRAPH = NS + "graph"  # the named graph aikg uploads to (and queries on) SPARQL endpoints
STMT_NS = NS + "stmt/"
# Wikidata's p: / ps: pattern, one property per relation: `subject p:R statement` and `statement ps:R object`,
# so that "the hosting statements of the GB200" is one index lookup, not every statement about the GB200
P_NS = NS + "p/"
PS_NS = NS + "ps/"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

ID_PREFIXES = {
    "org": "Organization", "person": "Person", "model": "AIModel", "chip": "Chip", "arch": "ChipArchitecture",
    "dc": "DataCenter", "country": "Country", "group": "CountryGroup", "policy": "Policy", "event": "Event",
    "input": "SupplyChainInput",
}


@dataclass(frozen=True)
class Schema:
    raw: dict[str, Any] = field(repr=False)

    @property
    def classes(self) -> dict[str, Any]:
        return self.raw["classes"]

    @property
    def relations(self) -> dict[str, Any]:
        return self.raw["relations"]

    @property
    def enums(self) -> dict[str, list[str]]:
        return self.raw["enums"]

    @property
    def roles(self) -> list[str]:
        return self.raw["organization_roles"]

    def concrete_entity_classes(self) -> list[str]:
        return sorted(
            c for c, v in self.classes.items()
            if not v["abstract"] and "Entity" in v["ancestors"] and c not in self.roles
        )

    def is_a(self, cls: str, ancestor: str) -> bool:
        return cls == ancestor or ancestor in self.classes.get(cls, {}).get("ancestors", ())

    def types_of(self, cls: str, roles: list[str] | tuple[str, ...] = ()) -> list[str]:
        """The class, its role subclasses and all ancestors: what an entity is typed as in RDF and Neo4j."""
        names = [cls, *roles, *self.classes[cls]["ancestors"]]
        return list(dict.fromkeys(names))

    def class_uri(self, cls: str) -> str:
        return self.classes[cls]["uri"]

    def relation_uri(self, name: str) -> str:
        return self.relations[name]["uri"]

    def property(self, cls: str, name: str) -> dict[str, Any] | None:
        return self.classes[cls]["properties"].get(name)


@cache
def load_schema() -> Schema:
    return Schema(json.loads((Path(__file__).parent / "schema.json").read_text()))
