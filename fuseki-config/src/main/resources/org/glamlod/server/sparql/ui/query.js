// The query page: pick an example, edit, run against the endpoint, see a table or the raw response.
// Plain DOM code with no dependencies, so the page works offline; results go in with textContent only.
"use strict";

const endpoint = new URL("sparql", document.baseURI).href;
const $ = (id) => document.getElementById(id);
const queryBox = $("query"), format = $("format"), status = $("status"), results = $("results");
let examples = [];

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(text, isError) {
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

function showExample(example) {
  queryBox.value = example.query;
  $("about").hidden = false;
  $("about-title").textContent = example.title;
  $("about-description").textContent = example.description;
  $("about-model").textContent = example.model;
  for (const b of document.querySelectorAll("#examples button"))
    b.setAttribute("aria-current", String(b.dataset.id === example.id));
  history.replaceState(null, "", "#example=" + encodeURIComponent(example.id));
  updateLinks();
}

function acceptHeader() {
  // The table needs JSON results; CONSTRUCT and DESCRIBE cannot give those, so Turtle is the fallback.
  return format.value === "table" ? "application/sparql-results+json, text/turtle;q=0.9" : format.value;
}

function updateLinks() {
  $("permalink").href = "#query=" + encodeURIComponent(queryBox.value);
  const quote = (s) => "'" + s.replace(/'/g, "'\\''") + "'";
  $("curl").textContent = "curl -H " + quote("Accept: " + acceptHeader()) + " \\\n     --data-urlencode "
    + quote("query=" + queryBox.value.trim()) + " \\\n     " + endpoint;
}

function prefixesOf(query) {
  const prefixes = [];
  for (const m of query.matchAll(/PREFIX\s+([\w-]*):\s*<([^>]*)>/gi)) prefixes.push([m[1], m[2]]);
  if (!prefixes.some(([p]) => p === "xsd")) prefixes.push(["xsd", "http://www.w3.org/2001/XMLSchema#"]);
  return prefixes.sort((a, b) => b[1].length - a[1].length);
}

function shorten(iri, prefixes) {
  const p = prefixes.find(([, ns]) => iri.startsWith(ns) && iri.length > ns.length);
  return p ? p[0] + ":" + iri.slice(p[1].length) : iri;
}

function cell(term, prefixes) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.append(el("a", {href: term.value}, shorten(term.value, prefixes)));
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else {
    td.append(document.createTextNode(term.value));
    const meta = term["xml:lang"] ? " @" + term["xml:lang"] : term.datatype ? " ^^" + shorten(term.datatype, prefixes) : "";
    if (meta) td.append(el("span", {class: "meta"}, meta));
  }
  return td;
}

function renderJson(json, prefixes) {
  if (typeof json.boolean === "boolean") {
    results.append(el("p", {}, "Answer: " + json.boolean));
    return "ASK answered";
  }
  const vars = json.head.vars, rows = json.results.bindings;
  const table = el("table"), head = el("tr");
  for (const v of vars) head.append(el("th", {scope: "col"}, v));
  const thead = el("thead");
  thead.append(head);
  table.append(thead);
  const body = el("tbody");
  for (const row of rows) {
    const tr = el("tr");
    for (const v of vars) tr.append(cell(row[v], prefixes));
    body.append(tr);
  }
  table.append(body);
  results.append(table);
  return rows.length === 1 ? "1 row" : rows.length + " rows";
}

async function run() {
  const query = queryBox.value;
  updateLinks();
  $("run").disabled = true;
  results.replaceChildren();
  setStatus("Running…");
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {"Accept": acceptHeader(), "Content-Type": "application/x-www-form-urlencoded"},
      body: new URLSearchParams({query}),
    });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      setStatus("Error " + response.status + " " + response.statusText + "\n" + text, true);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (format.value === "table" && type.startsWith("application/sparql-results+json")) {
      setStatus(renderJson(JSON.parse(text), prefixesOf(query)) + " in " + ms + " ms");
    } else {
      results.append(el("pre", {}, text));
      setStatus(type.split(";")[0] + " in " + ms + " ms");
    }
  } catch (e) {
    setStatus("The request failed: " + e.message, true);
  } finally {
    $("run").disabled = false;
  }
}

function fromHash() {
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.has("query")) {
    queryBox.value = hash.get("query");
    updateLinks();
    return true;
  }
  const wanted = examples.find((e) => e.id === hash.get("example"));
  if (wanted) showExample(wanted);
  return Boolean(wanted);
}

$("form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
queryBox.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
});
queryBox.addEventListener("input", updateLinks);
format.addEventListener("change", updateLinks);
window.addEventListener("hashchange", fromHash);

fetch(new URL("query/examples.json", document.baseURI))
  .then((r) => r.json())
  .then((json) => {
    examples = json.examples;
    const list = $("examples");
    for (const example of examples) {
      const button = el("button", {type: "button", title: example.description, "data-id": example.id}, example.title);
      button.addEventListener("click", () => showExample(example));
      const item = el("li");
      item.append(button);
      list.append(item);
    }
    if (!fromHash() && examples.length) showExample(examples[0]);
  })
  .catch((e) => setStatus("Could not load the examples: " + e.message, true));
