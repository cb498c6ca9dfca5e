"""Talking to Neo4j: connection settings, driver errors turned into one-line aikg errors, read queries.

Settings come from options or the environment (AIKG_NEO4J_URI / _USER / _PASSWORD / _DATABASE); every error
names the setting to fix. Reads run in a READ-access session (`execute_read`) with a server-side transaction
timeout, so a runaway query is stopped by Neo4j itself, not merely abandoned by the client.

The graph lives in generations (see `neo4jpush`): every aikg node carries `_gen`, and the single
`(:AikgMeta {key: 'aikg'})` node names the current one. Readers follow the pointer, so a push in progress
or one that died half-way is invisible to them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import BackendError, ConfigError, QueryError, QueryTimeout

DEFAULT_URI = "bolt://localhost:7687"
META_KEY = "aikg"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
INSTALL_HINT = "the Neo4j backend needs the neo4j driver: pip install 'aikg[neo4j]'"


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    user: str
    password: str
    database: str | None = None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> Neo4jSettings:
        """Options win over AIKG_NEO4J_* variables; a missing password is a ConfigError naming both."""
        env = os.environ
        pw = password if password is not None else env.get("AIKG_NEO4J_PASSWORD")
        if not pw:
            raise ConfigError("no Neo4j password: pass --password or set AIKG_NEO4J_PASSWORD")
        return cls(uri or env.get("AIKG_NEO4J_URI") or DEFAULT_URI, user or env.get("AIKG_NEO4J_USER") or "neo4j",
                   pw, database or env.get("AIKG_NEO4J_DATABASE") or None)


def _driver_module() -> Any:
    try:
        import neo4j
    except ImportError:
        raise ConfigError(INSTALL_HINT) from None
    return neo4j


def translate(exc: BaseException, s: Neo4jSettings, doing: str = "") -> Exception:
    """A driver exception as an aikg error: one line, naming the setting to fix."""
    from neo4j import exceptions as ne

    where = f"Neo4j at {s.uri}"
    text = " ".join(str(getattr(exc, "message", None) or exc).split())[:300]
    prefix = f"{doing}: " if doing else ""
    if isinstance(exc, ne.AuthError | ne.AuthConfigurationError):
        return ConfigError(f"{prefix}{where} refused user {s.user!r}: wrong user or password "
                           "(check --user/--password or AIKG_NEO4J_USER/AIKG_NEO4J_PASSWORD)")
    if isinstance(exc, ne.ConfigurationError | ValueError):
        return ConfigError(f"{prefix}bad Neo4j URI {s.uri!r}: {text} (check --uri or AIKG_NEO4J_URI)")
    if isinstance(exc, ne.ServiceUnavailable | ne.SessionExpired | ne.IncompleteCommit | OSError):
        return BackendError(f"{prefix}cannot reach {where}: {text} (check --uri or AIKG_NEO4J_URI, and that "
                            "the server runs)")
    code = str(getattr(exc, "code", "") or "")
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return ConfigError(f"{prefix}{where} has no database {s.database!r} (check --database or "
                           "AIKG_NEO4J_DATABASE)")
    if "TimedOut" in code:
        return QueryTimeout(f"{prefix}the query timed out on {where}: narrow it (LIMIT, fewer hops) or raise "
                            "--timeout")
    if isinstance(exc, ne.ConstraintError) or "ConstraintValidationFailed" in code:
        return BackendError(f"{prefix}constraint clash on {where}: {text} (SHOW CONSTRAINTS lists them; drop one "
                            "that does not include _gen)")
    if isinstance(exc, ne.CypherSyntaxError) or "Statement.SyntaxError" in code:
        return QueryError(f"Cypher syntax error: {text}")
    if "AccessMode" in code or isinstance(exc, ne.Forbidden):
        return QueryError(f"refused by {where}: {text} (aikg runs read-only Cypher)")
    if isinstance(exc, ne.ClientError):
        return QueryError(f"{prefix}{where} refused the query: {text}")
    return BackendError(f"{prefix}{where} failed: {type(exc).__name__}: {text}")


@contextmanager
def driver(s: Neo4jSettings) -> Iterator[Any]:
    """A connected, authenticated driver whose database exists, or a one-line error."""
    neo4j = _driver_module()
    from neo4j import exceptions as ne

    scheme = s.uri.split("://", 1)[0].lower() if "://" in s.uri else ""
    if scheme not in BOLT_SCHEMES:
        raise ConfigError(f"bad Neo4j URI {s.uri!r}: use bolt:// or neo4j:// (+s, +ssc) (check --uri or "
                          "AIKG_NEO4J_URI)")
    try:
        drv = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password), connection_timeout=10,
                                         max_transaction_retry_time=15, notifications_min_severity="OFF")
    except (ne.Neo4jError, ne.DriverError, ValueError) as exc:
        raise translate(exc, s) from None
    try:
        try:
            with drv.session(database=s.database, default_access_mode=neo4j.READ_ACCESS) as session:
                session.run("RETURN 1").consume()
        except (ne.Neo4jError, ne.DriverError, OSError) as exc:
            raise translate(exc, s) from None
        yield drv
    finally:
        drv.close()


def plain(value: Any) -> Any:
    """A Neo4j value as a plain Python value: dates as ISO text, nodes as their aikg id, lists element-wise."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Node):
        return value.get("id") or dict(value)
    if isinstance(value, Relationship):
        return value.get("id") or value.type
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    if isinstance(value, date):
        return value.isoformat()
    return value


def read(s: Neo4jSettings, text: str, params: dict[str, Any] | None = None,
         timeout: float | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run one Cypher query in a read transaction: (columns, rows of plain values)."""
    neo4j = _driver_module()
    from neo4j import exceptions as ne

    def work(tx: Any) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(text, params or {})
        keys = list(result.keys())
        return keys, [{k: plain(rec[k]) for k in keys} for rec in result]

    if timeout:
        work = neo4j.unit_of_work(timeout=timeout)(work)
    with driver(s) as drv, drv.session(database=s.database, default_access_mode=neo4j.READ_ACCESS) as session:
        try:
            return session.execute_read(work)  # type: ignore[no-any-return]
        except (ne.Neo4jError, ne.DriverError, OSError) as exc:
            raise translate(exc, s) from None


def current_generation(session: Any) -> dict[str, Any] | None:
    rec = session.run("MATCH (m:AikgMeta {key: $key}) RETURN m", key=META_KEY).single()
    return dict(rec["m"]) if rec else None
