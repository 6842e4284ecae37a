//! potluck's integration tests: the built binary run on fixture sites (tests/fixtures/*/in).

mod avatars;
mod build;
mod errors;
mod hostile;
mod recognition;
mod support;
