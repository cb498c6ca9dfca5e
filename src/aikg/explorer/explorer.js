// aikg explorer: renders the embedded Cytoscape.js document, with filters, search and cards.
// Every text from the data is set with textContent (the data is untrusted); links only for http(s) URLs.
(function () {
  "use strict";

  var t0 = performance.now(), timings = {};
  var doc = JSON.parse(document.getElementById("aikg-data").textContent);
  timings.parse = performance.now() - t0;
  var meta = doc.data || {};
  var SOURCES = doc.sources || [];  // the page stores each source once; elements hold indexes into it

  // Node groups: the first whose class is among a node's types wins (colour, shape, legend entry).
  var GROUPS = [
    {name: "Lab", types: ["Lab"], color: "#d62728", shape: "ellipse", size: 34},
    {name: "Cloud / operator", types: ["CloudProvider", "DataCenterOperator"], color: "#ff7f0e", shape: "round-rectangle", size: 30},
    {name: "Data center", types: ["DataCenter"], color: "#1f77b4", shape: "round-rectangle", size: 30},
    {name: "Country", types: ["Country"], color: "#2ca02c", shape: "hexagon", size: 30},
    {name: "Country group", types: ["CountryGroup"], color: "#98df8a", shape: "octagon", size: 28},
    {name: "Chip", types: ["Chip"], color: "#9467bd", shape: "diamond", size: 32},
    {name: "Chip architecture", types: ["ChipArchitecture"], color: "#c5b0d5", shape: "diamond", size: 24},
    {name: "Chip industry", types: ["ChipDesigner", "Foundry", "MemoryMaker", "PackagingProvider", "EquipmentMaker", "ServerMaker"], color: "#e6ab02", shape: "round-rectangle", size: 28},
    {name: "Government", types: ["GovernmentBody"], color: "#17becf", shape: "round-rectangle", size: 26},
    {name: "Organization", types: ["Organization"], color: "#bcbd22", shape: "round-rectangle", size: 24},
    {name: "AI model", types: ["AIModel"], color: "#8c564b", shape: "triangle", size: 24},
    {name: "Policy", types: ["Policy"], color: "#e377c2", shape: "tag", size: 28},
    {name: "Event", types: ["Event"], color: "#7f7f7f", shape: "star", size: 26},
    {name: "Person", types: ["Person"], color: "#f7b6d2", shape: "vee", size: 22},
    {name: "Supply-chain input", types: ["SupplyChainInput"], color: "#9edae5", shape: "barrel", size: 24}
  ];
  var OTHER = {name: "Other", types: [], color: "#aaaaaa", shape: "ellipse", size: 22};
  // Statement status: line style and colour (and the order of the legend).
  var STATUSES = [
    {name: "confirmed", line: "solid", color: "#333333", width: 1.6, opacity: 0.85, arrow: "triangle"},
    {name: "reported", line: "dashed", color: "#4a6fa5", width: 1.6, opacity: 0.85, arrow: "triangle"},
    {name: "alleged", line: "dotted", color: "#c0392b", width: 1.6, opacity: 0.85, arrow: "triangle"},
    {name: "unclear", line: "dotted", color: "#999999", width: 1.6, opacity: 0.85, arrow: "triangle"},
    {name: "forecast", line: "dashed", color: "#d4a017", width: 1.6, opacity: 0.4, arrow: "triangle"},
    {name: "inferred", line: "solid", color: "#17a2b8", width: 1.2, opacity: 0.6, arrow: "vee"}
  ];
  var OTHER_STATUS = {name: "other", line: "dotted", color: "#999999", width: 1.6, opacity: 0.85, arrow: "triangle"};
  var KNOWN_EDGE_KEYS = ["id", "source", "target", "predicate", "label", "status", "inferred", "valid_from",
    "valid_to", "confidence", "quantity", "sources", "qualifiers"];

  function groupOf(data) {
    var types = data.types && data.types.length ? data.types : [data.type];
    for (var i = 0; i < GROUPS.length; i++) {
      for (var j = 0; j < GROUPS[i].types.length; j++) {
        if (types.indexOf(GROUPS[i].types[j]) >= 0) return GROUPS[i];
      }
    }
    return OTHER;
  }
  function statusOf(data) {
    return data.status || (data.inferred ? "inferred" : "unclear");
  }

  // -- elements: add the group and display fields the stylesheet reads
  var nodes = (doc.elements && doc.elements.nodes) || [];
  var edges = (doc.elements && doc.elements.edges) || [];
  var groupCounts = {}, statusCounts = {};
  nodes.forEach(function (n) {
    var g = groupOf(n.data);
    n.data._group = g.name; n.data._color = g.color; n.data._shape = g.shape; n.data._size = g.size;
    n.data._label = String(n.data.label || n.data.id);
    groupCounts[g.name] = (groupCounts[g.name] || 0) + 1;
  });
  // the status's look goes into each edge's data: one "edge" style rule reads it (a rule per status makes
  // cytoscape match every rule against every edge, which triples the start-up time of a big graph)
  var statusStyle = {};
  STATUSES.forEach(function (st) { statusStyle[st.name] = st; });
  edges.forEach(function (e) {
    var s = statusOf(e.data), look = statusStyle[s] || OTHER_STATUS;
    e.data._status = s;
    e.data._line = look.line; e.data._color = look.color; e.data._width = look.width;
    e.data._opacity = look.opacity; e.data._arrow = e.data.inferred ? "vee" : look.arrow;
    e.data._label = String(e.data.label || e.data.predicate || "");
    statusCounts[s] = (statusCounts[s] || 0) + 1;
  });

  // Big graphs draw cheaper: straight "haystack" edges (no arrows: the card says which way), labels only when
  // zoomed in, edges hidden while panning. Their edge rule sets only what a haystack edge draws: cytoscape
  // applies every property of a rule to every element it matches, one at a time, with bookkeeping for each, so
  // the arrow and label properties (10 of the 15, unused on haystack edges) cost about a tenth of the start-up;
  // the label's look moves to the rule for the few edges that show it (`edge.near`, the clicked entity's
  // statements).
  var COSE_MAX = 120, big = nodes.length > 200 || edges.length > 1000;
  var EDGE_LABEL = {"font-size": 9, "color": "#555", "text-rotation": "autorotate", "text-background-color": "#fff",
    "text-background-opacity": 0.8, "min-zoomed-font-size": 7};
  var style = [
    {selector: "node", style: {
      "background-color": "data(_color)", "shape": "data(_shape)", "width": "data(_size)", "height": "data(_size)",
      "label": "data(_label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
      "text-wrap": "wrap", "text-max-width": 130, "border-width": 1, "border-color": "#555",
      "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
      "min-zoomed-font-size": big ? 8 : 0
    }},
    {selector: "edge", style: big ? {
      "curve-style": "haystack", "width": "data(_width)", "line-style": "data(_line)", "line-color": "data(_color)",
      "opacity": "data(_opacity)"
    } : Object.assign({
      "curve-style": "bezier", "width": "data(_width)", "target-arrow-shape": "data(_arrow)",
      "arrow-scale": 0.8, "line-style": "data(_line)", "line-color": "data(_color)",
      "target-arrow-color": "data(_color)", "opacity": "data(_opacity)",
      "label": edges.length <= 40 ? "data(_label)" : ""
    }, EDGE_LABEL)}
  ];
  style.push(
    {selector: ".match", style: {"border-width": 4, "border-color": "#ffbf00", "z-index": 10, "font-weight": "bold"}},
    {selector: ".faded", style: {"opacity": 0.15}},
    {selector: "edge.near", style: Object.assign({"label": "data(_label)", "opacity": 1, "z-index": 5}, EDGE_LABEL)},
    {selector: "node:selected", style: {"border-width": 4, "border-color": "#000", "opacity": 1}},
    {selector: "edge:selected", style: {"line-color": "#000", "target-arrow-color": "#000", "width": 3, "opacity": 1}},
    {selector: ".hidden", style: {"display": "none"}}
  );

  // Layout: a force-directed one (cose) where it is quick and readable (question answers, neighbourhoods);
  // above COSE_MAX entities (cose is quadratic: seconds on the whole graph) a grouped one that places each
  // type in its own cluster, hubs in the middle, the clusters round a circle (linear, instant).
  function layoutOptions(force) {
    var n = nodes.length;
    if ((n > COSE_MAX || edges.length > 5 * COSE_MAX) && !force) return {name: "preset", fit: true, padding: 30};
    // inferred statements (the evaluator's routes and control statuses) are weak, long springs: the sourced
    // facts give the picture its shape, and a route's endpoints are not pulled onto each other
    return {name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: n <= COSE_MAX,
      idealEdgeLength: function (e) { return (n <= 60 ? 100 : 70) * (e.data("inferred") ? 1.8 : 1); },
      edgeElasticity: function (e) { return e.data("inferred") ? 400 : 60; },
      nodeRepulsion: function () { return n <= 60 ? 16000 : 8000; },
      numIter: n <= 40 ? 500 : 300, padding: 30, componentSpacing: 60};
  }
  function groupedPositions() {  // {id: {x, y}}
    var members = {}, degree = {}, spacing = 40, golden = Math.PI * (3 - Math.sqrt(5));
    edges.forEach(function (e) {
      degree[e.data.source] = (degree[e.data.source] || 0) + 1;
      degree[e.data.target] = (degree[e.data.target] || 0) + 1;
    });
    nodes.forEach(function (nd) { (members[nd.data._group] = members[nd.data._group] || []).push(nd.data.id); });
    var clusters = GROUPS.concat([OTHER]).filter(function (g) { return members[g.name]; }).map(function (g) {
      var ids = members[g.name].sort(function (a, b) { return (degree[b] || 0) - (degree[a] || 0) || (a < b ? -1 : 1); });
      return {ids: ids, radius: spacing * Math.sqrt(ids.length) + spacing};
    });
    var around = clusters.reduce(function (sum, c) { return sum + 2 * c.radius + spacing; }, 0);
    var ring = clusters.length > 1 ? around / (2 * Math.PI) : 0, angle = 0, pos = {};
    clusters.forEach(function (c) {
      var share = (2 * c.radius + spacing) / around * 2 * Math.PI, mid = angle + share / 2;
      var cx = ring * Math.cos(mid), cy0 = ring * Math.sin(mid);
      c.ids.forEach(function (id, i) {  // a sunflower spiral: even density, first (busiest) in the centre
        var r = spacing * Math.sqrt(i + 0.5), t = i * golden;
        pos[id] = {x: cx + r * Math.cos(t), y: cy0 + r * Math.sin(t)};
      });
      angle += share;
    });
    return pos;
  }
  // every layout starts from the grouped positions: the picture is the same each time the page opens
  timings.elements = performance.now() - t0;
  var start = groupedPositions();
  nodes.forEach(function (nd) { nd.position = start[nd.data.id]; });

  // Big pages leave the inferred statements (the evaluator's routes and control statuses: 60 % of the whole
  // curated graph's statements) out of the first drawing; ticking "inferred" draws them. Creating and styling
  // elements is what a big page's start-up spends (docs/explorer.md): the sourced facts alone open in half the
  // time, and the picture they make is the one to read first.
  var deferred = big && statusCounts.inferred ? edges.filter(function (e) { return e.data._status === "inferred"; }) : [];
  var pendingAt = {};  // entity id -> its inferred statements not drawn yet
  deferred.forEach(function (e) {
    pendingAt[e.data.source] = (pendingAt[e.data.source] || 0) + 1;
    pendingAt[e.data.target] = (pendingAt[e.data.target] || 0) + 1;
  });
  var firstEdges = deferred.length ? edges.filter(function (e) { return e.data._status !== "inferred"; }) : edges;

  timings.positions = performance.now() - t0;
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: {nodes: nodes, edges: firstEdges},
    style: style,
    layout: layoutOptions(),
    minZoom: 0.05, maxZoom: 4,
    textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : "auto"
  });
  timings.layout = performance.now() - t0;

  // -- header
  var sub = [];
  if (meta.question) sub.push(meta.question);
  sub.push(meta.as_of ? "as of " + meta.as_of : "all dates");
  sub.push(nodes.length + " entities, " + edges.length + " statements");
  if (meta.generated) sub.push("generated " + meta.generated);
  document.getElementById("subtitle").textContent = sub.join(" · ");

  // -- small DOM helpers (text only)
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function show(v) {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return v.map(show).join(", ");
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }

  // -- filters and legend
  var hiddenGroups = {}, hiddenStatuses = {};
  function filterRow(list, swatch, name, count, onChange, unchecked) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = !unchecked; box.value = name;
    box.addEventListener("change", function () { onChange(name, !box.checked); applyFilters(); });
    label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", name));
    label.appendChild(el("span", count, "count"));
    li.appendChild(label); list.appendChild(li);
  }
  var typeList = document.getElementById("type-filters");
  GROUPS.concat([OTHER]).forEach(function (g) {
    if (!groupCounts[g.name]) return;
    var sw = el("span", null, "swatch " + g.shape); sw.style.background = g.color;
    filterRow(typeList, sw, g.name, groupCounts[g.name], function (name, hide) { hiddenGroups[name] = hide; });
  });
  var statusList = document.getElementById("status-filters");
  STATUSES.forEach(function (s) {
    if (!statusCounts[s.name]) return;
    var sw = el("span", null, "line " + s.line); sw.style.borderTopColor = s.color;
    sw.style.opacity = s.opacity;
    var later = s.name === "inferred" && deferred.length > 0;
    if (later) hiddenStatuses[s.name] = true;
    filterRow(statusList, sw, s.name, statusCounts[s.name], function (name, hide) {
      hiddenStatuses[name] = hide;
      if (name === "inferred" && !hide && deferred.length) drawDeferred();
    }, later);
  });
  function drawDeferred() {  // the inferred statements a big page left out of its first drawing
    var t = performance.now();
    cy.batch(function () { cy.add(deferred); });
    deferred = []; pendingAt = {};
    timings.inferredDrawn = performance.now() - t;
  }

  var dateInput = document.getElementById("date");
  var hideIsolated = document.getElementById("hide-isolated");
  function validOn(data, day) {
    if (!day) return true;
    if (data.valid_from && String(data.valid_from).slice(0, 10) > day) return false;
    if (data.valid_to && String(data.valid_to).slice(0, 10) < day) return false;
    return true;
  }
  function applyFilters() {
    var day = dateInput.value;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("hidden", !!hiddenGroups[n.data("_group")]); });
      cy.edges().forEach(function (e) {
        var hide = !!hiddenStatuses[e.data("_status")] || !validOn(e.data(), day) ||
          e.source().hasClass("hidden") || e.target().hasClass("hidden");
        e.toggleClass("hidden", hide);
      });
      if (hideIsolated.checked) {
        cy.nodes().forEach(function (n) {
          if (n.connectedEdges().length && !n.connectedEdges().not(".hidden").length) n.addClass("hidden");
        });
      }
    });
    updateCounts();
  }
  function updateCounts() {
    document.getElementById("counts").textContent = "showing " + cy.nodes().not(".hidden").length + " of " +
      cy.nodes().length + " entities, " + cy.edges().not(".hidden").length + " of " +
      (cy.edges().length + deferred.length) + " statements" + (deferred.length ? " (the " + deferred.length +
      " inferred ones are drawn when you tick “inferred”)" : "");
  }
  dateInput.addEventListener("change", applyFilters);
  dateInput.addEventListener("input", applyFilters);
  hideIsolated.addEventListener("change", applyFilters);
  document.getElementById("date-clear").addEventListener("click", function () { dateInput.value = ""; applyFilters(); });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(cy.elements().not(".hidden"), 30); });
  document.getElementById("relayout").addEventListener("click", function () {
    cy.elements().not(".hidden").layout(layoutOptions(true)).run();
  });

  // -- search: highlight matches, fade the rest, centre on them
  var searchInput = document.getElementById("search");
  var searchResult = document.getElementById("search-result");
  function search() {
    var q = searchInput.value.trim().toLowerCase();
    cy.batch(function () {
      cy.elements().removeClass("match faded");
      if (!q) return;
      var hits = cy.nodes().filter(function (n) {
        return n.data("_label").toLowerCase().indexOf(q) >= 0 || String(n.id()).toLowerCase().indexOf(q) >= 0;
      });
      hits.addClass("match");
      if (hits.length) cy.elements().not(hits).not(hits.connectedEdges()).addClass("faded");
    });
    var matched = cy.nodes(".match");
    searchResult.textContent = q ? (matched.length ? matched.length + " match" + (matched.length > 1 ? "es" : "") : "no match") : "";
    if (matched.length) cy.animate({fit: {eles: matched.closedNeighborhood(), padding: 60}}, {duration: 250});
  }
  var searchTimer = null;
  searchInput.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(search, 120); });
  searchInput.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(searchTimer); search(); } });

  // -- cards
  var card = document.getElementById("card");
  function labelOf(id) { var n = cy.getElementById(id); return n.nonempty() ? n.data("_label") : id; }
  function table(rows) {
    var t = el("table");
    rows.forEach(function (r) {
      if (r[1] === "" || r[1] === null || r[1] === undefined) return;
      var tr = el("tr"), td = el("td");
      tr.appendChild(el("td", r[0])); tr.appendChild(td); t.appendChild(tr);
      var values = Array.isArray(r[1]) ? r[1] : [r[1]];
      var linked = values.every(function (v) {
        return typeof v === "string" && cy.getElementById(v).nonempty() && cy.getElementById(v).isNode();
      });
      if (!linked) { td.textContent = show(r[1]); return; }
      values.forEach(function (v, i) {  // ids of entities on the page (via, rules...): links to them, by name
        if (i) td.appendChild(document.createTextNode(", "));
        td.appendChild(jumpButton(cy.getElementById(v), labelOf(v)));
      });
    });
    return t;
  }
  function sourcesList(sources) {
    var ul = el("ul");
    (sources || []).forEach(function (i) {
      var s = SOURCES[i] || {};
      var li = el("li"), url = safeUrl(s.url), title = s.title || s.id || s.url || "source";
      if (url) {
        var a = el("a", title); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; li.appendChild(a);
      } else {
        li.appendChild(el("span", title));
      }
      var extra = [s.publisher, s.date].filter(Boolean).join(", ");
      if (extra) li.appendChild(el("div", extra, "muted"));
      ul.appendChild(li);
    });
    if (!ul.children.length) ul.appendChild(el("li", "no source given", "muted"));
    return ul;
  }
  function openCard(parts) {
    card.replaceChildren();
    var close = el("button", "×", "close"); close.type = "button"; close.title = "close";
    close.addEventListener("click", function () { card.hidden = true; cy.elements().unselect(); });
    card.appendChild(close);
    parts.forEach(function (p) { card.appendChild(p); });
    card.hidden = false;
  }
  function jumpButton(ele, text) {
    var b = el("button", text, "link"); b.type = "button";
    b.addEventListener("click", function () { cy.elements().unselect(); ele.select(); cy.center(ele); showCard(ele); });
    return b;
  }
  function nodeCard(n) {
    var d = n.data(), parts = [el("h2", d._label)];
    parts.push(el("div", d._group + " · " + d.id, "muted"));
    var props = d.props || {}, rows = [["types", (d.types || [d.type]).join(", ")]];
    Object.keys(props).sort().forEach(function (k) { if (k !== "name") rows.push([k, props[k]]); });
    parts.push(el("h3", "Properties"), table(rows));
    var links = n.connectedEdges();
    if (links.length) {
      parts.push(el("h3", "Statements (" + links.length + ")"));
      var ul = el("ul");
      links.slice(0, 60).forEach(function (e) {
        var li = el("li"), out = e.source().same(n), other = out ? e.target() : e.source();
        li.appendChild(el("span", (out ? "" : "← ") + e.data("_label") + (out ? " → " : " ")));
        li.appendChild(jumpButton(other, other.data("_label")));
        li.appendChild(el("span", " " + e.data("_status"), "badge " + e.data("_status")));
        ul.appendChild(li);
      });
      if (links.length > 60) ul.appendChild(el("li", "… and " + (links.length - 60) + " more", "muted"));
      parts.push(ul);
    }
    if (pendingAt[d.id]) {
      parts.push(el("p", "and " + pendingAt[d.id] + " inferred statement" + (pendingAt[d.id] > 1 ? "s" : "") +
        ", drawn when you tick “inferred” under statuses", "muted"));
    }
    parts.push(el("h3", "Sources"), sourcesList(d.sources));
    return parts;
  }
  function edgeCard(e) {
    var d = e.data(), h = el("h2");
    h.appendChild(jumpButton(e.source(), labelOf(d.source)));
    h.appendChild(el("span", " " + d._label + " "));
    h.appendChild(jumpButton(e.target(), labelOf(d.target)));
    var parts = [h, el("span", d._status, "badge " + d._status)];
    var rows = [["predicate", d.predicate], ["status", d.status], ["inferred", d.inferred ? "yes" : "no"],
      ["valid from", d.valid_from], ["valid to", d.valid_to], ["confidence", d.confidence], ["quantity", d.quantity]];
    var extra = d.qualifiers || {};  // route, via, effect, note, derived_from_rules...
    Object.keys(extra).sort().forEach(function (k) { rows.push([k.replace(/_/g, " "), extra[k]]); });
    Object.keys(d).sort().forEach(function (k) {
      if (KNOWN_EDGE_KEYS.indexOf(k) < 0 && k.charAt(0) !== "_") rows.push([k, d[k]]);
    });
    rows.push(["id", d.id]);
    parts.push(el("h3", "Qualifiers"), table(rows), el("h3", "Sources"), sourcesList(d.sources));
    return parts;
  }
  function showCard(ele) { openCard(ele.isNode() ? nodeCard(ele) : edgeCard(ele)); }
  cy.on("tap", "node, edge", function (ev) {
    cy.edges(".near").removeClass("near");
    (ev.target.isNode() ? ev.target.connectedEdges() : ev.target).addClass("near");
    showCard(ev.target);
  });
  cy.on("tap", function (ev) {
    if (ev.target === cy) { card.hidden = true; cy.edges(".near").removeClass("near"); }
  });

  // ready once cytoscape has drawn its first frame: renderMs is the page's own open-to-drawn time
  window.aikg = {cy: cy, doc: doc, search: search, applyFilters: applyFilters, renderMs: null, timings: timings,
    deferred: function () { return deferred.length; }};
  cy.ready(function () {  // the layout has fitted the graph to the screen (padding 30)
    updateCounts();
    cy.one("render", function () {
      requestAnimationFrame(function () {
        window.aikg.renderMs = timings.drawn = performance.now() - t0;
        document.body.setAttribute("data-ready", "1");
      });
    });
  });
})();
