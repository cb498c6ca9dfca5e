"""PNG and SVG pictures of a selection, for slides and reports (matplotlib, no system dependency).

Made to be read on a slide: 16:9, names as labels (wrapped), nodes coloured by class with a legend, one line
per pair of entities (parallel statements merged; the line takes the strongest status among them and the
label lists their predicates), line style by status (confirmed solid, reported dashed, alleged dotted,
forecast dash-dot, unclear light dotted, inferred purple), the title and as-of date on top and the build in
the footer. Entities that no drawn statement touches (the rules an inference cites, which the selection adds
so that ids resolve) are left out of the picture and counted in the footer. Pictures of more than MAX_NODES entities are refused: narrow the selection with `--question`,
`--around` or `--types`.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..validate import Dataset

MAX_NODES = 150
STATUS_ORDER = ("confirmed", "reported", "inferred", "alleged", "unclear", "forecast")
EDGE_STYLE: dict[str, tuple[Any, str, float]] = {  # status → (line style, colour, width)
    "confirmed": ("solid", "#333333", 1.6),
    "reported": ("dashed", "#333333", 1.4),
    "inferred": ("solid", "#7b3fa0", 1.4),
    "alleged": ("dotted", "#b03a2e", 1.6),
    "unclear": ("dotted", "#999999", 1.2),
    "forecast": ("dashdot", "#1f6fb2", 1.2),
}
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac", "#86bcb6", "#d37295", "#a0cbe8", "#ffbe7d", "#8cd17d", "#f1ce63", "#499894", "#fabfd2")


def _layout(g: Any) -> dict[str, Any]:
    """Positions in a 16:9 box by a force layout (ForceAtlas2, Gephi's default), spread to fill the box."""
    import networkx as nx

    und = nx.Graph(g)
    raw = nx.forceatlas2_layout(und, max_iter=300, seed=7, scaling_ratio=4.0, distributed_action=True,
                                node_size={n_: 3.0 for n_ in und})
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {n_: ((x - x0) / ((x1 - x0) or 1) * 1.6, (y - y0) / ((y1 - y0) or 1)) for n_, (x, y) in raw.items()}


def display_type(e: Any) -> str:
    """The class, or for an organization its first role (Lab, CloudProvider...): what a reader tells apart."""
    return e.roles[0] if e.type == "Organization" and e.roles else e.type


def _pairs(data: Dataset) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(subject, object) → (the strongest status, the distinct predicates), one line per pair."""
    grouped: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for st in data.statements:
        if st.subject != st.object:
            grouped[(st.subject, st.object)].append(st)
    out = {}
    for pair, sts in grouped.items():
        status = min((st.status for st in sts), key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99)
        out[pair] = (status, list(dict.fromkeys(st.predicate.replace("_", " ") for st in sts)))
    return out


def render(data: Dataset, meta: Any, path: Path, fmt: str) -> None:
    if len(data.entities) > MAX_NODES:
        raise ConfigError(f"{len(data.entities)} entities are too many to read in a picture (at most "
                          f"{MAX_NODES}): narrow the selection with --question, --around or --types")
    try:
        import matplotlib

        matplotlib.use("Agg")
        matplotlib.rcParams["svg.fonttype"] = "none"  # SVG text stays text: searchable, editable on a slide
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
    except ImportError:
        raise ConfigError("png/svg export needs matplotlib: pip install 'aikg[pictures]'") from None
    import networkx as nx

    g = nx.DiGraph()
    pairs = _pairs(data)
    g.add_edges_from(pairs)
    unlinked = len(data.entities) - len(g)  # entities only a qualifier cites (the rules behind an inference)
    if not pairs:
        g.add_nodes_from(data.entities)
        unlinked = 0
    shown = {eid: e for eid, e in data.entities.items() if eid in g}
    pos = _layout(g)
    n = len(g)
    font = 11 if n <= 25 else 9 if n <= 60 else 7
    node_size = 1400 if n <= 25 else 900 if n <= 60 else 450

    fig, ax = plt.subplots(figsize=(16, 9))
    types = sorted({display_type(e) for e in shown.values()})
    colour = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}
    for t in types:
        nodes = [eid for eid, e in shown.items() if display_type(e) == t]
        nx.draw_networkx_nodes(g, pos, nodelist=nodes, node_color=colour[t], node_size=node_size, ax=ax,
                               edgecolors="white", linewidths=1.5)
    for status in STATUS_ORDER:
        edges = [pair for pair, (s, _) in pairs.items() if s == status]
        if not edges:
            continue
        style, col, width = EDGE_STYLE[status]
        nx.draw_networkx_edges(g, pos, edgelist=edges, style=style, edge_color=col, width=width, ax=ax,
                               arrows=True, arrowsize=12, node_size=node_size, connectionstyle="arc3,rad=0.08")
    labels = {eid: textwrap.fill(e.name, 18) for eid, e in shown.items()}
    below = {eid: (x, y - (0.035 if n <= 60 else 0.025)) for eid, (x, y) in pos.items()}  # the node stays visible
    nx.draw_networkx_labels(g, below, labels=labels, font_size=font, ax=ax, verticalalignment="top",
                            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75})
    if len(pairs) <= 40:
        edge_labels = {pair: "; ".join(preds[:2]) + ("…" if len(preds) > 2 else "")
                       for pair, (_, preds) in pairs.items()}
        nx.draw_networkx_edge_labels(g, pos, edge_labels=edge_labels, font_size=max(font - 3, 6), ax=ax,
                                     font_color="#555555", connectionstyle="arc3,rad=0.08",
                                     bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=11, markerfacecolor=colour[t],
                      markeredgecolor="white", label=t) for t in types]
    statuses = [s for s in STATUS_ORDER if any(v[0] == s for v in pairs.values())]
    handles += [Line2D([], [], linestyle=EDGE_STYLE[s][0], color=EDGE_STYLE[s][1], linewidth=2, label=s)
                for s in statuses]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=11,
              title="entities · statements", title_fontsize=11)
    title = getattr(meta, "title", "aikg graph")
    as_of = getattr(meta, "as_of", None)
    ax.set_title(textwrap.fill(title, 90) + (f"\nas of {as_of}" if as_of and "as of" not in title else ""),
                 fontsize=16, loc="left")
    footer = f"aikg · {len(shown)} entities, {len(data.statements)} statements"
    if unlinked:
        footer += f" ({unlinked} more cited only as qualifiers, not drawn)"
    if getattr(meta, "build", None):
        footer += f" · build {meta.build}"
    fig.text(0.01, 0.01, footer + " · every statement's sources: aikg show / aikg export csv", fontsize=9,
             color="#666666")
    ax.axis("off")
    ax.margins(0.06)
    fig.tight_layout()
    fig.savefig(str(path), format=fmt, dpi=150 if fmt == "png" else None)
    plt.close(fig)


def write_png(data: Dataset, meta: Any, path: Path) -> None:
    render(data, meta, path, "png")


def write_svg(data: Dataset, meta: Any, path: Path) -> None:
    render(data, meta, path, "svg")
