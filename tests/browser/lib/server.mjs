// A tiny static file server for a built site, on loopback only.
// It behaves like the hosts potluck sites go to (GitHub Pages, Netlify, nginx):
// `/dir/` serves `/dir/index.html`, `/dir` redirects to `/dir/`, unknown paths
// get the site's 404.html with status 404, and every file has a real content type
// (a wrong one would hide bugs: Chromium refuses a stylesheet served as text/plain).

import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

async function fileAt(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? "file" : s.isDirectory() ? "dir" : null;
  } catch {
    return null;
  }
}

/** Serves `root` on 127.0.0.1; resolves to {origin, close()}. */
export async function serve(root) {
  root = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "/\0"; // undecodable: treat as missing
    }
    let file = path.join(root, rel);
    // Never serve anything outside the site (../ in a URL).
    if (!file.startsWith(root + path.sep) && file !== root) file = path.join(root, "\0");
    let kind = await fileAt(file);
    if (kind === "dir") {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { Location: url.pathname + "/" + url.search });
        res.end();
        return;
      }
      file = path.join(file, "index.html");
      kind = await fileAt(file);
    }
    let status = 200;
    if (kind !== "file") {
      status = 404;
      file = path.join(root, "404.html");
    }
    const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
    try {
      const body = await readFile(file);
      res.writeHead(status, { "Content-Type": type, "Content-Length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(status, { "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
