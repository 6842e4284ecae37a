//! Small helpers every stage uses: diagnostics, slugs, colours, FNV, timings.
//! (Diagnostics live here rather than at the top: they are a helper, not a stage.)

pub mod color;
pub mod diag;
pub mod fnv;
pub mod slug;
pub mod timings;
