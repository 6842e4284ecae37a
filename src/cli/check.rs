//! `potluck check`: arguments, the check, then the report in the chosen format.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;

use super::{exit, RootArg};
use crate::check::format::{self, Format};
use crate::check::{self, summary, CheckOptions, Report, Sources};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// How to print problems: `human` (like rustc), `github` (annotations) or `json`
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Report only problems about files changed since this git revision (e.g. origin/main)
    #[arg(long, value_name = "REV")]
    pub changed_from: Option<String>,
    /// Append a Markdown summary to FILE (e.g. "$GITHUB_STEP_SUMMARY")
    #[arg(long, value_name = "FILE")]
    pub summary: Option<PathBuf>,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
    /// The pull request author's forge login, matched to members through their
    /// `links.github` (or `gitlab`, `codeberg`)
    #[arg(long, value_name = "LOGIN", requires = "changed_from")]
    pub pr_author: Option<String>,
    /// Fail when the change grants a role, award, featuring or feedback
    /// status, unless the --pr-author is a host
    #[arg(long, requires = "changed_from")]
    pub strict_grants: bool,
}

impl CheckArgs {
    pub fn options(&self, root: PathBuf) -> CheckOptions {
        CheckOptions {
            root,
            changed_from: self.changed_from.clone(),
            today: chrono::Utc::now().date_naive(),
            pr_author: self.pr_author.clone(),
            strict_grants: self.strict_grants,
        }
    }
}

/// Runs the check; returns the process exit code (the table in `cli::exit`).
pub fn run(args: &CheckArgs) -> i32 {
    let root = match args.root.resolve() {
        Ok(root) => root,
        Err(code) => return code,
    };
    let report = match check::check(&args.options(root.clone())) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(help) = e.help() {
                eprintln!("  help: {help}");
            }
            return exit::USAGE;
        }
    };
    print!("{}", render(args, &root, &report));
    if let Some(path) = &args.summary {
        let lang = report
            .site
            .as_ref()
            .map_or("en", |s| s.config.language.as_str());
        let words = crate::i18n::Catalogue::for_site(lang, &root);
        if let Err(e) = summary::append(path, &summary::markdown(&report, &words)) {
            eprintln!("error: cannot write the summary to {}: {e}", path.display());
            return exit::USAGE;
        }
    }
    let failed = report.errors() > 0 || (args.strict && report.warnings() > 0);
    if failed {
        exit::CONTENT
    } else {
        exit::OK
    }
}

fn render(args: &CheckArgs, root: &Path, report: &Report) -> String {
    match args.format {
        Format::Human => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            format::human(report, &mut Sources::new(root), colour)
        }
        Format::Github => format::github(report, &repo_prefix(root)),
        Format::Json => format::json(report),
    }
}

/// Annotations name files from the repository root: a relative `--root`
/// (the usual `--root site` in a workflow) is put before each path.
fn repo_prefix(root: &Path) -> String {
    let shown = root.to_string_lossy().replace('\\', "/");
    let shown = shown.trim_start_matches("./").trim_end_matches('/');
    if root.is_absolute() || shown.is_empty() || shown == "." {
        String::new()
    } else {
        format!("{shown}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_roots_prefix_annotation_paths() {
        assert_eq!(repo_prefix(Path::new(".")), "");
        assert_eq!(repo_prefix(Path::new("site")), "site/");
        assert_eq!(repo_prefix(Path::new("./site/")), "site/");
        assert_eq!(repo_prefix(Path::new("/abs/site")), "");
    }
}
