//! The incremental machinery.

pub mod cache;
pub mod fingerprint;
pub mod image_memo;
pub mod keys;
pub mod parse_cache;
pub mod reuse;
pub mod update;
