//! A load that starts from the last one. While previewing, the usual change
//! is a story's text, title or summary: the watcher reports one story file,
//! its place in the site (`Story::place_fp`: date, slug, authors, kind, tags,
//! draft) is as it was, and the site is the last one with that story
//! swapped in.
//! Reading every file's metadata and assembling the model again cost a
//! `serve` rebuild of a 10000-story site more than everything else.
//!
//! Anything else (a member, a page, site.yaml, a new or removed file, a
//! story that moved in the site or that has an error) is loaded the usual
//! way, which is always right; this path only ever gives the same
//! site faster.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use super::parse_cache::ParseCache;
use crate::incremental::fingerprint::Fp;
use crate::load::memory::{Found, Memory, Walked};
use crate::load::{read_doc, story, Cache, LoadOptions, Loaded};
use crate::model::{Site, Story};
use crate::util::diag::{self, Diagnostic};

/// What the last load found, by position in its walk.
pub struct LastLoad {
    walked: Walked,
    opts: (bool, Option<String>),
    handles: Arc<BTreeSet<String>>,
    handles_fp: Fp,
    max_bytes: u64,
    /// Each story file's story, by walk index.
    stories: Vec<Option<Arc<Story>>>,
    /// Where each story file's story is in `Site::stories` (`None`: a
    /// draft left out).
    position: Vec<Option<usize>>,
    /// Story walk indices by file path and by bundle folder.
    by_path: HashMap<String, usize>,
    /// Every diagnostic of the last load (only warnings: it had no error).
    diags: Vec<Diagnostic>,
    /// The site, once the build that used it hands it back.
    pub site: Option<Site>,
}

impl LastLoad {
    pub fn new(found: Found) -> LastLoad {
        let stories = found.stories;
        let index: HashMap<*const Story, usize> = stories
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((Arc::as_ptr(s.as_ref()?), i)))
            .collect();
        let mut position = vec![None; stories.len()];
        for (pos, s) in found.site.stories.iter().enumerate() {
            if let Some(&i) = index.get(&Arc::as_ptr(s)) {
                position[i] = Some(pos);
            }
        }
        let mut by_path = HashMap::new();
        for (i, f) in found.walked.0.stories.iter().enumerate() {
            by_path.insert(f.path.clone(), i);
            if let Some(b) = &f.bundle {
                by_path.insert(slash(b), i);
            }
        }
        LastLoad {
            walked: Arc::clone(found.walked),
            opts: (found.opts.drafts, found.opts.base_url.clone()),
            handles: found.handles,
            handles_fp: found.handles_fp,
            max_bytes: found.max_bytes,
            stories,
            position,
            by_path,
            diags: found.diags.to_vec(),
            site: None,
        }
    }

    /// The stories (by walk index) whose files or bundles are among
    /// `changed`; `None` when anything else the model reads changed.
    fn touched(&self, changed: &BTreeSet<String>) -> Option<Vec<usize>> {
        let files = &self.walked.0;
        let mut touched = HashSet::new();
        for p in changed {
            if !(p == "content" || p.starts_with("content/")) {
                continue; // themes, templates, static: not the model's
            }
            if let Some(&i) = self.by_path.get(p) {
                touched.insert(i);
                continue;
            }
            let other_content = files.config.as_deref() == Some(p)
                || p.starts_with("content/members/")
                || files.pages.iter().any(|(_, path)| path == p);
            if other_content {
                return None;
            }
            // A file in a bundle (its cover may be gone); else a static
            // file, which the model does not read.
            let bundle = p
                .match_indices('/')
                .find_map(|(at, _)| self.by_path.get(&p[..at]));
            touched.extend(bundle);
        }
        Some(touched.into_iter().collect())
    }
}

/// The last load's site with the stories in `changed` read again, when
/// nothing else changed and they keep their place; `None` when the site
/// must be loaded the usual way.
pub fn try_reuse(root: &Path, opts: &LoadOptions, memo: &mut ParseCache) -> Option<Loaded> {
    let walked = memo.walk_if_unchanged(root)?;
    let changed = memo.changed()?;
    let last = memo.last.as_ref()?;
    let same_opts = last.opts == (opts.drafts, opts.base_url.clone());
    if !Arc::ptr_eq(&walked, &last.walked) || !same_opts || last.site.is_none() {
        return None;
    }
    let touched = last.touched(changed)?;
    let cache: &ParseCache = memo;
    let mut fresh = Vec::new();
    for &i in &touched {
        let f = &last.walked.0.stories[i];
        let at = Cache(cache, &(&f.slug, &f.bundle, &last.handles_fp));
        let (story, diags) = read_doc(root, &f.path, last.max_bytes, at, |input| {
            let (s, d) = story::parse(input, &f.slug, f.bundle.as_deref(), &last.handles);
            (s.map(Arc::new), d)
        });
        let old = last.stories[i].as_ref()?;
        let story = story.filter(|s| s.place_fp() == old.place_fp())?;
        if diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        fresh.push((i, story, diags));
    }
    let last = memo.last.as_mut()?;
    let mut site = last.site.take()?;
    let paths: HashSet<&str> = touched
        .iter()
        .map(|&i| last.walked.0.stories[i].path.as_str())
        .collect();
    let mut diags: Vec<Diagnostic> = last
        .diags
        .iter()
        .filter(|d| !paths.contains(d.path.as_str()))
        .cloned()
        .collect();
    for (i, story, d) in fresh {
        if let Some(pos) = last.position[i] {
            // Checked above; if it were not so, the usual load is right.
            if !site.swap_story(pos, Arc::clone(&story)) {
                memo.last = None;
                return None;
            }
        }
        last.stories[i] = Some(story);
        diags.extend(d);
    }
    diag::sort(&mut diags);
    last.diags.clone_from(&diags);
    memo.carry_over();
    Some(Loaded {
        site: Some(site),
        partial: None,
        diagnostics: diags,
    })
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/")
}
