//! `potluck build`: arguments, then the pipeline, then a report.

use std::path::PathBuf;

use clap::Args;

use super::{exit, RootArg, TodayArg};
use std::io::IsTerminal as _;

use indicatif::{ProgressBar, ProgressStyle};

use crate::pipeline::{build_with, BuildError, BuildOptions, BuildReport, Session};

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Where to write the site (default: ROOT/public)
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Use this base URL instead of site.yaml's base_url
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Include stories marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Print nothing but errors
    #[arg(long, short)]
    pub quiet: bool,
    /// Keep the build cache here (default: ROOT/.potluck-cache)
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    pub cache: Option<PathBuf>,
    /// Build everything from scratch, without reading or writing the cache
    #[arg(long)]
    pub no_cache: bool,
    #[command(flatten)]
    pub today: TodayArg,
}

impl BuildArgs {
    /// The session: the cache folder unless --no-cache, and a progress bar
    /// on a terminal unless --quiet.
    pub fn session(&self, root: &std::path::Path) -> Session {
        let mut session = if self.no_cache {
            Session::default()
        } else {
            let dir = self
                .cache
                .clone()
                .unwrap_or_else(|| root.join(".potluck-cache"));
            Session::with_cache(dir)
        };
        if !self.quiet && std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0).with_style(
                ProgressStyle::with_template("{spinner} rendering {pos}/{len} pages {wide_bar}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            session.progress = Some(bar);
        }
        session
    }

    /// The options; an `--output` that is a symbolic link is resolved here,
    /// once, so the build writes and cleans up the real folder only.
    pub fn options(&self, root: PathBuf) -> BuildOptions {
        let output = self.output.clone().unwrap_or_else(|| root.join("public"));
        BuildOptions {
            output: crate::write::resolve_output(&output),
            root,
            base_url: self.base_url.clone(),
            drafts: self.drafts,
            today: self.today.resolve(),
        }
    }
}

/// Runs the build; returns the process exit code.
pub fn run(args: &BuildArgs) -> i32 {
    let root = match args.root.resolve() {
        Ok(root) => root,
        Err(code) => return code,
    };
    let mut session = args.session(&root);
    let opts = args.options(root);
    let result = build_with(&opts, &mut session);
    if let Some(bar) = &session.progress {
        bar.finish_and_clear();
    }
    match result {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("{w}");
            }
            if !args.quiet {
                eprintln!("{}", summary(&report, &opts));
                eprintln!("{}", look_at_it(args));
            }
            exit::OK
        }
        Err(BuildError::Content(diags)) => {
            for d in &diags {
                eprintln!("{d}");
            }
            let n = diags.len();
            eprintln!(
                "error: {n} problem{} found; nothing was written",
                if n == 1 { "" } else { "s" }
            );
            exit::CONTENT
        }
        Err(BuildError::Other(e)) => {
            eprintln!("error: {e:#}");
            exit::USAGE
        }
    }
}

/// The last line of a build: what was written, how long it took, and what
/// was already up to date from the previous build (the cache).
fn summary(r: &BuildReport, opts: &BuildOptions) -> String {
    let built = format!(
        "built {} and {} into {} in {} ms",
        count(r.pages, "page", "pages"),
        count(r.assets, "file", "files"),
        opts.output.display(),
        r.elapsed.as_millis()
    );
    let kept_pages = r.pages.saturating_sub(r.rendered);
    let kept_files = r.assets.saturating_sub(r.copied);
    if kept_pages + kept_files == 0 {
        return built;
    }
    format!(
        "{built}: {} and {} new or changed, the other {} and {} unchanged since the last build",
        count(r.rendered, "page", "pages"),
        count(r.copied, "file", "files"),
        count(kept_pages, "page", "pages"),
        count(kept_files, "file", "files"),
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    crate::check::format::count(n, one, many)
}

/// How to look at what was built: the pages link from the site's root, so
/// opening index.html from disk shows them unstyled; `serve` is the way.
fn look_at_it(args: &BuildArgs) -> String {
    let root = match &args.root.root {
        Some(dir) => format!(" --root {}", dir.display()),
        None => String::new(),
    };
    format!("to look at it: potluck serve{root} --open")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn report(pages: usize, assets: usize, rendered: usize, copied: usize) -> BuildReport {
        BuildReport {
            pages,
            assets,
            rendered,
            copied,
            elapsed: Duration::from_millis(12),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn the_summary_counts_pages_and_files_apart() {
        let opts = BuildOptions {
            output: "public".into(),
            root: ".".into(),
            base_url: None,
            drafts: false,
            today: crate::model::Today(chrono::NaiveDate::MIN),
        };
        assert_eq!(
            summary(&report(39, 9, 39, 9), &opts),
            "built 39 pages and 9 files into public in 12 ms"
        );
        assert_eq!(
            summary(&report(39, 9, 1, 0), &opts),
            "built 39 pages and 9 files into public in 12 ms: 1 page and 0 files new or changed, \
             the other 38 pages and 9 files unchanged since the last build"
        );
    }
}
