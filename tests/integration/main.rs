//! potluck's integration tests: the built binary run on fixture sites (tests/fixtures/*/in).

mod build;
mod cache;
mod check;
mod corpus;
mod differential;
mod errors;
mod hostile;
mod hostile_atomic;
mod hostile_cases;
mod hostile_check;
mod hostile_media;
mod hostile_names;
mod hostile_output;
mod hostile_props;
mod hostile_run;
mod hostile_small;
mod hostile_xml;
mod images;
mod layout;
mod morning;
mod recognition;
mod scaffold;
mod serve;
mod session;
mod support;
mod workflows;
