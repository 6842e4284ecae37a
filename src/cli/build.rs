//! `potluck build`: arguments, then the pipeline, then a report.

use std::path::PathBuf;

use clap::Args;

use super::RootArg;
use crate::build::{build, BuildError, BuildOptions};

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
}

impl BuildArgs {
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
    match build(&opts) {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("{w}");
            }
            if !args.quiet {
                eprintln!(
                    "built {} pages and {} files into {} in {} ms",
                    report.pages,
                    report.assets,
                    opts.output.display(),
                    report.elapsed.as_millis()
                );
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
