"""Epoch AI chip counts → `uses_chip` statements with the estimate kept as a range.

Each row is one owner's cumulative stock of one chip type at the end of a quarter: `quantity` is the median,
`quantity_low` / `quantity_high` the 5th / 95th percentiles (left empty when Epoch gives none), `valid_from`
and `valid_to` the quarter. These are model estimates, so the status is `reported` (an analyst's figure), and
the note says so. "China" and "Other" are aggregates, not organizations: each becomes one explicitly named
aggregate organization (China's located in country/CN), never a real company. "H100/H200" is Epoch's
combined category: it becomes its own aggregate chip, never merged into the H100 or the H200.
"""

from __future__ import annotations

from collections.abc import Iterator

from aikg.loading import Context
from aikg.records import Record
from aikg.tabular import Table, input_files, parse_date, parse_float, read_tables, statement, unique

DATASET = "epoch-chip-counts"
AGGREGATES = {
    "china": ("org/epoch-owners-in-china", "Owners in China (Epoch AI aggregate)", "country/CN"),
    "other": ("org/epoch-other-owners", "Other owners (Epoch AI aggregate)", None),
}


def load(ctx: Context) -> Iterator[Record]:
    return unique(_load(ctx))


def _load(ctx: Context) -> Iterator[Record]:
    yield from read_tables(ctx, input_files(ctx), lambda spec, table: _rows(ctx, table))


def _rows(ctx: Context, table: Table) -> Iterator[Record]:
    for row in table.rows():
        owner, chip, maker = row.pop("Owner"), row.pop("Chip type"), row.pop("Chip manufacturer") or ""
        label = row.pop("Name")
        if not owner or not chip:
            ctx.warning(row.origin, label, "row without owner or chip type: skipped")
            continue
        start, end = parse_date(row.pop("Start date")), parse_date(row.pop("End date"))
        median = parse_float(row.pop("Number of Units") or row.pop("Number of Units (median)"))
        row.pop("Number of Units (median)")
        low = parse_float(row.pop("Number of Units (5th percentile)"))
        high = parse_float(row.pop("Number of Units (95th percentile)"))
        if median is None:
            ctx.warning(row.origin, label, "no median number of units: skipped")
            continue
        src = table.source_id(row)
        agg = AGGREGATES.get(owner.lower())
        if agg:
            oid, name, country = agg
            oid, ent = ctx.resolver.resolve(DATASET, "Organization", name, {
                "description": f"Epoch AI's aggregate owner {owner!r}: all owners not estimated separately"
                               + (" in China" if country else "")}, [src], row.origin, new_id=oid) \
                if oid not in ctx.resolver.ids else (oid, None)
            if ent:
                yield ent
                if country:
                    yield statement(table, row, oid, "located_in", country, "reported")
        else:
            oid, ent = ctx.resolver.resolve(DATASET, "Organization", owner, {}, [src], row.origin)
            if ent:
                yield ent
        full = f"{'NVIDIA' if maker.lower() == 'nvidia' else maker} {chip}".strip()
        aliases = [] if "/" in chip else [chip]
        cid, ent = ctx.resolver.resolve(DATASET, "Chip", full, {"note": "Epoch AI chip category"} if "/" in chip
                                        else {}, [src], row.origin, aliases=aliases)
        if ent:
            yield ent
        incomplete, notes, link = row.pop("Incomplete"), row.pop("Notes"), row.pop("Source / Link")
        bits = ["Epoch AI estimate: cumulative units by the end of the period (median; 5th–95th percentile in "
                "quantity_low/quantity_high)", "marked incomplete" if incomplete else "", notes or "",
                f"source: {link}" if link else ""]
        yield statement(table, row, oid, "uses_chip", cid, "reported", quantity=median, quantity_low=low,
                        quantity_high=high, valid_from=start, valid_to=end, note="; ".join(b for b in bits if b))
