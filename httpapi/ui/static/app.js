// testigo's web UI: a filterable event list, a map, a timeline and an event page with each
// source's text and its evidence highlighted. Plain DOM, no libraries, no network but this
// server. Source text is hostile input: it only ever reaches the page through textContent
// (the el() helper below), never innerHTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const TYPE_COLORS = {
  PROTEST: "#1f77b4", ASSAULT: "#d62728", COERCE: "#ff7f0e", MOBILIZE: "#8c564b", SANCTION: "#9467bd",
  THREATEN: "#e377c2", ACCUSE: "#bcbd22", REQUEST: "#17becf", REJECT: "#7f7f7f", DECREE: "#2ca02c",
  AGREE: "#98df8a", CONSULT: "#aec7e8", SUPPORT: "#c5b0d5", CONCEDE: "#c49c94", COOPERATE: "#9edae5",
  AID: "#dbdb8d", RETREAT: "#f7b6d2",
};
const typeColor = (t) => TYPE_COLORS[t] || "#555";

// el builds an HTML element; string children become text nodes, so text is never parsed.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "href") e.setAttribute("href", safeHref(v));
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// safeHref lets through only links that cannot run script: http(s) and this page's own.
function safeHref(v) {
  const s = String(v);
  if (s.startsWith("#") || s.startsWith("/")) return s;
  try {
    const u = new URL(s, location.href);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* fall through */ }
  return "#";
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || r.status + " " + r.statusText);
  return body;
}

const $ = (id) => document.getElementById(id);
const state = { events: [], next: "", params: new URLSearchParams(), config: {}, world: null, view: null, admin1: new Map(), admin1Index: null };

// ---- filters and list -------------------------------------------------------------------

function filterParams() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData($("filters"))) {
    if (String(v).trim() !== "") p.set(k, String(v).trim());
  }
  return p;
}

function setFiltersFrom(p) {
  const form = $("filters");
  for (const input of form.elements) {
    if (!input.name) continue;
    if (input.type === "checkbox") input.checked = p.get(input.name) === input.value;
    else input.value = p.get(input.name) || "";
  }
}

function updateExportLinks() {
  const qs = state.params.toString();
  for (const [id, path] of [["export-csv", "/api/export.csv"], ["export-jsonl", "/api/export.jsonl"], ["export-geojson", "/api/export.geojson"]]) {
    $(id).setAttribute("href", path + (qs ? "?" + qs : ""));
  }
}

async function loadEvents(more) {
  const p = new URLSearchParams(state.params);
  p.set("limit", "500");
  if (more && state.next) p.set("cursor", state.next);
  $("count").textContent = "Loading…";
  $("count").classList.remove("error");
  try {
    const page = await getJSON("/api/events?" + p);
    state.events = more ? state.events.concat(page.events) : page.events;
    state.next = page.next;
  } catch (err) {
    $("count").textContent = "Error: " + err.message;
    $("count").classList.add("error");
    return;
  }
  $("count").textContent = state.events.length + (state.next ? "+" : "") + " events";
  $("more").hidden = !state.next;
  renderList();
  renderMap();
  renderTimeline();
}

function eventDate(ev) {
  const d = ev.date || {};
  if (!d.start) return "date unknown";
  return d.end && d.end !== d.start ? d.start + " – " + d.end : d.start;
}

function placeName(ev) {
  if (!ev.place) return "place unknown";
  return [ev.place.name, ev.place.admin1, ev.place.country].filter(Boolean).join(", ");
}

function actorsText(list) {
  return (list || []).map((a) => a.name).join("; ");
}

function renderList() {
  const ol = $("event-list");
  ol.replaceChildren();
  for (const ev of state.events) {
    const dead = ev.dead ? ev.dead.value : 0;
    const badge = el("span", { class: "etype" }, ev.type + (ev.mode ? " · " + ev.mode : ""));
    badge.style.background = typeColor(ev.type);
    const li = el("li", { "data-id": ev.id },
      el("a", { href: "#/event/" + encodeURIComponent(ev.id) },
        badge,
        el("span", { class: "date" }, eventDate(ev)),
        dead ? el("span", { class: "dead" }, dead + " dead") : null,
        el("span", { class: "where" }, placeName(ev) + (ev.actor && ev.actor.length ? " — " + actorsText(ev.actor) : ""))));
    li.addEventListener("mouseenter", () => highlight(ev.id, true));
    li.addEventListener("mouseleave", () => highlight(ev.id, false));
    ol.append(li);
  }
}

