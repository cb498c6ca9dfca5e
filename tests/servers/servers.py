#!/usr/bin/env python3
"""Real Neo4j 5.26 Community and Apache Jena Fuseki 5.6 servers for aikg's tests, from Maven Central.

Command line (stdlib only, any Python 3.11):

    python tests/servers/servers.py start [neo4j|fuseki|all] --state FILE
    python tests/servers/servers.py env --state FILE      # shell `export` lines for the tests
    python tests/servers/servers.py status --state FILE
    python tests/servers/servers.py stop --state FILE [--keep]

Exit codes: 0 done, 1 a server failed (reason on one line, then the tail of its log), 2 usage,
3 no Java 17+ (java/javac) or no Maven (mvn) on PATH.

As a module, for a pytest fixture that wants a private throwaway server (to kill it mid-test, say):

    from servers import start_neo4j, start_fuseki, stop, kill
    info = start_neo4j(tmp_path)          # dict: pid, port, uri, user, password, dir, log, ...
    kill(info)                            # SIGKILL: a crash; the data stays in tmp_path/neo4j
    info = start_neo4j(tmp_path, port=info["port"])   # same data, same address: recovery
    stop(info)                            # SIGTERM, SIGKILL after a grace period; removes tmp_path/neo4j

Each server listens on 127.0.0.1 only, on a free port the server itself binds (port 0), with its data in
a folder of the given work directory. See README.md beside this file.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HOST = "127.0.0.1"
DEFAULT_PASSWORD = "aikg-test-password"
DATASET = "aikg"
START_TIMEOUT = float(os.environ.get("AIKG_TEST_SERVER_TIMEOUT", "180"))
STOP_GRACE = 60.0
EXIT_NO_TOOLS = 3
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
NEO4J_MAIN = "aikg.testservers.Neo4jLaunch"
NEO4J_SOURCE = HERE / "neo4j" / "src" / "main" / "java" / "aikg" / "testservers" / "Neo4jLaunch.java"
FUSEKI_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd"
MARKER = "-Daikg.testserver="

# JVM options. The --add-opens and netty flags are the ones Neo4j's own start script passes: without them
# Neo4j logs "Incorrect file descriptor" for every transaction-log file it cannot advise/preallocate.
# C1 only (TieredStopAtLevel=1) halves Neo4j's start-up on two cores; test queries are small.
NEO4J_JAVA_OPTS = [
    "-Xms256m",
    "-Xmx1g",
    "-XX:TieredStopAtLevel=1",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]
FUSEKI_JAVA_OPTS = ["-Xmx1g"]

NEO4J_CONF = """\
# Written by tests/servers/servers.py: a throwaway test server on loopback.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:{port}
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.pagecache.size={pagecache}
# Bolt waits 5 s twice at shutdown by default (connections, then its thread pool): 10 s of every stop.
internal.server.bolt.connection_shutdown_wait_time=1s
internal.server.bolt.thread_pool_shutdown_wait_time=1s
"""


class ServerError(RuntimeError):
    """A server could not be resolved, started or reached; `log` names its log file, if any."""

    def __init__(self, message: str, log: Path | None = None) -> None:
        super().__init__(message)
        self.log = log


class ToolMissing(ServerError):
    """java/javac (17+) or mvn is not on PATH."""


# Popen objects of the servers this process started, so that stop() and kill() can reap them.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


# ---------------------------------------------------------------- tools and Maven


def find_tools() -> dict[str, str]:
    """java, javac and mvn, or ToolMissing. JAVA_HOME wins over PATH for java and javac, as for Maven."""
    tools: dict[str, str] = {}
    java_home = os.environ.get("JAVA_HOME")
    for name in ("java", "javac", "mvn"):
        found = None
        if name != "mvn" and java_home and (Path(java_home) / "bin" / name).is_file():
            found = str(Path(java_home) / "bin" / name)
        found = found or shutil.which(name)
        if not found:
            raise ToolMissing(f"{name} not found on PATH: the real test servers need a Java 17+ JDK and Maven")
        tools[name] = found
    version = _java_version(tools["java"])
    m = re.search(r'version "(\d+)', version)
    if not m or int(m.group(1)) < 17:
        raise ToolMissing(f"Java 17 or newer needed, found: {version or 'no version from java -version'}")
    tools["java_version"] = version
    return tools


_JAVA_VERSIONS: dict[str, str] = {}


def _java_version(java: str) -> str:
    if java not in _JAVA_VERSIONS:
        try:
            out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
            _JAVA_VERSIONS[java] = (out.stderr or out.stdout).strip().splitlines()[0]
        except (OSError, subprocess.SubprocessError, IndexError):
            _JAVA_VERSIONS[java] = ""
    return _JAVA_VERSIONS[java]


def _mvn_repo_args() -> list[str]:
    repo = os.environ.get("AIKG_MAVEN_REPO")
    return [f"-Dmaven.repo.local={repo}"] if repo else []


def _build_classpath(tools: dict[str, str], pom: Path, out: Path) -> list[str]:
    """`mvn dependency:build-classpath` into `out`; once more offline (-o) if the first try fails."""
    base = [tools["mvn"], "-q", "-B", "-f", str(pom), f"{DEPENDENCY_PLUGIN}:build-classpath",
            f"-Dmdep.outputFile={out}", "-Dmdep.includeScope=runtime", *_mvn_repo_args()]
    result = None
    for extra in ([], ["-o"]):
        result = subprocess.run(base + extra, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if result.returncode == 0 and out.is_file():
            return [p for p in out.read_text().strip().split(os.pathsep) if p]
    assert result is not None
    lines = [ln.strip() for ln in (result.stdout + result.stderr).splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith(("[ERROR] ", "[FATAL] ")) and "Help 1" not in ln]
    tail = " | ".join((errors or lines)[:3])
    raise ServerError(f"mvn could not resolve {pom.relative_to(HERE.parent.parent)}: {tail}")


def resolve(kind: str, tools: dict[str, str] | None = None) -> list[str]:
    """The server's Java classpath, cached in tests/servers/KIND/target/ (no Maven call when still valid)."""
    tools = tools or find_tools()
    folder = HERE / kind
    target = folder / "target"
    pom = folder / "pom.xml"
    key = hashlib.sha256()
    key.update(pom.read_bytes())
    if kind == "neo4j":
        key.update(NEO4J_SOURCE.read_bytes())
    key.update(tools["java_version"].encode())
    key.update(" ".join(_mvn_repo_args()).encode())
    stamp = key.hexdigest()
    stamp_file, cp_file = target / "stamp", target / "classpath.txt"
    if stamp_file.is_file() and stamp_file.read_text().strip() == stamp and cp_file.is_file():
        cached = [p for p in cp_file.read_text().strip().split(os.pathsep) if p]
        if cached and all(Path(p).exists() for p in cached):
            return cached

    target.mkdir(parents=True, exist_ok=True)
    print(f"servers.py: resolving {kind} with Maven (the first run downloads it to the local repository)",
          file=sys.stderr, flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="resolve-", dir=target))
    try:
        classpath = _build_classpath(tools, pom, tmp / "classpath.txt")
        if kind == "neo4j":
            # The launcher is compiled into a jar, not a folder: class-data sharing accepts only jars.
            classes = tmp / "classes"
            javac = subprocess.run([tools["javac"], "--release", "17", "-d", str(classes),
                                    "-cp", os.pathsep.join(classpath), str(NEO4J_SOURCE)],
                                   capture_output=True, text=True)
            if javac.returncode != 0:
                raise ServerError(f"javac failed on {NEO4J_SOURCE.name}: {javac.stderr.strip()[-500:]}")
            jar = tmp / "launcher.jar"
            with zipfile.ZipFile(jar, "w") as z:
                z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n")
                for f in sorted(classes.rglob("*.class")):
                    z.write(f, f.relative_to(classes).as_posix())
            os.replace(jar, target / "launcher.jar")
            classpath = [str(target / "launcher.jar"), *classpath]
            for old in target.glob("neo4j*.jsa"):  # a class-data archive for the old classpath
                old.unlink(missing_ok=True)
        (tmp / "cp").write_text(os.pathsep.join(classpath))
        os.replace(tmp / "cp", cp_file)
        (tmp / "stamp").write_text(stamp + "\n")
        os.replace(tmp / "stamp", stamp_file)
        return classpath
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- processes


