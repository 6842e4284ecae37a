// A small Markdown preview for the forms: paragraphs, headings, lists,
// quotes, code, emphasis and links. It builds DOM nodes (never HTML from the
// text), so what is typed cannot run; links keep only http(s) and site
// addresses. The published page uses potluck's full Markdown.

function inline(parent, text) {
  const re = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*]+\*|_[^_]+_)|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    parent.append(text.slice(last, m.index));
    last = m.index + m[0].length;
    let node;
    if (m[1]) {
      node = document.createElement("code");
      node.textContent = m[1].slice(1, -1);
    } else if (m[2]) {
      node = document.createElement("strong");
      inline(node, m[2].slice(2, -2));
    } else if (m[3]) {
      node = document.createElement("em");
      inline(node, m[3].slice(1, -1));
    } else {
      const safe = /^(https?:\/\/|\/|#)/.test(m[5]);
      node = document.createElement(safe ? "a" : "span");
      if (safe) node.href = m[5];
      inline(node, m[4]);
    }
    parent.append(node);
  }
  parent.append(text.slice(last));
}

function block(lines) {
  const first = lines[0];
  const heading = /^(#{1,6})\s+(.*)$/.exec(first);
  if (heading && lines.length === 1) {
    // The page's title is the only h1: headings in the text start at h2.
    const el = document.createElement(`h${Math.min(6, heading[1].length + 1)}`);
    inline(el, heading[2]);
    return el;
  }
  if (lines.every((l) => /^\s*([-*+]|\d+[.)])\s+/.test(l))) {
    const el = document.createElement(/^\s*\d/.test(first) ? "ol" : "ul");
    for (const l of lines) {
      const li = document.createElement("li");
      inline(li, l.replace(/^\s*([-*+]|\d+[.)])\s+/, ""));
      el.append(li);
    }
    return el;
  }
  if (lines.every((l) => l.startsWith(">"))) {
    const el = document.createElement("blockquote");
    const p = document.createElement("p");
    inline(p, lines.map((l) => l.replace(/^>\s?/, "")).join(" "));
    el.append(p);
    return el;
  }
  const p = document.createElement("p");
  inline(p, lines.join(" "));
  return p;
}

/** Replaces `target`'s children with `text` rendered. */
export function renderPreview(target, text) {
  const out = [];
  let lines = [];
  let fence = null;
  const flush = () => {
    if (lines.length) out.push(block(lines));
    lines = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (fence) {
      if (line.startsWith("```")) {
        const pre = document.createElement("pre");
        const code = document.createElement("code");
        code.textContent = fence.join("\n");
        pre.append(code);
        out.push(pre);
        fence = null;
      } else fence.push(line);
    } else if (line.startsWith("```")) {
      flush();
      fence = [];
    } else if (!line.trim()) flush();
    else if (/^#{1,6}\s/.test(line)) {
      flush();
      lines = [line];
      flush();
    } else lines.push(line);
  }
  if (fence) lines = fence;
  flush();
  target.replaceChildren(...out);
}
