//! The command line: argument types (clap derive), one file per subcommand.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "potluck", version = env!("POTLUCK_VERSION"), about = "Build a community showcase site from members' Markdown stories", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (default: ROOT/public)
    Build(build::BuildArgs),
    /// Check the site as a pull request review would, without building it
    Check(check::CheckArgs),
    /// Write a new story or member profile, ready to edit
    New(new::NewArgs),
    /// Create a new site in an empty folder
    Init(init::InitArgs),
    /// Preview the site: build, serve it locally, rebuild and reload on every change
    Serve(serve::ServeArgs),
}

/// Options every subcommand that reads a site shares.
#[derive(Debug, Clone, clap::Args)]
pub struct RootArg {
    /// The site folder (the one holding content/)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}
