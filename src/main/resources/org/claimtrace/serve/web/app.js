// claimtrace explorer: stored queries and SPARQL as tables, neighbourhoods drawn with Cytoscape.js.
// Plain browser JavaScript, no build step. URL parameters run things on load:
//   ?query=NAME&arg.PARAM=VALUE   run a stored query      ?sparql=TEXT   run SPARQL
//   ?entity=IRI&depth=N           draw a neighbourhood    &evidence=1    show the heaviest edge's evidence
(function () {
  "use strict";

  const COLOURS = {
    PERSON: "#4e79a7", ORGANIZATION: "#e15759", PLACE: "#59a14f", MEDIA_OUTLET: "#f28e2b",
    EVENT: "#b07aa1", FACT: "#bab0ac", OTHER: "#9c755f"
  };
  const RELATION_COLOURS = {
    claimedBy: "#c0392b", attributedTo: "#8e44ad", deniedBy: "#16a085", reportedBy: "#e67e22",
    threatened: "#7b241c", mediaOutletOf: "#2471a3", branchOf: "#2e86c1"
  };
  const BASE = "https://claimtrace.org/id/";
  const params = new URLSearchParams(window.location.search);
  const $ = (id) => document.getElementById(id);
  let queries = [];
  let cy = null;

  function status(text) { $("status").textContent = text || ""; }

  function showError(id, text) {
    const el = $(id);
    el.textContent = text || "";
    el.hidden = !text;
  }

  function shortIri(iri) {
    if (iri.startsWith(BASE)) {
      const rest = iri.substring(BASE.length);
      return rest.startsWith("article/") ? rest.substring(0, 20) + "…" : rest;
    }
    return iri.replace(/^https:\/\/claimtrace\.org\/ns#/, "ct:").replace(/^https:\/\/schema\.org\//, "schema:");
  }

  function isEntityIri(iri) {
    return iri.startsWith(BASE + "entity/") || iri.startsWith(BASE + "event/");
  }

  async function fetchText(url, options) {
    const resp = await fetch(url, options);
    const text = await resp.text();
    if (!resp.ok) throw new Error(resp.status + " " + resp.statusText + ": " + text.trim());
    return { text: text, type: resp.headers.get("Content-Type") || "" };
  }

  // ---- results table ---------------------------------------------------------------------------

  function renderResults(name, body) {
    const table = $("results");
    table.replaceChildren();
    $("result-name").textContent = name ? "from " + name : "";
    if (!body.type.includes("json")) {           // CONSTRUCT / DESCRIBE: show the graph's text
      const tr = table.insertRow();
      const td = tr.insertCell();
      const pre = document.createElement("pre");
      pre.textContent = body.text;
      td.appendChild(pre);
      $("row-count").textContent = String(body.text.split("\n").filter((l) => l.trim()).length);
      return;
    }
    const json = JSON.parse(body.text);
    if (typeof json.boolean === "boolean") {
      table.insertRow().insertCell().textContent = "ASK: " + json.boolean;
      $("row-count").textContent = "1";
      return;
    }
    const vars = json.head.vars;
    const head = table.createTHead().insertRow();
    vars.forEach((v) => { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    const tbody = table.createTBody();
    json.results.bindings.forEach((row) => {
      const tr = tbody.insertRow();
      vars.forEach((v) => {
        const td = tr.insertCell();
        const b = row[v];
        if (!b) return;
        if (b.type === "uri") {
          if (isEntityIri(b.value)) {
            const a = document.createElement("a");
            a.textContent = shortIri(b.value);
            a.title = "draw the neighbourhood of " + b.value;
            a.addEventListener("click", () => drawNeighbourhood(b.value, Number($("depth-select").value)));
            td.appendChild(a);
          } else {
            td.textContent = shortIri(b.value);
            td.title = b.value;
          }
        } else {
          td.textContent = b.value;
          td.title = b.value;
        }
      });
    });
    $("row-count").textContent = String(json.results.bindings.length);
  }

  async function runStored(name, values) {
    const q = new URLSearchParams();
    Object.entries(values).forEach(([k, v]) => { if (v !== "") q.set(k, v); });
    status("running " + name + "…");
    showError("result-error", "");
    try {
      const body = await fetchText("/queries/" + encodeURIComponent(name) + (q.toString() ? "?" + q : ""),
        { headers: { Accept: "application/sparql-results+json" } });
      renderResults(name, body);
      status("");
    } catch (e) {
      showError("result-error", e.message);
      status("");
    }
  }

  async function runSparql(text) {
    status("running SPARQL…");
    showError("result-error", "");
    try {
      const body = await fetchText("/ds/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded",
                   Accept: "application/sparql-results+json, text/turtle;q=0.9" },
        body: new URLSearchParams({ query: text }).toString()
      });
      renderResults("SPARQL", body);
      status("");
    } catch (e) {
      showError("result-error", e.message);
      status("");
    }
  }

  // ---- stored query form -----------------------------------------------------------------------

  function selectedQuery() {
    return queries.find((q) => q.name === $("query-select").value);
  }

  function showQueryForm(values) {
    const q = selectedQuery();
    const box = $("query-params");
    box.replaceChildren();
    if (!q) return;
    $("query-question").textContent = q.question;
    q.params.forEach((p) => {
      const label = document.createElement("label");
      label.textContent = p.name;
      label.title = p.description;
      const input = document.createElement("input");
      input.name = p.name;
      input.placeholder = (q.scope || []).includes(p.name) ? "(one of these)" : "(all)";
      input.value = (values && values[p.name]) || "";
      label.appendChild(input);
      box.appendChild(label);
    });
    if ((q.scope || []).length) {
      // A listing: one of its scope parameters, or every row of the store when asked.
      const label = document.createElement("label");
      label.textContent = "all rows";
      label.title = "list every row of the store (slow on a large store)";
      const input = document.createElement("input");
      input.type = "checkbox";
      input.name = "all";
      input.checked = Boolean(values && values.all === "true");
      label.appendChild(input);
      box.appendChild(label);
    }
  }

  async function loadQueries() {
    const body = await fetchText("/queries", { headers: { Accept: "application/json" } });
    queries = JSON.parse(body.text);
    const sel = $("query-select");
    queries.forEach((q) => {
      const o = document.createElement("option");
      o.value = q.name;
      o.textContent = q.name;
      o.title = q.question;
      sel.appendChild(o);
    });
    sel.value = queries.some((q) => q.name === "claims") ? "claims" : (queries[0] || {}).name;
  }

  async function loadEntities() {
    const body = await fetchText("/queries/entities", { headers: { Accept: "application/sparql-results+json" } });
    const rows = JSON.parse(body.text).results.bindings;
    const sel = $("entity-select");
    sel.replaceChildren();
    rows.sort((a, b) => (a.type.value + a.label.value).localeCompare(b.type.value + b.label.value));
    let group = null;
    rows.forEach((r) => {
      if (!group || group.label !== r.type.value) {
        group = document.createElement("optgroup");
        group.label = r.type.value;
        sel.appendChild(group);
      }
      const o = document.createElement("option");
      o.value = r.entity.value;
      o.textContent = r.label.value + " (" + r.articles.value + " art.)";
      group.appendChild(o);
    });
  }

  // ---- graph -----------------------------------------------------------------------------------

  function legend() {
    const box = $("legend");
    box.replaceChildren();
    Object.entries(COLOURS).forEach(([type, colour]) => {
      const s = document.createElement("span");
      s.style.setProperty("--c", colour);
      s.textContent = type.toLowerCase().replace("_", " ");
      box.appendChild(s);
    });
    const w = document.createElement("span");
    w.style.setProperty("--c", "transparent");
    w.textContent = "edge width = number of articles";
    box.appendChild(w);
  }

  // Start positions: the centre in the middle, entities on an outer ring, fact nodes on an inner
  // one; the force layout (cose) then refines them, the same way on every run.
  function elements(graph) {
    const els = [];
    const entities = graph.nodes.filter((n) => n.type !== "FACT" && n.id !== graph.center);
    const facts = graph.nodes.filter((n) => n.type === "FACT");
    const ring = (i, count, r) => ({ x: r * Math.cos(2 * Math.PI * i / Math.max(count, 1)),
                                     y: r * Math.sin(2 * Math.PI * i / Math.max(count, 1)) });
    graph.nodes.forEach((n) => els.push({ group: "nodes",
      position: n.id === graph.center ? { x: 0, y: 0 }
        : n.type === "FACT" ? ring(facts.indexOf(n) + 0.5, facts.length, 160) : ring(entities.indexOf(n), entities.length, 320),
      data: { id: n.id, label: n.label, type: n.type, kind: n.kind || "", center: n.id === graph.center ? 1 : 0 } }));
    graph.edges.forEach((e) => els.push({ group: "edges", data: {
      id: e.id, source: e.source, target: e.target, relation: e.relation, weight: e.weight,
      label: e.relation + (e.weight > 1 ? " ×" + e.weight : ""), evidence: e.evidence,
      shortcut: RELATION_COLOURS[e.relation] ? 1 : 0 } }));
    return els;
  }

  function style() {
    return [
      { selector: "node", style: {
        "background-color": (n) => COLOURS[n.data("type")] || COLOURS.OTHER,
        label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
        "text-outline-color": "#fff", "text-outline-width": 2, width: 26, height: 26 } },
      { selector: "node[type = 'FACT']", style: {
        shape: "diamond", width: 14, height: 14, "font-size": 7, color: "#8a8178" } },
      { selector: "node[center = 1]", style: { width: 40, height: 40, "border-width": 4, "border-color": "#222" } },
      { selector: "edge", style: {
        width: "mapData(weight, 1, 5, 1.5, 9)", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": (e) => RELATION_COLOURS[e.data("relation")] || "#b5bcc4",
        "target-arrow-color": (e) => RELATION_COLOURS[e.data("relation")] || "#b5bcc4",
        label: "data(label)", "font-size": 8, "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1, color: "#444" } },
      { selector: "edge[shortcut = 0]", style: { "line-style": "dashed", opacity: 0.75, "font-size": 7, color: "#8a9199" } },
      { selector: ":selected", style: { "overlay-color": "#ffd479", "overlay-opacity": 0.45, "overlay-padding": 4 } }
    ];
  }

  function showEvidence(title, evidence) {
    const box = $("evidence");
    box.replaceChildren();
    const h = document.createElement("h3");
    h.textContent = title;
    box.appendChild(h);
    const ol = document.createElement("ol");
    (evidence || []).forEach((ev) => {
      const li = document.createElement("li");
      li.className = "evidence-item";
      const where = document.createElement("div");
      where.textContent = [ev.file || shortIri(ev.article || ""), ev.outlet, ev.date].filter(Boolean).join(" · ");
      where.title = ev.article || "";
      li.appendChild(where);
      if (ev.sentence) {
        const q = document.createElement("blockquote");
        q.textContent = ev.sentence;
        li.appendChild(q);
      }
      if (ev.rule) {
        const r = document.createElement("div");
        r.className = "hint";
        r.textContent = "rule " + ev.rule + (ev.confidence ? ", confidence " + ev.confidence : "");
        li.appendChild(r);
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }

  function edgeTitle(edge) {
    const s = edge.source().data("label");
    const t = edge.target().data("label");
    const n = edge.data("weight");
    return s + " —" + edge.data("relation") + "→ " + t + " (" + n + " article" + (n === 1 ? "" : "s") + ")";
  }

  async function drawNeighbourhood(iri, depth) {
    if (!iri) return;
    status("drawing…");
    showError("graph-error", "");
    try {
      const body = await fetchText("/graph?entity=" + encodeURIComponent(iri) + "&depth=" + (depth || 1),
        { headers: { Accept: "application/json" } });
      const graph = JSON.parse(body.text);
      if (cy) cy.destroy();
      cy = cytoscape({
        container: $("cy"), elements: elements(graph), style: style(), wheelSensitivity: 0.3,
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 30000, nodeOverlap: 10,
                  idealEdgeLength: (e) => (e.data("shortcut") ? 110 : 45), gravity: 1, numIter: 1500, padding: 16 }
      });
      cy.on("tap", "edge", (evt) => showEvidence(edgeTitle(evt.target), evt.target.data("evidence")));
      cy.on("tap", "node", (evt) => {
        const n = evt.target;
        if (n.data("type") === "FACT") {
          const e = n.connectedEdges().first();
          showEvidence(n.data("kind") + " (" + e.data("weight") + " article" + (e.data("weight") === 1 ? "" : "s") + ")",
            e.data("evidence"));
        } else if (n.id() !== graph.center) {
          $("entity-select").value = n.id();
          drawNeighbourhood(n.id(), Number($("depth-select").value));
        }
      });
      const center = graph.nodes.find((n) => n.id === graph.center);
      $("node-count").textContent = String(graph.nodes.length);
      $("edge-count").textContent = String(graph.edges.length);
      $("graph-center").textContent = "around " + (center ? center.label : iri) + (graph.truncated ? " (truncated)" : "");
      if (!graph.edges.length) showError("graph-error", "nothing in the store links to " + iri);
      document.body.dataset.graph = "drawn";
      status("");
      return graph;
    } catch (e) {
      showError("graph-error", e.message);
      status("");
      return null;
    }
  }

  function selectHeaviestEdge() {
    if (!cy || cy.edges().empty()) return;
    const edge = cy.edges().max((e) => (e.data("shortcut") ? 1000 : 0) + e.data("weight")).ele;
    edge.select();
    showEvidence(edgeTitle(edge), edge.data("evidence"));
  }

  // ---- wiring ----------------------------------------------------------------------------------

  async function start() {
    legend();
    $("query-select").addEventListener("change", () => showQueryForm());
    $("stored-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const values = {};
      $("query-params").querySelectorAll("input").forEach((i) => {
        values[i.name] = i.type === "checkbox" ? (i.checked ? "true" : "") : i.value.trim();
      });
      runStored($("query-select").value, values);
    });
    $("sparql-form").addEventListener("submit", (e) => { e.preventDefault(); runSparql($("sparql-text").value); });
    $("graph-form").addEventListener("submit", (e) => {
      e.preventDefault();
      drawNeighbourhood($("entity-select").value, Number($("depth-select").value));
    });
    try {
      await Promise.all([loadQueries(), loadEntities()]);
    } catch (e) {
      showError("result-error", "cannot load the stored queries: " + e.message);
    }
    const args = {};
    params.forEach((v, k) => { if (k.startsWith("arg.")) args[k.substring(4)] = v; });
    if (params.get("query")) $("query-select").value = params.get("query");
    showQueryForm(args);
    const jobs = [];
    if (params.get("sparql")) {
      $("sparql-text").value = params.get("sparql");
      $("sparql-box").open = true;
      jobs.push(runSparql(params.get("sparql")));
    } else if (params.get("query")) {
      jobs.push(runStored(params.get("query"), args));
    }
    if (params.get("entity")) {
      const depth = Number(params.get("depth") || 1);
      $("depth-select").value = String(depth);
      $("entity-select").value = params.get("entity");
      jobs.push(drawNeighbourhood(params.get("entity"), depth).then(() => {
        if (params.get("evidence")) selectHeaviestEdge();
      }));
    }
    await Promise.all(jobs);
    document.body.dataset.ready = "true";
  }

  start();
})();
