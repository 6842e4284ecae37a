//! potluck's integration tests: the built binary run on fixture sites (tests/fixtures/*/in).

mod build;
mod cache;
mod check;
mod conversation;
mod errors;
mod hostile;
mod hostile_atomic;
mod hostile_cases;
mod hostile_check;
mod hostile_props;
mod hostile_run;
mod images;
mod layout;
mod recognition;
mod scaffold;
mod serve;
mod session;
mod support;
