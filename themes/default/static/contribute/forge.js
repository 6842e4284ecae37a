// The forge's editor URLs in the browser: the same shapes and encoding as
// src/model/forge.rs, which builds the site's static links (its tests and
// tests/browser/contribute.test.mjs pin both to the forges' documented URLs).

// [scope before the action, action prefix, file-name parameter, text parameter]
const SHAPES = {
  github: ["", "", "filename", "value"],
  gitlab: ["-/", "", "file_name", "content"],
  forgejo: ["", "_", "filename", "value"],
};

function segments(path) {
  return path.split("/").filter(Boolean).map(encodeURIComponent).join("/");
}

function actionUrl(repo, action, path) {
  const [scope, prefix] = SHAPES[repo.forge];
  const web = repo.url.replace(/\/+$/, "");
  return `${web}/${scope}${prefix}${action}/${segments(repo.branch)}/${segments(path)}`;
}

/** The editor of the existing file at `path` (from the repository's root). */
export function editUrl(repo, path) {
  return actionUrl(repo, "edit", path);
}

/** The new-file editor in `folder` with the file's name and text filled in. */
export function newFileUrl(repo, folder, name, text) {
  const [, , nameKey, textKey] = SHAPES[repo.forge];
  // Forgejo reads the folder from a path ending in `/`.
  const url = actionUrl(repo, "new", folder) + (repo.forge === "forgejo" ? "/" : "");
  return `${url}?${nameKey}=${encodeURIComponent(name)}&${textKey}=${encodeURIComponent(text)}`;
}
