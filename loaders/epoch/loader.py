"""Epoch AI datasets → chips, clusters and data centers, models and companies (see README.md for the mapping).

Files are loaded in dependency order (companies, hardware, data centers, clusters, models), so a cluster's
chip or a model's training hardware resolves to the chip the hardware file made — or to the curated chip a
decision names. Epoch's certainty is kept, never upgraded: a statement from Epoch is at most `reported`
(Epoch compiles others' reports), planned systems are `forecast`, "Unlikely" rows are `unclear`, and the
certainty is also kept as `confidence` and in the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aikg.loading import Context
from aikg.records import Record
from aikg.tabular import (
    Row,
    Table,
    input_files,
    parse_date,
    parse_float,
    read_tables,
    split_list,
    statement,
    unique,
)

ORDER = ("ai_companies", "ml_hardware", "data_centers", "gpu_clusters", "notable_models")
DATASET = "epoch"
CERTAINTY = {"confirmed": ("reported", 0.9), "likely": ("reported", 0.6), "unlikely": ("unclear", 0.25)}
TAGS = {"#confident": ("reported", 0.9), "#likely": ("reported", 0.6), "#speculative": ("unclear", 0.3)}
DC_STATUS = {"existing": "operational", "planned": "planned", "decommissioned": "decommissioned"}
ANONYMIZED = "anonymized chinese system"
SECTORS = {"industry", "academia", "aerospace", "healthcare", "defense", "cloud", "biomedical research", "government",
           "research", "us companies", "european researchers", "industry in france", "academic research in europe",
           "biomedical scientific community", "european science and industry communities", "german government agencies",
           "argonne national laboratory and general scientific community"}
FLOPS = {  # Epoch column → (aikg property, scale to tera)
    "FP64 (double precision) performance (FLOP/s)": "tflops_fp64",
    "FP32 (single precision) performance (FLOP/s)": "tflops_fp32",
    "TF32 (TensorFloat-32) performance (FLOP/s)": "tflops_tf32",
    "Tensor-FP16/BF16 performance (FLOP/s)": "tflops_bf16",
    "FP8 performance (FLOP/s)": "tflops_fp8",
    "INT8 performance (OP/s)": "tops_int8",
    "FP4 performance (FLOP/s)": "tflops_fp4",
}


def load(ctx: Context) -> Iterator[Record]:
    return unique(_load(ctx))


def _load(ctx: Context) -> Iterator[Record]:
    yield from read_tables(ctx, input_files(ctx, ORDER), lambda spec, table: globals()[f"_{spec.key}"](ctx, table))


def _org(ctx: Context, table: Table, row: Row, name: str, roles: list[str] | None = None) -> tuple[str, list[Record]]:
    props: dict[str, Any] = {"roles": roles} if roles else {}
    oid, ent = ctx.resolver.resolve(DATASET, "Organization", name, props, [table.source_id(row)], row.origin)
    return oid, [ent] if ent else []


def _chip(ctx: Context, table: Table, row: Row, name: str) -> tuple[str, list[Record]]:
    cid, ent = ctx.resolver.resolve(DATASET, "Chip", name, {}, [table.source_id(row)], row.origin)
    return cid, [ent] if ent else []


def _ai_companies(ctx: Context, table: Table) -> Iterator[Record]:
    for row in table.rows():
        name = row.pop("Name")
        if not name:
            continue
        props: dict[str, Any] = {}
        founded = parse_date(row.pop("Founding date"))
        if founded:
            props["founded"] = founded
        also, kind = row.pop("Organization (from Organizations)"), row.pop("Company type")
        bits = [f"company type: {kind}" if kind else "", f"models listed under {also}" if also else ""]
        if any(bits):
            props["note"] = "Epoch AI: " + "; ".join(b for b in bits if b)
        _, ent = ctx.resolver.resolve(DATASET, "Organization", name, props, [table.source_id(row)], row.origin)
        if ent:
            yield ent


def _ml_hardware(ctx: Context, table: Table) -> Iterator[Record]:
    for row in table.rows():
        name = row.pop("Hardware name")
        if not name:
            continue
        props: dict[str, Any] = {}
        for col, key in FLOPS.items():
            value = parse_float(row.pop(col))
            if value:
                props[key] = round(value / 1e12, 3)
        fp16 = parse_float(row.pop("FP16 (half precision) performance (FLOP/s)"))
        if props.get("tflops_bf16") or fp16:
            props["tflops_fp16"] = props.get("tflops_bf16") or round((fp16 or 0) / 1e12, 3)
        for col, key, scale in (("Memory size per board (Byte)", "memory_gb", 1e9),
                                ("Memory bandwidth (byte/s)", "memory_bandwidth_tbps", 1e12),
                                ("Die Size (mm^2)", "die_area_mm2", 1), ("TDP (W)", "tdp_w", 1)):
            value = parse_float(row.pop(col))
            if value:
                props[key] = round(value / scale, 3)
        released = parse_date(row.pop("Release date"))
        if released:
            props["release_date"] = released
        nm = parse_float(row.pop("Process size (nm)"))
        if nm:
            props["process_node"] = f"{nm:g} nm"
        link = row.pop("Link to datasheet")
        if link and re.fullmatch(r"https?://\S+", link):
            props["website"] = link
        kind, tpp = row.pop("Type"), parse_float(row.pop("Total processing performance (bit-OP/s)"))
        bits = [f"Epoch AI type: {kind}" if kind else "", f"Epoch AI TPP: {tpp / 1e12:,.0f}" if tpp else ""]
        notes = row.pop("Notes")
        if notes:
            bits.append(notes[:400])
        note = "; ".join(b for b in bits if b)
        if note:
            props["note"] = note
        src = table.source_id(row)
        cid, ent = ctx.resolver.resolve(DATASET, "Chip", name, props, [src], row.origin)
        if ent:
            yield ent
        maker = row.pop("Manufacturer")
        if maker:
            oid, more = _org(ctx, table, row, maker, ["ChipDesigner"])
            yield from more
            yield statement(table, row, cid, "designed_by", oid, "reported")
        foundry = row.pop("Foundry")
        if foundry:
            oid, more = _org(ctx, table, row, foundry, ["Foundry"])
            yield from more
            yield statement(table, row, cid, "fabricated_by", oid, "reported")


def _data_centers(ctx: Context, table: Table) -> Iterator[Record]:
    for row in table.rows():
        name = row.pop("Title")
        if not name:
            continue
        handle, project = row.pop("Handle"), row.pop("Project")
        props: dict[str, Any] = {"kind": "data_center"}
        power = parse_float(row.pop("Current power (MW)"))
        if power:
            props["capacity_mw"] = power
        h100e, cost = parse_float(row.pop("Current H100 equivalents")), row.pop(
            "Current total capital cost (2025 USD billions)")
        bits = [f"current H100 equivalents: {h100e:,.0f}" if h100e else "",
                f"capital cost: {float(cost):.1f} bn 2025 USD" if parse_float(cost) else "",
                f"project: {project}" if project else ""]
        props["note"] = "Epoch AI: " + "; ".join(b for b in bits if b)
        aliases = [handle] if handle else []
        dcid, ent = ctx.resolver.resolve(DATASET, "DataCenter", name, props, [table.source_id(row)], row.origin,
                                         aliases=aliases)
        if ent:
            yield ent
        for org, tag in _tagged(row.pop("Owner")):
            oid, more = _org(ctx, table, row, org)
            yield from more
            status, conf = TAGS.get(tag, ("unclear", 0.3))
            yield statement(table, row, dcid, "owned_by", oid, status, confidence=conf,
                            note=f"Epoch AI tag {tag or '(none)'}")
        for org, tag in _tagged(row.pop("Users")):
            oid, more = _org(ctx, table, row, org)
            yield from more
            status, conf = TAGS.get(tag, ("unclear", 0.3))
            yield statement(table, row, oid, "uses_data_center", dcid, status, confidence=conf,
                            note=f"Epoch AI tag {tag or '(none)'}")


def _tagged(text: str | None) -> list[tuple[str, str]]:
    """'OpenAI #likely, Microsoft #likely' → [('OpenAI', '#likely'), ('Microsoft', '#likely')]."""
    out = []
    for part in split_list(text):
        words = part.split()
        tag = words[-1] if words and words[-1].startswith("#") else ""
        name = " ".join(w for w in words if not w.startswith("#"))
        if name:
            out.append((name, tag))
    return out


def _gpu_clusters(ctx: Context, table: Table) -> Iterator[Record]:
    later: list[tuple[Row, str, str]] = []
    by_name: dict[str, str] = {}
    for row in table.rows():
        name = row.pop("Name")
        if not name:
            continue
        status_text, certainty = (row.pop("Status") or "").lower(), (row.pop("Certainty") or "").lower()
        status, conf = CERTAINTY.get(certainty, ("unclear", 0.3))
        if status_text == "planned" and status != "unclear":
            status = "forecast"
        anonymized = name.lower().startswith(ANONYMIZED)
        props: dict[str, Any] = {"kind": "cluster", "dc_status": DC_STATUS.get(status_text, "unknown")}
        first_op = parse_date(row.pop("First Operational Date"))
        if first_op:
            props["operational_date"] = first_op
        power = parse_float(row.pop("Power Capacity (MW)"))
        if power:
            props["capacity_mw"] = power
        city = row.pop("Location")
        if city and not anonymized:
            props["city"] = city
        h100e, sector = parse_float(row.pop("H100 equivalents")), row.pop("Sector")
        single, dup = row.pop("Single cluster?"), row.pop("Possible Duplicate Of")
        row.pop("Possible Duplicate")
        bits = [f"status {status_text or 'unknown'}, certainty {certainty or 'unknown'}",
                f"H100 equivalents {h100e:,.0f}" if h100e else "", f"sector {sector}" if sector else "",
                f"single cluster: {single}" if single else "", f"possible duplicate of {dup}" if dup else "",
                (row.pop("Certainty Note") or "")[:300]]
        if anonymized:
            bits.insert(0, "anonymized by Epoch AI (numeric fields rounded to one significant figure)")
        props["note"] = "Epoch AI: " + "; ".join(b for b in bits if b)
        src = table.source_id(row)
        if anonymized:
            dcid, ent = ctx.resolver.resolve(DATASET, "DataCenter", f"Anonymized Chinese system (Epoch row {row.number})",
                                             props, [src], row.origin, new_id=f"dc/epoch-anonymized-row-{row.number}")
        else:
            dcid, ent = ctx.resolver.resolve(DATASET, "DataCenter", name, props, [src], row.origin)
        by_name.setdefault(name, dcid)
        if ent:
            yield ent
        q = {"confidence": conf, "valid_from": first_op,
             "valid_to": parse_date(row.pop("Decommissioned Date (if applicable)"))}
        if q["valid_to"] and first_op and q["valid_to"] < first_op:
            q["valid_to"] = None
        country = row.pop("Country")
        cid = ctx.resolver.country(country, DATASET)
        if cid:
            yield statement(table, row, dcid, "located_in", cid, status, **q)
        elif country:
            ctx.warning(row.origin, name, f"unknown country {country!r}: located_in left out",
                        "add a Country `match:` to loaders/resolution/decisions.yaml")
        for org in split_list(row.pop("Owner")):
            oid, more = _org(ctx, table, row, org)
            yield from more
            yield statement(table, row, dcid, "owned_by", oid, status, **q)
        for org in split_list(row.pop("Users")):
            if org.lower() in SECTORS:  # Epoch lists sectors among users; they are not organizations
                continue
            oid, more = _org(ctx, table, row, org)
            yield from more
            yield statement(table, row, oid, "uses_data_center", dcid, status, **q)
        for which in ("primary", "secondary"):
            chip = row.pop(f"Chip type ({which})")
            qty = parse_float(row.pop(f"Chip quantity ({which})"))
            if chip and chip.lower() not in ("anonymized", "unknown"):
                chip_id, more = _chip(ctx, table, row, chip)
                yield from more
                yield statement(table, row, dcid, "hosts_chip", chip_id, status, quantity=qty, **q)
        for col in ("Superseded by", "Builds Upon"):
            other = row.pop(col)
            if other:
                later.append((row, dcid, f"{col}|{other}"))
    for row, dcid, ref in later:  # supersession names rows that may come later in the file
        col, other = ref.split("|", 1)
        target = by_name.get(other)
        if target is None:
            ctx.warning(row.origin, other, f"{col} names a cluster not in the file: left out")
        elif col == "Superseded by":
            yield statement(table, row, dcid, "superseded_by", target, "reported")
        else:
            yield statement(table, row, target, "superseded_by", dcid, "reported",
                            note="Epoch AI: the later system builds upon this one")


def _notable_models(ctx: Context, table: Table) -> Iterator[Record]:
    later: list[tuple[Row, str, str]] = []
    for row in table.rows():
        name = row.pop("Model")
        if not name:
            continue
        props: dict[str, Any] = {}
        released = parse_date(row.pop("Publication date"))
        if released:
            props["release_date"] = released
        params, flop = parse_float(row.pop("Parameters")), parse_float(row.pop("Training compute (FLOP)"))
        if params and params >= 1:
            props["parameters"] = int(round(params))
        if flop:
            props["training_compute_flop"] = flop
        access = row.pop("Model accessibility")
        if access:
            props["open_weights"] = access.lower().startswith("open weights")
        confidence, frontier = row.pop("Confidence"), row.pop("Frontier model")
        bits = [f"accessibility: {access}" if access else "",
                f"compute estimate confidence: {confidence}" if confidence else "",
                "frontier model" if frontier == "True" else ""]
        if any(bits):
            props["note"] = "Epoch AI: " + "; ".join(b for b in bits if b)
        mid, ent = ctx.resolver.resolve(DATASET, "AIModel", name, props, [table.source_id(row)], row.origin)
        if ent:
            yield ent
        for org in split_list(row.pop("Organization")):
            oid, more = _org(ctx, table, row, org)
            yield from more
            yield statement(table, row, mid, "developed_by", oid, "reported", valid_from=released)
        hardware, qty = split_list(row.pop("Training hardware")), parse_float(row.pop("Hardware quantity"))
        for chip in hardware:
            chip_id, more = _chip(ctx, table, row, chip)
            yield from more
            yield statement(table, row, mid, "trained_on", chip_id, "reported",
                            quantity=qty if len(hardware) == 1 else None)
        base = row.pop("Base model")
        if base:
            later.append((row, mid, base))
    for row, mid, base in later:
        base_id, _, _ = ctx.resolver.lookup(DATASET, "AIModel", base)
        if base_id and base_id != mid:
            yield statement(table, row, mid, "based_on", base_id, "reported")
