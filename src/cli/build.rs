//! `potluck build`: arguments, then the pipeline, then a report.

use std::path::PathBuf;

use clap::Args;

use super::RootArg;
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
}

impl BuildArgs {
    /// The session: the cache folder unless --no-cache, and a progress bar
    /// on a terminal unless --quiet.
    pub fn session(&self) -> Session {
        let mut session = if self.no_cache {
            Session::default()
        } else {
            let dir = self
                .cache
                .clone()
                .unwrap_or_else(|| self.root.root.join(".potluck-cache"));
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

    pub fn options(&self) -> BuildOptions {
        let root = self.root.root.clone();
        BuildOptions {
            output: self.output.clone().unwrap_or_else(|| root.join("public")),
            root,
            base_url: self.base_url.clone(),
            drafts: self.drafts,
        }
    }
}

/// Runs the build; returns the process exit code.
pub fn run(args: &BuildArgs) -> i32 {
    let opts = args.options();
    let mut session = args.session();
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
            }
            0
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
            1
        }
        Err(BuildError::Other(e)) => {
            eprintln!("error: {e:#}");
            2
        }
    }
}

/// The last line of a build: what was written, how long it took, what the cache saved.
fn summary(r: &BuildReport, opts: &BuildOptions) -> String {
    let reused = (r.pages + r.assets) - (r.rendered + r.copied);
    let cache = if reused == 0 {
        String::new()
    } else {
        format!(
            "; {} rendered, {reused} unchanged (cache)",
            r.rendered + r.copied
        )
    };
    format!(
        "built {} pages and {} files into {} in {} ms{cache}",
        r.pages,
        r.assets,
        opts.output.display(),
        r.elapsed.as_millis()
    )
}