function highlight(id, on) {
  for (const n of document.querySelectorAll('[data-id="' + CSS.escape(id) + '"]')) n.classList.toggle("hover", on);
}

// ---- map ----------------------------------------------------------------------------------

// The map is Web Mercator on a 1024-unit square world, the tile scheme's own square (at zoom
// z a tile is 1024/2^z units), so an optional tile layer lines up with the vectors.
const WORLD = 1024;
function project(lon, lat) {
  const la = Math.max(-85.05, Math.min(85.05, lat)) * Math.PI / 180;
  return [(lon + 180) / 360 * WORLD, (1 - Math.log(Math.tan(la) + 1 / Math.cos(la)) / Math.PI) / 2 * WORLD];
}

// ringPath is the SVG path of a closed ring of projected points. A ring that crosses the
// antimeridian would draw a line across the world: it is broken into pieces there.
function ringPath(pts) {
  let d = "";
  for (let k = 0; k < pts.length; k++) {
    const jump = k === 0 || Math.abs(pts[k][0] - pts[k - 1][0]) > WORLD / 2;
    d += (jump ? (k ? "ZM" : "M") : "L") + pts[k][0].toFixed(2) + "," + pts[k][1].toFixed(2);
  }
  return d + "Z";
}

// decodeDivisions turns one country's file of static/admin1/ (see gen_admin1.sh: rings of
// delta-coded integer coordinates) into {name, iso, d} SVG paths in world units.
function decodeDivisions(data) {
  const q = data.scale;
  return data.divisions.map((div) => {
    let d = "";
    for (const poly of div.polygons) {
      for (const r of poly) {
        const pts = [];
        let x = 0, y = 0;
        for (let k = 0; k + 1 < r.length; k += 2) { x += r[k]; y += r[k + 1]; pts.push(project(x / q, y / q)); }
        d += ringPath(pts);
      }
    }
    return { name: div.name, iso: div.iso, d };
  });
}

// foldName compares division names the way people write them: no case, no accents, no
// "Department"/"Province" words.
function foldName(s) {
  return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/\b(department|departamento|province|provincia|state|estado|region)\b/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}

// countryDivisions returns the decoded divisions of country a3 ([] when none are shipped or
// they fail to load: the map works without them), loading its file on first need.
async function countryDivisions(a3) {
  try {
    if (!state.admin1Index) state.admin1Index = await getJSON("/static/admin1/index.json");
  } catch (err) { state.admin1Index = {}; }
  if (!state.admin1Index[a3]) return [];
  if (!state.admin1.has(a3)) {
    try { state.admin1.set(a3, decodeDivisions(await getJSON("/static/admin1/" + a3 + ".json"))); } catch (err) { state.admin1.set(a3, []); }
  }
  return state.admin1.get(a3);
}

// ZOOMED is the view width (world units) below which the divisions of every country in view
// are drawn: about 30 degrees of longitude.
const ZOOMED = WORLD / 12;

// drawDivisions draws in g the first-level divisions of the countries that have events (at
// most six, those with most events) and, when the map is zoomed in, of the countries in view
// (at most twelve); the divisions named by events are highlighted. It draws each country
// once per map; the files load on demand and stay cached.
async function drawDivisions(g) {
  const counts = new Map(), named = new Set();
  for (const e of state.events) {
    if (!e.place || !e.place.country) continue;
    counts.set(e.place.country, (counts.get(e.place.country) || 0) + 1);
    if (e.place.admin1) named.add(e.place.country + "\t" + foldName(e.place.admin1));
  }
  let wanted = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([a3]) => a3);
  if (state.view && state.view.w < ZOOMED && state.world) {
    wanted = wanted.concat(state.world.filter((c) => c.a3 && inView(c)).slice(0, 12).map((c) => c.a3));
  }
  g.drawn = g.drawn || new Set();
  for (const a3 of wanted) {
    if (g.drawn.has(a3)) continue;
    g.drawn.add(a3);
    const divs = await countryDivisions(a3);
    if (!g.isConnected) return; // the map was drawn again meanwhile
    for (const div of divs) {
      const hit = named.has(a3 + "\t" + foldName(div.name));
      g.append(svg("path", { d: div.d, class: "division" + (hit ? " named" : ""), "data-iso": div.iso }, svg("title", {}, div.name)));
    }
  }
}

