//! The house keeps its shape: src/'s modules import each other without
//! cycles, and no `foo.rs` sits beside a `foo/` folder (see README, "How it works").

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support::repo;

/// The module a file belongs to: its top-level module under src/, except
/// that each file of `incremental` counts on its own (it serves every stage).
fn node_of(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let top = parts[0].trim_end_matches(".rs").to_string();
    match parts.get(1) {
        Some(file) if top == "incremental" && file != "mod.rs" => {
            format!("incremental::{}", file.trim_end_matches(".rs"))
        }
        _ => top,
    }
}

/// The node a path after `crate::` names, e.g. `load` or `incremental::keys`.
fn target(first: &str, second: Option<&str>) -> String {
    match second {
        Some(s) if first == "incremental" && s != "self" => format!("incremental::{s}"),
        _ => first.to_string(),
    }
}

fn ident(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    s.split_at(end)
}

/// Every node named after one `crate::` (plain paths and `use crate::{..}` groups).
fn targets_after(rest: &str, out: &mut BTreeSet<String>) {
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    targets_after(group[start..i].trim(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    targets_after(group[start..i].trim(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let (first, after) = ident(rest);
    if first.is_empty() {
        return;
    }
    if let Some(next) = after.strip_prefix("::") {
        if first == "incremental" {
            if next.starts_with('{') {
                let mut inner = BTreeSet::new();
                targets_after(next, &mut inner);
                out.extend(inner.iter().map(|n| target(first, Some(n.as_str()))));
            } else {
                out.insert(target(first, Some(ident(next).0)));
            }
            return;
        }
    }
    out.insert(first.to_string());
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = repo().join("src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        let rel = path.strip_prefix(&src).unwrap();
        if path.extension().is_none_or(|e| e != "rs") || rel.components().count() < 2 {
            continue; // lib.rs and main.rs only declare and call the modules
        }
        let from = node_of(rel);
        let text = std::fs::read_to_string(path).unwrap();
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut to = BTreeSet::new();
        for (i, _) in code.match_indices("crate::") {
            targets_after(&code[i + "crate::".len()..], &mut to);
        }
        to.remove(&from);
        edges.entry(from).or_default().extend(to);
    }
    edges
}

/// A cycle through `node`, if any, as the list of modules on it.
fn cycle_from(
    node: &str,
    edges: &BTreeMap<String, BTreeSet<String>>,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|n| n == node) {
        let mut cycle = path[at..].to_vec();
        cycle.push(node.to_string());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_string());
    for next in edges.get(node).into_iter().flatten() {
        if let Some(c) = cycle_from(next, edges, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(node.to_string());
    None
}

#[test]
fn src_modules_import_each_other_without_cycles() {
    let edges = graph();
    assert!(
        edges.contains_key("load") && edges["render"].contains("model"),
        "the import scan found no edges: {edges:?}"
    );
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        let cycle = cycle_from(node, &edges, &mut Vec::new(), &mut done);
        assert!(
            cycle.is_none(),
            "import cycle between src/ modules: {}",
            cycle.unwrap().join(" -> ")
        );
    }
}

#[test]
fn no_module_file_sits_beside_its_folder() {
    for entry in walkdir::WalkDir::new(repo().join("src")) {
        let path = entry.unwrap().into_path();
        if path.is_dir() {
            let twin = path.with_extension("rs");
            assert!(
                !twin.exists(),
                "{} beside its folder: use {}/mod.rs",
                twin.display(),
                path.display()
            );
        }
    }
}
