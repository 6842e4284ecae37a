//! `potluck new story` and `potluck new member`: a file that passes `check`, ready to edit.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{exit, RootArg};
use crate::scaffold::{self, MemberOptions, ScaffoldError, StoryOptions};

#[derive(Debug, Args)]
pub struct NewArgs {
    #[command(subcommand)]
    pub what: NewCommand,
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Write content/stories/<slug>.md (or <slug>/index.md) for an existing member
    Story(NewStoryArgs),
    /// Write content/members/<handle>.md
    Member(NewMemberArgs),
}

#[derive(Debug, Args)]
pub struct NewStoryArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// The lead author's handle (the profile must exist)
    #[arg(long, value_name = "HANDLE")]
    pub author: String,
    /// Make a bundle folder, for a story with images
    #[arg(long)]
    pub bundle: bool,
    /// The file name, instead of one made from the title
    #[arg(long, value_name = "SLUG")]
    pub slug: Option<String>,
    /// The story's title
    pub title: String,
}

#[derive(Debug, Args)]
pub struct NewMemberArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// The handle: lowercase letters, digits and single hyphens
    pub handle: String,
    /// The display name
    #[arg(long)]
    pub name: String,
}

impl NewStoryArgs {
    pub fn options(&self, root: PathBuf) -> StoryOptions {
        StoryOptions {
            root,
            title: self.title.clone(),
            author: self.author.clone(),
            bundle: self.bundle,
            slug: self.slug.clone(),
            today: chrono::Local::now().date_naive(),
        }
    }
}

impl NewMemberArgs {
    pub fn options(&self, root: PathBuf) -> MemberOptions {
        MemberOptions {
            root,
            handle: self.handle.clone(),
            name: self.name.clone(),
        }
    }
}

/// Writes the file; returns the process exit code.
pub fn run(args: &NewArgs) -> i32 {
    let root = match &args.what {
        NewCommand::Story(a) => a.root.resolve(),
        NewCommand::Member(a) => a.root.resolve(),
    };
    let root = match root {
        Ok(root) => root,
        Err(code) => return code,
    };
    let written = match &args.what {
        NewCommand::Story(a) => scaffold::new_story(&a.options(root)),
        NewCommand::Member(a) => scaffold::new_member(&a.options(root)),
    };
    match written {
        Ok(path) => {
            println!("{}", path.display());
            exit::OK
        }
        Err(e) => report(&e),
    }
}

/// Prints why nothing was written; returns the exit code: a refused request
/// and a failed write are both "could not run as asked" (`exit::USAGE`).
pub fn report(e: &ScaffoldError) -> i32 {
    eprintln!("error: {e}");
    if let ScaffoldError::Refused { help, .. } = e {
        if !help.is_empty() {
            eprintln!("  help: {help}");
        }
    }
    exit::USAGE
}

/// For `init`: the path of a written file relative to the site, for display.
pub fn shown(path: &std::path::Path, base: &std::path::Path) -> PathBuf {
    path.strip_prefix(base).unwrap_or(path).to_path_buf()
}
