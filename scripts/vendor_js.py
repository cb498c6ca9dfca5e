"""Re-fetch the JavaScript the explorer ships (cytoscape.js) from the npm registry, at the pinned version.

`python scripts/vendor_js.py` packs `cytoscape@VERSION` with the ordinary npm client, checks the tarball
against the integrity hash the registry publishes for that version (and against the one pinned in
`src/aikg/explorer/vendor/cytoscape.json`), then writes `dist/cytoscape.min.js` and `LICENSE` into the
package and records the file's sha256 in the pin. `--check` only verifies the committed file against the pin.
To upgrade: `python scripts/vendor_js.py --version X.Y.Z` (writes the new pin; review and commit).

npm is needed only here, at development time: users installing aikg from a wheel get the file inside it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "src" / "aikg" / "explorer" / "vendor"
PIN = VENDOR / "cytoscape.json"
FILES = {"package/dist/cytoscape.min.js": "cytoscape.min.js", "package/LICENSE": "LICENSE"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def npm(*args: str, cwd: Path | None = None) -> str:
    out = subprocess.run(["npm", *args], capture_output=True, text=True, check=False, cwd=cwd)
    if out.returncode:
        sys.exit(f"npm {' '.join(args)} failed: {out.stderr.strip().splitlines()[-1:]}")
    return out.stdout


def verify_integrity(tarball: bytes, integrity: str) -> None:
    """An npm integrity string is `sha512-<base64 digest>` (Subresource Integrity syntax)."""
    algo, _, expected = integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algo, tarball).digest()).decode()
    if digest != expected:
        sys.exit(f"integrity mismatch: the tarball is {algo}-{digest}, the registry says {integrity}")


def fetch(version: str) -> None:
    published = json.loads(npm("view", f"cytoscape@{version}", "dist.integrity", "--json"))
    pin = json.loads(PIN.read_text()) if PIN.exists() else {}
    if pin.get("version") == version and pin.get("integrity") != published:
        sys.exit(f"the registry's integrity for cytoscape@{version} ({published}) differs from the pin "
                 f"({pin.get('integrity')}): refusing to vendor")
    with tempfile.TemporaryDirectory() as tmp:
        packed = json.loads(npm("pack", f"cytoscape@{version}", "--json", "--pack-destination", tmp, cwd=Path(tmp)))
        tarball = (Path(tmp) / packed[0]["filename"]).read_bytes()
        verify_integrity(tarball, published)
        with tarfile.open(Path(tmp) / packed[0]["filename"]) as tar:
            contents = {}
            for member, name in FILES.items():
                fh = tar.extractfile(member)
                if fh is None:
                    sys.exit(f"{member} missing from cytoscape@{version}")
                contents[name] = fh.read()
    VENDOR.mkdir(parents=True, exist_ok=True)
    for name, data in contents.items():
        (VENDOR / name).write_bytes(data)
    pin = {"package": "cytoscape", "version": version, "integrity": published, "license": "MIT",
           "files": {name: {"sha256": sha256(data), "from": member}
                     for (member, name), data in zip(FILES.items(), contents.values(), strict=True)}}
    PIN.write_text(json.dumps(pin, indent=2) + "\n")
    print(f"vendored cytoscape@{version} ({len(contents['cytoscape.min.js']):,} bytes), {published}")


def check() -> int:
    pin = json.loads(PIN.read_text())
    bad = [name for name, f in pin["files"].items() if sha256((VENDOR / name).read_bytes()) != f["sha256"]]
    for name in bad:
        print(f"{VENDOR / name} does not match its pinned sha256 (run scripts/vendor_js.py)", file=sys.stderr)
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", help="cytoscape version to vendor (default: the pinned one)")
    ap.add_argument("--check", action="store_true", help="only verify the vendored files against the pin")
    args = ap.parse_args()
    if args.check:
        sys.exit(check())
    version = args.version or json.loads(PIN.read_text())["version"]
    fetch(version)


if __name__ == "__main__":
    main()
