// The /write/ and /join/ forms: checks what potluck's `check` would (empty
// title, unknown or look-alike handle, address taken) against the site's
// /contribute.json, keeps the draft in this browser's localStorage, and on
// submit opens the forge's new-file editor with the file filled in. Nothing
// leaves the page before that.

import { newFileUrl } from "./forge.js";
import { renderPreview } from "./preview.js";

// Longer links are refused by some forges and proxies: past this, the page
// offers the text to copy and a link to an empty new file instead.
const MAX_URL = 8000;

const form = document.getElementById("contribute-form");
const kind = form.dataset.form;
const repo = { forge: form.dataset.forge, url: form.dataset.repo, branch: form.dataset.branch };
const draftKey = `potluck-draft:${location.pathname}`;
const field = (name) => form.elements.namedItem(name);
const value = (name) => (field(name)?.value ?? "").trim();
let data = { members: [], chars: {}, pairs: [], tags: [], slugs: [] };

// The messages in the site's language: contribute.html renders them from the
// catalogue into <script type="application/json" id="form-words">, with
// `{handle}`-style places to fill. The English below serves a page without it.
const ENGLISH = {
  "script-handle-empty": "Choose a handle.",
  "script-handle-invalid": "“{handle}” is not a handle: use lowercase letters, digits and single hyphens.",
  "script-handle-invalid-like": "“{handle}” is not a handle: use lowercase letters, digits and single hyphens, like “{better}”.",
  "script-handle-taken": "“{handle}” is taken: choose another handle.",
  "script-handle-alike": "“{handle}” looks too much like “{other}”, who is already a member: choose a handle that does not.",
  "script-handle-free": "“{handle}” is free.",
  "script-title-empty": "Give your story a title.",
  "script-slug-invalid": "Give the story an address: lowercase letters, digits and hyphens (the title has none we can use).",
  "script-slug-taken": "A story at “{slug}” already exists: change the title or the address.",
  "script-body-empty": "Write your story in the text box.",
  "script-author-empty": "Give your handle. New here? Join first.",
  "script-author-unknown": "No member has the handle “{handle}”: check the spelling, or join first.",
  "script-member-unknown": "“{entry}” is not a member's name or handle: check the spelling, or remove it.",
  "script-name-empty": "Give your name.",
  "script-website-invalid": "Give the website's full address, starting with https://.",
  "script-copied": "Copied.",
  "script-copy-failed": "Could not copy: select the text in the form and copy it by hand.",
};
let words = {};
try { words = JSON.parse(document.getElementById("form-words")?.textContent ?? "{}") ?? {}; } catch { words = {}; }

/** The message `key` with its places filled from `values`. */
function say(key, values = {}) {
  const text = typeof words[key] === "string" ? words[key] : ENGLISH[key];
  return text.replace(/\{(\w+)\}/g, (m, name) => (Object.hasOwn(values, name) ? String(values[name]) : m));
}

/** The slug `potluck new story` makes of a Latin-script title. */
function slugify(title) {
  const folded = title
    .replace(/ß/g, "ss").replace(/[æÆ]/g, "ae").replace(/[øØ]/g, "o")
    .normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "").slice(0, 80).replace(/-+$/, "");
}

