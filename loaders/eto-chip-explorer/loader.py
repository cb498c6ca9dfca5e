"""CSET ETO chip explorer → SupplyChainInput entities, providers and market shares.

Stages and inputs keep ETO's own ids (`input/eto-s1`, `input/eto-n55`): they are stable across ETO releases,
unlike names. Providers that are countries resolve to curated countries (never minted); companies resolve
against the curated graph and earlier datasets like any organization. A market share becomes
`provides_input` with `quantity` in percent and the share's year as `valid_from` (1 January, said in the
note); a provider listed without a share keeps the statement without a quantity. Shares are CSET's analysis
of industry data, so statements are `reported`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from aikg.loading import Context
from aikg.records import Entity, Record
from aikg.tabular import Row, Table, input_files, parse_float, read_tables, statement, unique

DATASET = "eto-chip-explorer"
ORDER = ("stages", "inputs", "providers", "provision", "sequence")


def load(ctx: Context) -> Iterator[Record]:
    return unique(_load(ctx))


def _load(ctx: Context) -> Iterator[Record]:
    files = input_files(ctx, ORDER)
    state: dict[str, str] = {}  # ETO id → aikg id
    kinds = {spec.key for spec, _ in files}
    for needed, needs in (("provision", ("inputs", "providers")), ("sequence", ("inputs",))):
        missing = [n for n in needs if n not in kinds]
        if needed in kinds and missing:
            path = next(p for s, p in files if s.key == needed)
            ctx.error(ctx.origin(path), None, f"{path.name} refers to {', '.join(missing)}, which were not given",
                      "load the whole folder of the ETO CSVs")
    yield from read_tables(ctx, files, lambda spec, table: globals()[f"_{spec.key}"](ctx, table, state))


def _input(ctx: Context, table: Table, row: Row, eto_id: str, name: str, kind: str,
           state: dict[str, str]) -> tuple[str, Entity | None]:
    props = {"input_type": kind}
    description = row.pop("description")
    if description:
        props["description"] = description
    iid, ent = ctx.resolver.resolve(DATASET, "SupplyChainInput", name, props, [table.source_id(row)], row.origin,
                                    new_id=f"input/eto-{eto_id.lower()}")
    state[eto_id] = iid
    return iid, ent


def _stages(ctx: Context, table: Table, state: dict[str, str]) -> Iterator[Record]:
    for row in table.rows():
        sid, name = row.pop("stage_id"), row.pop("stage_name")
        if sid and name:
            _, ent = _input(ctx, table, row, sid, name, "stage", state)
            if ent:
                yield ent


def _inputs(ctx: Context, table: Table, state: dict[str, str]) -> Iterator[Record]:
    for row in table.rows():
        nid, name = row.pop("input_id"), row.pop("input_name")
        if not nid or not name:
            continue
        iid, ent = _input(ctx, table, row, nid, name, row.pop("type") or "unknown", state)
        if ent:
            yield ent
        stage = row.pop("stage_id")
        if stage and stage in state:
            yield statement(table, row, iid, "in_stage", state[stage], "reported")


def _providers(ctx: Context, table: Table, state: dict[str, str]) -> Iterator[Record]:
    for row in table.rows():
        pid, name, alias = row.pop("provider_id"), row.pop("provider_name"), row.pop("alias")
        kind, country = (row.pop("provider_type") or "").lower(), row.pop("country")
        if not pid or not name:
            continue
        if kind == "country":
            cid = ctx.resolver.country(alias, DATASET) or ctx.resolver.country(name, DATASET)
            if cid:
                state[pid] = cid
            else:
                ctx.warning(row.origin, name, f"unknown country {name!r}: its market shares are left out",
                            "add a Country `match:` to loaders/resolution/decisions.yaml")
            continue
        aliases = [alias] if alias and alias.lower() != name.lower() else []
        oid, ent = ctx.resolver.resolve(DATASET, "Organization", name, {}, [table.source_id(row)], row.origin,
                                        aliases=aliases)
        state[pid] = oid
        if ent:
            yield ent
            cid = ctx.resolver.country(country, DATASET)
            if cid:
                yield statement(table, row, oid, "headquartered_in", cid, "reported")


def _provision(ctx: Context, table: Table, state: dict[str, str]) -> Iterator[Record]:
    for row in table.rows():
        who, what = state.get(row.pop("provider_id") or ""), state.get(row.pop("provided_id") or "")
        share, year = parse_float(row.pop("share_provided")), row.pop("year")
        source_note = row.pop("source")
        if not who or not what:
            continue  # unknown provider or input: reported when providers/inputs were read
        since = date(int(year), 1, 1) if year and year.isdigit() else None
        bits = [f"market share in {year} (valid_from is 1 January of that year)" if year else "",
                f"ETO source: {source_note}" if source_note else ""]
        yield statement(table, row, who, "provides_input", what, "reported", quantity=share, valid_from=since,
                        note="; ".join(b for b in bits if b) or None)


def _sequence(ctx: Context, table: Table, state: dict[str, str]) -> Iterator[Record]:
    for row in table.rows():
        this = state.get(row.pop("input_id") or "")
        if not this:
            continue
        for col, predicate in (("goes_into_id", "goes_into"), ("is_type_of_id", "type_of")):
            other = state.get(row.pop(col) or "")
            if other:
                yield statement(table, row, this, predicate, other, "reported")
