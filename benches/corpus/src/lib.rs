//! A deterministic synthetic community site of any size, for potluck's tests
//! and benchmarks: the same members and stories written in potluck's format
//! or as the content of a Hugo or Zola site (their configuration and
//! templates are in benches/peers/), so the same work can be timed side by side.
//!
//! ```no_run
//! let opts = potluck_corpus::Options::new(1000);
//! potluck_corpus::write(&opts, std::path::Path::new("/tmp/site")).unwrap();
//! ```

mod model;
mod rng;
#[cfg(test)]
mod tests;
mod text;
mod write;

use std::path::Path;

/// Which site the community is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavor {
    /// potluck's `content/`: site.yaml, members, stories (bundles included), a page.
    Potluck,
    /// A Hugo site's `content/`: YAML front matter, `authors` and `tags` taxonomies.
    Hugo,
    /// A Zola site's `content/`: YAML front matter, `authors` and `tags` taxonomies.
    Zola,
}

/// What to generate. The same options always give the same files.
#[derive(Clone, Debug)]
pub struct Options {
    pub stories: usize,
    /// At least one member is written whatever this says.
    pub members: usize,
    pub seed: u64,
    pub flavor: Flavor,
}

impl Options {
    /// `stories` stories by `stories / 5` members, seed 42, potluck's format.
    pub fn new(stories: usize) -> Self {
        Options {
            stories,
            members: stories / 5,
            seed: 42,
            flavor: Flavor::Potluck,
        }
    }
}

/// What a written corpus holds, for a line of output.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub members: usize,
    pub stories: usize,
    pub markdown_bytes: usize,
}

/// Writes the site into `dir`: its `content/` folder is replaced, everything
/// else in `dir` is left alone (a peer's config and templates, a build output).
pub fn write(opts: &Options, dir: &Path) -> std::io::Result<()> {
    generate(opts, dir).map(|_| ())
}

/// [`write`], and says what was written.
pub fn generate(opts: &Options, dir: &Path) -> std::io::Result<Summary> {
    let mut r = rng::Rng::new(opts.seed);
    let members = model::members(&mut r, opts.members.max(1));
    let handles: Vec<String> = members.iter().map(|m| m.handle.clone()).collect();
    let stories = model::stories(&mut r, opts.stories, &handles);
    let content = dir.join("content");
    match std::fs::remove_dir_all(&content) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    match opts.flavor {
        Flavor::Potluck => write::potluck(&content, &members, &stories)?,
        Flavor::Hugo | Flavor::Zola => write::peer(&content, &stories, opts.flavor)?,
    }
    Ok(Summary {
        members: members.len(),
        stories: stories.len(),
        markdown_bytes: stories.iter().map(|s| s.body.len()).sum(),
    })
}
