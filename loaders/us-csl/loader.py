"""US Consolidated Screening List (CSV or JSON) → one SanctionsList per constituent list, and its listings.

The CSL's `source` names the list and its agency ("Entity List (EL) - Bureau of Industry and Security"): the
list is resolved by its name without the agency (the curated `policy/entity-list` has the alias
"Entity List" plus a committed decision), the agency becomes `issued_by`. Entities become organizations,
individuals people (`targets`, as `lists_entity` takes organizations); vessels and aircraft have no class in
the schema and are counted in one warning, not loaded. Country is taken from the addresses (the last part of
each CSV address, the `country` field in JSON). Listings are the issuing agencies' own: `confirmed`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aikg.loading import Context
from aikg.records import Record
from aikg.tabular import Row, Table, input_files, parse_date, read_tables, split_list, statement, unique

DATASET = "us-csl"
KINDS = {"entity": "Organization", "individual": "Person"}


def load(ctx: Context) -> Iterator[Record]:
    return unique(_load(ctx))


def _load(ctx: Context) -> Iterator[Record]:
    yield from read_tables(ctx, input_files(ctx), lambda spec, table: _rows(ctx, table))


def _list(ctx: Context, table: Table, row: Row, source: str, lists: dict[str, str]) -> Iterator[Record]:
    name, _, agency = source.partition(" - ")
    src = table.source_id(row)
    lid, ent = ctx.resolver.resolve(DATASET, "SanctionsList", name.strip(), {"policy_status": "effective"}, [src],
                                    row.origin)
    lists[source] = lid
    if ent:
        yield ent
        if agency.strip():
            oid, org = ctx.resolver.resolve(DATASET, "Organization", agency.strip(), {"roles": ["GovernmentBody"]},
                                            [src], row.origin)
            if org:
                yield org
            yield statement(table, row, lid, "issued_by", oid, "confirmed")


def _countries(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(a.get("country")) for a in value if isinstance(a, dict) and a.get("country")]
    out = []
    for address in split_list(value if isinstance(value, str) else "", ";"):
        last = address.rsplit(",", 1)[-1].strip()
        if last:
            out.append(last)
    return out


def _rows(ctx: Context, table: Table) -> Iterator[Record]:
    lists: dict[str, str] = {}
    skipped: dict[str, int] = {}
    for row in table.rows():
        name, source, kind = row.pop("name"), row.pop("source"), (row.pop("type") or "entity").lower()
        row.pop("_id") or row.pop("id")
        if not name or not source:
            continue
        etype = KINDS.get(kind)
        if etype is None:
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
        if source not in lists:
            yield from _list(ctx, table, row, source, lists)
        raw_alt = row.raw("alt_names")
        aliases = [a for a in (raw_alt if isinstance(raw_alt, list) else split_list(row.pop("alt_names"), ";")) if a]
        eid, ent = ctx.resolver.resolve(DATASET, etype, name, {}, [table.source_id(row)], row.origin,
                                        aliases=aliases)
        if ent:
            yield ent
        start, end = parse_date(row.pop("start_date")), parse_date(row.pop("end_date"))
        bits = [f"programs: {row.pop('programs')}" if row.raw("programs") else "",
                f"license requirement: {row.pop('license_requirement')}" if row.raw("license_requirement") else "",
                f"license policy: {row.pop('license_policy')}" if row.raw("license_policy") else "",
                f"FR notice: {row.pop('federal_register_notice')}" if row.raw("federal_register_notice") else "",
                f"list: {row.pop('source_list_url')}" if row.raw("source_list_url") else "",
                f"information: {row.pop('source_information_url')}" if row.raw("source_information_url") else ""]
        yield statement(table, row, lists[source], "targets" if etype == "Person" else "lists_entity", eid,
                        "confirmed", valid_from=start, valid_to=end if end and (not start or end >= start) else None,
                        note="; ".join(b for b in bits if b)[:1000] or None)
        if ent:
            seen = set()
            for code in _countries(row.raw("addresses")):
                cid = ctx.resolver.country(code, DATASET)
                if cid and cid not in seen:
                    seen.add(cid)
                    yield statement(table, row, eid, "located_in", cid, "reported")
    for kind, n in sorted(skipped.items()):
        ctx.warning(ctx.origin(table.path), None, f"{n} {kind} row(s) not loaded: the schema has no class for them")
