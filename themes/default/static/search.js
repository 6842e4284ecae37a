/* potluck default theme: instant search.
 * No dependencies, no third-party code. Progressive enhancement: without
 * JavaScript the header form simply submits to /stories/.
 * Index: search-index.json (beside this script) = [{t: title, u: url, k: kind, s: summary, g: [tags], a: [names], r: url of the story it answers (optional)}]
 */
(function () {
  "use strict";

  /* The page's words in the site's language: base.html renders them from
     the catalogue into <script type="application/json" id="words">. A
     count's texts come one per plural category of the language; the English
     fallbacks below serve a page without the block. */
  var WORDS = {};
  try { WORDS = JSON.parse(document.getElementById("words").textContent); } catch (e) { /* English */ }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : m;
    });
  }
  function word(key, fallback, values) {
    return fill(typeof WORDS[key] === "string" ? WORDS[key] : fallback, values || {});
  }
  function count(key, n, fallbacks, values) {
    var forms = WORDS[key] || fallbacks, category = "other";
    try { category = new Intl.PluralRules(WORDS.lang || "en").select(n); } catch (e) { /* other */ }
    values = values || {};
    values.n = n;
    try { values.n = new Intl.NumberFormat(WORDS.lang || "en").format(n); } catch (e) { /* as is */ }
    return fill(forms[category] || forms.other || fallbacks.other, values);
  }

  /* Small accessibility touches on Markdown output (the page is fine without them):
     code blocks and tables that scroll sideways become keyboard-scrollable, and
     task-list checkboxes get a name. */
  function enhanceProse() {
    var boxes = document.querySelectorAll(".prose pre, .prose table");
    for (var i = 0; i < boxes.length; i++) {
      var b = boxes[i];
      if (b.scrollWidth > b.clientWidth + 1 && !b.hasAttribute("tabindex")) {
        b.setAttribute("tabindex", "0");
        if (b.tagName === "PRE" && !b.hasAttribute("aria-label")) {
          // a named region, so the focus stop is announced; names stay unique
          var lang = (b.getAttribute("data-lang") || "").toUpperCase();
          b.setAttribute("role", "region");
          b.setAttribute("aria-label", lang
            ? word("script-code-lang", "{lang} code, example {n}", { lang: lang, n: i + 1 })
            : word("script-code", "Code, example {n}", { n: i + 1 }));
        }
      }
    }
    var checks = document.querySelectorAll('.prose input[type="checkbox"]:not([aria-label])');
    for (var j = 0; j < checks.length; j++) {
      checks[j].setAttribute("aria-label", checks[j].checked ? word("script-task-done", "Done") : word("script-task-open", "Not done"));
    }
  }
  enhanceProse();
  var resizeTimer = 0;
  window.addEventListener("resize", function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(enhanceProse, 200); });

  var MAX = 8;
  // The index sits beside this script, so sites served under a sub-path work too.
  var script = document.currentScript;
  var INDEX_URL = "/search-index.json";
  try { if (script && script.src) INDEX_URL = new URL("search-index.json", script.src).href; } catch (e) { /* keep the default */ }
  var input = document.getElementById("search-input");
  if (!input || !input.form || !window.fetch) return;
  var form = input.form;
  // The results box: a live region, added empty now (before anything is
  // typed) so screen readers announce what it later says. Pages do not carry
  // it: without this script it would stay empty.
  var box = document.getElementById("search-results");
  if (!box) {
    box = document.createElement("div");
    box.className = "search-results";
    box.id = "search-results";
    box.setAttribute("aria-live", "polite");
    form.appendChild(box);
  }

  var entries = null;   // prepared index, once loaded
  var failed = false;   // the index could not be loaded: stay quiet
  var quietFocus = false;
  var loading = null;   // the pending load
  var lastQuery = "";

  var KINDS = {
    story: word("kind-story", "Story"), review: word("kind-review", "Review"), tip: word("kind-tip", "Tip"),
    feedback: word("kind-feedback", "Feedback"), event: word("kind-event", "Event"),
    member: word("search-kind-member", "Member"), page: word("search-kind-page", "Page")
  };

  /* Lower-case and strip diacritics: "Zoë Ångström" -> "zoe angstrom". */
  function fold(s) {
    s = String(s == null ? "" : s).toLowerCase();
    if (s.normalize) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return s.replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/œ/g, "oe").replace(/ø/g, "o").replace(/ł/g, "l").replace(/đ/g, "d");
  }

  function list(v) { return Array.isArray(v) ? v : (v ? [v] : []); }

  function prepare(data) {
    if (!Array.isArray(data)) return [];
    var out = [];
    for (var i = 0; i < data.length; i++) {
      var d = data[i];
      if (!d || typeof d.u !== "string" || !d.t) continue;
      var tags = list(d.g), names = list(d.a);
      out.push({
        t: String(d.t), u: d.u, k: d.k || "", s: d.s ? String(d.s) : "",
        ft: fold(d.t), fs: fold(d.s), fg: fold(tags.join(" ") + " " + tags.join(" ").replace(/-/g, " ")),
        fa: fold(names.join(" ")), i: i
      });
    }
    return out;
  }

  function load() {
    if (!loading) {
      loading = fetch(INDEX_URL, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) { entries = prepare(data); })
        .catch(function () { entries = []; failed = true; });   // fail silently: the form still submits
    }
    return loading;
  }

  /* Is `term` at the start of a word in `hay`? */
  function wordStart(hay, term) {
    var at = hay.indexOf(term);
    while (at !== -1) {
      if (at === 0 || /[^a-z0-9]/.test(hay.charAt(at - 1))) return true;
      at = hay.indexOf(term, at + 1);
    }
    return false;
  }

  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length || !entries) return [];
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i], titleHits = 0, score = 0, ok = true;
      for (var j = 0; j < terms.length; j++) {
        var q = terms[j], inTitle = e.ft.indexOf(q) !== -1;
        if (!inTitle && e.fg.indexOf(q) === -1 && e.fa.indexOf(q) === -1 && e.fs.indexOf(q) === -1) { ok = false; break; }
        if (inTitle) { titleHits++; score += wordStart(e.ft, q) ? 6 : 4; }
        if (e.fg.indexOf(q) !== -1) score += wordStart(e.fg, q) ? 3 : 2;
        if (e.fa.indexOf(q) !== -1) score += wordStart(e.fa, q) ? 3 : 2;
        if (e.fs.indexOf(q) !== -1) score += 1;
      }
      if (!ok) continue;
      if (e.ft === terms.join(" ")) score += 10;
      hits.push({ e: e, title: titleHits, score: score });
    }
    // Title matches first, then by score, then by index order (newest first in the index).
    hits.sort(function (a, b) {
      return (b.title - a.title) || (b.score - a.score) || (a.e.i - b.e.i);
    });
    return hits.slice(0, MAX).map(function (h) { return h.e; });
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }

  function close() {
    box.textContent = "";
    lastQuery = "";
  }

  function links() { return box.querySelectorAll("a"); }

  function render(query) {
    var q = query.trim();
    if (!q || failed) { close(); return; }
    if (q === lastQuery && box.firstChild) return;
    lastQuery = q;
    var results = search(q);
    box.textContent = "";
    var status = el("p", "search-status",
      results.length
        ? count("search-results", results.length, { one: "{n} result for \u201c{query}\u201d", other: "{n} results for \u201c{query}\u201d" }, { query: q })
        : word("search-none", "No matches for \u201c{query}\u201d", { query: q }));
    box.appendChild(status);
    if (results.length) {
      var ul = el("ul", "search-list");
      ul.id = "search-list";
      results.forEach(function (r) {
        var li = el("li"), a = el("a");
        a.href = r.u;
        a.appendChild(el("span", "search-title", r.t));
        if (KINDS[r.k] || r.k) {
          a.appendChild(document.createTextNode(" "));
          a.appendChild(el("span", "search-kind", KINDS[r.k] || r.k));
        }
        if (r.s) {
          a.appendChild(document.createTextNode(" "));
          a.appendChild(el("span", "search-summary", r.s));
        }
        li.appendChild(a);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  var pending = 0;
  function update() {
    var q = input.value;
    if (!q.trim()) { close(); return; }
    var ticket = ++pending;
    load().then(function () { if (ticket === pending) render(input.value); });
  }

  function move(from, delta) {
    var a = links();
    if (!a.length) return;
    var idx = Array.prototype.indexOf.call(a, from);
    var next = idx + delta;
    if (next < 0) { quietFocus = true; input.focus(); return; }
    if (next >= a.length) next = a.length - 1;
    a[next].focus();
  }

  input.setAttribute("aria-controls", "search-results");

  input.addEventListener("focus", function () {
    load();
    if (quietFocus) { quietFocus = false; return; }
    if (input.value.trim()) update();
  });
  input.addEventListener("input", update);

  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") {
      var a = links();
      if (a.length) { ev.preventDefault(); a[0].focus(); }
    } else if (ev.key === "Escape") {
      if (box.firstChild) { ev.preventDefault(); close(); }
    } else if (ev.key === "Enter") {
      // Enter in the field follows the best result when there is one.
      var first = links()[0];
      if (first && input.value.trim()) { ev.preventDefault(); window.location.href = first.href; }
    }
  });

  box.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (!t || t.tagName !== "A") return;
    if (ev.key === "ArrowDown") { ev.preventDefault(); move(t, 1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); move(t, -1); }
    else if (ev.key === "Escape") { ev.preventDefault(); close(); quietFocus = true; input.focus(); }
    // Enter follows the focused link natively.
  });

  // Close when focus or a click leaves the search form.
  document.addEventListener("click", function (ev) {
    if (form && !form.contains(ev.target)) close();
  });
  if (form) {
    form.addEventListener("focusout", function (ev) {
      if (ev.relatedTarget && !form.contains(ev.relatedTarget)) close();
    });
  }

  // /stories/?q=... (the form's no-JS target): show the results right away.
  try {
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; update(); }
  } catch (e) { /* old browser: nothing to do */ }
})();
