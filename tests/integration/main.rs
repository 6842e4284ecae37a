//! potluck's integration tests: the built binary run on fixture sites (tests/fixtures/*/in).

mod build;
mod cache;
mod check;
mod errors;
mod hostile;
mod images;
mod recognition;
mod scaffold;
mod serve;
mod support;
