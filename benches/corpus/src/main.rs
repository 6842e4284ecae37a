//! `gen-corpus`: writes a synthetic community site (see the library's docs).
//!
//! ```text
//! cargo run -p potluck-corpus --release -- --stories 10000 --out /tmp/site --flavor hugo
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use potluck_corpus::{Flavor, Options};

#[derive(Clone, Copy, ValueEnum)]
enum FlavorArg {
    Potluck,
    Hugo,
    Zola,
}

/// Writes a deterministic synthetic community site (its content/ is replaced).
#[derive(Parser)]
#[command(name = "gen-corpus", version)]
struct Args {
    /// Number of stories.
    #[arg(long, default_value_t = 1000)]
    stories: usize,
    /// Number of members [default: stories / 5, at least 1].
    #[arg(long)]
    members: Option<usize>,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    #[arg(long, value_enum, default_value = "potluck")]
    flavor: FlavorArg,
    /// The site folder; its content/ is replaced.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let a = Args::parse();
    let mut opts = Options::new(a.stories);
    opts.seed = a.seed;
    if let Some(m) = a.members {
        opts.members = m;
    }
    opts.flavor = match a.flavor {
        FlavorArg::Potluck => Flavor::Potluck,
        FlavorArg::Hugo => Flavor::Hugo,
        FlavorArg::Zola => Flavor::Zola,
    };
    match potluck_corpus::generate(&opts, &a.out) {
        Ok(s) => {
            println!(
                "{:?}: {} members, {} stories, {:.1} MB of Markdown in {}",
                opts.flavor,
                s.members,
                s.stories,
                s.markdown_bytes as f64 / 1e6,
                a.out.join("content").display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-corpus: cannot write {}: {e}", a.out.display());
            ExitCode::from(2)
        }
    }
}
