//! potluck: a static-site generator for co-created brand communities.
//!
//! The data flow is the architecture: `load` (walk, front matter) -> `model`
//! (members, stories) -> `recognition` -> `render` (markdown, highlight,
//! templates) -> `write`.

pub mod badge_svg;
pub mod build;
pub mod cache;
pub mod charts;
pub mod check;
pub mod cli;
pub mod color;
pub mod config;
pub mod diag;
pub mod fingerprint;
pub mod frontmatter;
pub mod highlight;
pub mod images;
pub mod load;
pub mod markdown;
pub mod model;
pub mod recognition;
pub mod render;
pub mod sanitize;
pub mod scaffold;
pub mod serve;
pub mod slug;
pub mod theme;
pub mod timings;
pub mod write;
