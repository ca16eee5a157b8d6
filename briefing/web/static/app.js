// The page's behaviour: make a brief of what is on the form, show it, keep the history.
// Text is set with textContent only, never as HTML: article text is untrusted.
"use strict";

const $ = (selector) => document.querySelector(selector);
const PAGE = 20; // history items shown before "Show more"
const UNDO_SECONDS = 8; // a delete waits this long for Undo before it is sent
let shown = PAGE;
let briefs = []; // the history as the server last listed it
const pending = new Map(); // brief id -> timer of a delete not yet sent

async function call(path, options) {
  let response;
  try {
    response = await fetch(path, Object.assign({ credentials: "same-origin" }, options));
  } catch (ignored) {
    throw new Error("the server is not answering — is `briefing serve` still running?");
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error || message;
    } catch (ignored) { /* not JSON */ }
    throw new Error(message);
  }
  return response.status === 204 ? null : response.json();
}

function announce(message) {
  $("#announce").textContent = message;
}

function fail(where, error) {
  where.textContent = `Error: ${error.message}`;
  where.hidden = false;
}

// -- the sources on the form ---------------------------------------------------------------

function sources() {
  const found = [];
  const text = $("#text").value.trim();
  if (text) found.push({ kind: "text", label: "Pasted text", about: `${text.split(/\s+/).length} words` });
  for (const [index, file] of [...$("#files").files].entries()) {
    found.push({ kind: "file", index, label: file.name, about: `${size(file.size)}, ${file.type || "file"}` });
  }
  const url = $("#url").value.trim();
  if (url) found.push({ kind: "url", label: url, about: "web address" });
  return found;
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function mixed(found) {
  return new Set(found.map((source) => source.kind)).size > 1;
}

function remove(source) {
  if (source.kind === "text") $("#text").value = "";
  if (source.kind === "url") $("#url").value = "";
  if (source.kind === "file") {
    const kept = new DataTransfer();
    [...$("#files").files].forEach((file, i) => { if (i !== source.index) kept.items.add(file); });
    $("#files").files = kept.files;
  }
  listSources();
}

function listSources() {
  const found = sources();
  const list = $("#sources");
  list.replaceChildren();
  for (const source of found) {
    const item = document.createElement("li");
    const name = document.createElement("span");
    name.className = "source-name";
    name.textContent = source.label;
    const about = document.createElement("span");
    about.className = "when";
    about.textContent = ` (${source.about}) `;
    const drop = document.createElement("button");
    drop.type = "button";
    drop.className = "delete";
    drop.textContent = "Remove";
    drop.setAttribute("aria-label", `Remove ${source.label} from this brief`);
    drop.addEventListener("click", () => remove(source));
    item.append(name, about, drop);
    list.append(item);
  }
  $("#sources-box").hidden = found.length === 0;
  $("#together-row").hidden = !mixed(found);
  if (!mixed(found)) $("#together").checked = false;
}

function clearSources() {
  $("#text").value = "";
  $("#url").value = "";
  $("#files").value = "";
  $("#together").checked = false;
  listSources();
}

// -- a brief --------------------------------------------------------------------------------

function show(id, title, bluf) {
  $("#result").hidden = false;
  $("#result-title").textContent = title;
  $("#bluf").textContent = bluf;
  const base = `/api/briefs/${encodeURIComponent(id)}`;
  $("#get-pdf").href = `${base}.pdf`;
  $("#get-zip").href = `${base}.zip`;
  $("#get-md").href = `${base}.md`;
  $("#get-json").href = `${base}.json`;
  $("#get-html").href = `${base}.html`;
  $("#preview").src = `${base}.html`;
  $("#result").scrollIntoView({ behavior: "smooth", block: "start" });
  $("#result-title").focus({ preventScroll: true });
}

async function make(event) {
  event.preventDefault();
  const found = sources();
  $("#error").hidden = true;
  if (mixed(found) && !$("#together").checked) {
    const kinds = found.map((source) => source.kind === "text" ? "pasted text" : source.kind === "url" ? "a web address" : `the file ${source.label}`);
    fail($("#error"), new Error(`this form holds ${kinds.join(" and ")} — remove what is not part of this story, or tick “Brief these sources together”`));
    $("#together").focus();
    return;
  }
  const data = new FormData($("#make"));
  for (const [key, value] of [...data.entries()]) {
    if (value === "" || (value instanceof File && !value.name) || key === "together") data.delete(key);
  }
  const job = jobId();
  data.append("job", job);
  $("#go").disabled = true;
  $("#progress").hidden = false;
  $("#cancel").disabled = false;
  $("#cancel").onclick = () => cancel(job);
  announce("Making the brief…");
  const started = Date.now();
  let stage = "reading, summarising, finding actors, places and risks";
  let lastSaid = "";
  const timer = setInterval(async () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    $("#elapsed").textContent = `Briefing… ${seconds} s — ${stage}`;
    if (seconds < 1) return;
    try {
      const state = await call(`/api/jobs/${job}`);
      stage = describe(state);
      measured(state.fraction);
      if (state.stage !== lastSaid && seconds >= 3) { // long jobs: each stage said once
        lastSaid = state.stage;
        announce(`Briefing: ${stage}`);
      }
    } catch (ignored) { /* finished between two looks, or not started yet */ }
  }, 500);
  try {
    const made = await call("/api/briefs", { method: "POST", body: data });
    clearSources(); // the next brief starts from an empty form: no stale file rides along
    show(made.id, made.brief.title, made.brief.bluf);
    announce(`Brief ready: ${made.brief.title}`);
    refresh();
  } catch (error) {
    fail($("#error"), error);
    announce(`Error: ${error.message}`);
  } finally {
    clearInterval(timer);
    $("#progress").hidden = true;
    measured(null);
    $("#go").disabled = false;
  }
}

