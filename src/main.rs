//! The `potluck` binary: parse the command line, run a subcommand, exit with its code.

use clap::Parser;

// Rendering allocates many short strings on every thread; mimalloc keeps that
// off the critical path (about a quarter of the instructions with glibc's malloc).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use potluck::cli::{Cli, Command};

fn main() {
    no_huge_pages();
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Build(args) => potluck::cli::build::run(args),
        Command::Check(args) => potluck::cli::check::run(args),
        Command::New(args) => potluck::cli::new::run(args),
        Command::Init(args) => potluck::cli::init::run(args),
        Command::Import(args) => potluck::cli::import::run(args),
        Command::Serve(args) => potluck::cli::serve::run(args),
        Command::Digest(args) => potluck::cli::digest::run(args),
    };
    std::process::exit(code);
}

/// Turns off transparent huge pages for this process. mimalloc asks for them,
/// and the kernel then zeroes 2 MiB at every first touch: a third of the CPU
/// time of an incremental build went to zeroing memory it never used.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and only
    // changes how the kernel backs this process's future page faults.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
