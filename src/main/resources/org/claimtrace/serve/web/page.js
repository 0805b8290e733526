// Small helpers the explorer's modules share: elements by id, the status line, error boxes, fetch.
export const $ = (id) => document.getElementById(id);

export function status(text) {
  $("status").textContent = text || "";
}

export function showError(id, text) {
  const el = $(id);
  el.textContent = text || "";
  el.hidden = !text;
}

/**
 * Runs {@code job} with {@code what} in the status line and the error box {@code errorId} cleared;
 * resolves to its value, or to null after showing its error in the box.
 */
export async function working(what, errorId, job) {
  status(what);
  showError(errorId, "");
  try {
    return await job();
  } catch (e) {
    showError(errorId, e.message);
    return null;
  } finally {
    status("");
  }
}

/** Fetches a URL; an answer other than 2xx becomes an Error with the server's one-line message. */
export async function fetchText(url, options) {
  const resp = await fetch(url, options);
  const text = await resp.text();
  if (!resp.ok) throw new Error(resp.status + " " + resp.statusText + ": " + text.trim());
  return text;
}

export async function fetchJson(url) {
  return JSON.parse(await fetchText(url, { headers: { Accept: "application/json" } }));
}

/** An IRI under the store's base as a prefixed name (ent:, ev:, ct: ...), else the IRI itself. */
export function shortIri(iri, prefixes) {
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return prefix + ":" + iri.substring(ns.length);
  }
  return iri;
}
