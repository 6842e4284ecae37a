//! Small helpers every stage uses: diagnostics, slugs, colours, timings.

pub mod color;
pub mod diag;
pub mod fnv;
pub mod slug;
pub mod timings;
