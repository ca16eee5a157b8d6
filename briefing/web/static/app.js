// The page's behaviour: make a brief, show it, keep the history. Text is set with
// textContent only, never as HTML: article text is untrusted.
"use strict";

const $ = (selector) => document.querySelector(selector);

async function call(path, options) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options));
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error || message;
    } catch (ignored) { /* not JSON */ }
    throw new Error(message);
  }
  return response.status === 204 ? null : response.json();
}

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
}

async function refresh() {
  const list = $("#history");
  const briefs = await call("/api/briefs");
  list.replaceChildren();
  if (!briefs.length) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = "No briefs yet.";
    list.append(empty);
    return;
  }
  for (const brief of briefs) {
    const item = document.createElement("li");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "link";
    open.textContent = brief.title;
    open.addEventListener("click", () => show(brief.id, brief.title, brief.bluf));
    const when = document.createElement("span");
    when.className = "when";
    when.textContent = brief.generated.replace("T", " ").replace("Z", " UTC");
    const pdf = document.createElement("a");
    pdf.href = `/api/briefs/${encodeURIComponent(brief.id)}.pdf`;
    pdf.textContent = "PDF";
    pdf.setAttribute("download", "");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "delete";
    remove.textContent = "Delete";
    remove.addEventListener("click", async () => {
      await call(`/api/briefs/${encodeURIComponent(brief.id)}`, { method: "DELETE" });
      if ($("#preview").src.includes(`/api/briefs/${brief.id}.`)) $("#result").hidden = true;
      refresh();
    });
    item.append(open, " ", when, " ", pdf, " ", remove);
    list.append(item);
  }
}

async function make(event) {
  event.preventDefault();
  const form = $("#make");
  const data = new FormData(form);
  for (const [key, value] of [...data.entries()]) {
    if (value === "" || (value instanceof File && !value.name)) data.delete(key);
  }
  $("#error").hidden = true;
  $("#go").disabled = true;
  $("#progress").hidden = false;
  const started = Date.now();
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    $("#elapsed").textContent = `Briefing… ${seconds} s (reading, summarising, finding actors, places and risks)`;
  }, 500);
  try {
    const made = await call("/api/briefs", { method: "POST", body: data });
    show(made.id, made.brief.title, made.brief.bluf);
    refresh();
  } catch (error) {
    $("#error").textContent = `Error: ${error.message}`;
    $("#error").hidden = false;
  } finally {
    clearInterval(timer);
    $("#progress").hidden = true;
    $("#go").disabled = false;
  }
}

function listFiles() {
  const names = [...$("#files").files].map((file) => file.name);
  $("#chosen").textContent = names.length ? `Chosen: ${names.join(", ")}` : "";
}

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
      listFiles();
    }
  });
  $("#files").addEventListener("change", listFiles);
}

document.addEventListener("DOMContentLoaded", () => {
  $("#make").addEventListener("submit", make);
  dropZone();
  refresh().catch((error) => {
    $("#error").textContent = `Error: ${error.message}`;
    $("#error").hidden = false;
  });
});
