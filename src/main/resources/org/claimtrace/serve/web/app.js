// claimtrace explorer: the query side (ask.js: YASGUI and the stored questions) beside the graph
// side (graph.js: neighbourhoods). Plain browser modules, no build step, no inline script, so the
// page runs under a Content-Security-Policy of script-src 'self'. URL parameters run things on load:
//   ?query=NAME&arg.PARAM=VALUE   open and run a stored question   ?sparql=TEXT   run SPARQL
//   ?entity=IRI (or ?event=IRI)&depth=N   draw a neighbourhood      &evidence=1    show the heaviest edge's evidence
// When the URL names a query but no entity, the graph draws around the first entity or event of its answer.
import { $, showError, fetchJson } from "./page.js";
import { startYasgui, loadQueries, showQueryForm, runStored, formValues, openAndRun, firstEntity } from "./ask.js";
import { legend, drawNeighbourhood, selectHeaviestEdge, onEntityClick, currentGraph } from "./graph.js";

const params = new URLSearchParams(window.location.search);

function depth() {
  return Number($("depth-select").value);
}

/** Draws around {@code iri} and shows it as the chosen entity. */
function centreOn(iri) {
  if ($("entity-select").querySelector("option[value='" + CSS.escape(iri) + "']")) $("entity-select").value = iri;
  return drawNeighbourhood(iri, depth());
}

async function loadEntities() {
  const rows = JSON.parse(await (await fetch("/queries/entities", { headers: { Accept: "application/sparql-results+json" } })).text())
    .results.bindings;
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

function wire() {
  legend();
  onEntityClick(centreOn);
  $("stored-form").addEventListener("submit", (e) => {
    e.preventDefault();
    runStored($("query-select").value, formValues());
  });
  $("graph-form").addEventListener("submit", (e) => {
    e.preventDefault();
    drawNeighbourhood($("entity-select").value, depth());
  });
}

/** What the URL asks for, run once the page is ready; the graph waits for the query only when it needs its answer. */
async function runFromUrl() {
  const args = {};
  params.forEach((v, k) => { if (k.startsWith("arg.")) args[k.substring(4)] = v; });
  if (params.get("query")) $("query-select").value = params.get("query");
  showQueryForm(args);
  const entity = params.get("entity") || params.get("event");
  if (params.get("depth")) $("depth-select").value = params.get("depth");
  let asked = Promise.resolve(null);
  if (params.get("sparql")) asked = openAndRun("SPARQL", params.get("sparql"));
  else if (params.get("query")) asked = runStored(params.get("query"), args);
  let drawn;
  if (entity) {
    drawn = centreOn(entity);
  } else {
    drawn = asked.then((tab) => {
      const first = tab && firstEntity(tab);
      return first ? centreOn(first) : null;
    });
  }
  await Promise.all([asked, drawn]);
  if (params.get("evidence")) selectHeaviestEdge();
}

async function start() {
  wire();
  try {
    const config = await fetchJson("/config");
    startYasgui(config, centreOn);
    await Promise.all([loadQueries(), loadEntities()]);
  } catch (e) {
    showError("result-error", "cannot start the explorer: " + e.message);
  }
  await runFromUrl();
  document.body.dataset.ready = "true";
}

// The graph now drawn, for the browser test and for a user in the developer console.
window.explorer = { cy: currentGraph };
start();