const isSlug = (s) => /^[a-z0-9][a-z0-9-]{0,99}$/.test(s);
const isHandle = (s) => /^[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?$/.test(s) && !s.includes("--");

/** How a handle looks, as `check` compares them (src/load/identity.rs). */
function lookKey(handle) {
  let key = [...handle].map((c) => data.chars[c] ?? c).join("");
  for (const [pair, one] of data.pairs) key = key.replaceAll(pair, one);
  return key;
}

const list = (name) => value(name).split(",").map((s) => s.trim()).filter(Boolean);

/** A member by handle (`@` allowed) or by exact name, case aside. */
function member(entry) {
  const e = entry.replace(/^@/, "").toLowerCase();
  return data.members.find((m) => m.handle === e || m.name.toLowerCase() === e);
}

/** The members in a list field: their handles, and the entries that are not members. */
function members(name) {
  const found = list(name).map((e) => [e, member(e)]);
  return {
    handles: found.filter(([, m]) => m).map(([, m]) => m.handle),
    unknown: found.filter(([, m]) => !m).map(([e]) => e),
  };
}

const tags = (name) => [...new Set(list(name).map(slugify).filter(isSlug))];

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// JSON strings are valid YAML double-quoted scalars, as in potluck's scaffold.
const q = JSON.stringify;
const flow = (items) => `[${items.join(", ")}]`;

function storyFile() {
  const author = member(value("author"));
  const lines = [
    `title: ${q(value("title"))}`,
    `authors: ${flow([author?.handle ?? value("author"), ...members("coauthors").handles])}`,
    `date: ${today()}`,
    `kind: ${value("kind")}`,
    `tags: ${flow(tags("tags"))}`,
  ];
  if (value("summary")) lines.push(`summary: ${q(value("summary"))}`);
  const thanks = members("thanks").handles;
  if (thanks.length) lines.push(`thanks: ${flow(thanks)}`);
  return { name: `${value("slug")}.md`, text: `---\n${lines.join("\n")}\n---\n${value("body")}\n` };
}

function memberFile() {
  const lines = [`name: ${q(value("name"))}`];
  if (value("location")) lines.push(`location: ${q(value("location"))}`);
  if (value("website")) lines.push(`links:\n  website: ${q(value("website"))}`);
  const interests = tags("interests");
  if (interests.length) lines.push(`interests: ${flow(interests)}`);
  lines.push(`joined: ${today()}`);
  return { name: `${value("handle")}.md`, text: `---\n${lines.join("\n")}\n---\n${value("body")}\n` };
}

/** Why the new handle cannot be used, or "" when it can. */
function handleProblem(h) {
  if (!h) return say("script-handle-empty");
  if (!isHandle(h)) {
    const better = slugify(h).slice(0, 39).replace(/-+$/, "");
    const like = better && isHandle(better);
    return say(like ? "script-handle-invalid-like" : "script-handle-invalid", { handle: h, better });
  }
  if (data.members.some((m) => m.handle === h)) return say("script-handle-taken", { handle: h });
  const alike = data.members.find((m) => m.key === lookKey(h));
  if (alike) return say("script-handle-alike", { handle: h, other: alike.handle });
  return "";
}

function storyProblems() {
  const out = [];
  if (!value("title")) out.push(["title", say("script-title-empty")]);
  const slug = value("slug");
  if (!isSlug(slug)) out.push(["slug", say("script-slug-invalid")]);
  else if (data.slugs.includes(slug)) out.push(["slug", say("script-slug-taken", { slug })]);
  if (!value("body")) out.push(["body", say("script-body-empty")]);
  if (!value("author")) out.push(["author", say("script-author-empty")]);
  else if (!member(value("author"))) out.push(["author", say("script-author-unknown", { handle: value("author") })]);
  for (const name of ["coauthors", "thanks"]) {
    for (const entry of members(name).unknown) out.push([name, say("script-member-unknown", { entry })]);
  }
  return out;
}

function memberProblems() {
  const out = [];
  if (!value("name")) out.push(["name", say("script-name-empty")]);
  const handle = handleProblem(value("handle"));
  if (handle) out.push(["handle", handle]);
  if (value("website") && !/^https?:\/\/[^\s/]+\.[^\s]*$/.test(value("website"))) {
    out.push(["website", say("script-website-invalid")]);
  }
  return out;
}

function showProblems(problems) {
  const box = document.getElementById("form-problems");
  const ul = document.getElementById("form-problems-list");
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  ul.replaceChildren(...problems.map(([name, text]) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${field(name).id}`;
    a.textContent = text;
    field(name).setAttribute("aria-invalid", "true");
    li.append(a);
    return li;
  }));
  box.hidden = problems.length === 0;
  if (problems.length) box.focus();
}

function saveDraft() {
  const values = {};
  for (const el of form.elements) if (el.name) values[el.name] = el.value;
  values.slugEdited = form.dataset.slugEdited ?? "";
  try { localStorage.setItem(draftKey, JSON.stringify(values)); } catch { /* storage off: nothing kept */ }
}

function restoreDraft() {
  let values = {};
  try { values = JSON.parse(localStorage.getItem(draftKey) ?? "{}") ?? {}; } catch { values = {}; }
  for (const el of form.elements) if (el.name && typeof values[el.name] === "string") el.value = values[el.name];
  if (values.slugEdited) form.dataset.slugEdited = values.slugEdited;
}

/** Suggestions after the last comma: the earlier entries stay in front. */
function suggest(input) {
  const source = input.dataset.list === "tags" ? data.tags : data.members.map((m) => m.name);
  const parts = input.value.split(",");
  const last = parts.pop().trim().toLowerCase();
  const prefix = parts.map((s) => s.trim()).filter(Boolean).map((s) => `${s}, `).join("");
  const options = source.filter((s) => s.toLowerCase().includes(last)).slice(0, 30).map((s) => {
    const o = document.createElement("option");
    o.value = prefix + s;
    return o;
  });
  document.getElementById(`${input.id}-list`).replaceChildren(...options);
}

function update(event) {
  const target = event?.target;
  if (kind === "story") {
    if (target === field("slug")) form.dataset.slugEdited = "1";
    if (target === field("title") && !form.dataset.slugEdited) field("slug").value = slugify(field("title").value);
  } else {
    const h = value("handle");
    const problem = h ? handleProblem(h) : "";
    document.getElementById("f-handle-status").textContent = !h ? "" : problem || say("script-handle-free", { handle: h });
  }
  if (target?.dataset.list) suggest(target);
  if (!target || target === field("body")) renderPreview(document.getElementById("f-preview"), field("body").value);
  saveDraft();
}

function submit(event) {
  event.preventDefault();
  const problems = kind === "story" ? storyProblems() : memberProblems();
  showProblems(problems);
  if (problems.length) return;
  saveDraft();
  const file = kind === "story" ? storyFile() : memberFile();
  const url = newFileUrl(repo, form.dataset.folder, file.name, file.text);
  if (url.length <= MAX_URL) {
    location.assign(url);
    return;
  }
  const long = document.getElementById("form-long");
  document.getElementById("form-long-link").href = newFileUrl(repo, form.dataset.folder, file.name, "");
  long.hidden = false;
  document.getElementById("form-copy").onclick = async () => {
    const status = document.getElementById("form-copy-status");
    try {
      await navigator.clipboard.writeText(file.text);
      status.textContent = say("script-copied");
    } catch {
      status.textContent = say("script-copy-failed");
    }
  };
}

async function start() {
  form.hidden = false;
  restoreDraft();
  form.addEventListener("input", update);
  form.addEventListener("submit", submit);
  document.getElementById("form-clear").addEventListener("click", () => {
    form.reset();
    delete form.dataset.slugEdited;
    try { localStorage.removeItem(draftKey); } catch { /* nothing kept */ }
    update();
  });
  try {
    const response = await fetch(form.dataset.data);
    if (response.ok) data = await response.json();
  } catch { /* offline: the pull request's check still catches every problem */ }
  for (const input of form.querySelectorAll("[data-list]")) suggest(input);
  const authors = document.getElementById("f-author-list");
  authors?.replaceChildren(...data.members.map((m) => {
    const o = document.createElement("option");
    o.value = m.handle;
    o.label = m.name;
    return o;
  }));
  update();
}

start();