def _spawn(cmd: list[str], log: Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                cwd=cwd, env=env, start_new_session=True)
    _CHILDREN[proc.pid] = proc
    return proc


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def is_running(info: dict[str, Any]) -> bool:
    """True while the server's process lives (not a zombie) and is still the one that was started."""
    pid = int(info["pid"])
    proc = _CHILDREN.get(pid)
    if proc is not None and proc.poll() is not None:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    if state in ("Z", "X"):
        return False
    cmd = _cmdline(pid)
    return f"{MARKER}{info['kind']}" in cmd and str(info["dir"]) in cmd


def _wait_gone(info: dict[str, Any], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not is_running(info):
            return True
        time.sleep(0.1)
    return not is_running(info)


def _reap(pid: int) -> None:
    proc = _CHILDREN.pop(pid, None)
    if proc is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


def _finish_cds(info: dict[str, Any], clean_exit: bool) -> None:
    """Move a class-data archive the JVM wrote at a clean exit into place; drop a partial one."""
    dump = info.get("cds_dump")
    if not dump:
        return
    dump_path = Path(dump)
    if clean_exit and dump_path.is_file() and dump_path.stat().st_size > 0:
        os.replace(dump_path, info["cds_archive"])
    else:
        dump_path.unlink(missing_ok=True)


def stop(info: dict[str, Any], grace: float = STOP_GRACE, remove: bool = True) -> None:
    """SIGTERM, SIGKILL after `grace` seconds; then remove the server's folder unless remove=False."""
    pid = int(info["pid"])
    if info.get("cds_dump"):  # this JVM writes the class-data archive (about 100 MB) as it exits
        grace = max(grace, 180.0)
    clean = True
    if is_running(info):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        if not _wait_gone(info, grace):
            clean = False
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _wait_gone(info, 10)
    _reap(pid)
    _finish_cds(info, clean)
    if remove:
        shutil.rmtree(info["dir"], ignore_errors=True)


def kill(info: dict[str, Any]) -> None:
    """SIGKILL, as a crash: the data folder stays, so a start on the same workdir recovers from it."""
    pid = int(info["pid"])
    if is_running(info):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _wait_gone(info, 10)
    _reap(pid)
    _finish_cds(info, clean_exit=False)


def _log_tail(log: Path, lines: int = 30) -> str:
    try:
        text = log.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(text[-lines:])


def _fail(proc: subprocess.Popen[bytes], message: str, log: Path) -> ServerError:
    """Kill a server that did not come up and make the error to raise."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    _CHILDREN.pop(proc.pid, None)
    return ServerError(message, log)


# ---------------------------------------------------------------- readiness probes


def bolt_handshake(host: str, port: int, timeout: float = 5.0) -> tuple[int, int] | None:
    """The Bolt version the server agrees to (major, minor), or None: a real Bolt handshake."""
    proposal = b"\x60\x60\xb0\x17" + bytes([0, 8, 8, 5]) + bytes([0, 0, 4, 4]) + bytes(8)
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(proposal)
            answer = b""
            while len(answer) < 4:
                chunk = s.recv(4 - len(answer))
                if not chunk:
                    return None
                answer += chunk
    except OSError:
        return None
    if answer == bytes(4):
        return None
    return answer[3], answer[2]


def http_status(url: str, data: bytes | None = None, timeout: float = 5.0) -> int | None:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)
    except (OSError, ValueError):
        return None


# ---------------------------------------------------------------- Neo4j


def _cds_options(target: Path) -> tuple[list[str], Path | None]:
    """Class-data sharing for Neo4j: use the archive if there is one, else have this JVM write it at exit.

    AIKG_TEST_SERVERS_CDS=0 turns it off, =1 on; by default it is on, except that under CI=true (a fresh
    clone whose archive would be thrown away) no archive is written, which saves ~20 s at the stop.
    """
    mode = os.environ.get("AIKG_TEST_SERVERS_CDS", "")
    if mode == "0":
        return [], None
    archive = target / "neo4j.jsa"
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"], None
    if mode != "1" and os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return [], None
    recent = [p for p in target.glob("neo4j-*.jsa.tmp") if time.time() - p.stat().st_mtime < 600]
    if recent:  # another server is writing it
        return [], None
    dump = target / f"neo4j-{os.getpid()}-{time.monotonic_ns()}.jsa.tmp"
    return [f"-XX:ArchiveClassesAtExit={dump}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"], dump


def _await_neo4j(proc: subprocess.Popen[bytes], ready: Path, log: Path, deadline: float,
                 timeout: float) -> tuple[int, dict[str, Any], tuple[int, int]]:
    """Wait for the launcher's ready file, then for a Bolt handshake on the port it names."""
    facts: dict[str, Any] | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise _fail(proc, f"neo4j exited with code {proc.returncode} while starting (log: {log})", log)
        if ready.is_file():
            facts = json.loads(ready.read_text())
            break
        time.sleep(0.1)
    if facts is None:
        raise _fail(proc, f"neo4j did not come up within {timeout:.0f} s (log: {log})", log)
    bound = int(facts["bolt_port"])
    bolt = None
    while time.monotonic() < deadline and bolt is None:
        bolt = bolt_handshake(HOST, bound)
        if bolt is None:
            time.sleep(0.2)
    if bolt is None:
        raise _fail(proc, f"neo4j wrote its port {bound} but does not answer the Bolt handshake (log: {log})",
                    log)
    return bound, facts, bolt


def start_neo4j(workdir: str | os.PathLike[str], *, password: str = DEFAULT_PASSWORD, port: int = 0,
                timeout: float = START_TIMEOUT) -> dict[str, Any]:
    """Start Neo4j Community 5.26 with Bolt on 127.0.0.1 (`port`, 0 = a free one) and its data in WORKDIR/neo4j.

    An existing WORKDIR/neo4j (after kill()) is reused: Neo4j recovers it. Returns the server's info dict.
    """
    if len(password) < 8:
        raise ServerError("the Neo4j password must have at least 8 characters")
    tools = find_tools()
    classpath = resolve("neo4j", tools)
    home = Path(workdir).resolve() / "neo4j"
    home.mkdir(parents=True, exist_ok=True)
    conf, ready, log = home / "neo4j.conf", home / "ready.json", home / "neo4j.log"
    conf.write_text(NEO4J_CONF.format(port=port, pagecache=os.environ.get("AIKG_TEST_NEO4J_PAGECACHE", "128m")))
    ready.unlink(missing_ok=True)
    extra = shlex.split(os.environ.get("AIKG_TEST_NEO4J_JAVA_OPTS", ""))
    cds, dump = _cds_options(HERE / "neo4j" / "target")
    cmd = [tools["java"], *NEO4J_JAVA_OPTS, *cds, *extra, f"{MARKER}neo4j",
           "-cp", os.pathsep.join(classpath), NEO4J_MAIN, str(home), str(conf), str(ready)]
    env = {**os.environ, "AIKG_NEO4J_PASSWORD": password}
    t0 = time.monotonic()
    proc = _spawn(cmd, log, home, env)
    try:
        bound, facts, bolt = _await_neo4j(proc, ready, log, t0 + timeout, timeout)
    except ServerError:
        if dump:  # a JVM killed while starting leaves no usable archive
            dump.unlink(missing_ok=True)
        raise
    version, _, edition = str(facts.get("version", "")).partition(" ")
    return {
        "kind": "neo4j",
        "pid": proc.pid,
        "host": HOST,
        "port": bound,
        "uri": f"bolt://{HOST}:{bound}",
        "user": "neo4j",
        "password": password,
        "version": version,
        "edition": edition,
        "bolt_protocol": f"{bolt[0]}.{bolt[1]}",
        "dir": str(home),
        "data_dir": str(home / "data"),
        "conf": str(conf),
        "log": str(log),
        "debug_log": str(home / "logs" / "debug.log"),
        "cds_dump": str(dump) if dump else None,
        "cds_archive": str(HERE / "neo4j" / "target" / "neo4j.jsa"),
        "started_in_s": round(time.monotonic() - t0, 1),
    }


# ---------------------------------------------------------------- Fuseki

_FUSEKI_PORT = re.compile(rb"Start Fuseki \(http=(\d+)\)")
_FUSEKI_VERSION = re.compile(rb"Apache Jena Fuseki (\S+)")


def start_fuseki(workdir: str | os.PathLike[str], *, port: int = 0, mem: bool = False,
                 timeout: float = START_TIMEOUT) -> dict[str, Any]:
    """Start Fuseki 5.6 on 127.0.0.1 (`port`, 0 = a free one) with the updatable dataset /aikg.

    The dataset is TDB2 in WORKDIR/fuseki/tdb2 (reused if it exists), or in memory with mem=True.
    Endpoints: /aikg/sparql (query), /aikg/update, /aikg/data (Graph Store Protocol), /$/ping.
    """
    tools = find_tools()
    classpath = resolve("fuseki", tools)
    base = Path(workdir).resolve() / "fuseki"
    db = base / "tdb2"
    db.mkdir(parents=True, exist_ok=True)
    log = base / "fuseki.log"
    offset = log.stat().st_size if log.exists() else 0
    extra = shlex.split(os.environ.get("AIKG_TEST_FUSEKI_JAVA_OPTS", ""))
    store = ["--mem"] if mem else ["--tdb2", f"--loc={db}"]
    cmd = [tools["java"], *FUSEKI_JAVA_OPTS, *extra, f"{MARKER}fuseki", f"-Daikg.testserver.dir={base}",
           "-cp", os.pathsep.join(classpath), FUSEKI_MAIN,
           "--localhost", f"--port={port}", "--update", "--ping", *store, f"/{DATASET}"]
    t0 = time.monotonic()
    proc = _spawn(cmd, log, base)
    deadline = t0 + timeout
    bound = None
    text = b""
    while time.monotonic() < deadline:
        with open(log, "rb") as f:
            f.seek(offset)
            text = f.read()
        m = _FUSEKI_PORT.search(text)
        if m:
            bound = int(m.group(1))
            break
        if proc.poll() is not None:
            raise _fail(proc, f"fuseki exited with code {proc.returncode} while starting (log: {log})", log)
        time.sleep(0.1)
    if bound is None:
        raise _fail(proc, f"fuseki did not come up within {timeout:.0f} s (log: {log})", log)
    root = f"http://{HOST}:{bound}"
    url = f"{root}/{DATASET}"
    ask = f"{url}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    ok = False
    while time.monotonic() < deadline and not ok:
        ok = http_status(f"{root}/$/ping") == 200 and http_status(ask) == 200
        if not ok:
            time.sleep(0.2)
    if not ok:
        raise _fail(proc, f"fuseki is listening on {bound} but {root}/$/ping or {url}/sparql fails (log: {log})",
                    log)
    v = _FUSEKI_VERSION.search(text)
    return {
        "kind": "fuseki",
        "pid": proc.pid,
        "host": HOST,
        "port": bound,
        "url": url,
        "dataset": DATASET,
        "sparql": f"{url}/sparql",
        "update": f"{url}/update",
        "gsp": f"{url}/data",
        "ping": f"{root}/$/ping",
        "version": v.group(1).decode() if v else "",
        "storage": "memory" if mem else "tdb2",
        "dir": str(base),
        "data_dir": None if mem else str(db),
        "log": str(log),
        "started_in_s": round(time.monotonic() - t0, 1),
    }


STARTERS: dict[str, Callable[[str], dict[str, Any]]] = {"neo4j": start_neo4j, "fuseki": start_fuseki}


# ---------------------------------------------------------------- command line


def _load(state: Path) -> dict[str, Any]:
    return json.loads(state.read_text()) if state.is_file() else {}


def _save(state: Path, data: dict[str, Any]) -> None:
    state.parent.mkdir(parents=True, exist_ok=True)
    tmp = state.with_name(state.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, state)


def _say_error(err: ServerError) -> None:
    print(f"servers.py: {err}", file=sys.stderr)
    if err.log is not None:
        tail = _log_tail(err.log)
        if tail:
            print(f"--- last lines of {err.log} ---\n{tail}\n---", file=sys.stderr)
        debug = err.log.parent / "logs" / "debug.log"
        if debug.is_file():
            print(f"--- last lines of {debug} ---\n{_log_tail(debug, 15)}\n---", file=sys.stderr)


def _summary(info: dict[str, Any]) -> str:
    if info["kind"] == "neo4j":
        return (f"neo4j {info['version']} {info['edition']} at {info['uri']} "
                f"(pid {info['pid']}, up in {info['started_in_s']} s)")
    return f"fuseki {info['version']} at {info['url']} (pid {info['pid']}, up in {info['started_in_s']} s)"


def cmd_start(args: argparse.Namespace) -> int:
    kinds = ["neo4j", "fuseki"] if args.which == "all" else [args.which]
    try:
        tools = find_tools()
        for kind in kinds:  # resolve both before starting either: a Maven failure leaves nothing running
            resolve(kind, tools)
    except ToolMissing as e:
        print(f"servers.py: {e}", file=sys.stderr)
        return EXIT_NO_TOOLS
    except ServerError as e:
        _say_error(e)
        return 1
    state_file = Path(args.state)
    state = _load(state_file)
    servers: dict[str, Any] = state.setdefault("servers", {})
    for kind in kinds:
        if kind in servers and is_running(servers[kind]):
            print(f"servers.py: {kind} already runs (pid {servers[kind]['pid']}) for {state_file}; "
                  "stop it first", file=sys.stderr)
            return 1
        if kind in servers:  # a dead one: clear its leftovers
            stop(servers.pop(kind))
    if not state.get("workdir"):
        state["workdir"] = tempfile.mkdtemp(prefix="aikg-servers-")
        state["owns_workdir"] = True
    started: list[str] = []
    try:
        for kind in kinds:
            servers[kind] = STARTERS[kind](state["workdir"])
            started.append(kind)
            _save(state_file, state)
    except ServerError as e:
        _say_error(e)
        for kind in started:
            stop(servers.pop(kind))
        if servers:
            _save(state_file, state)
        else:
            _cleanup_state(state_file, state)
        return 1
    print("; ".join(_summary(servers[k]) for k in kinds) + f"; state {state_file}")
    return 0


def _cleanup_state(state_file: Path, state: dict[str, Any], keep: bool = False) -> None:
    if state.get("owns_workdir") and state.get("workdir") and not keep:
        shutil.rmtree(state["workdir"], ignore_errors=True)
    state_file.unlink(missing_ok=True)


def cmd_stop(args: argparse.Namespace) -> int:
    state_file = Path(args.state)
    state = _load(state_file)
    if not state:
        print(f"servers.py: nothing to stop ({state_file} does not exist)")
        return 0
    done = []
    for kind, info in state.get("servers", {}).items():
        was = is_running(info)
        stop(info, remove=not args.keep)
        done.append(f"{kind} pid {info['pid']} {'stopped' if was else 'was not running'}")
    _cleanup_state(state_file, state, keep=args.keep)
    kept = f"; kept {state.get('workdir')}" if args.keep else ""
    print("; ".join(done) + kept if done else f"servers.py: no servers in {state_file}{kept}")
    return 0


def env_lines(state: dict[str, Any]) -> list[str]:
    servers = state.get("servers", {})
    values: list[tuple[str, Any]] = []
    if "neo4j" in servers:
        n = servers["neo4j"]
        values += [("AIKG_TEST_NEO4J_URI", n["uri"]), ("AIKG_TEST_NEO4J_USER", n["user"]),
                   ("AIKG_TEST_NEO4J_PASSWORD", n["password"]), ("AIKG_TEST_NEO4J_PID", n["pid"])]
    if "fuseki" in servers:
        f = servers["fuseki"]
        values += [("AIKG_TEST_FUSEKI_URL", f["url"]), ("AIKG_TEST_FUSEKI_PID", f["pid"])]
    return [f"export {k}={shlex.quote(str(v))}" for k, v in values]


def cmd_env(args: argparse.Namespace) -> int:
    state = _load(Path(args.state))
    if not state.get("servers"):
        print(f"servers.py: no servers in {args.state}; run `start` first", file=sys.stderr)
        return 1
    print("\n".join(env_lines(state)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    state = _load(Path(args.state))
    servers = state.get("servers", {})
    if not servers:
        print(f"servers.py: no servers in {args.state}")
        return 1
    down = 0
    for info in servers.values():
        up = is_running(info)
        down += not up
        print(f"{_summary(info)}: {'running' if up else 'NOT running'}")
    return 1 if down else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("start", help="resolve with Maven, start, wait until it answers, write the state file")
    p.add_argument("which", nargs="?", choices=["neo4j", "fuseki", "all"], default="all")
    p.add_argument("--state", required=True, help="JSON state file to write")
    p.set_defaults(func=cmd_start)
    p = sub.add_parser("stop", help="SIGTERM (then SIGKILL) the servers, remove their temporary folders")
    p.add_argument("--state", required=True)
    p.add_argument("--keep", action="store_true", help="keep the data folders and logs")
    p.set_defaults(func=cmd_stop)
    p = sub.add_parser("env", help="print `export AIKG_TEST_...` lines for the tests")
    p.add_argument("--state", required=True)
    p.set_defaults(func=cmd_env)
    p = sub.add_parser("status", help="say whether each server in the state file still runs")
    p.add_argument("--state", required=True)
    p.set_defaults(func=cmd_status)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
