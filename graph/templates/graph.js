/* geokg page: search, filters and a fact panel over vis-network.
 * Reads one JSON document (#geokg-data) written by geokg.graph.page_data. Text from articles is only ever
 * put into the page with textContent, never parsed as markup. */
(function () {
  "use strict";

  var timings = {start: performance.now()};
  var DATA = JSON.parse(document.getElementById("geokg-data").textContent);
  timings.parsed = performance.now();
  var NODES = DATA.nodes, EDGES = DATA.edges, ARTICLES = DATA.articles, SENTENCES = DATA.sentences;
  var BIG = NODES.length > 1500 || EDGES.length > 2500;
  var LABEL = "#1d1d1d";
  // A selection dims everything else through the global options, and its own entities and relations carry
  // their own opacity. vis-network re-applies global options to every item, which takes most of a second
  // past a few thousand items: there, a selection stands out by its names and wider relations only.
  var NORMAL = {nodes: {opacity: 1}, edges: {color: {opacity: 0.9}}};
  var DIMMED = {nodes: {opacity: 0.2}, edges: {color: {opacity: 0.1}}};
  var DIM_OTHERS = NODES.length + EDGES.length <= 4000, dimming = false;
  var FACTS_SHOWN = 4, COPIES_SHOWN = 2, RELATIONS_SHOWN = 60, TIP_SENTENCES = 3, TIP_CHARS = 220;
  // vis-network animates by frame count, so on a slow machine a big graph's 400 ms glide takes seconds:
  // the view jumps instead when drawing one frame takes longer than FRAME_BUDGET_MS.
  var ANIMATION = {duration: 400, easingFunction: "easeInOutQuad"}, FRAME_BUDGET_MS = 40, frameMs = 0;
  // Screen sizes (px) of entity names and of the first few names; relation names in world units at zoom 1.
  var FOCUS_SCALE = 1.1, MAX_SCALE = 1.3, openingScale = 1;
  var MAX_LABELS = 250, OBSTACLE_PX = 6, LABEL_PX = 13, TOP_LABEL_PX = 16, TOP_LABELS = 5, EDGE_LABEL_PX = 11, LIT_EDGE_LABEL_PX = 14;
  var $ = function (id) { return document.getElementById(id); };

  var KIND_COLOUR = {};
  DATA.kinds.forEach(function (k) { KIND_COLOUR[k.kind] = k.colour; });
  var byId = {};
  NODES.forEach(function (n, i) {
    byId[n.id] = i;
    n.edges = [];
    n.font = 14;
    n.vadjust = 0;
    n.dim = false;
    n.touched = false;
    n.keys = [n.label].concat(n.aliases).map(norm);
    n.code = (n.country || "").toLowerCase();
  });
  EDGES.forEach(function (e, i) {
    NODES[e.s].edges.push(i);
    if (e.o !== e.s) NODES[e.o].edges.push(i);
    e.dim = false;
    e.lit = false;
    e.quiet = false;
    e.touched = false;
  });
  var edgeById = {};
  EDGES.forEach(function (e, i) { edgeById[e.id] = i; });

  // ---------- small helpers ----------
  function norm(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "className") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function plural(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }
  function clip(text, limit) { return text.length <= limit ? text : text.slice(0, limit - 1) + "…"; }
  function webLink(url) {
    try { var parsed = new URL(url); } catch (err) { return null; }
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  }
  function countryName(code) { return code ? (DATA.countries[code] || code) : ""; }
  function edgeLabel(e) { return (e.neg ? "NOT " : "") + e.p; }
  function edgeColour(e) { return DATA.categoryColours[e.cat] || DATA.categoryColours[""]; }
  function nodeColour(n) {
    var c = KIND_COLOUR[n.kind] || "#bbbbbb";
    return {background: c, border: "#ffffff", highlight: {background: c, border: "#111111"}, hover: {background: c, border: "#333333"}};
  }
  function visNode(n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, color: nodeColour(n),
            font: {size: n.font, vadjust: n.vadjust}, hidden: !nodeVisible[byId[n.id]]};
  }
  /** An edge's colour and label style; only a touched edge (one that has been lit) carries its own opacity. */
  function edgeStyle(e, scale) {
    var c = edgeColour(e);
    var style = {id: e.id, color: {color: c, highlight: c, hover: c}, font: {size: EDGE_LABEL_PX}, width: e.w};
    if (e.lit) {
      // Relation names show from zoom 1.2 on (see edges.scaling below), or at any zoom around a selection
      // where there is room for them (placeLabels sets `quiet` where there is not).
      var size = e.quiet ? 0 : Math.round(Math.max(EDGE_LABEL_PX, LIT_EDGE_LABEL_PX / scale) * 100) / 100;
      style.font = {size: size, color: LABEL};
      style.color.opacity = 1;
      style.width = e.w + 1;
    } else if (e.touched) {
      style.color.opacity = (dimming ? DIMMED : NORMAL).edges.color.opacity;
    }
    return style;
  }

  // ---------- state ----------
  var ALL_KINDS = DATA.kinds.map(function (k) { return k.kind; });
  var F = freshFilters();
  var nodeVisible = new Uint8Array(NODES.length), edgeVisible = new Uint8Array(EDGES.length);
  var selected = null;  // {node: i} or {edge: i}
  var container = $("graph"), network = null, nodesDS = null, edgesDS = null;
  var api = window.geokg = {data: DATA, filters: F, ready: false, timings: timings};

  function freshFilters() {
    return {kinds: ALL_KINDS.slice(), country: "", category: "", polarity: "", modality: "", article: "",
            minConfidence: 0, from: "", to: ""};
  }
  function edgeFiltersActive() {
    return !!(F.country || F.category || F.polarity || F.modality || F.article !== "" || F.minConfidence > 0 || F.from || F.to);
  }
  function categoryOK(e) {
    if (!F.category) return true;
    if (F.category === "none") return !e.cat;
    if (F.category === "cooperation" || F.category === "conflict") return e.cat === F.category;
    return e.root === F.category;
  }
  function factOK(f, ignoreArticle) {
    if (f.c < F.minConfidence) return false;
    if (!ignoreArticle && F.article !== "" && f.a.indexOf(Number(F.article)) < 0) return false;
    if (F.from || F.to) {
      if (!f.d) return false;
      if (F.from && f.d[1] < F.from) return false;
      if (F.to && f.d[0] > F.to) return false;
    }
    return true;
  }
  function inc(table, key) { table[key] = (table[key] || 0) + 1; }

  // ---------- the network ----------
  // Visibility, the opening view and label sizes are known before vis-network sees the data, so it
  // builds every node once instead of being told about each change.
  function visEdge(e, rank) {
    var item = edgeStyle(e, 1);
    item.from = NODES[e.s].id;
    item.to = NODES[e.o].id;
    item.label = edgeLabel(e);
    item.width = e.w;
    item.hidden = !edgeVisible[edgeById[e.id]];
    item.dashes = e.neg ? [7, 5] : false;
    item.smooth = rank ? {enabled: true, type: "curvedCW", roundness: 0.18 * rank} : false;
    return item;
  }
  function createNetwork(view) {
    var pairRank = {};
    nodesDS = new vis.DataSet(NODES.map(visNode));
    edgesDS = new vis.DataSet(EDGES.map(function (e) {
      var pair = Math.min(e.s, e.o) + "-" + Math.max(e.s, e.o);
      pairRank[pair] = pairRank[pair] === undefined ? 0 : pairRank[pair] + 1;
      return visEdge(e, pairRank[pair]);
    }));
    timings.datasets = performance.now();
    network = new vis.Network(container, {nodes: nodesDS, edges: edgesDS}, {
      autoResize: true,
      physics: false,
      layout: {improvedLayout: false},
      interaction: {hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
                    keyboard: false, multiselect: false, zoomSpeed: 0.7},
      nodes: {shape: "dot", borderWidth: 1.5, borderWidthSelected: 3, opacity: NORMAL.nodes.opacity,
              font: {face: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", color: LABEL, strokeWidth: 4,
                     strokeColor: "#ffffff"},
              scaling: {label: {drawThreshold: 8}}},
      // Relation names are drawn from zoom 1.2 on (13 px and more on screen), or around a selection.
      edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, selectionWidth: 2, hoverWidth: 0.5,
              color: {opacity: NORMAL.edges.color.opacity},
              font: {color: "#444444", strokeWidth: 3, strokeColor: "#ffffff"},
              scaling: {label: {drawThreshold: 14}}}
    });
    network.moveTo({position: view.position, scale: view.scale});
    timings.network = performance.now();
    api.network = network;
    api.nodes = nodesDS;
    api.edges = edgesDS;
  }

  /** The view that shows every visible entity, as vis-network's fit() would, but computed from the data. */
  function fitView() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    NODES.forEach(function (n, i) {
      if (!nodeVisible[i]) return;
      minX = Math.min(minX, n.x - n.size); maxX = Math.max(maxX, n.x + n.size);
      minY = Math.min(minY, n.y - n.size); maxY = Math.max(maxY, n.y + n.size + LABEL_PX);
    });
    if (minX === Infinity) return {scale: 1, position: {x: 0, y: 0}};
    var scale = Math.min(container.clientWidth / ((maxX - minX) * 1.08 + 1), container.clientHeight / ((maxY - minY) * 1.08 + 1));
    return {scale: Math.max(0.02, Math.min(scale, MAX_SCALE)), position: {x: (minX + maxX) / 2, y: (minY + maxY) / 2}};
  }

  // ---------- filters ----------
  /** Which entities and relations pass the filters; also the counts each filter option would give. */
  var KIND = 1, COUNTRY = 2, CATEGORY = 4, POLARITY = 8, MODALITY = 16, FACTS = 32;
  var artStamp = new Int32Array(ARTICLES.length).fill(-1);
  function computeVisibility() {
    var kinds = {};
    F.kinds.forEach(function (k) { kinds[k] = true; });
    var counts = {country: {}, category: {}, polarity: {}, modality: {}, article: {}};
    var reachable = {}, degree = new Int32Array(NODES.length), article = F.article === "" ? -1 : Number(F.article);
    for (var i = 0; i < EDGES.length; i++) {
      var e = EDGES[i], s = NODES[e.s], o = NODES[e.o], anyFact = false, k, a;
      for (k = 0; k < e.f.length && !anyFact; k++) {
        if (factOK(e.f[k], true) && (article < 0 || e.f[k].a.indexOf(article) >= 0)) anyFact = true;
      }
      var failed = (kinds[s.kind] && kinds[o.kind] ? 0 : KIND) |
        (F.country && s.country !== F.country && o.country !== F.country ? COUNTRY : 0) |
        (categoryOK(e) ? 0 : CATEGORY) |
        ((F.polarity === "asserted" && e.neg) || (F.polarity === "negated" && !e.neg) ? POLARITY : 0) |
        (F.modality && (F.modality === "none" ? e.mod : e.mod !== F.modality) ? MODALITY : 0) |
        (anyFact ? 0 : FACTS);
      edgeVisible[i] = failed ? 0 : 1;
      if (!failed) { degree[e.s]++; degree[e.o]++; }
      // Each option counts the relations it would show, given every other filter.
      if (!(failed & ~COUNTRY)) {
        if (s.country) inc(counts.country, s.country);
        if (o.country && o.country !== s.country) inc(counts.country, o.country);
      }
      if (!(failed & ~CATEGORY)) { inc(counts.category, e.cat || "none"); if (e.root) inc(counts.category, e.root); }
      if (!(failed & ~POLARITY)) inc(counts.polarity, e.neg ? "negated" : "asserted");
      if (!(failed & ~MODALITY)) inc(counts.modality, e.mod || "none");
      if (!(failed & ~FACTS)) {
        for (k = 0; k < e.f.length; k++) {
          if (!factOK(e.f[k], true)) continue;
          for (var m = 0; m < e.f[k].a.length; m++) {
            a = e.f[k].a[m];
            if (artStamp[a] !== i) { artStamp[a] = i; inc(counts.article, a); }
          }
        }
      }
      if (failed === KIND) {
        if (!kinds[s.kind] && (kinds[o.kind] || o.kind === s.kind)) reachable[s.id] = s.kind;
        if (!kinds[o.kind] && (kinds[s.kind] || o.kind === s.kind)) reachable[o.id] = o.kind;
      }
    }
    artStamp.fill(-1);
    var active = edgeFiltersActive(), kindCounts = {};
    NODES.forEach(function (n, j) {
      nodeVisible[j] = kinds[n.kind] && (degree[j] > 0 || (!n.edges.length && !active)) ? 1 : 0;
      if (nodeVisible[j]) inc(kindCounts, n.kind);
    });
    Object.keys(reachable).forEach(function (id) { inc(kindCounts, reachable[id]); });
    return {counts: counts, kindCounts: kindCounts};
  }

  function applyFilters() {
    var was = {nodes: nodeVisible.slice(), edges: edgeVisible.slice()};
    var result = computeVisibility(), changes = new Changes();
    NODES.forEach(function (n, i) { if (nodeVisible[i] !== was.nodes[i]) changes.node({id: n.id, hidden: !nodeVisible[i]}); });
    EDGES.forEach(function (e, i) { if (edgeVisible[i] !== was.edges[i]) changes.edge({id: e.id, hidden: !edgeVisible[i]}); });
    changes.apply();
    showCounts(result.counts, result.kindCounts);
    document.querySelectorAll("#entity-list li").forEach(function (li) { li.hidden = !nodeVisible[Number(li.dataset.i)]; });
    if (selected && selected.node !== undefined && !nodeVisible[selected.node]) clearSelection();
    else if (selected && selected.edge !== undefined && !edgeVisible[selected.edge]) clearSelection();
    else if (selected) refreshSelection();
    else placeLabels();
  }

  function showCounts(counts, kindCounts) {
    var shownNodes = nodeVisible.reduce(function (a, b) { return a + b; }, 0);
    var shownEdges = edgeVisible.reduce(function (a, b) { return a + b; }, 0);
    $("stats").textContent = "Showing " + shownNodes.toLocaleString("en") + " of " + plural(NODES.length, "entity", "entities") +
      " and " + shownEdges.toLocaleString("en") + " of " + plural(EDGES.length, "relation", "relations") + ".";
    document.querySelectorAll("#kinds label").forEach(function (label) {
      label.querySelector(".count").textContent = "(" + (kindCounts[label.dataset.kind] || 0) + ")";
    });
    [["f-country", counts.country], ["f-category", counts.category], ["f-polarity", counts.polarity],
     ["f-modality", counts.modality], ["f-article", counts.article]].forEach(function (pair) {
      Array.prototype.forEach.call($(pair[0]).options, function (option) {
        if (!option.value) return;
        option.textContent = option.dataset.label + " (" + (pair[1][option.value] || 0) + ")";
      });
    });
  }

  function buildFilterControls() {
    var kindBox = $("kinds");
    DATA.kinds.forEach(function (k) {
      var box = el("input", {type: "checkbox", value: k.kind});
      box.checked = true;
      box.addEventListener("change", function () {
        F.kinds = Array.prototype.filter.call(kindBox.querySelectorAll("input"), function (b) { return b.checked; })
          .map(function (b) { return b.value; });
        applyFilters();
      });
      var dot = el("span", {className: "dot"});
      dot.style.background = k.colour;
      var label = el("label", {}, [box, dot, k.kind + " ", el("span", {className: "count"})]);
      label.dataset.kind = k.kind;
      kindBox.appendChild(label);
    });
    function addOptions(select, options) {
      options.forEach(function (o) {
        var option = el("option", {value: o[0], text: o[1]});
        option.dataset.label = o[1];
        select.appendChild(option);
      });
    }
    var present = function (field) {
      var seen = {};
      EDGES.forEach(function (e) { seen[e[field] || ""] = true; });
      return seen;
    };
    var countries = {};
    NODES.forEach(function (n) { if (n.country) countries[n.country] = true; });
    addOptions($("f-country"), Object.keys(DATA.countries).filter(function (c) { return countries[c]; }).map(function (c) {
      return [c, DATA.countries[c] + " (" + c + ")"];
    }));
    var cats = present("cat"), roots = present("root");
    var catOptions = [];
    if (cats.cooperation) catOptions.push(["cooperation", "cooperation 01–08"]);
    if (cats.conflict) catOptions.push(["conflict", "conflict 09–20"]);
    Object.keys(DATA.roots).sort().forEach(function (code) {
      if (roots[code]) catOptions.push([code, code + " " + DATA.roots[code]]);
    });
    if (cats[""]) catOptions.push(["none", "uncategorised"]);
    addOptions($("f-category"), catOptions);
    addOptions($("f-polarity"), [["asserted", "asserted"], ["negated", "negated (NOT)"]]);
    var mods = present("mod");
    addOptions($("f-modality"), [["none", "none (stated as fact)"]].concat(Object.keys(mods).filter(Boolean).sort().map(function (m) {
      return [m, m];
    })));
    addOptions($("f-article"), ARTICLES.map(function (a, i) {
      return [String(i), clip(a.title, 70) + (a.date ? " · " + a.date : "")];
    }));
    var dates = [];
    EDGES.forEach(function (e) { e.f.forEach(function (f) { if (f.d) dates.push(f.d[0], f.d[1]); }); });
    if (dates.length) {
      dates.sort();
      $("dates").hidden = false;
      ["f-from", "f-to"].forEach(function (id) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; });
    }
    var bind = function (id, field, read) {
      $(id).addEventListener(id === "f-confidence" ? "input" : "change", function () {
        F[field] = read ? read($(id).value) : $(id).value;
        if (id === "f-confidence") $("f-confidence-value").textContent = Number(F[field]).toFixed(2);
        scheduleApply();
      });
    };
    bind("f-country", "country");
    bind("f-category", "category");
    bind("f-polarity", "polarity");
    bind("f-modality", "modality");
    bind("f-article", "article");
    bind("f-confidence", "minConfidence", Number);
    bind("f-from", "from");
    bind("f-to", "to");
    $("reset").addEventListener("click", function () { resetFilters(); });
    $("fit").addEventListener("click", function () {
      var view = fitView();
      placeLabels(view);
      network.moveTo({position: view.position, scale: view.scale, animation: glide()});
    });
    $("toolbar").addEventListener("submit", function (event) { event.preventDefault(); });
  }

  var pending = false;
  function scheduleApply() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; applyFilters(); });
  }

  function setControls() {
    document.querySelectorAll("#kinds input").forEach(function (box) { box.checked = F.kinds.indexOf(box.value) >= 0; });
    $("f-country").value = F.country;
    $("f-category").value = F.category;
    $("f-polarity").value = F.polarity;
    $("f-modality").value = F.modality;
    $("f-article").value = F.article;
    $("f-confidence").value = F.minConfidence;
    $("f-confidence-value").textContent = Number(F.minConfidence).toFixed(2);
    $("f-from").value = F.from;
    $("f-to").value = F.to;
  }

  function resetFilters() {
    var fresh = freshFilters();
    Object.keys(fresh).forEach(function (k) { F[k] = fresh[k]; });
    setControls();
    applyFilters();
  }

  // ---------- changes to the drawing, applied together ----------
  // With physics off, vis-network redraws the whole graph at once after every DataSet update or option
  // change; on a big graph that is a large fraction of a second each. Changes are therefore gathered,
  // merged per item, and applied with redrawing held back until the end (one picture, one redraw).
  function Changes() { this.nodes = {}; this.edges = {}; this.options = null; }
  Changes.prototype.node = function (update) { this.nodes[update.id] = Object.assign(this.nodes[update.id] || {}, update); };
  Changes.prototype.edge = function (update) { this.edges[update.id] = Object.assign(this.edges[update.id] || {}, update); };
  Changes.prototype.apply = function () {
    var nodes = Object.keys(this.nodes).map(function (id) { return this.nodes[id]; }, this);
    var edges = Object.keys(this.edges).map(function (id) { return this.edges[id]; }, this);
    if (!network || (!nodes.length && !edges.length && !this.options)) return;
    var emitter = network.body && network.body.emitter;  // vis-network's own switch for held redraws
    if (emitter) emitter.emit("_blockRedraw");
    try {
      if (this.options) network.setOptions(this.options);
      if (nodes.length) nodesDS.update(nodes);
      if (edges.length) edgesDS.update(edges);
    } finally {
      if (emitter) emitter.emit("_allowRedraw");
    }
  };

  // ---------- labels: the best-connected names that fit, at a legible size, others on zooming in ----------
  function boxesOverlap(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  function placeLabels(target, changes) {
    // `target`: the view an animation is heading for, so names have their final size when it ends.
    var scale = target ? target.scale : network.getScale();
    var view = target ? target.position : network.getViewPosition();
    var width = container.clientWidth, height = container.clientHeight;
    var grid = {}, cell = 120, placed = 0, own = !changes;
    changes = changes || new Changes();
    var fits = function (box) {
      for (var cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++) {
        for (var cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++) {
          var others = grid[cx + "," + cy] || [];
          for (var k = 0; k < others.length; k++) if (boxesOverlap(box, others[k])) return false;
        }
      }
      return true;
    };
    var add = function (box) {
      for (var cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++) {
        for (var cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++) {
          (grid[cx + "," + cy] = grid[cx + "," + cy] || []).push(box);
        }
      }
    };
    var toScreen = function (p) { return [(p.x - view.x) * scale + width / 2, (p.y - view.y) * scale + height / 2]; };
    var onScreen = function (q) { return q[0] > -40 && q[0] < width + 40 && q[1] > -40 && q[1] < height + 40; };
    var inside = function (box) { return box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height; };
    // Dots big enough to matter are obstacles from the start, so that no name covers a larger entity.
    var order = [], first = selected && selected.node !== undefined ? selected.node : -1;
    NODES.forEach(function (n, i) {
      if (!nodeVisible[i] || n.dim) return;
      var q = toScreen(n), r = n.size * scale;
      if (!onScreen(q)) return;
      if (r >= OBSTACLE_PX) add([q[0] - r, q[1] - r, q[0] + r, q[1] + r]);
      // NODES are in rank order (best-connected first); a selected entity goes before all others.
      if (i !== first) order.push(i);
    });
    if (first >= 0 && nodeVisible[first]) order.unshift(first);
    var labelled = {};
    order.forEach(function (i, rank) {
      if (placed >= MAX_LABELS) return;
      var n = NODES[i], q = toScreen(n), r = n.size * scale;
      var px = rank < TOP_LABELS ? TOP_LABEL_PX : LABEL_PX;
      var half = (n.label.length * px * 0.55 + 6) / 2, tall = px * 1.3;
      // Under the dot, where vis-network draws it, or else above it (vadjust moves it up, in world units).
      var below = [q[0] - half, q[1] + r + 1, q[0] + half, q[1] + r + 1 + tall];
      var above = [q[0] - half, q[1] - r - 1 - tall, q[0] + half, q[1] - r - 1];
      var size = Math.round(px / scale * 100) / 100;
      if (inside(below) && fits(below)) {
        add(below);
        labelled[i] = [size, 0];
      } else if (inside(above) && fits(above)) {
        add(above);
        labelled[i] = [size, -Math.round((2 * n.size + (tall + 2) / scale) * 100) / 100];
      } else {
        return;
      }
      placed++;
    });
    NODES.forEach(function (n, i) {
      var font = labelled[i] || [0, 0];
      if (font[0] !== n.font || font[1] !== n.vadjust) {
        n.font = font[0];
        n.vadjust = font[1];
        changes.node({id: n.id, font: {size: font[0], vadjust: font[1]}});
      }
    });
    api.labelled = Object.keys(labelled).map(function (i) { return NODES[i].id; });
    if (!network) return;
    // The names of a selection's relations take what room is left, most supported first.
    var lit = [];
    EDGES.forEach(function (e, j) { if (e.lit) lit.push(j); });
    lit.sort(function (a, b) { return EDGES[b].n - EDGES[a].n || a - b; });
    lit.forEach(function (j) {
      var e = EDGES[j], a = toScreen(NODES[e.s]), b = toScreen(NODES[e.o]);
      var mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], half = (edgeLabel(e).length * LIT_EDGE_LABEL_PX * 0.55 + 4) / 2;
      var box = [mid[0] - half, mid[1] - LIT_EDGE_LABEL_PX * 0.7, mid[0] + half, mid[1] + LIT_EDGE_LABEL_PX * 0.7];
      e.quiet = !(onScreen(mid) && fits(box));
      if (!e.quiet) add(box);
      var style = edgeStyle(e, scale);
      if (style.font.size !== e.fontSize) { e.fontSize = style.font.size; changes.edge(style); }
    });
    if (own) changes.apply();
  }
  var labelTimer = null;
  function scheduleLabels() {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(placeLabels, 90);
  }

  // ---------- highlighting ----------
  function highlight(keepNodes, keepEdges, target) {
    var dim = !!keepNodes, changes = new Changes();
    var scale = target ? target.scale : network.getScale();
    if (DIM_OTHERS && dim !== dimming) { dimming = dim; changes.options = dim ? DIMMED : NORMAL; }
    NODES.forEach(function (n, i) {
      var lit = dim && !!keepNodes[i];
      n.dim = dim && !lit;
      if (lit || n.touched) {
        n.touched = true;
        changes.node({id: n.id, opacity: lit ? 1 : (dimming ? DIMMED : NORMAL).nodes.opacity});
      }
    });
    EDGES.forEach(function (e, i) {
      e.lit = dim && !!keepEdges[i];
      e.dim = dim && !e.lit;
      if (!e.lit) e.quiet = false;
      if (e.lit || e.touched) {
        e.touched = true;
        var style = edgeStyle(e, scale);
        e.fontSize = style.font.size;
        changes.edge(style);
      }
    });
    placeLabels(target, changes);
    changes.apply();
  }
  function neighbourhood(i) {
    var keepNodes = {}, keepEdges = {};
    keepNodes[i] = true;
    NODES[i].edges.forEach(function (j) {
      if (!edgeVisible[j]) return;
      keepEdges[j] = true;
      keepNodes[EDGES[j].s] = keepNodes[EDGES[j].o] = true;
    });
    return [keepNodes, keepEdges];
  }
  api.highlighted = function () {
    return NODES.filter(function (n, i) { return nodeVisible[i] && !n.dim; }).map(function (n) { return n.id; });
  };

  function clearSelection() {
    selected = null;
    highlight(null, null);
    network.unselectAll();
    showEntityList();
  }
  function refreshSelection() {
    if (selected.node !== undefined) selectNode(selected.node, {keepView: true});
    else selectEdge(selected.edge, {keepView: true});
  }

  /** A view centred on `centre` that shows `around` too: zoomed to `preferred`, or out as far as needed
   * (never further than the opening view, never closer than MAX_SCALE). */
  function viewAround(centre, around, preferred) {
    var reachX = 1, reachY = 1;
    around.forEach(function (m) {
      reachX = Math.max(reachX, Math.abs(m.x - centre.x) + m.size + LABEL_PX * 4);
      reachY = Math.max(reachY, Math.abs(m.y - centre.y) + m.size + LABEL_PX * 2);
    });
    var fits = Math.min(container.clientWidth / 2 / reachX, container.clientHeight / 2 / reachY);
    var scale = Math.min(preferred, fits, MAX_SCALE);
    return {scale: Math.max(scale, Math.min(openingScale, preferred)), position: {x: centre.x, y: centre.y}};
  }

  function selectNode(i, how) {
    how = how || {};
    if (!nodeVisible[i]) {
      resetFilters();
      if (!nodeVisible[i]) return;
    }
    selected = {node: i};
    var hood = neighbourhood(i), target = null;
    if (how.focus) {
      var others = Object.keys(hood[0]).map(Number).filter(function (k) { return k !== i; });
      target = viewAround(NODES[i], others.map(function (k) { return NODES[k]; }), FOCUS_SCALE);
    }
    highlight(hood[0], hood[1], target);
    network.selectNodes([NODES[i].id]);
    if (target) network.moveTo({position: target.position, scale: target.scale, animation: glide()});
    showNode(i);
  }
  function selectEdge(j, how) {
    how = how || {};
    var e = EDGES[j];
    if (!edgeVisible[j]) { resetFilters(); if (!edgeVisible[j]) return; }
    selected = {edge: j, from: how.from};
    var keepNodes = {}, keepEdges = {};
    keepNodes[e.s] = keepNodes[e.o] = true;
    keepEdges[j] = true;
    if (how.from !== undefined) {
      // Opened from a node's panel: keep that node's neighbourhood readable around the chosen relation.
      var hood = neighbourhood(how.from);
      keepNodes = hood[0];
      selected.node = undefined;
    }
    var target = null;
    if (how.focus) {
      var a = NODES[e.s], b = NODES[e.o];
      var middle = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, size: 0};
      target = viewAround(middle, [a, b], network.getScale());
    }
    highlight(keepNodes, keepEdges, target);
    network.setSelection({nodes: [], edges: [e.id]}, {highlightEdges: false});
    if (target) network.moveTo({position: target.position, scale: target.scale, animation: glide()});
    if (how.from === undefined) showEdge(j);
  }
  api.selectNode = function (id) { if (byId[id] !== undefined) selectNode(byId[id], {focus: true}); };

  // ---------- the side panel ----------
  function showEntityList() {
    $("details").hidden = true;
    $("entities").hidden = false;
  }
  function showDetails() {
    $("entities").hidden = true;
    var details = $("details");
    details.hidden = false;
    details.textContent = "";
    details.scrollTop = 0;
    details.appendChild(el("button", {type: "button", className: "link back", text: "← all entities"}));
    details.lastChild.addEventListener("click", clearSelection);
    return details;
  }
  function dotFor(n) {
    var dot = el("span", {className: "dot"});
    dot.style.background = KIND_COLOUR[n.kind] || "#bbb";
    return dot;
  }
  function entityLink(i) {
    var span = el("span", {className: "other", text: NODES[i].label, title: "show " + NODES[i].label});
    span.addEventListener("click", function (event) { event.stopPropagation(); selectNode(i, {focus: true}); });
    return span;
  }
  function badges(e) {
    var out = [];
    if (e.neg) out.push(el("span", {className: "badge neg", text: "negated"}));
    if (e.root) out.push(el("span", {className: "badge " + e.cat, text: e.root + " " + DATA.roots[e.root]}));
    else if (e.cat) out.push(el("span", {className: "badge " + e.cat, text: e.cat}));
    if (e.mod) out.push(el("span", {className: "badge", text: e.mod}));
    out.push(el("span", {className: "badge", text: plural(e.n, "sentence", "sentences")}));
    return out;
  }
  function factItem(f, j, fromNode) {
    var meta = el("div", {className: "meta"});
    // The same sentence in copies of one article is one fact: its first article, then the others.
    f.a.slice(0, COPIES_SHOWN + 1).forEach(function (a, k) {
      var art = ARTICLES[a];
      if (k > 0) meta.appendChild(document.createTextNode(k === 1 ? " · also in " : ", "));
      var href = art.url ? webLink(art.url) : null;
      meta.appendChild(href ? el("a", {href: href, target: "_blank", rel: "noopener noreferrer", text: art.title})
                            : el("span", {className: "title", text: art.title}));
    });
    if (f.a.length > COPIES_SHOWN + 1) {
      meta.appendChild(document.createTextNode(" and " + plural(f.a.length - COPIES_SHOWN - 1, "other", "others")));
    }
    if (f.d) meta.appendChild(document.createTextNode(" · " + (f.d[0] === f.d[1] ? f.d[0] : f.d[0] + " – " + f.d[1])));
    meta.appendChild(document.createTextNode(" · confidence " + f.c.toFixed(2)));
    if (f.by) meta.appendChild(document.createTextNode(" · according to " + f.by));
    if (f.said) meta.appendChild(document.createTextNode(" · said: " + f.said));
    var item = el("li", {className: "fact", tabindex: "0"}, [el("q", {text: SENTENCES[f.t]}), meta]);
    item.dataset.edge = EDGES[j].id;
    var choose = function (event) {
      if (event.target.tagName === "A") return;
      document.querySelectorAll(".fact.active").forEach(function (x) { x.classList.remove("active"); });
      item.classList.add("active");
      selectEdge(j, {focus: true, from: fromNode});
    };
    item.addEventListener("click", choose);
    item.addEventListener("keydown", function (event) { if (event.key === "Enter") choose(event); });
    return item;
  }
  function relationBlock(j, fromNode) {
    var e = EDGES[j];
    var heading = el("h3", {}, []);
    [e.s, "—" + edgeLabel(e) + "→", e.o].forEach(function (part, k) {
      if (k === 1) heading.appendChild(document.createTextNode(" " + part + " "));
      else heading.appendChild(part === fromNode ? el("span", {text: NODES[part].label}) : entityLink(part));
    });
    badges(e).forEach(function (b) { heading.appendChild(b); });
    var facts = e.f.filter(function (f) { return factOK(f, false); });
    var list = el("ul", {className: "facts"});
    facts.slice(0, FACTS_SHOWN).forEach(function (f) { list.appendChild(factItem(f, j, fromNode)); });
    var block = el("div", {className: "relation"}, [heading, list]);
    block.dataset.edge = e.id;
    heading.addEventListener("click", function () { selectEdge(j, {focus: true, from: fromNode}); });
    if (facts.length > FACTS_SHOWN) {
      var more = el("button", {type: "button", className: "link", text: "show " + (facts.length - FACTS_SHOWN) + " more"});
      more.addEventListener("click", function () {
        facts.slice(FACTS_SHOWN).forEach(function (f) { list.appendChild(factItem(f, j, fromNode)); });
        more.remove();
      });
      block.appendChild(more);
    }
    var hidden = e.f.length - facts.length;
    if (hidden) block.appendChild(el("p", {className: "more", text: plural(hidden, "fact", "facts") + " hidden by the filters"}));
    return block;
  }
  function showNode(i) {
    var n = NODES[i], details = showDetails();
    details.appendChild(el("h2", {}, [dotFor(n), n.label]));
    var sub = [n.kind];
    if (n.country) sub.push(countryName(n.country) + " (" + n.country + ")");
    sub.push(plural(n.mentions, "mention", "mentions") + " in " + plural(n.articles, "article", "articles"));
    details.appendChild(el("p", {className: "sub", text: sub.join(" · ")}));
    if (n.aliases.length) details.appendChild(el("p", {className: "aliases", text: "Also: " + n.aliases.join(", ")}));
    var shown = n.edges.filter(function (j) { return edgeVisible[j]; });
    shown.sort(function (a, b) { return EDGES[b].n - EDGES[a].n || (EDGES[a].p < EDGES[b].p ? -1 : 1); });
    details.appendChild(el("p", {className: "sub", text: plural(shown.length, "relation", "relations") +
      (n.edges.length > shown.length ? " (" + (n.edges.length - shown.length) + " more hidden by the filters)" : "")}));
    var relations = el("div", {className: "relations"});
    details.appendChild(relations);
    var render = function (list) { list.forEach(function (j) { relations.appendChild(relationBlock(j, i)); }); };
    render(shown.slice(0, RELATIONS_SHOWN));
    if (shown.length > RELATIONS_SHOWN) {
      var more = el("button", {type: "button", className: "link", text: "show all " + shown.length + " relations"});
      more.addEventListener("click", function () { render(shown.slice(RELATIONS_SHOWN)); more.remove(); });
      details.appendChild(more);
    }
  }
  function showEdge(j) {
    var details = showDetails();
    details.appendChild(relationBlock(j, undefined));
  }

  function buildEntityList() {
    var list = $("entity-list"), fragment = document.createDocumentFragment();
    NODES.forEach(function (n, i) {
      var meta = [n.kind, n.country || ""].filter(Boolean).join(" · ");
      var li = el("li", {className: "entity"}, [dotFor(n), el("span", {text: n.label}), el("span", {className: "meta", text: meta})]);
      li.dataset.i = i;
      li.tabIndex = 0;
      li.hidden = !nodeVisible[i];
      fragment.appendChild(li);
    });
    list.appendChild(fragment);
    var open = function (event) {
      var li = event.target.closest("li");
      if (li && (event.type === "click" || event.key === "Enter")) selectNode(Number(li.dataset.i), {focus: true});
    };
    list.addEventListener("click", open);
    list.addEventListener("keydown", open);
  }

  // ---------- search ----------
  function search(query) {
    var wanted = norm(query);
    if (!wanted) return [];
    var found = [];
    NODES.forEach(function (n, i) {
      var tier = -1;
      if (n.keys.indexOf(wanted) >= 0 || (n.kind === "Country" && n.code === wanted)) tier = 0;
      else if (n.keys.some(function (k) { return k.indexOf(wanted) === 0 || k.indexOf(" " + wanted) >= 0; })) tier = 1;
      else if (n.keys.some(function (k) { return k.indexOf(wanted) >= 0; })) tier = 2;
      else if (n.code === wanted) tier = 3;
      if (tier >= 0) found.push([tier, n.rank, i]);
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.slice(0, 30).map(function (x) { return x[2]; });
  }
  api.search = function (query) { return search(query).map(function (i) { return NODES[i].id; }); };

  var matches = [], active = 0;
  function renderMatches() {
    var list = $("matches");
    list.textContent = "";
    matches.forEach(function (i, k) {
      var n = NODES[i];
      var meta = [n.kind, countryName(n.country)].filter(Boolean).join(" · ") + (nodeVisible[i] ? "" : " (filtered out)");
      var li = el("li", {role: "option", id: "match-" + k, className: k === active ? "active" : ""},
                  [dotFor(n), el("span", {text: n.label}), el("span", {className: "meta", text: meta})]);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(k); });
      list.appendChild(li);
    });
    if (!matches.length && norm($("search").value)) list.appendChild(el("li", {text: "No entity matches."}));
    list.hidden = !list.childNodes.length;
    $("search").setAttribute("aria-expanded", String(!list.hidden));
  }
  function choose(k) {
    if (!matches.length) return;
    var i = matches[k];
    $("matches").hidden = true;
    $("search").value = NODES[i].label;
    selectNode(i, {focus: true});
  }
  function bindSearch() {
    var box = $("search");
    box.addEventListener("input", function () { matches = search(box.value); active = 0; renderMatches(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!matches.length) return;
        active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
        renderMatches();
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (!matches.length) { matches = search(box.value); active = 0; }
        choose(active);
        event.preventDefault();
      } else if (event.key === "Escape") {
        // A first Escape closes the list of matches, the next one clears the selection.
        if ($("matches").hidden) { clearSelection(); box.blur(); }
        $("matches").hidden = true;
      }
    });
    box.addEventListener("blur", function () { $("matches").hidden = true; });
    document.addEventListener("keydown", function (event) {
      if (event.key === "/" && document.activeElement !== box && !/INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName)) {
        box.focus();
        event.preventDefault();
      } else if (event.key === "Escape" && document.activeElement !== box) {
        clearSelection();
      }
    });
  }

  // ---------- hover tips ----------
  var tip = $("tip");
  function showTip(pointer, lines) {
    tip.textContent = "";
    lines.forEach(function (line, k) { tip.appendChild(el("div", {className: k ? line[0] : "head", text: k ? line[1] : line})); });
    tip.hidden = false;
    var stage = $("stage");
    var x = Math.min(pointer.x + 14, stage.clientWidth - tip.offsetWidth - 6);
    var y = pointer.y + 14 + tip.offsetHeight > stage.clientHeight ? pointer.y - tip.offsetHeight - 10 : pointer.y + 14;
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function nodeTip(i) {
    var n = NODES[i], lines = [n.label];
    lines.push(["sub", n.kind + (n.country ? " · " + countryName(n.country) : "")]);
    lines.push(["sub", plural(n.edges.length, "relation", "relations") + " · " + plural(n.mentions, "mention", "mentions") +
                " in " + plural(n.articles, "article", "articles")]);
    if (n.aliases.length) lines.push(["sub", "Also: " + clip(n.aliases.join(", "), 120)]);
    return lines;
  }
  function edgeTip(j) {
    var e = EDGES[j];
    var lines = [NODES[e.s].label + " —" + edgeLabel(e) + "→ " + NODES[e.o].label];
    var facts = [];
    if (e.root) facts.push(e.root + " " + DATA.roots[e.root]);
    if (e.mod) facts.push(e.mod);
    facts.push("confidence " + e.conf.toFixed(2));
    facts.push(plural(e.n, "sentence", "sentences"));
    lines.push(["sub", facts.join(" · ")]);
    e.f.slice(0, TIP_SENTENCES).forEach(function (f) {
      if (f.said) lines.push(["said", "said: " + clip(f.said, TIP_CHARS)]);
      lines.push(["sentence", "“" + clip(SENTENCES[f.t], TIP_CHARS) + "”" + (f.by ? " (according to " + f.by + ")" : "")]);
    });
    if (e.f.length > TIP_SENTENCES) lines.push(["sub", "… click for all " + e.f.length]);
    return lines;
  }

  function glide() { return frameMs > FRAME_BUDGET_MS ? false : ANIMATION; }

  function bindNetwork() {
    var frameStart = 0;
    network.on("beforeDrawing", function () { frameStart = performance.now(); });
    network.on("afterDrawing", function () { frameMs = performance.now() - frameStart; });
    network.on("hoverNode", function (p) { showTip(p.pointer.DOM, nodeTip(byId[p.node])); });
    network.on("hoverEdge", function (p) { showTip(p.pointer.DOM, edgeTip(edgeById[p.edge])); });
    network.on("blurNode", function () { tip.hidden = true; });
    network.on("blurEdge", function () { tip.hidden = true; });
    network.on("dragStart", function () { tip.hidden = true; });
    network.on("zoom", function () { tip.hidden = true; });
    network.on("click", function (p) {
      tip.hidden = true;
      if (p.nodes.length) selectNode(byId[p.nodes[0]], {});
      else if (p.edges.length) selectEdge(edgeById[p.edges[0]], {});
      else clearSelection();
    });
    network.on("dragEnd", function (p) {
      // Dragged entities keep their new place for label placement and the next fit.
      if (!p.nodes.length) return;
      var moved = network.getPositions(p.nodes);
      p.nodes.forEach(function (id) { NODES[byId[id]].x = moved[id].x; NODES[byId[id]].y = moved[id].y; });
    });
    ["zoom", "dragEnd", "animationFinished", "resize"].forEach(function (name) { network.on(name, scheduleLabels); });
  }

  // ---------- start ----------
  buildFilterControls();
  var start = DATA.filters || {};
  if (start.kinds) F.kinds = ALL_KINDS.filter(function (k) { return start.kinds.indexOf(k) >= 0; });
  ["country", "category", "polarity", "modality"].forEach(function (k) { if (start[k]) F[k] = String(start[k]); });
  if (start.min_confidence) F.minConfidence = Number(start.min_confidence);
  if (start.article) {
    var wanted = ARTICLES.findIndex(function (a) { return a.id === String(start.article); });
    if (wanted >= 0) F.article = String(wanted);
  }
  if (start.date_from) F.from = String(start.date_from);
  if (start.date_to) F.to = String(start.date_to);
  setControls();
  bindSearch();
  var first = computeVisibility();
  showCounts(first.counts, first.kindCounts);
  timings.filters = performance.now();
  var opening = fitView();
  openingScale = opening.scale;
  placeLabels(opening);
  timings.labels = performance.now();
  createNetwork(opening);
  bindNetwork();
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = timings.drawn = performance.now();
    document.body.setAttribute("data-ready", "1");
    // The entity list is not needed for the first picture; build it right after.
    setTimeout(function () {
      buildEntityList();
      timings.list = performance.now();
    }, 0);
  });
  if (start.search) {
    var found = search(start.search);
    if (found.length) { $("search").value = NODES[found[0]].label; selectNode(found[0], {focus: true}); }
  }
})();
