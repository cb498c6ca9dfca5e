"""Synthetic aikg graphs shaped like the real one, at any size: a seeded, deterministic generator.

    .venv/bin/python bench/synthetic.py 100k /tmp/syn-100k.jsonl   # writes the records as JSON lines

The records are those a loader yields (sources, entities, statements); `loaders/synthetic` reads them back,
so a synthetic build goes through the real pipeline (`aikg build` with the file in datasets.json: validation,
inference, RDF, the Oxigraph store) on top of the curated graph, in a separate AIKG_BUILD_DIR.

The shape follows the curated graph and the datasets users add (Epoch, ETO, screening lists):
- hubs: a few countries (China, the US, the Gulf, Singapore...) and vendors (Nvidia, TSMC, SK hynix) touch a
  large share of edges, drawn with Zipf weights; the curated hub entities themselves are used (GB200, BIS,
  the DOJ, country groups), so every canned question with its default parameters has synthetic rows;
- what grows linearly: models, data centers and their hosting/usage edges, companies on screening lists,
  enforcement actions, reports, license decisions and their recipients;
- what grows sub-linearly (as in the world): chips (√n), export-control rules (n^⅓), labs (n^⅔: 168 at 10k,
  a few thousand at 1M; Epoch's data knows hundreds of organizations, not one per 80 relations), and sites
  open to a whole country and smuggling cases bound for one (n^⅓: the sites the brief calls open to Chinese
  developers are a handful, not a share);
- every statement cites one or two synthetic sources (publisher "aikg synthetic generator"), has a status from
  the real mix, and about a third carry dates; policies have announced/effective dates, thresholds and effects.

Every id carries `syn-` and every name `SYN`, so synthetic records can never pass for curated facts.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PUBLISHER = "aikg synthetic generator"
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
STATUSES = ["confirmed"] * 5 + ["reported"] * 8 + ["alleged", "forecast", "unclear"]

# hubs from the curated graph, most frequent first (Zipf weights by rank)
COUNTRIES = ["country/CN", "country/US", "country/AE", "country/SG", "country/SA", "country/MY", "country/JP",
             "country/IN", "country/DE", "country/GB", "country/KR", "country/TW", "country/HK", "country/FR",
             "country/NL", "country/QA", "country/ID", "country/TH", "country/VN", "country/BR", "country/CA",
             "country/IL", "country/TR", "country/KZ", "country/RU", "country/IE", "country/SE", "country/ES"]
GROUPS = ["group/ear-d5", "group/ear-d1", "group/ear-a5", "group/diffusion-tier2"]
DESIGNERS = ["org/nvidia", "org/amd", "org/huawei", "org/intel", "org/cambricon", "org/biren"]
FOUNDRIES = ["org/tsmc", "org/smic", "org/samsung"]
MEMORY = ["org/sk-hynix", "org/samsung", "org/micron", "org/cxmt"]
PACKAGERS = ["org/tsmc", "org/ase", "org/amkor"]
OPERATORS = ["org/microsoft", "org/oracle", "org/coreweave", "org/amazon", "org/google", "org/nebius", "org/g42",
             "org/equinix", "org/ytl", "org/khazna"]
HUB_CHIPS = ["chip/nvidia-gb200", "chip/nvidia-h100", "chip/nvidia-h20", "chip/nvidia-gb300", "chip/nvidia-h200",
             "chip/nvidia-b200", "chip/nvidia-a100"]
AUTHORITIES = ["org/us-doj", "org/bis", "org/singapore-police-force"]
ENTITY_LIST = "policy/entity-list"


def size_of(text: str) -> int:
    """'10k', '100k', '1m' or a plain number of statements."""
    key = text.strip().lower()
    if key in SIZES:
        return SIZES[key]
    try:
        n = int(key.replace("_", ""))
    except ValueError:
        raise ValueError(f"unknown size {text!r}: use 10k, 100k, 1m or a number of statements") from None
    if n < 1000:
        raise ValueError(f"size {n} is too small: at least 1000 statements")
    return n


class Generator:
    def __init__(self, n: int, seed: int = 8):
        self.n = n
        self.rnd = random.Random(seed)
        self.count = 0
        self._cum: dict[tuple[int, float], list[float]] = {}
        self.sources = [f"src/syn-{i:06d}" for i in range(max(20, n // 40))]
        # sites open to a whole country, and cases bound for one: a handful, growing as n^(1/3)
        self.open_every = max(1, int(n / 25 / (3 * (n / 10_000) ** (1 / 3))))
        # a lab every 3 units at 10k, every 14 at 1M: labs grow as n^(2/3) (each unit is ~26 statements)
        self.lab_every = max(1, round(3 * (n / 10_000) ** (1 / 3)))

    # -- helpers
    def zipf(self, items: list[str], s: float = 1.1) -> str:
        """An item drawn with weight 1/rank^s: the first few are hubs."""
        key = (len(items), s)
        cum = self._cum.get(key)
        if cum is None:
            cum = self._cum[key] = list(itertools.accumulate(1 / (r + 1) ** s for r in range(len(items))))
        return self.rnd.choices(items, cum_weights=cum)[0]

    def distinct(self, items: list[str], s: float, k: int) -> list[str]:
        """k Zipf draws without repeats, in the order drawn (a set's order would follow PYTHONHASHSEED, and with
        it the random numbers each later record draws: another graph in every process)."""
        return list(dict.fromkeys(self.zipf(items, s) for _ in range(k)))

    def date(self, lo: int = 2019, hi: int = 2026) -> str:
        return f"{self.rnd.randint(lo, hi)}-{self.rnd.randint(1, 12):02d}-{self.rnd.randint(1, 28):02d}"

    def srcs(self) -> list[str]:
        return self.rnd.sample(self.sources, self.rnd.choice((1, 1, 2)))

    def entity(self, eid: str, etype: str, **props: Any) -> dict[str, Any]:
        return {"kind": "entity", "id": eid, "type": etype, "props": props, "sources": self.srcs()}

    def st(self, subject: str, predicate: str, obj: str, status: str | None = None, **q: Any) -> dict[str, Any]:
        self.count += 1
        rec = {"kind": "statement", "subject": subject, "predicate": predicate, "object": obj,
               "status": status or self.rnd.choice(STATUSES), "sources": self.srcs()}
        if "valid_from" not in q and self.rnd.random() < 0.3:
            q["valid_from"] = self.date(2018, 2025)
        rec.update(q)
        return rec

    # -- the graph
    def records(self) -> Iterator[dict[str, Any]]:
        n = self.n
        for i, sid in enumerate(self.sources):
            yield {"kind": "source", "id": sid, "title": f"SYN synthetic source {i}", "publisher": PUBLISHER,
                   "url": f"https://synthetic.aikg.invalid/{sid[4:]}", "published": self.date(2018, 2025),
                   "source_kind": "dataset"}
        chips = [*HUB_CHIPS, *(yield from self.chips(int(6 * (n / 10_000) ** 0.5)))]
        rules = yield from self.rules(max(2, round(2 * (n / 10_000) ** (1 / 3))), chips)
        operators = [*OPERATORS, *(yield from self.orgs("operator", max(5, n // 4000), ["CloudProvider"]))]
        # linear parts, in the proportions of a graph grown with datasets (units repeat until n statements)
        labs: list[str] = []
        dcs: list[str] = []
        unit = 0
        while self.count < n:
            labs += (yield from self.labs(unit, chips, dcs))
            dcs += (yield from self.data_centers(unit, chips, operators, labs))
            yield from self.models(unit, labs, chips)
            yield from self.companies(unit)
            yield from self.events(unit, labs, chips)
            if unit % 4 == 0:
                yield from self.license(unit, chips, labs, operators)
            unit += 1
        del rules

    def chips(self, k: int) -> Iterator[dict[str, Any]]:
        out = []
        for i in range(k):
            cid = f"chip/syn-{i:05d}"
            bf16 = round(self.rnd.lognormvariate(5.5, 1.0), 1)  # median ~250 TFLOPS, a long tail above 1,000
            yield self.entity(cid, "Chip", name=f"SYN Chip {i}", tflops_bf16=bf16, tflops_fp8=round(bf16 * 2, 1),
                              die_area_mm2=self.rnd.choice((300, 450, 600, 814)),
                              memory_bandwidth_tbps=round(self.rnd.uniform(0.5, 8), 2), release_date=self.date(2018))
            designer = self.zipf(DESIGNERS, 1.4)
            yield self.st(cid, "designed_by", designer, "confirmed")
            yield self.st(cid, "fabricated_by", self.zipf(FOUNDRIES, 2.0), "reported")
            for m in self.distinct(MEMORY, 1.5, self.rnd.randint(1, 2)):
                yield self.st(cid, "memory_supplied_by", m, "reported")
            yield self.st(cid, "packaged_by", self.zipf(PACKAGERS, 2.0), "reported")
            if designer in ("org/huawei", "org/cambricon", "org/biren"):
                yield self.st(cid, "alternative_to", self.zipf(HUB_CHIPS), "reported")
            out.append(cid)
        return out

    def rules(self, k: int, chips: list[str]) -> Iterator[dict[str, Any]]:
        """Export-control rules with criteria, dates and destinations (some rescinded), and license decisions."""
        out = []
        for i in range(k):
            pid = f"policy/syn-rule-{i:04d}"
            eff = self.date(2022, 2025)
            restrictive = i % 3 != 2
            props: dict[str, Any] = {"name": f"SYN export-control rule {i}", "announced": eff, "effective": eff,
                                     "policy_status": "effective",
                                     "effect": "license_required" if restrictive else "case_by_case"}
            if restrictive:
                props["tpp_threshold"] = float(self.rnd.choice((1600, 2400, 4800)))
                props["performance_density_threshold"] = 5.92
            yield self.entity(pid, "ExportControlRule", **props)
            yield self.st(pid, "issued_by", "org/bis", "confirmed")
            yield self.st(pid, "applies_to", "country/CN" if i % 2 == 0 else self.rnd.choice(GROUPS), "confirmed",
                          valid_from=eff)
            if not restrictive:
                yield self.st(pid, "covers_chip", self.rnd.choice(chips), "confirmed", valid_from=eff)
            if i and i % 4 == 0:
                yield self.st(pid, "rescinds", out[-1], "confirmed", valid_from=eff)
            out.append(pid)
        return out

    def orgs(self, kind: str, k: int, roles: list[str]) -> Iterator[dict[str, Any]]:
        out = []
        for i in range(k):
            oid = f"org/syn-{kind}-{i:05d}"
            yield self.entity(oid, "Organization", name=f"SYN {kind.title()} {i}", roles=roles)
            yield self.st(oid, "headquartered_in", self.zipf(COUNTRIES), "confirmed")
            out.append(oid)
        return out

    def labs(self, unit: int, chips: list[str], dcs: list[str]) -> Iterator[dict[str, Any]]:
        out = []
        for j in range(1 if unit % self.lab_every == 0 else 0):  # labs are few (thousands at 1M)
            lid = f"org/syn-lab-{unit:05d}-{j}"
            yield self.entity(lid, "Organization", name=f"SYN Lab {unit}-{j}", roles=["Lab"])
            yield self.st(lid, "headquartered_in", self.zipf(COUNTRIES, 1.3), "confirmed")
            for c in self.distinct(chips, 1.2, self.rnd.randint(1, 3)):
                yield self.st(lid, "uses_chip", c)
            if dcs and self.rnd.random() < 0.5:
                yield self.st(lid, "uses_data_center", self.rnd.choice(dcs))
            out.append(lid)
        return out

    def data_centers(self, unit: int, chips: list[str], operators: list[str], labs: list[str],
                     ) -> Iterator[dict[str, Any]]:
        out = []
        for j in range(2):
            did = f"dc/syn-{unit:05d}-{j}"
            yield self.entity(did, "DataCenter", name=f"SYN Data Center {unit}-{j}",
                              dc_status=self.rnd.choice(("operational", "operational", "planned")),
                              access_policy=self.rnd.choice(("public_cloud", "private", "restricted")),
                              capacity_mw=float(self.rnd.randint(5, 500)), operational_date=self.date(2020))
            yield self.st(did, "located_in", self.zipf(COUNTRIES[1:], 1.0), "confirmed")
            yield self.st(did, "operated_by", self.zipf(operators, 1.0), "reported")
            for c in self.distinct(chips, 0.9, self.rnd.randint(1, 3)):
                yield self.st(did, "hosts_chip", c, "reported")
            if (2 * unit + j) % self.open_every == 0:
                yield self.st(did, "open_to", "country/CN", "reported")
            elif labs and self.rnd.random() < 0.3:
                yield self.st(did, "open_to", self.rnd.choice(labs), "reported")
            if self.rnd.random() < 0.1:
                yield self.st(did, "closed_to", self.rnd.choice(("country/CN", "group/ear-d5")), "reported")
            out.append(did)
        return out

    def models(self, unit: int, labs: list[str], chips: list[str]) -> Iterator[dict[str, Any]]:
        for j in range(4):
            mid = f"model/syn-{unit:05d}-{j}"
            yield self.entity(mid, "AIModel", name=f"SYN Model {unit}-{j}", open_weights=self.rnd.random() < 0.5,
                              release_date=self.date(2020), parameters=float(self.rnd.randint(1, 700)) * 1e9)
            yield self.st(mid, "developed_by", self.rnd.choice(labs[-40:]), "confirmed")
            yield self.st(mid, "trained_on", self.zipf(chips, 1.2))

    def companies(self, unit: int) -> Iterator[dict[str, Any]]:
        """Companies from screening lists: a headquarters and a listing on the Entity List."""
        for j in range(3):
            oid = f"org/syn-co-{unit:05d}-{j}"
            yield self.entity(oid, "Organization", name=f"SYN Company {unit}-{j}", roles=["Company"])
            yield self.st(oid, "headquartered_in", self.zipf(COUNTRIES, 1.5), "confirmed")
            if unit % 25 == 0 and j == 0:
                yield self.st(ENTITY_LIST, "lists_entity", oid, "confirmed", valid_from=self.date(2019, 2025))

    def events(self, unit: int, labs: list[str], chips: list[str]) -> Iterator[dict[str, Any]]:
        eid = f"event/syn-case-{unit:05d}"
        yield self.entity(eid, "EnforcementAction", name=f"SYN Enforcement action {unit}", event_date=self.date(2021))
        yield self.st(eid, "issued_by", self.zipf(AUTHORITIES, 1.5), "confirmed")
        yield self.st(eid, "concerns_chip", self.zipf(HUB_CHIPS + chips[len(HUB_CHIPS):], 1.0), "alleged",
                      quantity=float(self.rnd.randint(10, 5000)))
        yield self.st(eid, "routed_through", self.zipf(COUNTRIES[2:], 1.0), "alleged")
        if (2 * unit) % self.open_every == 0:  # cases bound for a whole country: as rare as country-wide sites
            yield self.st(eid, "intended_for", "country/CN", "alleged")
        elif self.rnd.random() < 0.3:
            yield self.st(eid, "intended_for", self.rnd.choice(labs[-40:]), "alleged")
        rid = f"event/syn-report-{unit:05d}"
        yield self.entity(rid, "Report", name=f"SYN Report {unit}", event_date=self.date(2023))
        yield self.st(rid, "published_by", self.rnd.choice(("org/cnas", "org/exiger", "org/financial-times")),
                      "confirmed")
        yield self.st(rid, "targets", self.rnd.choice(labs[-20:]), "alleged")

    def license(self, unit: int, chips: list[str], labs: list[str], operators: list[str]) -> Iterator[dict[str, Any]]:
        pid = f"policy/syn-license-{unit:05d}"
        eff = self.date(2023, 2025)
        yield self.entity(pid, "LicenseDecision", name=f"SYN License decision {unit}", announced=eff, effective=eff,
                          policy_status="effective", effect="approved_with_conditions")
        yield self.st(pid, "issued_by", "org/bis", "confirmed")
        yield self.st(pid, "authorizes_chip", self.zipf(["chip/nvidia-gb200", "chip/nvidia-gb300", *chips[:20]]),
                      self.rnd.choice(("confirmed", "reported", "unclear")))
        yield self.st(pid, "destination", self.zipf(COUNTRIES[2:], 1.0), "confirmed")
        yield self.st(pid, "recipient", self.zipf(operators, 1.0), "reported")
        if unit % 40 == 0:
            yield self.st(pid, "suspends", f"policy/syn-license-{max(0, unit - 4):05d}", "reported",
                          valid_from=self.date(2025, 2025))


def generate(n: int, seed: int = 8) -> Iterator[dict[str, Any]]:
    """The records of a synthetic graph of about `n` statements (a few more: the last unit is finished)."""
    yield from Generator(n, seed).records()


def write(n: int, path: Path, seed: int = 8) -> int:
    """Write the records as JSON lines; returns the number of statements."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        for rec in generate(n, seed):
            count += rec["kind"] == "statement"
            fh.write(json.dumps(rec, separators=(",", ":")) + "\n")
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: synthetic.py SIZE OUT.jsonl   (SIZE: 10k, 100k, 1m or a number)", file=sys.stderr)
        return 1
    try:
        n = size_of(argv[0])
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{write(n, Path(argv[1]))} statements written to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
