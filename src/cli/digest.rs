//! `potluck digest`: arguments, the site and its recognition, then the
//! host's digest as Markdown or JSON on stdout.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::{exit, RootArg, TodayArg};
use crate::digest::{self, Period};
use crate::i18n::Catalogue;
use crate::load::{self, LoadOptions};
use crate::model::Today;
use crate::recognition;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigestFormat {
    /// For an issue or a message
    Markdown,
    /// For other tools
    Json,
}

#[derive(Debug, Args)]
pub struct DigestArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Cover the days from this date to today, both included
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "days")]
    pub since: Option<NaiveDate>,
    /// Cover the days since N days ago, today included [default: 7]
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
    /// `markdown` or `json`
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: DigestFormat,
    #[command(flatten)]
    pub today: TodayArg,
}

impl DigestArgs {
    /// The period asked for, or the message saying why there is none.
    fn period(&self, today: Today) -> Result<Period, String> {
        match self.since {
            Some(since) => Period::since(since, today)
                .ok_or_else(|| format!("--since {since} is after today ({today})")),
            None => Ok(Period::last_days(self.days.unwrap_or(7), today)),
        }
    }
}

/// Prints the digest; returns the process exit code.
pub fn run(args: &DigestArgs) -> i32 {
    let root = match args.root.resolve() {
        Ok(root) => root,
        Err(code) => return code,
    };
    // Read once: the period and recognition see the same day.
    let today = args.today.resolve();
    let period = match args.period(today) {
        Ok(p) => p,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("  help: give --since a day up to today, or --days N");
            return exit::USAGE;
        }
    };
    let loaded = load::load(&root, &LoadOptions::default());
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    let Some(site) = loaded.site.as_ref().filter(|_| errors.is_empty()) else {
        for d in &errors {
            eprintln!("{d}");
        }
        eprintln!("error: the site has problems; fix them (see `potluck check`) for a digest");
        return exit::CONTENT;
    };
    let rec = recognition::compute_at(site, today);
    match args.format {
        DigestFormat::Markdown => {
            // Hosts read the Markdown: in the site's language. JSON is for
            // tools, and stays English like the rest of the command line.
            let words = Catalogue::for_site(&site.config.language, &root);
            let d = digest::digest(site, &rec, period, &words);
            print!("{}", digest::markdown(&d, &words));
        }
        DigestFormat::Json => match serde_json::to_string_pretty(&digest::digest(
            site,
            &rec,
            period,
            &Catalogue::english(),
        )) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: cannot write the digest as JSON: {e}");
                return exit::USAGE;
            }
        },
    }
    exit::OK
}
