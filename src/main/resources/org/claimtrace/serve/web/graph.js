// The graph side: the neighbourhood of an entity or event (GET /graph) drawn with Cytoscape.js and
// the fCoSE layout, which spreads the nodes over the whole canvas. Labels keep their size on screen
// at any zoom (entity labels LABEL_PX, fact labels only once zoomed in), edge labels show on hover
// or selection, so a depth-2 neighbourhood stays readable. Clicking an edge shows its evidence.
import { $, working, showError, fetchJson } from "./page.js";

const COLOURS = {
  PERSON: "#4e79a7", ORGANIZATION: "#e15759", PLACE: "#59a14f", MEDIA_OUTLET: "#f28e2b",
  EVENT: "#b07aa1", FACT: "#bab0ac", OTHER: "#9c755f"
};
const RELATION_COLOURS = {
  claimedBy: "#c0392b", attributedTo: "#8e44ad", deniedBy: "#16a085", reportedBy: "#e67e22",
  threatened: "#7b241c", mediaOutletOf: "#2471a3", branchOf: "#2e86c1"
};
/** On-screen size of entity labels, and of edge and fact labels when they show. */
const LABEL_PX = 12;
const SMALL_PX = 11;
/** Fact nodes are labelled once the graph is zoomed in this far. */
const FACT_LABEL_ZOOM = 1.3;
/** A small neighbourhood is not blown up past this zoom when fitted. */
const MAX_FIT_ZOOM = 1.6;

let cy = null;
let onCentre = () => {};

/** What clicking an entity in the graph does (the page redraws around it and updates its controls). */
export function onEntityClick(handler) {
  onCentre = handler;
}

export function legend() {
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

function elements(graph) {
  const els = [];
  graph.nodes.forEach((n) => els.push({ group: "nodes",
    data: { id: n.id, label: n.label, type: n.type, kind: n.kind || "", center: n.id === graph.center ? 1 : 0 } }));
  graph.edges.forEach((e) => els.push({ group: "edges", data: {
    id: e.id, source: e.source, target: e.target, relation: e.relation, weight: e.weight,
    label: e.relation + (e.weight > 1 ? " ×" + e.weight : ""), evidence: e.evidence,
    shortcut: RELATION_COLOURS[e.relation] ? 1 : 0 } }));
  return els;
}

/** Sizes in model units that come out at {@code px} on screen at the current zoom. */
const onScreen = (px) => px / (cy ? cy.zoom() : 1);

function style() {
  return [
    { selector: "node", style: {
      "background-color": (n) => COLOURS[n.data("type")] || COLOURS.OTHER,
      label: "data(label)", "font-size": () => onScreen(LABEL_PX), "text-valign": "bottom", "text-margin-y": () => onScreen(3),
      "text-wrap": "wrap", "text-max-width": () => onScreen(150), color: "#1d2733",
      "text-outline-color": "#fff", "text-outline-width": () => onScreen(2), width: 26, height: 26 } },
    { selector: "node[type = 'FACT']", style: {
      shape: "diamond", width: 14, height: 14, color: "#6f665d", "font-size": () => onScreen(SMALL_PX),
      label: (n) => (cy && cy.zoom() >= FACT_LABEL_ZOOM ? n.data("label") : "") } },
    { selector: "node[center = 1]", style: { width: 40, height: 40, "border-width": 4, "border-color": "#222" } },
    { selector: "edge", style: {
      width: "mapData(weight, 1, 5, 1.5, 9)", "curve-style": "bezier", "target-arrow-shape": "triangle",
      "line-color": (e) => RELATION_COLOURS[e.data("relation")] || "#b5bcc4",
      "target-arrow-color": (e) => RELATION_COLOURS[e.data("relation")] || "#b5bcc4",
      label: "", "font-size": () => onScreen(SMALL_PX), "text-rotation": "autorotate", color: "#333",
      "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": () => onScreen(2) } },
    { selector: "edge[shortcut = 0]", style: { "line-style": "dashed", opacity: 0.75 } },
    { selector: "edge.hover, edge:selected", style: { label: "data(label)", "z-index": 10 } },
    { selector: "node.hover", style: { label: "data(label)" } },
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
    where.textContent = [ev.file || ev.article, ev.outlet, ev.date].filter(Boolean).join(" · ");
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
  const n = edge.data("weight");
  return edge.source().data("label") + " —" + edge.data("relation") + "→ " + edge.target().data("label")
    + " (" + n + " article" + (n === 1 ? "" : "s") + ")";
}

/** Restyles on zoom (labels keep their on-screen size), at most once a frame. */
function followZoom() {
  let pending = false;
  cy.on("zoom", () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; if (cy) cy.style().update(); });
  });
}

function listen(graph) {
  cy.on("mouseover", "edge, node[type = 'FACT']", (evt) => evt.target.addClass("hover"));
  cy.on("mouseout", "edge, node[type = 'FACT']", (evt) => evt.target.removeClass("hover"));
  cy.on("tap", "edge", (evt) => showEvidence(edgeTitle(evt.target), evt.target.data("evidence")));
  cy.on("tap", "node", (evt) => {
    const n = evt.target;
    if (n.data("type") === "FACT") {
      const e = n.connectedEdges().first();
      showEvidence(n.data("kind") + " (" + e.data("weight") + " article" + (e.data("weight") === 1 ? "" : "s") + ")",
        e.data("evidence"));
    } else if (n.id() !== graph.center) {
      onCentre(n.id());
    }
  });
}

/** Draws the neighbourhood of {@code iri}; resolves to the graph drawn, or null after showing the error. */
export async function drawNeighbourhood(iri, depth) {
  if (!iri) return null;
  return working("drawing…", "graph-error", async () => {
    const graph = await fetchJson("/graph?entity=" + encodeURIComponent(iri) + "&depth=" + (depth || 1));
    if (cy) cy.destroy();
    cy = cytoscape({ container: $("cy"), elements: elements(graph), style: style(), wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 4 });
    cy.layout({ name: "fcose", quality: "proof", randomize: true, animate: false, fit: true, padding: 30,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 9000, idealEdgeLength: (e) => (e.data("shortcut") ? 130 : 70),
      nodeSeparation: 90, gravity: 0.2, numIter: 2500, packComponents: true }).run();
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    cy.style().update();
    followZoom();
    listen(graph);
    const center = graph.nodes.find((n) => n.id === graph.center);
    $("node-count").textContent = String(graph.nodes.length);
    $("edge-count").textContent = String(graph.edges.length);
    $("graph-center").textContent = "around " + (center ? center.label : iri) + (graph.truncated ? " (truncated)" : "");
    if (!graph.edges.length) showError("graph-error", "nothing in the store links to " + iri);
    document.body.dataset.graph = "drawn";
    return graph;
  });
}

/** Selects the heaviest shortcut edge and shows its evidence (?evidence=1). */
export function selectHeaviestEdge() {
  if (!cy || cy.edges().empty()) return;
  const edge = cy.edges().max((e) => (e.data("shortcut") ? 1000 : 0) + e.data("weight")).ele;
  edge.select();
  showEvidence(edgeTitle(edge), edge.data("evidence"));
}

/** For the browser test and the curious: the Cytoscape instance now drawn (null before the first). */
export function currentGraph() {
  return cy;
}
