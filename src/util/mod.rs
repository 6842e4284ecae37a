//! Small helpers every stage uses: diagnostics, slugs, colours, FNV, timings,
//! plain words.
//! (Diagnostics live here rather than at the top: they are a helper, not a stage.)

pub mod color;
pub mod diag;
pub mod escape;
pub mod fnv;
pub mod lookalike;
pub mod slug;
pub mod starter;
pub mod timings;
pub mod words;
