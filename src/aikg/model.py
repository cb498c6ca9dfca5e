from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'default_prefix': 'aikg',
     'default_range': 'string',
     'description': 'The one schema of aikg. Entities (organizations, models, '
                    'chips, data centers, countries, policies, events, sources) '
                    'carry typed properties; every relation between them is a '
                    'Statement with time, status, confidence, quantity and at '
                    'least one Source. `make generate` turns this file into OWL, '
                    'SHACL, a JSON-LD context, the pydantic model and the runtime '
                    'schema index.',
     'id': 'https://w3id.org/aikg/',
     'imports': ['linkml:types'],
     'license': 'Apache-2.0',
     'name': 'aikg',
     'prefixes': {'aikg': {'prefix_prefix': 'aikg',
                           'prefix_reference': 'https://w3id.org/aikg/'},
                  'dcterms': {'prefix_prefix': 'dcterms',
                              'prefix_reference': 'http://purl.org/dc/terms/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'prov': {'prefix_prefix': 'prov',
                           'prefix_reference': 'http://www.w3.org/ns/prov#'},
                  'rdf': {'prefix_prefix': 'rdf',
                          'prefix_reference': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'},
                  'rdfs': {'prefix_prefix': 'rdfs',
                           'prefix_reference': 'http://www.w3.org/2000/01/rdf-schema#'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'skos': {'prefix_prefix': 'skos',
                           'prefix_reference': 'http://www.w3.org/2004/02/skos/core#'},
                  'wd': {'prefix_prefix': 'wd',
                         'prefix_reference': 'http://www.wikidata.org/entity/'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'source_file': 'ontology/aikg.yaml',
     'title': 'aikg — a knowledge graph of the AI supply chain'} )

class StatusEnum(str, Enum):
    """
    How well a statement is established. A forecast is not a fact.
    """
    confirmed = "confirmed"
    """
    Stated by a primary or authoritative source (the issuer, the company, a court filing, an official register).
    """
    reported = "reported"
    """
    Reported by credible media or analysts, not confirmed by the parties.
    """
    alleged = "alleged"
    """
    Asserted by a party (prosecutors, a report) and contested or unproven.
    """
    forecast = "forecast"
    """
    A prediction or expectation about the future.
    """
    unclear = "unclear"
    """
    The sources say it is uncertain or unknown.
    """
    inferred = "inferred"
    """
    Derived by aikg's evaluator from rules and other statements.
    """


class OrganizationRoleEnum(str, Enum):
    """
    Roles an organization can hold at once; each role is also an OWL subclass of Organization.
    """
    Lab = "Lab"
    """
    Develops AI models.
    """
    ChipDesigner = "ChipDesigner"
    """
    Designs AI accelerators.
    """
    Foundry = "Foundry"
    """
    Fabricates chips.
    """
    MemoryMaker = "MemoryMaker"
    """
    Makes memory (HBM, DRAM).
    """
    EquipmentMaker = "EquipmentMaker"
    """
    Makes semiconductor manufacturing equipment.
    """
    PackagingProvider = "PackagingProvider"
    """
    Advanced packaging (e.g. CoWoS) or OSAT.
    """
    ServerMaker = "ServerMaker"
    """
    Builds servers and systems around accelerators.
    """
    CloudProvider = "CloudProvider"
    """
    Rents compute to others.
    """
    DataCenterOperator = "DataCenterOperator"
    """
    Operates data centers.
    """
    GovernmentBody = "GovernmentBody"
    """
    A government department, agency or court.
    """
    Publisher = "Publisher"
    """
    Publishes news, reports or data used as sources.
    """
    Investor = "Investor"
    """
    Invests in AI companies or infrastructure.
    """
    Company = "Company"
    """
    Any other company.
    """


class OpenWeightsPracticeEnum(str, Enum):
    open = "open"
    """
    Releases its flagship models with open weights.
    """
    mixed = "mixed"
    """
    Releases some models with open weights.
    """
    closed = "closed"
    """
    Does not release weights of its flagship models.
    """
    unknown = "unknown"


class DataCenterKindEnum(str, Enum):
    data_center = "data_center"
    campus = "campus"
    cluster = "cluster"
    cloud_region = "cloud_region"


class DataCenterStatusEnum(str, Enum):
    planned = "planned"
    under_construction = "under_construction"
    operational = "operational"
    decommissioned = "decommissioned"
    unknown = "unknown"


class AccessPolicyEnum(str, Enum):
    """
    Who may rent or use a data center's compute.
    """
    public_cloud = "public_cloud"
    """
    Rented to customers in general (subject to law and terms).
    """
    restricted = "restricted"
    """
    Use is limited by license conditions or the operator.
    """
    private = "private"
    """
    Used by its owner only.
    """
    unknown = "unknown"


class PolicyStatusEnum(str, Enum):
    """
    Lifecycle of a policy. Dates on the policy record when each transition happened.
    """
    proposed = "proposed"
    announced = "announced"
    effective = "effective"
    suspended = "suspended"
    rescinded = "rescinded"
    expired = "expired"
    superseded = "superseded"
    unclear = "unclear"


class ControlEffectEnum(str, Enum):
    """
    What an export-control rule does for the items and destinations it covers.
    """
    license_required = "license_required"
    presumption_of_denial = "presumption_of_denial"
    case_by_case = "case_by_case"
    presumption_of_approval = "presumption_of_approval"
    approved_with_conditions = "approved_with_conditions"
    allowed = "allowed"
    prohibited = "prohibited"


class AccessRouteEnum(str, Enum):
    """
    How an organization may reach a chip (inferred by aikg's rule evaluator).
    """
    direct_purchase = "direct_purchase"
    """
    Buying the chip for delivery to the organization's home country, subject to the export-control status for that country and for the organization itself (listings, licenses).
    """
    offshore_rental = "offshore_rental"
    """
    Renting or colocating in a data center outside the home country, subject to that country's rules and the site's license conditions.
    """
    domestic_alternative = "domestic_alternative"
    """
    A chip designed in the organization's own home country, reached without an export.
    """
    smuggling_alleged = "smuggling_alleged"
    """
    An alleged smuggling or diversion network from an enforcement action; never a lawful route.
    """


class SourceKindEnum(str, Enum):
    article = "article"
    press_release = "press_release"
    regulation = "regulation"
    court_filing = "court_filing"
    report = "report"
    dataset = "dataset"
    product_page = "product_page"
    reference = "reference"
    brief = "brief"
    """
    The founding brief of aikg.
    """



class Entity(ConfiguredBaseModel):
    """
    Anything with an id, a name and sources.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'class_uri': 'aikg:Entity',
         'from_schema': 'https://w3id.org/aikg/'})

    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Organization(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'schema:Organization', 'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Lab(Organization):
    """
    Role of an organization that develops AI models.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class ChipDesigner(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Foundry(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class MemoryMaker(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class EquipmentMaker(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class PackagingProvider(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class ServerMaker(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class CloudProvider(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class DataCenterOperator(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class GovernmentBody(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Publisher(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Investor(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Company(Organization):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    roles: Optional[list[OrganizationRoleEnum]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    open_weights_practice: Optional[OpenWeightsPracticeEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    founded: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization']} })
    headquartered_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    parent_organization: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    invests_in: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    partners_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    supplies: Optional[list[str]] = Field(default=None, description="""Supplier → customer in the chip supply chain; say what in `note`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    competes_with: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_chip: Optional[list[str]] = Field(default=None, description="""An organization deploys or uses a chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    adopts_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    offers_chip: Optional[list[str]] = Field(default=None, description="""A cloud rents this chip to customers.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    uses_data_center: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    can_access: Optional[list[str]] = Field(default=None, description="""Inferred: an organization may reach this chip over valid_from..valid_to by the `route` qualifier, through `via`.""", json_schema_extra = { "linkml_meta": {'domain': 'Organization', 'domain_of': ['Organization'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Person(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'schema:Person', 'from_schema': 'https://w3id.org/aikg/'})

    position: Optional[str] = Field(default=None, description="""Title as stated in the sources, e.g. \"White House AI and crypto czar\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['Person']} })
    holds_position: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Person', 'domain_of': ['Person'], 'is_a': 'related_to'} })
    advocates: Optional[list[str]] = Field(default=None, description="""A person or organization pushes for a policy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    opposes: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person'], 'is_a': 'related_to'} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class AIModel(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    release_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel', 'Chip', 'ChipArchitecture']} })
    open_weights: Optional[bool] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    license: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    parameters: Optional[int] = Field(default=None, ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    active_parameters: Optional[int] = Field(default=None, ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    training_compute_flop: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    reasoning: Optional[bool] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel']} })
    developed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'AIModel', 'domain_of': ['AIModel'], 'is_a': 'related_to'} })
    based_on: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'AIModel', 'domain_of': ['AIModel'], 'is_a': 'related_to'} })
    trained_on: Optional[list[str]] = Field(default=None, description="""Training hardware; `quantity` is the number of chips where public.""", json_schema_extra = { "linkml_meta": {'domain': 'AIModel', 'domain_of': ['AIModel'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Chip(Entity):
    """
    An accelerator product (a GPU, TPU, NPU or superchip module).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    release_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel', 'Chip', 'ChipArchitecture']} })
    generation: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    process_node: Optional[str] = Field(default=None, description="""Process as the foundry names it, e.g. \"TSMC 4N\", \"SMIC N+2 (7 nm class)\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    memory_gb: Optional[float] = Field(default=None, ge=0, le=100000, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    memory_type: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    memory_bandwidth_tbps: Optional[float] = Field(default=None, ge=0, le=1000, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    die_area_mm2: Optional[float] = Field(default=None, description="""Total logic die area used for performance density (all compute dies of the package).""", ge=1, le=100000, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_fp64: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_fp32: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_tf32: Optional[float] = Field(default=None, description="""Dense (no sparsity) TF32 TFLOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_fp16: Optional[float] = Field(default=None, description="""Dense (no sparsity) FP16 TFLOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_bf16: Optional[float] = Field(default=None, description="""Dense (no sparsity) BF16 TFLOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_fp8: Optional[float] = Field(default=None, description="""Dense (no sparsity) FP8 TFLOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tops_int8: Optional[float] = Field(default=None, description="""Dense (no sparsity) INT8 TOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tflops_fp4: Optional[float] = Field(default=None, description="""Dense (no sparsity) FP4 TFLOPS.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tdp_w: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    tpp: Optional[float] = Field(default=None, description="""Total Processing Performance (ECCN 3A090) = max over precisions of dense TOPS × bit length. Computed by aikg from the throughput slots, never typed by hand.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    performance_density: Optional[float] = Field(default=None, description="""TPP divided by die area in mm². Computed by aikg.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Chip']} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    fabricated_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    memory_supplied_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    packaged_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    has_architecture: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    variant_of: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    alternative_to: Optional[list[str]] = Field(default=None, description="""A chip offered or used as a substitute for another.""", json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    export_control_status: Optional[list[str]] = Field(default=None, description="""Inferred: the control status (the `effect` qualifier) of exports of this chip to a Country or Organization over valid_from..valid_to, derived from the rules in derived_from_rules.""", json_schema_extra = { "linkml_meta": {'domain': 'Chip', 'domain_of': ['Chip'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class ChipArchitecture(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    release_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['AIModel', 'Chip', 'ChipArchitecture']} })
    designed_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Chip', 'ChipArchitecture'],
         'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class DataCenter(Entity):
    """
    A data center, campus, cluster or cloud region.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    kind: Optional[DataCenterKindEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    city: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    dc_status: Optional[DataCenterStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    access_policy: Optional[AccessPolicyEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    access_conditions: Optional[str] = Field(default=None, description="""License terms or operator conditions on who may use the site, as stated by the sources.""", json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    capacity_mw: Optional[float] = Field(default=None, ge=0, le=100000, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    operational_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['DataCenter']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    operated_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    owned_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    hosts_chip: Optional[list[str]] = Field(default=None, description="""Chips installed or planned at a site; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    open_to: Optional[list[str]] = Field(default=None, description="""Who may use the site's compute (a Country, CountryGroup or Organization).""", json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    closed_to: Optional[list[str]] = Field(default=None, description="""Who is barred from the site (by license conditions or the operator).""", json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    superseded_by: Optional[list[str]] = Field(default=None, description="""A later system or phase that replaces this one (Epoch AI's supersession).""", json_schema_extra = { "linkml_meta": {'domain': 'DataCenter', 'domain_of': ['DataCenter'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Country(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'schema:Country', 'from_schema': 'https://w3id.org/aikg/'})

    iso2: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Country']} })
    iso3: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Country']} })
    member_of: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Country', 'domain_of': ['Country'], 'is_a': 'related_to'} })
    provides_input: Optional[list[str]] = Field(default=None, description="""A company or country supplies this supply-chain input; `quantity` is its market share in percent where known.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Country'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('iso2')
    def pattern_iso2(cls, v):
        pattern=re.compile(r"^[A-Z]{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid iso2 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid iso2 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('iso3')
    def pattern_iso3(cls, v):
        pattern=re.compile(r"^[A-Z]{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid iso3 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid iso3 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class SupplyChainInput(Entity):
    """
    A stage, process, tool, material or design resource of chip production (CSET ETO supply-chain explorer), linked by goes_into / type_of / in_stage and supplied by organizations and countries.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    input_type: Optional[str] = Field(default=None, description="""What kind of supply-chain input this is, as the source classifies it (ETO: stage, process, tool_resource, material_resource, design_resource, ultimate_output).""", json_schema_extra = { "linkml_meta": {'domain_of': ['SupplyChainInput']} })
    goes_into: Optional[list[str]] = Field(default=None, description="""This input is used to make that one (ETO sequence).""", json_schema_extra = { "linkml_meta": {'domain': 'SupplyChainInput',
         'domain_of': ['SupplyChainInput'],
         'is_a': 'related_to'} })
    type_of: Optional[list[str]] = Field(default=None, description="""This input is a kind of that one (ETO sequence).""", json_schema_extra = { "linkml_meta": {'domain': 'SupplyChainInput',
         'domain_of': ['SupplyChainInput'],
         'is_a': 'related_to'} })
    in_stage: Optional[list[str]] = Field(default=None, description="""The production stage (design, fabrication, ATP) an input belongs to.""", json_schema_extra = { "linkml_meta": {'domain': 'SupplyChainInput',
         'domain_of': ['SupplyChainInput'],
         'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class CountryGroup(Entity):
    """
    A group of destinations defined by a rule, e.g. EAR Country Group D:5 or a Diffusion Rule tier.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Policy(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True, 'from_schema': 'https://w3id.org/aikg/'})

    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class ExportControlRule(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    effect: Optional[ControlEffectEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule',
                       'LicenseDecision',
                       'SanctionsList',
                       'Statement']} })
    tpp_threshold: Optional[float] = Field(default=None, description="""Rule applies to chips with TPP at or above this value.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule']} })
    performance_density_threshold: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule']} })
    tpp_upper_bound: Optional[float] = Field(default=None, description="""Rule applies only to chips with TPP below this value (e.g. a carve-out).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule']} })
    memory_bandwidth_threshold_tbps: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule']} })
    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class LicenseDecision(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    effect: Optional[ControlEffectEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule',
                       'LicenseDecision',
                       'SanctionsList',
                       'Statement']} })
    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Law(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Plan(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Guidance(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class TradeAgreement(Policy):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class SanctionsList(Policy):
    """
    A list of designated parties (Entity List, 1260H, MEU, China's lists). Only a list with an `effect` (e.g. the Entity List: license required) is an export-control rule for the evaluator.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    effect: Optional[ControlEffectEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule',
                       'LicenseDecision',
                       'SanctionsList',
                       'Statement']} })
    policy_status: Optional[PolicyStatusEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    announced: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    effective: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    ended: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    citation: Optional[str] = Field(default=None, description="""Official citation, e.g. \"90 FR 4544\" or a docket number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy']} })
    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    applies_to: Optional[list[str]] = Field(default=None, description="""Destinations (Country, CountryGroup) or parties a policy covers.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    exempts: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    covers_chip: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    authorizes_chip: Optional[list[str]] = Field(default=None, description="""A license or decision that allows exports of this chip.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    recipient: Optional[list[str]] = Field(default=None, description="""Who a license decision allows to receive chips.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    destination: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    rescinds: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    suspends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    amends: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    replaces: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    implements: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    lists_entity: Optional[list[str]] = Field(default=None, description="""An entity list or sanctions list names this organization.""", json_schema_extra = { "linkml_meta": {'domain': 'Policy', 'domain_of': ['Policy'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Event(Entity):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True, 'from_schema': 'https://w3id.org/aikg/'})

    event_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    quantity_text: Optional[str] = Field(default=None, description="""A quantity as the source phrases it when no number is given (e.g. \"several hundred\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    participant: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Event', 'domain_of': ['Event'], 'is_a': 'related_to'} })
    about: Optional[list[str]] = Field(default=None, description="""What a report, event or meeting is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    concerns_chip: Optional[list[str]] = Field(default=None, description="""An event or report about a chip; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class EnforcementAction(Event):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    issued_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'CountryGroup', 'Policy', 'EnforcementAction'],
         'is_a': 'related_to'} })
    charges: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'EnforcementAction',
         'domain_of': ['EnforcementAction'],
         'is_a': 'related_to'} })
    routed_through: Optional[list[str]] = Field(default=None, description="""A country on the alleged smuggling route.""", json_schema_extra = { "linkml_meta": {'domain': 'EnforcementAction',
         'domain_of': ['EnforcementAction'],
         'is_a': 'related_to'} })
    intended_for: Optional[list[str]] = Field(default=None, description="""Alleged final destination or buyer.""", json_schema_extra = { "linkml_meta": {'domain': 'EnforcementAction',
         'domain_of': ['EnforcementAction'],
         'is_a': 'related_to'} })
    event_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    quantity_text: Optional[str] = Field(default=None, description="""A quantity as the source phrases it when no number is given (e.g. \"several hundred\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    participant: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Event', 'domain_of': ['Event'], 'is_a': 'related_to'} })
    about: Optional[list[str]] = Field(default=None, description="""What a report, event or meeting is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    concerns_chip: Optional[list[str]] = Field(default=None, description="""An event or report about a chip; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class ModelRelease(Event):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    released_model: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'ModelRelease', 'domain_of': ['ModelRelease'], 'is_a': 'related_to'} })
    event_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    quantity_text: Optional[str] = Field(default=None, description="""A quantity as the source phrases it when no number is given (e.g. \"several hundred\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    participant: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Event', 'domain_of': ['Event'], 'is_a': 'related_to'} })
    about: Optional[list[str]] = Field(default=None, description="""What a report, event or meeting is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    concerns_chip: Optional[list[str]] = Field(default=None, description="""An event or report about a chip; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Report(Event):
    """
    A report, evaluation or memo, and the claims it makes.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    event_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    quantity_text: Optional[str] = Field(default=None, description="""A quantity as the source phrases it when no number is given (e.g. \"several hundred\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    participant: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Event', 'domain_of': ['Event'], 'is_a': 'related_to'} })
    about: Optional[list[str]] = Field(default=None, description="""What a report, event or meeting is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    concerns_chip: Optional[list[str]] = Field(default=None, description="""An event or report about a chip; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Meeting(Event):
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/aikg/'})

    event_date: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    quantity_text: Optional[str] = Field(default=None, description="""A quantity as the source phrases it when no number is given (e.g. \"several hundred\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event']} })
    located_in: Optional[list[str]] = Field(default=None, description="""Where a data center, person or event is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Person', 'DataCenter', 'Event'],
         'is_a': 'related_to'} })
    participant: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain': 'Event', 'domain_of': ['Event'], 'is_a': 'related_to'} })
    about: Optional[list[str]] = Field(default=None, description="""What a report, event or meeting is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    targets: Optional[list[str]] = Field(default=None, description="""Whom a policy, report or action is aimed at.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Policy', 'Event'], 'is_a': 'related_to'} })
    concerns_chip: Optional[list[str]] = Field(default=None, description="""An event or report about a chip; `quantity` where public.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Event'], 'is_a': 'related_to'} })
    published_by: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Organization', 'Event'], 'is_a': 'related_to'} })
    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    name: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'rdfs:label'} })
    aliases: Optional[list[str]] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'skos:altLabel'} })
    description: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'dcterms:description'} })
    wikidata: Optional[str] = Field(default=None, description="""Wikidata QID, e.g. Q182477.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity']} })
    website: Optional[str] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Entity'], 'slot_uri': 'schema:url'} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })

    @field_validator('wikidata')
    def pattern_wikidata(cls, v):
        pattern=re.compile(r"^Q[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid wikidata format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid wikidata format: {v}"
            raise ValueError(err_msg)
        return v


class Source(ConfiguredBaseModel):
    """
    Where a fact comes from. Sources are not entities; they are cited by them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'aikg:Source',
         'from_schema': 'https://w3id.org/aikg/',
         'slot_usage': {'publisher': {'name': 'publisher', 'required': True},
                        'title': {'name': 'title', 'required': True},
                        'url': {'name': 'url', 'required': True}}})

    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    title: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Source'], 'slot_uri': 'dcterms:title'} })
    publisher: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Source'], 'slot_uri': 'dcterms:publisher'} })
    url: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Source'], 'slot_uri': 'schema:url'} })
    published: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Source'], 'slot_uri': 'dcterms:issued'} })
    retrieved: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Source']} })
    source_kind: Optional[SourceKindEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Source']} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })


class Statement(ConfiguredBaseModel):
    """
    A relation as a first-class record (Wikidata statement, FollowTheMoney edge): the direct triple plus its qualifiers and sources.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'aikg:Statement', 'from_schema': 'https://w3id.org/aikg/'})

    id: str = Field(default=..., description="""Stable aikg id such as `org/nvidia` or `chip/nvidia-h100`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })
    subject: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Statement'], 'slot_uri': 'rdf:subject'} })
    predicate: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Statement'], 'slot_uri': 'rdf:predicate'} })
    object: str = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Statement'], 'slot_uri': 'rdf:object'} })
    status: StatusEnum = Field(default=..., json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    valid_from: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    valid_to: Optional[date] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    confidence: Optional[float] = Field(default=None, ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    quantity: Optional[float] = Field(default=None, ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    quantity_low: Optional[float] = Field(default=None, description="""Lower bound of an estimated quantity (e.g. Epoch AI's 5th percentile); `quantity` holds the median.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    quantity_high: Optional[float] = Field(default=None, description="""Upper bound of an estimated quantity (e.g. Epoch AI's 95th percentile).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    claimed_by: Optional[str] = Field(default=None, description="""Who makes the claim, when it is not the source's publisher speaking for itself.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    derived_from_rules: Optional[list[str]] = Field(default=None, description="""For inferred statements, the rules the evaluator applied.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    effect: Optional[ControlEffectEnum] = Field(default=None, json_schema_extra = { "linkml_meta": {'domain_of': ['ExportControlRule',
                       'LicenseDecision',
                       'SanctionsList',
                       'Statement']} })
    route: Optional[AccessRouteEnum] = Field(default=None, description="""For can_access statements, the way the organization reaches the chip.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    via: Optional[str] = Field(default=None, description="""For can_access statements, what the route passes through (a data center, a license, an enforcement action).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statement']} })
    sources: list[str] = Field(default=..., description="""Every entity and every statement cites at least one source.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Statement'], 'slot_uri': 'prov:wasDerivedFrom'} })
    note: Optional[str] = Field(default=None, description="""Free text for editors and readers (why a status was chosen, what the source says).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Entity', 'Source', 'Statement']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Entity.model_rebuild()
Organization.model_rebuild()
Lab.model_rebuild()
ChipDesigner.model_rebuild()
Foundry.model_rebuild()
MemoryMaker.model_rebuild()
EquipmentMaker.model_rebuild()
PackagingProvider.model_rebuild()
ServerMaker.model_rebuild()
CloudProvider.model_rebuild()
DataCenterOperator.model_rebuild()
GovernmentBody.model_rebuild()
Publisher.model_rebuild()
Investor.model_rebuild()
Company.model_rebuild()
Person.model_rebuild()
AIModel.model_rebuild()
Chip.model_rebuild()
ChipArchitecture.model_rebuild()
DataCenter.model_rebuild()
Country.model_rebuild()
SupplyChainInput.model_rebuild()
CountryGroup.model_rebuild()
Policy.model_rebuild()
ExportControlRule.model_rebuild()
LicenseDecision.model_rebuild()
Law.model_rebuild()
Plan.model_rebuild()
Guidance.model_rebuild()
TradeAgreement.model_rebuild()
SanctionsList.model_rebuild()
Event.model_rebuild()
EnforcementAction.model_rebuild()
ModelRelease.model_rebuild()
Report.model_rebuild()
Meeting.model_rebuild()
Source.model_rebuild()
Statement.model_rebuild()