// decodeTopology turns a TopoJSON topology into {name, a3, d} SVG paths in world units.
function decodeTopology(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return project(x * sx + tx, y * sy + ty); });
  });
  let boxes; // the current country's ring boxes
  const ring = (idx) => {
    const pts = [];
    for (const i of idx) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      for (let k = pts.length ? 1 : 0; k < a.length; k++) pts.push(a[k]);
    }
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts) { b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y); }
    if (b[2] - b[0] < WORLD / 2) boxes.push(b); // a ring across the antimeridian boxes nothing
    return ringPath(pts);
  };
  const out = [];
  for (const g of topo.objects.countries.geometries) {
    let d = "";
    boxes = [];
    if (g.type === "Polygon") d = g.arcs.map(ring).join("");
    else if (g.type === "MultiPolygon") d = g.arcs.map((poly) => poly.map(ring).join("")).join("");
    if (d) out.push({ name: g.properties.name, a3: g.properties.a3, d, boxes });
  }
  return out;
}

// inView tells whether a country has land in the map's current view.
function inView(c) {
  const v = state.view;
  return v && c.boxes.some((b) => b[0] < v.x + v.w && b[2] > v.x && b[1] < v.y + v.h && b[3] > v.y);
}

async function loadWorld() {
  if (state.world) return state.world;
  const topo = await getJSON("/static/countries-50m.json");
  state.world = decodeTopology(topo);
  return state.world;
}

function fitView(events) {
  let placed = events.filter((e) => e.place && (e.place.lat || e.place.lon));
  // When most events are in one country, frame that country's events: a stray far away
  // (a misplaced name) should not shrink the crisis to a dot on a world map.
  const byCountry = new Map();
  for (const e of placed) byCountry.set(e.place.country, (byCountry.get(e.place.country) || 0) + 1);
  for (const [c, n] of byCountry) if (c && n >= 0.6 * placed.length) placed = placed.filter((e) => e.place.country === c);
  const pts = placed.map((e) => project(e.place.lon, e.place.lat));
  if (!pts.length) return { x: 0, y: WORLD * 0.12, w: WORLD, h: WORLD * 0.62 };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  const pad = Math.max(x1 - x0, y1 - y0) * 0.6 + 6;
  return { x: x0 - pad, y: y0 - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad };
}

async function renderMap() {
  const root = $("map-svg");
  let world;
  try { world = await loadWorld(); } catch (err) { root.replaceChildren(svg("text", { x: 10, y: 20 }, "map data: " + err.message)); return; }
  const box = root.getBoundingClientRect();
  const aspect = box.width && box.height ? box.width / box.height : 2;
  let v = fitView(state.events);
  const bbox = (state.params.get("bbox") || "").split(",").map(Number);
  if (bbox.length === 4 && bbox.every(Number.isFinite)) {
    const [x0, y0] = project(bbox[0], bbox[3]), [x1, y1] = project(bbox[2], bbox[1]);
    v = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }
  // Widen the view to the panel's shape so the map is not distorted.
  if (v.w / v.h < aspect) { const w = v.h * aspect; v.x -= (w - v.w) / 2; v.w = w; } else { const h = v.w / aspect; v.y -= (h - v.h) / 2; v.h = h; }
  state.view = v;
  const focus = new Set(state.events.map((e) => e.place && e.place.country).filter(Boolean));
  const tiles = svg("g", { id: "tiles" });
  const countries = svg("g", { id: "countries" });
  for (const c of world) {
    countries.append(svg("path", { d: c.d, class: "country" + (focus.has(c.a3) ? " focus" : ""), "data-a3": c.a3 }, svg("title", {}, c.name)));
  }
  const divisions = svg("g", { id: "divisions" });
  const markers = svg("g", { id: "markers" });
  root.replaceChildren(tiles, countries, divisions, markers);
  drawDivisions(divisions);
  drawMarkers();
  applyView();
}

