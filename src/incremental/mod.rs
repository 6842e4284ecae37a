//! The incremental machinery: everything that lets a build skip work.
//!
//! Invariant: a warm build (the cache plus the previous output) writes
//! exactly the bytes a cold build (`--no-cache`, into an empty folder)
//! writes, because every output's key is the hash of what that output is
//! rendered from: its source (template and context, feed entries, or
//! bytes), gathered by the very code that renders it, plus the template
//! identity (the theme and the executable). A file is rendered and written
//! again when its key differs from the one the last build recorded, and
//! left alone only when it is the same. No list of a page's inputs exists
//! to fall out of step with its templates. Where it is enforced:
//!
//! - `fingerprint`: the one hash family every key and stamp is made with
//!   (BLAKE3 over `std::hash::Hash`, always covering the running executable),
//!   and `serde_fp`, which feeds a serializable value (a template context,
//!   a card) into it without writing it out;
//! - `keys`: the key of every page and feed, the hash of its
//!   `render::keyed::Source` built in `Mode::Key` (large values already keyed,
//!   a story's HTML, a card or a member ref, as their keys: `Mode::keyed`,
//!   the one place);
//! - `cache`: the manifest, every output path with the key it was made
//!   from, kept in the cache folder (`build`) or in memory (`serve`);
//! - `parse_cache` and `reuse`: parsed content files by a fingerprint of
//!   their bytes and of all their parse reads, and the last load for a
//!   rebuild that only changed one story (load's memory); `parse_store`,
//!   the parse cache on disk, in immutable segments;
//! - `page_store`: every page by its key in the cache folder, copied into
//!   the output by a full build instead of rendered (a CI run);
//! - `file_memo`: what was made from a file, by its stamp (the images step's
//!   memory of sizes and resized avatars for `serve`, `render::images::ImageMemo`);
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
//! A stage owns what it asks of this machinery (`load::memory::Memory`,
//! `render::images::ImageMemo`) and is handed an implementation by the
//! pipeline; this module depends on the stages, never the reverse, so src/
//! has no import cycle (tests/integration/layout.rs).

pub mod cache;
pub mod file_memo;
pub mod fingerprint;
pub mod keys;
pub mod page_store;
pub mod parse_cache;
mod parse_store;
pub mod reuse;
pub mod serde_fp;
pub mod update;
