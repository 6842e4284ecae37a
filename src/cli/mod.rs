//! The command line: argument types (clap derive), one file per subcommand.

pub mod build;
pub mod check;
pub mod digest;
pub mod import;
pub mod init;
pub mod new;
pub mod serve;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

/// The one table of exit codes, the same for every command.
pub mod exit {
    /// Done: the site is fine, built or written.
    pub const OK: i32 = 0;
    /// The content has problems (`check`, `build`): each is printed with its fix.
    pub const CONTENT: i32 = 1;
    /// The command could not run as asked: a wrong option or argument (and
    /// `new`/`init` refusing to write), no site found, or a file that could
    /// not be read or written.
    pub const USAGE: i32 = 2;
}

/// Shown under every command's `--help` (and in README.md).
pub const EXIT_CODES: &str = "\
Exit codes (the same for every command):
  0  done: no problems
  1  the content has problems (each is printed with its fix)
  2  the command could not run: a wrong option or argument, no site found,
     or a file that could not be read or written

Run inside a site: potluck finds it from any folder in it (the nearest folder
upward holding content/site.yaml), or pass --root DIR.";

#[derive(Debug, Parser)]
#[command(name = "potluck", version = env!("POTLUCK_VERSION"), about = "Build a community showcase site from members' Markdown stories", long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default: ROOT/public)
    #[command(after_help = EXIT_CODES)]
    Build(build::BuildArgs),
    /// Check the site as a pull request review would, without building it
    #[command(after_help = EXIT_CODES)]
    Check(check::CheckArgs),
    /// Write a new story or member profile, ready to edit
    #[command(after_help = EXIT_CODES)]
    New(new::NewArgs),
    /// Create a new site in an empty folder
    #[command(after_help = EXIT_CODES)]
    Init(init::InitArgs),
    /// A host's weekly digest: whom to welcome and introduce, feedback
    /// waiting for an answer, members to encourage, this period's counts
    #[command(after_help = EXIT_CODES)]
    Digest(digest::DigestArgs),
    /// Bring an existing blog's posts and authors in: Hugo, Jekyll, Zola or Docusaurus
    #[command(after_help = EXIT_CODES)]
    Import(import::ImportArgs),
    /// Preview the site: build, serve it locally, rebuild and reload on every change
    #[command(after_help = EXIT_CODES)]
    Serve(serve::ServeArgs),
}

/// The day the command takes as today (see `model::Today`).
#[derive(Debug, Clone, clap::Args)]
pub struct TodayArg {
    /// The date to take as today, YYYY-MM-DD (default: the clock's date in
    /// UTC); gives reproducible output and is how tests fix the date
    #[arg(long, value_name = "YYYY-MM-DD", env = "POTLUCK_TODAY")]
    pub today: Option<chrono::NaiveDate>,
}

impl TodayArg {
    pub fn resolve(&self) -> crate::model::Today {
        self.today
            .map(crate::model::Today)
            .unwrap_or_else(crate::model::Today::from_clock)
    }
}

/// Options every subcommand that reads a site shares.
#[derive(Debug, Clone, clap::Args)]
pub struct RootArg {
    /// The site folder (the one holding content/); default: the nearest
    /// folder upward from here holding content/site.yaml
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
}

impl RootArg {
    /// The site's folder: `--root`, or found upward from the current folder
    /// (saying which, on stderr, when it is not the current folder). On
    /// failure the message is printed and the exit code returned.
    pub fn resolve(&self) -> Result<PathBuf, i32> {
        let found = match &self.root {
            Some(root) => given(root),
            None => std::env::current_dir()
                .map_err(|e| format!("cannot read the current folder: {e}"))
                .and_then(|here| discover(&here)),
        };
        found.map_err(|message| {
            eprintln!("error: {message}");
            eprintln!(
                "  help: run potluck inside a site folder, pass --root DIR, or create a site with `potluck init DIR`"
            );
            exit::USAGE
        })
    }
}

/// `--root DIR`: used as given, when it holds a content/ folder.
fn given(root: &Path) -> Result<PathBuf, String> {
    if root.join("content").is_dir() {
        Ok(root.to_path_buf())
    } else {
        Err(format!("no content/ folder in {}", root.display()))
    }
}

/// The nearest folder from `here` upward holding content/site.yaml (or, when
/// there is none, `here` itself if it holds content/, so the missing
/// site.yaml is reported as the content problem it is).
fn discover(here: &Path) -> Result<PathBuf, String> {
    let Some(root) = here
        .ancestors()
        .find(|dir| dir.join("content/site.yaml").is_file())
    else {
        if here.join("content").is_dir() {
            return Ok(PathBuf::from("."));
        }
        return Err(format!(
            "no potluck site here: no content/site.yaml in {} or any folder above it",
            here.display()
        ));
    };
    if root == here {
        return Ok(PathBuf::from("."));
    }
    eprintln!("using the site at {}", root.display());
    Ok(root.to_path_buf())
}
