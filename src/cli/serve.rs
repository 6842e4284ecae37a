//! `potluck serve`: arguments, then the live-preview server until Ctrl-C.

use std::net::IpAddr;

use clap::Args;

use super::{exit, RootArg};
use crate::serve::{self, ServeOptions};

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// The address to listen on; anything but loopback lets the network in
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR", value_parser = parse_bind)]
    pub bind: IpAddr,
    /// The port to listen on; 0 picks a free one (the URL is printed)
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// Open the site in the default browser
    #[arg(long)]
    pub open: bool,
    /// Include stories marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Watch by polling file times, for file systems without change events
    /// (network shares, some containers and virtual machines)
    #[arg(long)]
    pub poll: bool,
    #[command(flatten)]
    pub today: super::TodayArg,
}

impl ServeArgs {
    pub fn options(&self, root: std::path::PathBuf) -> ServeOptions {
        ServeOptions {
            root,
            bind: self.bind,
            port: self.port,
            open: self.open,
            drafts: self.drafts,
            poll: self.poll,
            today: self.today.resolve(),
        }
    }
}

/// `localhost` is what people type; it means loopback.
fn parse_bind(s: &str) -> Result<IpAddr, String> {
    if s.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::from([127, 0, 0, 1]));
    }
    s.parse()
        .map_err(|_| format!("`{s}` is not an IP address (like 127.0.0.1 or 0.0.0.0)"))
}

/// Runs the server; returns the process exit code (only on failure to start).
pub fn run(args: &ServeArgs) -> i32 {
    let root = match args.root.resolve() {
        Ok(root) => root,
        Err(code) => return code,
    };
    match serve::run(&args.options(root)) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("error: {:#}", anyhow::Error::from(e));
            exit::USAGE
        }
    }
}
