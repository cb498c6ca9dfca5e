"""OpenSanctions curated lists → SanctionsList entities, listed organizations and people, with dates.

Each list is a `SanctionsList` (resolved to a curated list where a decision says so); each listing is a
statement from the list — `lists_entity` for organizations, `targets` for people (the schema's
lists_entity takes organizations only) — with the listing's start and end as `valid_from` / `valid_to`.
The lists are the issuers' own, transcribed by OpenSanctions, so listings are `confirmed`. A company listed,
removed and listed again keeps one entity and one statement per listing period.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aikg.loading import Context
from aikg.records import Record
from aikg.tabular import Row, Table, input_files, parse_date, read_tables, split_list, statement, unique

DATASET = "opensanctions"
CN_LISTS = {  # OpenSanctions `List` value → a list name that says what it is
    "uel": "Unreliable Entity List (China, MOFCOM)",
    "afsl": "Countermeasures under China's Anti-Foreign Sanctions Law",
    "list of export controls": "China Export Control Control List (MOFCOM)",
    "export control watch list": "China Export Control Watch List (MOFCOM)",
    "list of targets of countermeasures": "China list of targets of countermeasures",
}
LISTS = {
    "us_dod_1260h": ("DoD Section 1260H list of Chinese military companies", "U.S. Department of Defense"),
    # 15 CFR 744.22 military-*intelligence* end users: not the MEU list (744.21, Supp. 7), kept apart
    "us_bis_mieu": ("BIS Military-Intelligence End User (MIEU) list", "Bureau of Industry and Security"),
}


def load(ctx: Context) -> Iterator[Record]:
    return unique(_load(ctx))


def _load(ctx: Context) -> Iterator[Record]:
    yield from read_tables(ctx, input_files(ctx), lambda spec, table: (
        _cn_sanctions if spec.key == "cn_sanctions" else _us_list)(ctx, table))


def sanctions_list(ctx: Context, table: Table, row: Row, name: str, issuer: str | None) -> tuple[str, list[Record]]:
    """The list's id (curated when a decision says so, else made once per dataset) and any new records."""
    src = table.source_id(row)
    lid, ent = ctx.resolver.resolve(DATASET, "SanctionsList", name, {"policy_status": "effective"}, [src],
                                    row.origin)
    out: list[Record] = []
    if ent:
        out.append(ent)
        if issuer:
            oid, org = ctx.resolver.resolve(DATASET, "Organization", issuer, {"roles": ["GovernmentBody"]}, [src],
                                            row.origin)
            out += [org] if org else []
            out.append(statement(table, row, lid, "issued_by", oid, "confirmed"))
    return lid, out


def listed(ctx: Context, table: Table, row: Row, etype: str, name: str, aliases: list[str], qid: str | None,
           props: dict[str, Any]) -> tuple[str, list[Record]]:
    oid, ent = ctx.resolver.resolve(DATASET, etype, name, props, [table.source_id(row)], row.origin, qid=qid,
                                    aliases=aliases)
    return oid, [ent] if ent else []


def _cn_sanctions(ctx: Context, table: Table) -> Iterator[Record]:
    for row in table.rows():
        name, kind = row.pop("Name"), (row.pop("Type") or "").lower()
        if not name:
            continue
        body, list_name = row.pop("Body"), row.pop("List")
        label = CN_LISTS.get((list_name or "").lower(), list_name) or f"Chinese sanctions and countermeasures ({body})"
        lid, more = sanctions_list(ctx, table, row, label, body)
        yield from more
        aliases = split_list(row.pop("Alias"), ";") + split_list(row.pop("Chinese name"), ";")
        topics, summary = row.pop("Topics"), row.pop("Summary")
        props = {"note": f"OpenSanctions topics: {topics}"} if topics else {}
        qid = row.pop("QID")
        etype = "Person" if kind == "person" else "Organization"
        eid, more = listed(ctx, table, row, etype, name, aliases, qid if qid and qid.startswith("Q") else None,
                           props)
        yield from more
        start, end = parse_date(row.pop("Date")), parse_date(row.pop("End date"))
        link = row.pop("Source URL")
        note = "; ".join(b for b in [(summary or "")[:300], f"notice: {link}" if link else ""] if b) or None
        yield statement(table, row, lid, "targets" if etype == "Person" else "lists_entity", eid, "confirmed",
                        valid_from=start, valid_to=end if end and (not start or end >= start) else None, note=note)
        country = ctx.resolver.country(row.pop("Country"), DATASET)
        if country and more:
            yield statement(table, row, eid, "located_in", country, "reported")


def _us_list(ctx: Context, table: Table) -> Iterator[Record]:
    list_name, issuer = LISTS[table.spec.key]
    mieu = table.spec.key == "us_bis_mieu"
    for row in table.rows():
        name = row.pop("Name") if mieu else (row.pop("Clean Name") or row.pop("Name"))
        if not name:
            continue
        lid, more = sanctions_list(ctx, table, row, list_name, issuer)
        yield from more
        aliases = split_list(row.pop("Alias"), ";")
        if not mieu:
            printed, previous = row.pop("Name"), row.pop("Previous Name")
            aliases += [a for a in (printed.rstrip("*").strip() if printed else None, previous) if a]
        kind = (row.pop("Type") or "organization").lower() if mieu else "company"
        eid, more = listed(ctx, table, row, "Person" if kind == "person" else "Organization", name, aliases, None, {})
        yield from more
        start = parse_date(row.pop("Date") if mieu else row.pop("Start date"))
        end = parse_date(row.pop("End date"))
        url = row.pop("Source URL" if mieu else "Source Url")
        bits = [f"program: {row.pop('Program')}" if mieu else row.pop("Note") or "",
                f"topics: {row.pop('Topics')}" if mieu else "", f"published at {url}" if url else ""]
        yield statement(table, row, lid, "lists_entity", eid, "confirmed", valid_from=start,
                        valid_to=end if end and (not start or end >= start) else None,
                        note="; ".join(b for b in bits if b) or None)
        country = ctx.resolver.country(row.pop("Country"), DATASET) if mieu else None
        if country and more:
            yield statement(table, row, eid, "located_in", country, "reported")
        parent = None if mieu else row.pop("Parent Name")
        if parent:
            pid, more = listed(ctx, table, row, "Organization", parent, [], None, {})
            yield from more
            if pid != eid:
                yield statement(table, row, eid, "parent_organization", pid, "confirmed",
                                note="parent named by the 1260H list")
