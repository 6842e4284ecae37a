//! `potluck import FORMAT SOURCE --into SITE`: an existing blog's posts and
//! authors into the site, then the site checked, so what is left to fix is
//! listed at once.

use std::path::PathBuf;

use clap::Args;

use super::exit;
use crate::check::{self, format, CheckOptions, Sources};
use crate::scaffold::import::{self, Format, ImportOptions, Report};
use crate::util::escape::terminal;
use crate::util::words::count;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The blog engine the old blog was made with
    #[arg(value_enum)]
    pub format: Format,
    /// The old blog's folder (its repository)
    pub source: PathBuf,
    /// The potluck site to add the stories and members to (made with `potluck init`)
    #[arg(long, value_name = "SITE")]
    pub into: PathBuf,
    /// An existing member's handle: the author of posts that name none
    #[arg(long, value_name = "HANDLE")]
    pub author: Option<String>,
}

/// Imports, then checks the site; returns the process exit code: 0 when the
/// site passes `check`, 1 when it lists problems to fix, 2 when nothing was
/// imported.
pub fn run(args: &ImportArgs) -> i32 {
    let today = chrono::Local::now().date_naive();
    let opts = ImportOptions {
        format: args.format,
        source: args.source.clone(),
        into: args.into.clone(),
        author: args.author.clone(),
        today,
    };
    let report = match import::import(&opts) {
        Ok(r) => r,
        Err(e) => return super::new::report(&e),
    };
    print!("{}", summary(&report));
    let checked = check::check(&CheckOptions {
        root: args.into.clone(),
        changed_from: None,
        today,
        pr_author: None,
        strict_grants: false,
    });
    match checked {
        Ok(r) if r.errors() == 0 => {
            println!(
                "the site passes `potluck check`; next: potluck serve --root {}",
                terminal(&args.into.display().to_string())
            );
            exit::OK
        }
        Ok(r) => {
            println!("\n`potluck check` lists what is left to fix:\n");
            let mut sources = Sources::new(&args.into);
            print!("{}", format::human(&r, &mut sources, false));
            exit::CONTENT
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::USAGE
        }
    }
}

/// What was written, and every post not converted fully.
fn summary(r: &Report) -> String {
    let mut out = match r.written.len() {
        0 => "nothing new to import\n".to_string(),
        n => format!(
            "imported {} and {} ({}), {}\n",
            count(r.stories, "story", "stories"),
            count(r.members, "member profile", "member profiles"),
            count(r.media, "image", "images"),
            count(n, "file", "files"),
        ),
    };
    if r.links_to_stories + r.links_to_old_site > 0 {
        out += &format!(
            "links to the old blog: {} to its posts now point at their stories, {} to its other pages now go to the old site\n",
            count(r.links_to_stories, "link", "links"),
            count(r.links_to_old_site, "link", "links"),
        );
    }
    if r.unchanged > 0 {
        let files = match r.unchanged {
            1 => "1 file was".to_string(),
            n => format!("{n} files were"),
        };
        out += &format!(
            "{files} already there as this import writes them (an earlier run), left as they are\n"
        );
    }
    if !r.notes.is_empty() {
        out += "\nnot converted fully (each is left as it was; look at it):\n";
        for n in &r.notes {
            out += &format!("  {}: {}\n", terminal(&n.source), terminal(&n.what));
        }
    }
    if !r.left_as_text.is_empty() {
        let counts: Vec<String> = r
            .left_as_text
            .iter()
            .map(|(k, n)| format!("{} ×{n}", terminal(k)))
            .collect();
        out += &format!(
            "\ntemplate syntax left as text, in all: {}\n",
            counts.join(", ")
        );
    }
    out
}