function drawMarkers() {
  const g = $("markers");
  if (!g || !state.view) return;
  g.replaceChildren();
  const unit = state.view.w / ($("map-svg").getBoundingClientRect().width || 800); // world units per pixel
  const evs = state.events.filter((e) => e.place && (e.place.lat || e.place.lon));
  evs.sort((a, b) => (b.dead ? b.dead.value : 0) - (a.dead ? a.dead.value : 0)); // small ones on top
  for (const ev of evs) {
    const [x, y] = project(ev.place.lon, ev.place.lat);
    const dead = ev.dead ? ev.dead.value : 0;
    const r = (4 + 3 * Math.sqrt(dead)) * unit;
    g.append(svg("circle", {
      cx: x.toFixed(3), cy: y.toFixed(3), r: r.toFixed(3), class: "marker" + (dead ? "" : " nodead"), "data-id": ev.id,
      onclick: () => { location.hash = "#/event/" + encodeURIComponent(ev.id); },
      onmouseenter: () => highlight(ev.id, true), onmouseleave: () => highlight(ev.id, false),
    }, svg("title", {}, ev.type + " " + eventDate(ev) + " — " + placeName(ev) + (dead ? " — " + dead + " dead" : ""))));
  }
}

function applyView() {
  const v = state.view;
  $("map-svg").setAttribute("viewBox", [v.x, v.y, v.w, v.h].map((n) => n.toFixed(3)).join(" "));
  drawTiles();
  // Zooming and panning bring countries into view: their divisions follow once it settles.
  clearTimeout(state.divisionsTimer);
  state.divisionsTimer = setTimeout(() => { const g = $("divisions"); if (g) drawDivisions(g); }, 150);
}

function drawTiles() {
  const url = state.config.tile_url, g = $("tiles");
  if (!url || !g) return;
  const v = state.view, px = $("map-svg").getBoundingClientRect().width || 800;
  const z = Math.max(0, Math.min(18, Math.round(Math.log2(px / v.w * WORLD / 256))));
  const n = 2 ** z, size = WORLD / n;
  g.replaceChildren();
  for (let tx = Math.max(0, Math.floor(v.x / size)); tx <= Math.min(n - 1, Math.floor((v.x + v.w) / size)); tx++) {
    for (let ty = Math.max(0, Math.floor(v.y / size)); ty <= Math.min(n - 1, Math.floor((v.y + v.h) / size)); ty++) {
      const href = url.replace("{z}", z).replace("{x}", tx).replace("{y}", ty);
      g.append(svg("image", { href, x: tx * size, y: ty * size, width: size, height: size }));
    }
  }
}

// unproject turns world units back into longitude and latitude.
function unproject(x, y) {
  const lon = x / WORLD * 360 - 180;
  const lat = Math.atan(Math.sinh(Math.PI * (1 - 2 * y / WORLD))) * 180 / Math.PI;
  return [Math.max(-180, Math.min(180, lon)), Math.max(-85, Math.min(85, lat))];
}

// filterToView restricts the selection to the map's current view (the bbox parameter).
function filterToView() {
  const v = state.view;
  if (!v) return;
  const [west, north] = unproject(v.x, v.y), [east, south] = unproject(v.x + v.w, v.y + v.h);
  const p = filterParams();
  p.set("bbox", [west, south, east, north].map((n) => n.toFixed(4)).join(","));
  location.hash = "#/?" + p;
}

function setupMapControls() {
  $("map-filter").addEventListener("click", filterToView);
  const root = $("map-svg");
  root.addEventListener("wheel", (e) => {
    if (!state.view) return;
    e.preventDefault();
    const b = root.getBoundingClientRect(), v = state.view;
    const fx = (e.clientX - b.left) / b.width, fy = (e.clientY - b.top) / b.height;
    const k = e.deltaY > 0 ? 1.25 : 0.8;
    const w = Math.min(WORLD * 2, Math.max(0.05, v.w * k)), h = w * v.h / v.w;
    state.view = { x: v.x + (v.w - w) * fx, y: v.y + (v.h - h) * fy, w, h };
    applyView();
    drawMarkers();
  }, { passive: false });
  let drag = null;
  root.addEventListener("pointerdown", (e) => { drag = { x: e.clientX, y: e.clientY, v: state.view }; });
  window.addEventListener("pointerup", () => { drag = null; });
  root.addEventListener("pointermove", (e) => {
    if (!drag || !drag.v) return;
    const b = root.getBoundingClientRect();
    const s = drag.v.w / b.width;
    state.view = { ...drag.v, x: drag.v.x - (e.clientX - drag.x) * s, y: drag.v.y - (e.clientY - drag.y) * s };
    applyView();
  });
}

