//! The `potluck` binary: parse the command line, run a subcommand, exit with its code.

use clap::Parser;

// Rendering allocates many short strings on every thread; mimalloc keeps that
// off the critical path (about a quarter of the instructions with glibc's malloc).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use potluck::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Build(args) => potluck::cli::build::run(args),
        Command::Check(args) => potluck::cli::check::run(args),
        Command::New(args) => potluck::cli::new::run(args),
        Command::Init(args) => potluck::cli::init::run(args),
        Command::Serve(args) => potluck::cli::serve::run(args),
    };
    std::process::exit(code);
}