function jobId() {
  // The id this request is followed and cancelled by (random; crypto.randomUUID needs https).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function describe(state) {
  if (state.state === "queued") {
    const ahead = state.position || 0;
    return ahead ? `waiting for a free worker (${ahead} ahead)` : "waiting for a free worker";
  }
  const share = state.fraction === null ? "" : ` ${Math.round(state.fraction * 100)}%`;
  return `${state.stage}${share}`;
}

function measured(fraction) {
  // A bar that fills while the parse says how far it is; the sliding one otherwise.
  const bar = $("#progress .bar");
  const known = typeof fraction === "number";
  bar.classList.toggle("measured", known);
  bar.firstElementChild.style.width = known ? `${Math.max(2, Math.round(fraction * 100))}%` : "";
  if (known) bar.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
  else bar.removeAttribute("aria-valuenow");
}

async function cancel(job) {
  $("#cancel").disabled = true;
  try {
    await call(`/api/jobs/${job}`, { method: "DELETE" });
    announce("Cancelling the brief…");
  } catch (error) {
    fail($("#error"), new Error(`could not cancel: ${error.message}`));
    $("#cancel").disabled = false;
  }
}

// -- the history ----------------------------------------------------------------------------

function titleOf(brief) {
  // A paste with no headline is titled "Pasted text": its BLUF's first words say more.
  if (/^pasted text/i.test(brief.title) && brief.bluf) {
    const words = brief.bluf.split(/\s+/);
    return words.slice(0, 10).join(" ") + (words.length > 10 ? "…" : "");
  }
  return brief.title;
}

function snippet(text) {
  return text.length > 160 ? `${text.slice(0, 160).replace(/\s+\S*$/, "")}…` : text;
}

async function refresh() {
  try {
    briefs = await call("/api/briefs");
    $("#history-error").hidden = true;
  } catch (error) {
    fail($("#history-error"), error);
    return;
  }
  draw();
}

function draw() {
  const list = $("#history");
  const filter = $("#filter").value.trim().toLowerCase();
  const matching = briefs.filter((brief) => !pending.has(brief.id) && (!filter || `${brief.title} ${brief.bluf}`.toLowerCase().includes(filter)));
  list.replaceChildren();
  if (!matching.length) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = briefs.length ? "No brief matches the filter." : "No briefs yet.";
    list.append(empty);
  }
  for (const brief of matching.slice(0, shown)) {
    const title = titleOf(brief);
    const item = document.createElement("li");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "link";
    open.textContent = title;
    open.addEventListener("click", () => show(brief.id, brief.title, brief.bluf));
    const when = document.createElement("span");
    when.className = "when";
    when.textContent = `made ${(brief.created || brief.generated).replace("T", " ").replace("Z", " UTC")}`;
    const pdf = document.createElement("a");
    pdf.href = `/api/briefs/${encodeURIComponent(brief.id)}.pdf`;
    pdf.textContent = "PDF";
    pdf.setAttribute("download", "");
    pdf.setAttribute("aria-label", `PDF of ${title}`);
    const drop = document.createElement("button");
    drop.type = "button";
    drop.className = "delete";
    drop.textContent = "Delete";
    drop.setAttribute("aria-label", `Delete ${title}`);
    drop.addEventListener("click", () => forget(brief, title));
    const about = document.createElement("p");
    about.className = "snippet";
    about.textContent = snippet(brief.bluf || "");
    item.append(open, " ", when, " ", pdf, " ", drop, about);
    list.append(item);
  }
  $("#more").hidden = matching.length <= shown;
  $("#more").textContent = `Show more (${matching.length - shown} older)`;
}

function forget(brief, title) {
  // Hidden at once, deleted after UNDO_SECONDS unless Undo is pressed.
  const timer = setTimeout(async () => {
    pending.delete(brief.id);
    $("#undo-box").hidden = true;
    try {
      await call(`/api/briefs/${encodeURIComponent(brief.id)}`, { method: "DELETE" });
      if ($("#preview").src.includes(`/api/briefs/${brief.id}.`)) $("#result").hidden = true;
      announce(`Deleted ${title}`);
    } catch (error) {
      fail($("#history-error"), new Error(`could not delete “${title}”: ${error.message}`));
    }
    refresh();
  }, UNDO_SECONDS * 1000);
  pending.set(brief.id, timer);
  $("#undo-text").textContent = `Deleting “${title}”…`;
  $("#undo").onclick = () => {
    clearTimeout(pending.get(brief.id));
    pending.delete(brief.id);
    $("#undo-box").hidden = true;
    announce(`Kept ${title}`);
    draw();
  };
  $("#undo-box").hidden = false;
  $("#undo").focus();
  draw();
}

// -- wiring ---------------------------------------------------------------------------------

function dropZone() {
  // Files dropped anywhere on the form become its files (several make one brief).
  const form = $("#make");
  form.addEventListener("dragover", (event) => {
    event.preventDefault();
    form.classList.add("dragging");
  });
  form.addEventListener("dragleave", () => form.classList.remove("dragging"));
  form.addEventListener("drop", (event) => {
    event.preventDefault();
    form.classList.remove("dragging");
    if (event.dataTransfer && event.dataTransfer.files.length) {
      $("#files").files = event.dataTransfer.files;
      listSources();
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  $("#make").addEventListener("submit", make);
  $("#make").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("#make").requestSubmit();
  });
  for (const id of ["#text", "#url"]) $(id).addEventListener("input", listSources);
  $("#files").addEventListener("change", listSources);
  $("#filter").addEventListener("input", () => { shown = PAGE; draw(); });
  $("#more").addEventListener("click", () => { shown += PAGE; draw(); });
  dropZone();
  listSources();
  refresh();
});
