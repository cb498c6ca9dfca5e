"""Any SPARQL 1.1 endpoint: upload a build (Graph Store Protocol) and query it (SPARQL Protocol, JSON results).

stdlib only (urllib): no new dependency. The graph lives in one named graph, `https://w3id.org/aikg/graph` by
default. Queries name it with the protocol's `default-graph-uri` parameter rather than by editing the query,
so the .rq files run unchanged and the endpoint's own default graph (union or not, which differs between
stores) never matters; `--graph default` queries the endpoint's default graph instead, for data loaded by
other means.

Atomic for readers: `push` PUTs graph.nt into a fresh temporary named graph, checks that the endpoint holds
exactly the build's distinct triples there, and only then replaces the target with one SPARQL Update request
(DROP target; INSERT … WHERE from the temporary graph; DROP temporary — one transaction on Fuseki/TDB2), then
counts the target again; a failed upload drops the temporary graph and leaves the target as it was. User queries get the same read-only checks as on the embedded store (no updates, no SERVICE).
"""

from __future__ import annotations

import contextlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BackendError, ConfigError, QueryError, QueryTimeout
from ..schema import DEFAULT_GRAPH, ID_NS

RESULTS_JSON = "application/sparql-results+json"
_NUMERIC = ("#integer", "#int", "#long", "#short", "#decimal", "#float", "#double", "#nonNegativeInteger")


def graph_param(graph: str | None) -> str | None:
    """`default` (or empty) means the endpoint's own default graph; anything else must be an absolute IRI."""
    if graph in (None, "", "default"):
        return None
    assert graph is not None
    if not urllib.parse.urlsplit(graph).scheme:
        raise ConfigError(f"--graph {graph!r} is not an absolute IRI (or 'default')")
    return graph


def _request(url: str, what: str, data: bytes | None = None, headers: dict[str, str] | None = None,
             method: str | None = None, timeout: float | None = 60.0) -> tuple[int, str, bytes]:
    """(status, content type, body); connection problems and HTTP errors become one-line aikg errors."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{url!r} is not an http(s) URL: check {what}")
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as exc:
        body = exc.read()[:2000].decode("utf-8", "replace")
        return exc.code, exc.headers.get_content_type() if exc.headers else "", body.encode()
    except TimeoutError:
        raise QueryTimeout(f"{url} did not answer within {timeout:g} s: narrow the query or raise --timeout") \
            from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BackendError(f"cannot reach {url}: {reason} (check {what}, and that the server runs)") from None


_FUSEKI: dict[str, bool] = {}


def is_fuseki(url: str) -> bool:
    """Whether the endpoint is Apache Jena Fuseki (it sends a Fuseki-Request-Id header): then the query gets
    Fuseki's `timeout` parameter (seconds), so the server itself stops a runaway query. Other stores read a
    `timeout` parameter differently (Virtuoso: milliseconds, with partial "anytime" answers), so they get
    none and the client just stops waiting."""
    if url not in _FUSEKI:
        probe = url + ("&" if "?" in url else "?") + urllib.parse.urlencode({"query": "ASK {}"})
        try:
            with urllib.request.urlopen(urllib.request.Request(probe, headers={"Accept": RESULTS_JSON}),
                                        timeout=10) as resp:
                _FUSEKI[url] = resp.headers.get("Fuseki-Request-Id") is not None
        except (urllib.error.URLError, OSError, ValueError):
            _FUSEKI[url] = False
    return _FUSEKI[url]


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("<")]
    return " ".join((lines[0] if lines else text.strip()).split())[:200]


def term_value(term: dict[str, Any] | None) -> Any:
    """A SPARQL JSON results term as the embedded backend gives it (ids for aikg IRIs, numbers, booleans)."""
    if term is None:
        return None
    value = term.get("value", "")
    kind = term.get("type")
    if kind == "uri":
        return value[len(ID_NS):] if value.startswith(ID_NS) else value
    if kind == "bnode":
        return "_:" + value
    dt = term.get("datatype", "")
    if dt.endswith(("#integer", "#int", "#long", "#short", "#nonNegativeInteger")):
        return int(value)
    if dt.endswith(_NUMERIC):
        return float(value)
    if dt.endswith("#boolean"):
        return value in ("true", "1")
    return value


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL query endpoint (and, for pushes, its update and Graph Store Protocol URLs)."""

    url: str
    graph: str | None = DEFAULT_GRAPH

    def select(self, query: str, timeout: float | None = 30.0,
               what: str = "--endpoint") -> tuple[list[str], list[dict[str, Any]]]:
        form = [("query", query)]
        if self.graph:
            form.append(("default-graph-uri", self.graph))
        wait = timeout
        if timeout and is_fuseki(self.url):
            form.append(("timeout", f"{timeout:g}"))
            wait = timeout + 5  # the server's own limit answers first, with a clean 503
        status, ctype, body = _request(self.url, what, urllib.parse.urlencode(form).encode(),
                                       {"Accept": f"{RESULTS_JSON}, application/json;q=0.9",
                                        "Content-Type": "application/x-www-form-urlencoded"}, "POST", wait)
        if status == 503 and b"timed out" in body.lower():
            raise QueryTimeout(f"{self.url} stopped the query after {timeout:g} s: narrow it (LIMIT, fewer hops) "
                               "or raise --timeout")
        if status == 400:
            raise QueryError(f"{self.url} refused the query: {_first_line(body)}")
        if status >= 500:
            raise BackendError(f"{self.url} failed on the query: HTTP {status} {_first_line(body)}")
        if status in (401, 403):
            raise ConfigError(f"{self.url} refused access: HTTP {status} (aikg sends no credentials; check {what})")
        if status >= 400 or "json" not in ctype:
            raise ConfigError(f"{self.url} is not a SPARQL endpoint: it answered HTTP {status} "
                              f"{ctype or 'without a content type'} ({_first_line(body)}); check {what}")
        try:
            doc = json.loads(body)
        except ValueError:
            raise ConfigError(f"{self.url} is not a SPARQL endpoint: its answer is not SPARQL JSON results; "
                              f"check {what}") from None
        if "boolean" in doc:
            return ["result"], [{"result": bool(doc["boolean"])}]
        if not isinstance(doc, dict) or "results" not in doc or "head" not in doc:
            raise ConfigError(f"{self.url} is not a SPARQL endpoint: its JSON is not SPARQL results; check {what}")
        names = list(doc["head"].get("vars", []))
        rows = [{n: term_value(b.get(n)) for n in names} for b in doc["results"].get("bindings", [])]
        return names, rows

    def update(self, text: str, update_url: str, timeout: float = 600.0) -> None:
        status, ctype, body = _request(update_url, "--update", urllib.parse.urlencode({"update": text}).encode(),
                                       {"Content-Type": "application/x-www-form-urlencoded"}, "POST", timeout)
        if status >= 400:
            raise BackendError(f"{update_url} refused the SPARQL update ({text.split()[0]}): HTTP {status} "
                               f"{_first_line(body)} (check --update)")


