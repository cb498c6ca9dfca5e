"""The three kinds of record every loader yields: sources, entities and statements.

Plain dataclasses (not pydantic) so that building and querying stay fast; validation checks them against
the schema and the generated pydantic model.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Origin:
    """Where a record came from, for error messages and provenance: file and line, or dataset row."""

    file: str
    line: int | None = None
    row: int | None = None

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}"
        if self.row is not None:
            return f"{self.file} row {self.row}"
        return self.file


@dataclass(slots=True)
class Source:
    id: str
    fields: dict[str, Any]
    origin: Origin

    @property
    def title(self) -> str:
        return str(self.fields.get("title", ""))

    @property
    def publisher(self) -> str:
        return str(self.fields.get("publisher", ""))

    @property
    def url(self) -> str:
        return str(self.fields.get("url", ""))


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    props: dict[str, Any]
    sources: list[str]
    origin: Origin
    lines: dict[str, int] = field(default_factory=dict)  # property -> line, for messages

    @property
    def name(self) -> str:
        return str(self.props.get("name", self.id))

    @property
    def roles(self) -> list[str]:
        return list(self.props.get("roles") or [])


@dataclass(slots=True)
class Statement:
    subject: str
    predicate: str
    object: str
    status: str
    sources: list[str]
    origin: Origin
    qualifiers: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = statement_id(self.subject, self.predicate, self.object, self.qualifiers.get("valid_from"),
                                   self.status)


def statement_id(subject: str, predicate: str, obj: str, valid_from: Any = None, status: str = "") -> str:
    """Deterministic id, so the same statement gets the same id in every build and backend."""
    key = f"{subject}|{predicate}|{obj}|{valid_from or ''}|{status}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


Record = Source | Entity | Statement
