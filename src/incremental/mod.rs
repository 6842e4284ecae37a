//! The incremental machinery: everything that lets a build skip work.
//!
//! Invariant: a warm build (the cache plus the previous output) writes
//! exactly the bytes a cold build (`--no-cache`, into an empty folder)
//! writes, because every output's key is derived from what that output is
//! rendered from. A file is rendered and written again when its key differs
//! from the one the last build recorded, and left alone only when it is the
//! same; so a key that misses an input is a bug here, never a reason to
//! compare outputs. Where it is enforced:
//!
//! - `fingerprint`: the one hash family every key and stamp is made with
//!   (BLAKE3 over `std::hash::Hash`, always covering the running executable);
//! - `keys`: the key of every page and feed, from the values it is rendered
//!   from (still listed by hand in `job_inputs` beside what `render` reads:
//!   issue 22 point 1 is open);
//! - `cache`: the manifest, every output path with the key it was made
//!   from, kept in the cache folder (`build`) or in memory (`serve`);
//! - `parse_cache` and `reuse`: parsed content files by a fingerprint of
//!   their bytes and of all their parse reads, and the last load for a
//!   rebuild that only changed one story (load's memory); `parse_store`,
//!   the parse cache on disk, in immutable segments;
//! - `page_store`: every page by its key in the cache folder, copied into
//!   the output by a full build instead of rendered (a CI run);
//! - `image_memo`: image sizes and resized avatars by file stamp (the images
//!   step's memory, for `serve`);
//! - `update`: the journal that moves the changed files into the previous
//!   output and deletes the ones no longer made, completed by `recover` if a
//!   build was killed. Which files change is planned by
//!   `pipeline::plan_update` from the manifest and the new keys; with no
//!   manifest for this very output folder, or too much changed, the build
//!   is a full one into a new folder.
//!
//! `tests/integration/differential` checks the invariant: random sequences
//! of every kind of edit, each followed by a warm build and a serve rebuild
//! compared byte for byte with a cold build.
//!
//! The stages call the parts that serve them (load the parse cache and
//! reuse, render the image memo); those parts read the stages' types. These
//! are the only import cycles in src/, named in tests/integration/layout.rs.

pub mod cache;
pub mod fingerprint;
pub mod image_memo;
pub mod keys;
pub mod page_store;
pub mod parse_cache;
mod parse_store;
pub mod reuse;
pub mod update;
