"""Every error aikg raises on purpose. Library code raises these; only the CLI turns them into a
one-line message and exit code 1 (as FollowTheMoney's `exc.py` and sqlite-utils' CLI do)."""

from __future__ import annotations

from dataclasses import dataclass


class AikgError(Exception):
    """Base class: the message is already fit to show a user on one line."""


class ConfigError(AikgError):
    """A setting, path or connection parameter is wrong."""


class QueryError(AikgError):
    """A query file or a user query is malformed, refused or failed."""


class QueryTimeout(QueryError):
    """A query ran longer than its time limit."""


class NotFound(AikgError):
    """An entity, question, scenario or source name matches nothing."""


class Ambiguous(AikgError):
    """A name matches several things."""


class BackendError(AikgError):
    """A server (Neo4j, SPARQL endpoint) refused or failed."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of validation: where, which record, what is wrong, how to fix it."""

    severity: str  # "error" | "warning"
    file: str
    line: int | None
    record: str | None  # an entity, source or statement id, or "row N"
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        who = f" {self.record}:" if self.record else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"[{self.severity.upper()}] {where}:{who} {self.message}{hint}"


class ValidationFailed(AikgError):
    """The inputs have errors; nothing was built."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        first = str(errors[0]) if errors else ""
        more = f" (and {len(errors) - 1} more; run `aikg validate` for the full report)" if len(errors) > 1 else ""
        super().__init__(f"{len(errors)} validation error(s), nothing was built: {first}{more}")
