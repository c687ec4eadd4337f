// Draws the report's three pictures from the JSON embedded in the page. No network, no library:
// plain SVG built with createElementNS, text set with textContent (never parsed as HTML).
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#2563eb", "#dc2626", "#059669", "#7c3aed", "#d97706", "#0891b2", "#db2777", "#4b5563"];

  function el(parent, name, attributes, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  function link(parent, id) {
    // Every drawn record leads to its evidence below.
    return el(parent, "a", { href: "#" + id });
  }

  function colour(key, keys) {
    const index = keys.indexOf(key);
    return index < 0 ? "#9ca3af" : PALETTE[index % PALETTE.length];
  }

  // ---------------------------------------------------------------- timeline
  function range(partial) {
    // A partial ISO date as [first day, day after its last day], in milliseconds (UTC).
    if (!partial) return null;
    const [y, m, d] = partial.split("-").map(Number);
    if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
    if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  }

  function timeline() {
    const svg = document.getElementById("timeline-svg");
    const events = [
      ...data.meetings.map((m) => ({ kind: "meeting", id: m.id, label: m.label, status: m.status,
        span: range(m.date), note: m.date_text })),
      ...data.exercises.map((e) => {
        const start = range(e.start), end = range(e.end);
        return { kind: "exercise", id: e.id, label: e.label, status: e.status,
          span: start ? [start[0], end ? end[1] : start[1]] : null, note: e.start_text };
      }),
    ];
    const dated = events.filter((e) => e.span);
    const width = 1100, left = 280, undatedWidth = 150, lane = 30, top = 30;
    const height = top + lane * Math.max(events.length, 1) + 10;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const axisRight = width - undatedWidth - 20;
    let scale = () => left;
    if (dated.length) {
      const pad = 15 * 86400000;
      const low = Math.min(...dated.map((e) => e.span[0])) - pad;
      const high = Math.max(...dated.map((e) => e.span[1])) + pad;
      scale = (t) => left + ((t - low) / (high - low)) * (axisRight - left);
      const axis = el(svg, "g", { class: "axis" });
      const first = new Date(low), months = (high - low) / (30 * 86400000);
      const step = months > 36 ? 12 : months > 12 ? 3 : 1;
      for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); d.getTime() < high;
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
        const x = scale(d.getTime());
        el(axis, "line", { x1: x, x2: x, y1: top - 8, y2: height - 6 });
        const label = step === 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7);
        el(axis, "text", { x: x + 3, y: top - 12 }, label);
      }
    }
    el(svg, "rect", { class: "undated-band", x: width - undatedWidth, y: top - 24, width: undatedWidth, height: height - top + 20, rx: 6 });
    el(svg, "text", { x: width - undatedWidth + 10, y: top - 10, class: "axis" }, "undated");
    events.forEach((event, i) => {
      const y = top + i * lane + lane / 2;
      const group = el(link(svg, event.id), "g", {
        class: `event ${event.kind} ${event.status}` + (event.span ? "" : " undated"),
        "data-kind": event.kind, "data-id": event.id });
      el(group, "title", {}, `${event.label} (${event.status})`);
      el(group, "text", { x: 8, y: y + 4, class: "lane-label" }, event.label.length > 40 ? event.label.slice(0, 39) + "…" : event.label);
      if (!event.span) {
        el(group, "circle", { cx: width - undatedWidth + 16, cy: y, r: 6 });
        el(group, "text", { x: width - undatedWidth + 28, y: y + 4 }, event.note || "date unknown");
        return;
      }
      const x0 = scale(event.span[0]), x1 = Math.max(scale(event.span[1]), x0 + 4);
      if (event.kind === "exercise") {
        el(group, "rect", { class: "bar", x: x0, y: y - 8, width: x1 - x0, height: 16, rx: 4 });
      } else {
        el(group, "rect", { class: "span", x: x0, y: y - 8, width: x1 - x0, height: 16, rx: 4 });
        el(group, "circle", { cx: (x0 + x1) / 2, cy: y, r: 6 });
      }
      el(group, "text", { x: x1 + 6, y: y + 4 }, `${event.note || ""} · ${event.status}`);
    });
  }

  // ---------------------------------------------------------------- network
  function network() {
    const svg = document.getElementById("network-svg");
    const nodes = data.nodes.map((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(data.nodes.length, 1);
      return { ...n, x: Math.cos(angle) * 200, y: Math.sin(angle) * 200, dx: 0, dy: 0 };
    });
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
    const edges = data.edges.map((e) => ({ a: byId[e.a], b: byId[e.b], weight: e.weight }));
    // Fruchterman-Reingold, deterministic: same data, same picture.
    const k = 120;
    for (let step = 0, heat = 60; step < 300; step++, heat *= 0.985) {
      for (const n of nodes) { n.dx = -n.x * 0.02; n.dy = -n.y * 0.02; }
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i], b = nodes[j];
          let x = a.x - b.x, y = a.y - b.y;
          const d = Math.max(Math.hypot(x, y), 0.01), push = (k * k) / d;
          x /= d; y /= d;
          a.dx += x * push; a.dy += y * push; b.dx -= x * push; b.dy -= y * push;
        }
      }
      for (const e of edges) {
        let x = e.a.x - e.b.x, y = e.a.y - e.b.y;
        const d = Math.max(Math.hypot(x, y), 0.01), pull = (d * d) / k;
        x /= d; y /= d;
        e.a.dx -= x * pull; e.a.dy -= y * pull; e.b.dx += x * pull; e.b.dy += y * pull;
      }
      for (const n of nodes) {
        const d = Math.max(Math.hypot(n.dx, n.dy), 0.01), move = Math.min(d, heat);
        n.x += (n.dx / d) * move; n.y += (n.dy / d) * move;
      }
    }
    // Labels must not cover each other: push overlapping label boxes apart vertically.
    const box = (n) => [n.x - 10, n.x + 14 + n.name.length * 6.5, n.y - 10, n.y + 10];
    for (let round = 0; round < 60; round++) {
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const [a0, a1, a2, a3] = box(nodes[i]), [b0, b1, b2, b3] = box(nodes[j]);
          const overlap = Math.min(a3, b3) - Math.max(a2, b2);
          if (Math.min(a1, b1) <= Math.max(a0, b0) || overlap <= 0) continue;
          const up = nodes[i].y <= nodes[j].y ? nodes[i] : nodes[j], down = up === nodes[i] ? nodes[j] : nodes[i];
          up.y -= overlap / 2 + 1; down.y += overlap / 2 + 1;
          moved = true;
        }
      }
      if (!moved) break;
    }
    // Frame the nodes and their labels (about 6.5 units a character at 11px).
    const pad = 20;
    const minX = Math.min(...nodes.map((n) => n.x - 10), 0) - pad;
    const maxX = Math.max(...nodes.map((n) => n.x + 14 + n.name.length * 6.5), 0) + pad;
    const minY = Math.min(...nodes.map((n) => n.y - 12), 0) - pad;
    const maxY = Math.max(...nodes.map((n) => n.y + 12), 0) + pad;
    svg.setAttribute("viewBox", `${minX} ${minY} ${maxX - minX} ${maxY - minY}`);
    const countries = [...new Set(nodes.map((n) => n.country).filter(Boolean))].sort();
    const lines = el(svg, "g");
    for (const e of edges) {
      el(lines, "line", { class: "edge", x1: e.a.x, y1: e.a.y, x2: e.b.x, y2: e.b.y,
        "stroke-width": 1 + Math.min(e.weight, 5), "data-a": e.a.id, "data-b": e.b.id });
    }
    for (const n of nodes) {
      const group = el(link(svg, n.id), "g", { class: `node ${n.kind}`, "data-id": n.id });
      el(group, "title", {}, `${n.name}${n.country ? " (" + n.country + ")" : ""}`);
      const fill = colour(n.country, countries);
      if (n.kind === "person") el(group, "circle", { cx: n.x, cy: n.y, r: 8, fill });
      else el(group, "rect", { x: n.x - 7, y: n.y - 7, width: 14, height: 14, rx: 3, fill });
      el(group, "text", { x: n.x + 11, y: n.y + 4 }, n.name);
    }
    const legend = document.getElementById("network-legend");
    const unknown = nodes.some((n) => !n.country) ? [null] : [];
    for (const country of [...countries, ...unknown]) {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = colour(country, countries);
      item.append(swatch, country || "country unknown");
      legend.appendChild(item);
    }
  }

  // ---------------------------------------------------------------- map
  function map() {
    const svg = document.getElementById("map-svg");
    const points = data.places;
    const width = 640, height = 420;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    if (!points.length) {
      el(svg, "text", { x: 20, y: 40 }, "No place has coordinates yet.");
      return;
    }
    const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
    const spanLon = Math.max(...lons) - Math.min(...lons), spanLat = Math.max(...lats) - Math.min(...lats);
    const pad = Math.max(2, 0.25 * Math.max(spanLon, spanLat));
    let west = Math.min(...lons) - pad, east = Math.max(...lons) + pad;
    let south = Math.min(...lats) - pad, north = Math.max(...lats) + pad;
    // Equirectangular, corrected for latitude, with the same scale on both axes.
    const stretch = Math.cos((((north + south) / 2) * Math.PI) / 180);
    const scale = Math.min((width - 40) / ((east - west) * stretch), (height - 40) / (north - south));
    const cx = (west + east) / 2, cy = (south + north) / 2;
    const x = (lon) => width / 2 + (lon - cx) * stretch * scale;
    const y = (lat) => height / 2 - (lat - cy) * scale;
    west = cx - width / 2 / (stretch * scale); east = cx + width / 2 / (stretch * scale);
    south = cy - height / 2 / scale; north = cy + height / 2 / scale;
    const grid = el(svg, "g", { class: "grid" });
    const step = [1, 2, 5, 10, 20, 30].find((s) => (east - west) / s <= 8) || 60;
    for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      el(grid, "line", { x1: x(lon), x2: x(lon), y1: 0, y2: height });
      el(grid, "text", { x: x(lon) + 3, y: height - 6 }, `${Math.abs(lon)}°${lon < 0 ? "W" : "E"}`);
    }
    for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      el(grid, "line", { x1: 0, x2: width, y1: y(lat), y2: y(lat) });
      el(grid, "text", { x: 4, y: y(lat) - 3 }, `${Math.abs(lat)}°${lat < 0 ? "S" : "N"}`);
    }
    for (const p of points) {
      const group = el(link(svg, p.records[0]), "g", { class: "point", "data-name": p.name });
      el(group, "title", {}, `${p.name} (${p.country || "?"}), ${p.lat}, ${p.lon}: ${p.records.length} record(s)`);
      const fill = p.kinds.includes("meeting") ? "var(--meeting)" : "var(--exercise)";
      el(group, "circle", { cx: x(p.lon), cy: y(p.lat), r: 5 + Math.min(p.records.length, 6), fill });
      el(group, "text", { x: x(p.lon) + 12, y: y(p.lat) + 4 }, p.name);
    }
  }

  timeline();
  network();
  map();
  document.body.dataset.rendered = "yes";
})();
