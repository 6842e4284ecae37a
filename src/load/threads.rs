//! Threads: what only the whole site can tell of `responds_to` (the story
//! answered exists; answers do not go round in a circle).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::model::Story;
use crate::util::diag::{did_you_mean, Diagnostic};

/// Every problem of the stories' `responds_to`; `slugs` are all story files'
/// slugs (a story whose file has errors still exists to answer).
pub fn problems(stories: &[Arc<Story>], slugs: &BTreeSet<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in stories {
        let Some(r) = &s.responds_to else { continue };
        if slugs.contains(r.slug.as_str()) {
            continue;
        }
        let help = match did_you_mean(&r.slug, slugs.iter().copied()) {
            Some(n) => format!("did you mean `{n}`?"),
            None => "write the slug of a story in content/stories/ (its file name without `.md`, or its folder's name)".into(),
        };
        out.push(
            Diagnostic::error(
                &s.source.path,
                "unknown-story",
                format!("`responds_to` names no story: `{}`", r.slug),
            )
            .at(r.line, r.col)
            .help(help),
        );
    }
    out.extend(cycles(stories));
    out
}

/// One error in each file of each circle of answers (a answers b answers a).
fn cycles(stories: &[Arc<Story>]) -> Vec<Diagnostic> {
    let ix: HashMap<&str, usize> = stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.slug.as_str(), i))
        .collect();
    let parent = |i: usize| {
        let r = stories[i].responds_to.as_ref()?;
        ix.get(r.slug.as_str()).copied()
    };
    // 0: not seen, 1: on the path being walked, 2: done. Each story has one
    // parent at most, so each walk is a path, and the whole is linear.
    let mut state = vec![0u8; stories.len()];
    let mut out = Vec::new();
    for start in 0..stories.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| state[i] == 0) {
            state[i] = 1;
            path.push(i);
            at = parent(i);
        }
        if let Some(i) = at.filter(|&i| state[i] == 1) {
            let from = path.iter().position(|&p| p == i).unwrap_or(0);
            out.extend(circle(stories, &path[from..]));
        }
        for i in path {
            state[i] = 2;
        }
    }
    out
}

fn circle(stories: &[Arc<Story>], ring: &[usize]) -> Vec<Diagnostic> {
    let names: Vec<&str> = ring
        .iter()
        .chain(ring.first())
        .map(|&i| stories[i].slug.as_str())
        .collect();
    let shown = names.join(" → ");
    ring.iter()
        .filter_map(|&i| {
            let s = &stories[i];
            let r = s.responds_to.as_ref()?;
            let d = Diagnostic::error(
                &s.source.path,
                "responds-to-cycle",
                format!("answers go round in a circle: {shown}"),
            )
            .at(r.line, r.col)
            .help("an answer names an earlier story; remove `responds_to` from the story that started the conversation");
            Some(d)
        })
        .collect()
}