@dataclass
class EndpointPush:
    graph: str
    triples: int
    seconds: float


def push(gsp_url: str, nt_path: Path, graph: str = DEFAULT_GRAPH, update_url: str | None = None,
         query_url: str | None = None, timeout: float = 600.0) -> EndpointPush:
    """Upload graph.nt to a temporary named graph, verify it, then MOVE it onto `graph` in one update."""
    t0 = time.monotonic()
    target = graph_param(graph)
    if target is None:
        raise ConfigError("endpoint push needs a named graph (--graph IRI): the default graph cannot be replaced "
                          "atomically")
    update_url = update_url or gsp_url
    reader = Endpoint(query_url or gsp_url, graph=None)
    reader.select("ASK {}", 60, what="the endpoint URL (or --query)")  # a non-SPARQL URL fails here, before uploading
    data = nt_path.read_bytes()
    expected = len({line for line in data.splitlines() if line.strip() and not line.startswith(b"#")})
    tmp = f"{target}/upload-{uuid.uuid4().hex[:12]}"
    put = f"{gsp_url}{'&' if '?' in gsp_url else '?'}{urllib.parse.urlencode({'graph': tmp})}"
    status, ctype, body = _request(put, "the endpoint URL", data, {"Content-Type": "application/n-triples"}, "PUT",
                                   timeout)
    if status >= 400:
        hint = " (is it the Graph Store Protocol endpoint, e.g. …/dataset/data?)" if status in (404, 405) else ""
        raise ConfigError(f"{gsp_url} refused the upload: HTTP {status} {ctype} {_first_line(body)}{hint}; "
                          "nothing was replaced")
    try:
        _, rows = reader.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{tmp}> {{ ?s ?p ?o }} }}", timeout,
                                what="--query")
        got = int(rows[0]["n"]) if rows else 0
        if got != expected:
            raise BackendError(f"{gsp_url} holds {got} triples of the upload, expected {expected}; "
                               f"<{target}> was left as it was")
        # One request = one transaction on Fuseki/TDB2 (readers see the old graph or the new one). Not `MOVE`:
        # Fuseki 5.6's MOVE/ADD between TDB2 graphs was measured here dropping triples (75 of 47,582).
        reader.update(f"DROP SILENT GRAPH <{target}> ;\n"
                      f"INSERT {{ GRAPH <{target}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{tmp}> {{ ?s ?p ?o }} }} ;\n"
                      f"DROP SILENT GRAPH <{tmp}>", update_url, timeout)
        _, rows = reader.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}", timeout,
                                what="--query")
        got = int(rows[0]["n"]) if rows else 0
        if got != expected:
            raise BackendError(f"{update_url} holds {got} triples in <{target}> after the swap, expected {expected}: "
                               "the endpoint lost data while copying graphs")
    except BaseException:
        with contextlib.suppress(Exception):  # best effort: the real error follows
            reader.update(f"DROP SILENT GRAPH <{tmp}>", update_url, 60)
        raise
    return EndpointPush(target, expected, time.monotonic() - t0)


def ask_endpoint(q: Any, values: dict[str, Any], timeout: float | None, url: str,
                 graph: str | None = DEFAULT_GRAPH) -> list[dict[str, Any]]:
    """A canned question's .rq on the endpoint, parameters bound by a VALUES block, rows tidied."""
    from ..ask import sparql_term, tidy
    from ..sparql import PREFIX_HEADER, bind

    bindings = {k: sparql_term(q.params[k], v) for k, v in values.items()}
    text = PREFIX_HEADER + bind(q.body, bindings)
    _, rows = Endpoint(url, graph_param(graph)).select(text, timeout)
    return tidy(q, rows)


def run_user_query(url: str, query: str, graph: str | None = DEFAULT_GRAPH,
                   timeout: float | None = 30.0) -> tuple[list[str], list[dict[str, Any]]]:
    from ..sparql import PREFIX_HEADER, check_read_only

    check_read_only(query)
    return Endpoint(url, graph_param(graph)).select(PREFIX_HEADER + query, timeout)
