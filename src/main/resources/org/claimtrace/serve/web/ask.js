// The query side: YASGUI (SPARQL editor with highlighting, completion, prefixes and history in
// tabs; result tables and downloads) over the store's endpoint, and the stored questions as a
// menu: picking one and its parameters opens it in a tab of its own, bound by the server exactly
// as `claimtrace query` binds it, and runs it. Entities and events in the results draw their
// neighbourhood; the store's other IRIs open their linked-data page.
import { $, working, fetchText, fetchJson } from "./page.js";

let yasgui = null;
let queries = [];
let config = null;

/** The text a new tab starts with: the store's prefixes and a first question. */
function starter() {
  const lines = Object.entries(config.prefixes).sort().map(([p, ns]) => "PREFIX " + (p + ":").padEnd(8) + "<" + ns + ">");
  return lines.join("\n") + "\n\n# Who claimed which event?\nSELECT ?event ?eventLabel ?claimant ?claimantLabel WHERE {\n"
    + "  GRAPH ?article { ?event ct:claimedBy ?claimant ; skos:prefLabel ?eventLabel . ?claimant skos:prefLabel ?claimantLabel }\n"
    + "} LIMIT 100\n";
}

function isEntityIri(iri) {
  return iri.startsWith(config.base + "entity/") || iri.startsWith(config.base + "event/");
}

/** The first entity or event IRI in a tab's results, in row then column order. */
function firstEntity(tab) {
  const yasr = tab.getYasr();
  if (!yasr.results || !yasr.results.getBindings) return null;
  for (const row of yasr.results.getBindings() || []) {
    for (const v of yasr.results.getVariables()) {
      if (row[v] && row[v].type === "uri" && isEntityIri(row[v].value)) return row[v].value;
    }
  }
  return null;
}

/**
 * Result links: an entity or event draws its neighbourhood; another of the store's IRIs opens its
 * linked-data page on this server; anything else opens where it points.
 */
function followLinks(onEntity) {
  $("yasgui").addEventListener("click", (evt) => {
    const a = evt.target.closest && evt.target.closest(".yasr a[href]");
    if (!a) return;
    const iri = a.getAttribute("href");
    if (isEntityIri(iri)) {
      evt.preventDefault();
      onEntity(iri);
    } else if (config.linkedData && iri.startsWith(config.base)) {
      evt.preventDefault();
      window.open(config.linkedData + iri.substring(config.base.length), "_blank", "noopener");
    }
  });
}

export function startYasgui(cfg, onEntity) {
  config = cfg;
  const endpoint = window.location.origin + "/ds/sparql";
  yasgui = new Yasgui($("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    autofocus: false,
    persistenceId: "claimtrace-explorer",
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    yasqe: { value: starter() },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" }
  });
  followLinks(onEntity);
  return yasgui;
}

/** Opens SPARQL in a tab called {@code name} (the same tab again for the same name) and runs it; resolves to the tab once answered. */
export function openAndRun(name, sparql) {
  let tab = Object.values(yasgui._tabs).find((t) => t.getName() === name);
  if (!tab) tab = yasgui.addTab(true, { name: name });
  yasgui.selectTabId(tab.getId());
  tab.setQuery(sparql);
  return new Promise((resolve) => {
    const done = () => {
      tab.removeListener("queryResponse", done);
      resolve(tab);
    };
    tab.on("queryResponse", done);
    tab.getYasqe().query().catch(() => resolve(tab));
  });
}

// ---- the stored questions ----------------------------------------------------------------------

function selected() {
  return queries.find((q) => q.name === $("query-select").value);
}

export function showQueryForm(values) {
  const q = selected();
  const box = $("query-params");
  box.replaceChildren();
  $("query-question").textContent = q ? q.question : "";
  if (!q) return;
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

export async function loadQueries() {
  queries = await fetchJson("/queries");
  const sel = $("query-select");
  sel.replaceChildren();
  queries.forEach((q) => {
    const o = document.createElement("option");
    o.value = q.name;
    o.textContent = q.name + " — " + q.question;
    sel.appendChild(o);
  });
  sel.value = queries.some((q) => q.name === "claims") ? "claims" : (queries[0] || {}).name;
  sel.addEventListener("change", () => showQueryForm());
}

/** Opens a stored question, bound with {@code values}, in its tab and runs it; resolves to the tab, or null after an error. */
export async function runStored(name, values) {
  const params = new URLSearchParams();
  Object.entries(values).forEach(([k, v]) => { if (v !== "") params.set(k, v); });
  return working("running " + name + "…", "result-error", async () => {
    const sparql = await fetchText("/queries/" + encodeURIComponent(name) + (params.toString() ? "?" + params : ""),
      { headers: { Accept: "application/sparql-query" } });
    return openAndRun(name, sparql);
  });
}

/** The values typed into the stored question's form. */
export function formValues() {
  const values = {};
  $("query-params").querySelectorAll("input").forEach((i) => {
    values[i.name] = i.type === "checkbox" ? (i.checked ? "true" : "") : i.value.trim();
  });
  return values;
}

export { firstEntity };