// ---- timeline ------------------------------------------------------------------------------

const DAY = 86400000;
const dayOf = (s) => Date.parse(s + "T00:00:00Z");
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

async function renderTimeline() {
  const root = $("timeline-svg");
  const b = root.getBoundingClientRect();
  const W = b.width || 800, H = b.height || 200, m = { l: 36, r: 40, t: 26, b: 22 };
  const dated = state.events.filter((e) => e.date && e.date.start);
  let series = [];
  try {
    const p = new URLSearchParams();
    for (const k of ["country", "admin1", "from", "to"]) if (state.params.get(k)) p.set(k, state.params.get(k));
    series = (await getJSON("/api/tolls?" + p)).series || [];
  } catch (err) { series = []; }
  const days = [];
  for (const e of dated) days.push(dayOf(e.date.start));
  for (const s of series) for (const pt of s.points) if (pt.date) days.push(dayOf(pt.date));
  root.replaceChildren();
  if (!days.length) { root.append(svg("text", { x: 10, y: 20, class: "muted" }, "no dated events")); $("timeline-legend").replaceChildren(); return; }
  const t0 = Math.min(...days), t1 = Math.max(...days) + DAY;
  const nDays = Math.round((t1 - t0) / DAY);
  const x = (t) => m.l + (t - t0) / (t1 - t0) * (W - m.l - m.r);
  // Count events per day and type.
  const counts = new Map(), types = new Set();
  for (const e of dated) {
    const k = e.date.start;
    if (!counts.has(k)) counts.set(k, new Map());
    const c = counts.get(k);
    c.set(e.type, (c.get(e.type) || 0) + 1);
    types.add(e.type);
  }
  const maxCount = Math.max(1, ...[...counts.values()].map((c) => [...c.values()].reduce((a, b) => a + b, 0)));
  const y = (n) => H - m.b - n / maxCount * (H - m.t - m.b);
  const bw = Math.max(1, (W - m.l - m.r) / nDays - 1);
  const order = [...types].sort();
  for (const [day, c] of counts) {
    let acc = 0;
    for (const t of order) {
      const n = c.get(t) || 0;
      if (!n) continue;
      const r = svg("rect", { x: x(dayOf(day)), y: y(acc + n), width: bw, height: y(acc) - y(acc + n), fill: typeColor(t) },
        svg("title", {}, day + ": " + n + " " + t));
      root.append(r);
      acc += n;
    }
  }
  // Axes: days along the bottom, event counts on the left, the toll on the right.
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b }));
  const step = Math.max(1, Math.ceil(nDays / 8));
  for (let i = 0; i <= nDays; i += step) {
    const t = t0 + i * DAY;
    axis.append(svg("text", { x: x(t) + 2, y: H - 6 }, isoDay(t).slice(5)));
  }
  axis.append(svg("text", { x: 2, y: m.t + 8 }, String(maxCount)), svg("text", { x: 2, y: H - m.b }, "0"));
  root.append(axis);
  const legend = $("timeline-legend");
  legend.replaceChildren("events per day:");
  for (const t of order) {
    const sw = el("span", { class: "sw" });
    sw.style.background = typeColor(t);
    legend.append(sw, t);
  }
  const pts = series.flatMap((s) => s.points.filter((p) => p.date));
  if (pts.length) {
    const maxToll = Math.max(1, ...pts.map((p) => p.value));
    const yt = (v) => H - m.b - v / maxToll * (H - m.t - m.b);
    for (const s of series) {
      const ps = s.points.filter((p) => p.date).sort((a, b) => a.date.localeCompare(b.date));
      if (!ps.length) continue;
      root.append(svg("path", { class: "toll-line toll-" + s.measure, d: "M" + ps.map((p) => x(dayOf(p.date) + DAY / 2) + "," + yt(p.value)).join("L") }));
      for (const p of ps) {
        root.append(svg("circle", { class: "toll-dot", cx: x(dayOf(p.date) + DAY / 2), cy: yt(p.value), r: 3 },
          svg("title", {}, p.date + ": " + s.measure + " toll " + p.value + (p.title ? " (" + p.title + ")" : ""))));
      }
    }
    root.append(svg("text", { x: W - m.r + 4, y: m.t + 8, class: "axis" }, String(maxToll)));
    legend.append(" — reported tolls: " + [...new Set(series.map((s) => s.measure))].join(", "));
  }
}

