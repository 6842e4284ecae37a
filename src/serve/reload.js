// potluck serve: reloads this tab after each successful rebuild and shows the
// problems of a failed one. The server adds it to HTML while serving; it is
// never written into the built site.
(function () {
  "use strict";
  var me = document.currentScript;
  var shown = Number(me && me.getAttribute("data-generation"));
  var id = "potluck-serve-problems";

  function clear() {
    var old = document.getElementById(id);
    if (old) old.remove();
  }

  function el(tag, text) {
    var e = document.createElement(tag);
    // textContent, never innerHTML: messages quote the broken file's text.
    if (text) e.textContent = text;
    return e;
  }

  function show(d) {
    clear();
    var box = el("section");
    box.id = id;
    box.setAttribute("role", "alert");
    box.style.cssText =
      "position:fixed;top:1rem;left:1rem;right:1rem;max-height:60vh;" +
      "z-index:2147483647;overflow:auto;" +
      "padding:1rem 1.25rem;background:#fff;color:#1a1a1a;" +
      "border:3px solid #b00020;border-radius:8px;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;" +
      "box-shadow:0 8px 32px rgba(0,0,0,.35)";
    box.appendChild(el("h2", "The build failed: this is still the last good site"));
    var list = el("ul");
    d.problems.forEach(function (p) {
      var item = el("li");
      item.style.cssText = "margin:.75rem 0;white-space:pre-wrap";
      var where = p.file;
      if (p.line) where += ":" + p.line + (p.column ? ":" + p.column : "");
      item.appendChild(el("strong", where));
      item.appendChild(document.createTextNode(" " + p.message));
      if (p.help) item.appendChild(el("div", "help: " + p.help));
      list.appendChild(item);
    });
    box.appendChild(list);
    box.appendChild(el("p", "Fix the file and save: this page reloads by itself."));
    var hide = el("button", "Hide");
    hide.type = "button";
    hide.onclick = clear;
    box.appendChild(hide);
    document.body.appendChild(box);
  }

  var events = new EventSource("/__potluck/events");
  events.addEventListener("ok", function (e) {
    // Also sent on connecting: a rebuild that finished between this page's
    // response and the connection still reloads the tab.
    if (JSON.parse(e.data).generation !== shown) location.reload();
    else clear();
  });
  events.addEventListener("failed", function (e) {
    show(JSON.parse(e.data));
  });
})();