// ---- event page ---------------------------------------------------------------------------

function countText(c) {
  if (!c) return null;
  const q = { at_least: "at least ", more_than: "more than ", about: "about ", up_to: "up to ", vague: "" }[c.qualifier] || "";
  return q + c.value + (c.max ? "–" + c.max : "");
}

// highlighted renders text with the spans marked, splitting it at every span boundary so
// overlapping spans nest cleanly. Every piece of text goes in as a text node.
function highlighted(text, spans) {
  // Spans are byte offsets into UTF-8; JavaScript strings are UTF-16, so cut the bytes.
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const cuts = new Set([0, bytes.length]);
  const ok = spans.filter((s) => s.start >= 0 && s.end <= bytes.length && s.start < s.end);
  for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = dec.decode(bytes.subarray(a, b));
    const cover = ok.filter((s) => s.start <= a && b <= s.end);
    if (!cover.length) { frag.append(document.createTextNode(piece)); continue; }
    const fig = cover.find((s) => s.what !== "evidence" && s.mine);
    const mine = cover.some((s) => s.mine);
    const m = el("mark", { class: fig ? "figure" : mine ? "evidence" : "other", title: cover.map((s) => s.type + " " + s.what + (s.value !== undefined ? " " + s.value : "")).join("; ") }, piece);
    if (mine && !first) first = m;
    frag.append(m);
  }
  return { frag, first };
}

async function showEvent(id) {
  const view = $("event-view");
  $("overview").hidden = true;
  view.hidden = false;
  view.replaceChildren(el("p", {}, "Loading…"));
  let d;
  try { d = await getJSON("/api/events/" + encodeURIComponent(id)); } catch (err) {
    view.replaceChildren(el("p", { class: "error" }, "Event " + id + ": " + err.message), el("a", { href: "#/" }, "back"));
    return;
  }
  const ev = d.event;
  const facts = el("dl", { class: "facts" });
  const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") facts.append(el("dt", {}, k), el("dd", {}, v)); };
  fact("Type", ev.type + (ev.mode ? " (" + ev.mode + ")" : ""));
  fact("ACLED", ev.acled ? ev.acled.event_type + " — " + ev.acled.sub_event_type : null);
  fact("Date", eventDate(ev) + (ev.date && ev.date.precision ? " (" + ev.date.precision + ")" : ""));
  fact("Place", placeName(ev) + (ev.place ? " · " + ev.place.lat.toFixed(4) + ", " + ev.place.lon.toFixed(4) : ""));
  fact("Actor", actorsText(ev.actor));
  fact("Recipient", actorsText(ev.recipient));
  fact("Dead", countText(ev.dead));
  fact("Injured", countText(ev.injured));
  fact("Arrested", countText(ev.arrested));
  fact("Crowd", countText(ev.size));
  fact("Context", (ev.context || []).join(", "));
  fact("Reported by", ev.source ? ev.source.name : null);
  fact("Kind", ev.kind + (ev.kind === "merged" ? " from " + (ev.members || []).length + " reports" : "") + (ev.edited ? ", edited by hand" : ""));
  fact("Id", ev.id);
  if (ev.merged_into) fact("Part of", el("a", { href: "#/event/" + encodeURIComponent(ev.merged_into) }, ev.merged_into));
  const mini = svg("svg", { id: "event-map", width: 260, height: 160, class: "panel" });
  view.replaceChildren(el("p", {}, el("a", { href: "#/" }, "← all events")), el("h2", {}, ev.type + " · " + placeName(ev)), el("div", { class: "head" }, facts, mini));
  drawMiniMap(mini, ev);
  if (d.merges.length) {
    const t = el("table", { class: "merges" }, el("tr", {}, el("th", {}, "when"), el("th", {}, "action"), el("th", {}, "by"), el("th", {}, "reports"), el("th", {}, "why")));
    for (const mr of d.merges) t.append(el("tr", {}, el("td", {}, mr.at), el("td", {}, mr.action), el("td", {}, mr.by), el("td", {}, (mr.members || []).join(", ")), el("td", {}, mr.reason)));
    view.append(el("h3", {}, "Merge history"), t);
  }
  view.append(el("h3", {}, "Sources (" + d.reports.length + ")"));
  for (const rep of d.reports) {
    const box = el("div", { class: "source", "data-event": rep.id });
    view.append(box);
    renderSource(box, rep);
  }
}

async function renderSource(box, rep) {
  const src = (rep.sources && rep.sources[0]) || {};
  const title = src.title || src.id || rep.document;
  box.append(el("h3", {}, src.url ? el("a", { href: src.url, rel: "noreferrer noopener", target: "_blank" }, title) : title));
  box.append(el("div", { class: "muted" }, [src.published ? "published " + src.published : null, rep.source ? "reported by " + rep.source.name : null, "report " + rep.id].filter(Boolean).join(" · ")));
  const figs = el("div", { class: "figures" });
  for (const [k, c] of [["dead", rep.dead], ["injured", rep.injured], ["arrested", rep.arrested], ["crowd", rep.size]]) {
    if (c) figs.append(el("span", {}, el("b", {}, k + ": "), countText(c), c.text ? " (“" + c.text + "”)" : ""));
  }
  if (!figs.childNodes.length) figs.append(el("span", { class: "muted" }, "no figures given"));
  box.append(figs);
  if (!rep.document) return;
  let doc;
  try { doc = await getJSON("/api/documents/" + encodeURIComponent(rep.document)); } catch (err) {
    box.append(el("p", { class: "error" }, "document: " + err.message));
    return;
  }
  const spans = doc.spans.map((s) => ({ ...s, mine: s.event === rep.id }));
  const { frag, first } = highlighted(doc.text, spans);
  const textBox = el("div", { class: "doc-text" });
  textBox.append(frag);
  box.append(textBox);
  if (first) textBox.scrollTop = Math.max(0, first.offsetTop - textBox.offsetTop - 40);
}

async function drawMiniMap(root, ev) {
  if (!ev.place || (!ev.place.lat && !ev.place.lon)) { root.append(svg("text", { x: 10, y: 20 }, "no coordinates")); return; }
  let world;
  try { world = await loadWorld(); } catch (err) { return; }
  const [x, y] = project(ev.place.lon, ev.place.lat);
  const w = 24, h = 15;
  root.setAttribute("viewBox", [x - w / 2, y - h / 2, w, h].join(" "));
  root.setAttribute("preserveAspectRatio", "xMidYMid slice");
  root.style.background = "#dfeaf3";
  const g = svg("g", {});
  for (const c of world) g.append(svg("path", { d: c.d, class: "country" + (c.a3 === ev.place.country ? " focus" : "") }));
  const named = foldName(ev.place.admin1);
  for (const div of await countryDivisions(ev.place.country)) {
    g.append(svg("path", { d: div.d, class: "division" + (named && foldName(div.name) === named ? " named" : "") }, svg("title", {}, div.name)));
  }
  g.append(svg("circle", { cx: x, cy: y, r: 0.35, class: "marker" }));
  root.append(g);
}

// ---- routing ------------------------------------------------------------------------------

function route() {
  const h = location.hash;
  if (h.startsWith("#/event/")) { showEvent(decodeURIComponent(h.slice(8))); return; }
  $("event-view").hidden = true;
  $("overview").hidden = false;
  const p = new URLSearchParams(h.startsWith("#/?") ? h.slice(3) : "");
  if (p.toString() !== state.params.toString() || !state.loaded) {
    state.params = p;
    state.loaded = true;
    setFiltersFrom(p);
    updateExportLinks();
    loadEvents(false);
  } else {
    renderMap();
    renderTimeline();
  }
}

async function init() {
  $("filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const qs = filterParams().toString();
    location.hash = "#/" + (qs ? "?" + qs : "");
  });
  $("filters").addEventListener("reset", () => { setTimeout(() => { location.hash = "#/"; }, 0); });
  $("more").addEventListener("click", () => loadEvents(true));
  $("about-button").addEventListener("click", () => $("about").showModal());
  setupMapControls();
  try {
    state.config = await getJSON("/api/config");
    $("version").textContent = "testigo " + state.config.version;
    const st = await getJSON("/api/stats");
    $("stats").textContent = st.documents + " documents · " + st.events + " events · " + st.tolls + " tolls";
  } catch (err) { $("stats").textContent = "store: " + err.message; }
  window.addEventListener("hashchange", route);
  route();
}

init();
